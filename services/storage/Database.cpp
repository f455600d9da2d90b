#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

namespace custos::storage {
namespace {

// SQLCipher takes a raw key as the text x'<64 hex digits>'; the buffer is secret too.
crypto::SecretBytes rawKeyLiteral(const crypto::SecretBytes& key)
{
    static constexpr char digits[] = "0123456789abcdef";
    crypto::SecretBytes literal(key.size() * 2 + 3);
    std::uint8_t* out = literal.data();
    *out++ = 'x';
    *out++ = '\'';
    for (std::size_t i = 0; i < key.size(); ++i) {
        *out++ = static_cast<std::uint8_t>(digits[key.data()[i] >> 4]);
        *out++ = static_cast<std::uint8_t>(digits[key.data()[i] & 0x0f]);
    }
    *out = '\'';
    return literal;
}

bool looksLikePlainSqliteFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Status Database::checkExistingFile(const QString& path)
{
    // SQLite takes an empty file for a new, empty database and would build a fresh one in
    // it: a workspace file cut to nothing (a full disk, an interrupted copy) is damage.
    const qint64 size = QFileInfo(path).size();
    if (size == 0)
        return {ErrorCode::Corrupted, tr("The workspace file %1 is empty (0 bytes): it was cut short, for example by a "
                                         "full disk or an interrupted copy. Restore the workspace from a backup.")
                                          .arg(path)};
    if (size % 1024 != 0)
        return {ErrorCode::Corrupted, tr("The workspace file %1 is cut short (%2 bytes, not a whole number of pages). "
                                         "Restore the workspace from a backup.")
                                          .arg(path)
                                          .arg(size)};
    if (looksLikePlainSqliteFile(path))
        return {ErrorCode::ForeignFile, tr("%1 is an unencrypted SQLite database, not a Custos workspace file.").arg(path)};
    return Status::success();
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_status(other.m_status)
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_status = other.m_status;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, const QString& text)
{
    if (m_stmt) {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    if (!m_stmt || !m_status.ok())
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_status = m_db->statusFor(rc, QString::fromUtf8(sqlite3_sql(m_stmt)));
    return false;
}

Status Statement::run()
{
    while (step()) {
    }
    return m_status;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_status = Status::success();
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const crypto::SecretBytes& key, Mode mode)
{
    Q_ASSERT(key.size() == 32);
    const bool exists = QFileInfo::exists(path);
    const bool existing = mode == Mode::OpenExisting || mode == Mode::OpenReadOnly;
    if (existing && !exists)
        return Status(ErrorCode::NotFound, tr("The workspace database %1 is missing. Restore it from a backup.").arg(path));
    const bool creating = mode == Mode::Create || mode == Mode::CreateUnencrypted;
    if (creating && exists)
        return Status(ErrorCode::AlreadyExists, tr("A database already exists at %1.").arg(path));
    if (existing) {
        if (Status s = checkExistingFile(path); !s.ok())
            return s;
    }

    // No allocation statistics: they take a global mutex on every allocation. Set once,
    // before SQLite initialises (a later call is refused, harmlessly).
    static const bool configured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
    Q_UNUSED(configured);
    // One thread uses a connection at a time (Session hands a connection to one owner, and
    // workers open their own), so SQLite's per-connection mutex is not needed.
    // Pages of 4 KiB: a quarter of the encryption and authentication calls of SQLCipher's
    // 1 KiB default for the same data. Workspaces created with 1 KiB pages open too.
    const int flags = (mode == Mode::OpenReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX |
                      SQLITE_OPEN_URI |
                      (creating ? SQLITE_OPEN_CREATE : 0);
    const QList<int> pageSizes = existing ? QList<int>{4096, 1024} : QList<int>{4096};
    std::unique_ptr<Database> db;
    sqlite3* handle = nullptr;
    int rc = SQLITE_OK;
    for (const int pageSize : pageSizes) {
        handle = nullptr;
        rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
        db.reset(new Database(handle, path));
        if (rc != SQLITE_OK)
            return db->statusFor(rc, tr("opening %1").arg(path));
        sqlite3_extended_result_codes(handle, 1);

        if (mode != Mode::CreateUnencrypted) {
            const crypto::SecretBytes literal = rawKeyLiteral(key);
            rc = sqlite3_key(handle, literal.data(), static_cast<int>(literal.size()));
            if (rc != SQLITE_OK)
                return db->statusFor(rc, tr("keying %1").arg(path));
            const QByteArray pragma = "PRAGMA cipher_page_size=" + QByteArray::number(pageSize) + ';';
            rc = sqlite3_exec(handle, pragma.constData(), nullptr, nullptr, nullptr);
            if (rc != SQLITE_OK)
                return db->statusFor(rc, QString::fromLatin1(pragma));
        } else {
            const QByteArray pragma = "PRAGMA page_size=" + QByteArray::number(pageSize) + ';';
            rc = sqlite3_exec(handle, pragma.constData(), nullptr, nullptr, nullptr);
            if (rc != SQLITE_OK)
                return db->statusFor(rc, QString::fromLatin1(pragma));
        }
        // The first read decrypts page 1: a wrong key, another page size or a damaged
        // file fails here.
        rc = sqlite3_exec(handle, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
        if ((rc & 0xff) != SQLITE_NOTADB)
            break;
    }
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
            return Status(ErrorCode::Corrupted,
                          tr("The workspace database %1 is damaged or does not belong to this keyring. "
                             "Restore the workspace from a backup.")
                              .arg(path));
        return db->statusFor(rc, tr("reading %1").arg(path));
    }
    // Rollback journals, not a write-ahead log: a transaction that writes to several
    // compartments commits atomically across their files (SQLite's super-journal does
    // that only without WAL), and every committed change is in the database file itself,
    // so a copy of the files is a whole backup.
    db->m_readOnly = mode == Mode::OpenReadOnly;
    for (const char* pragma : {"PRAGMA foreign_keys=ON;", "PRAGMA busy_timeout=30000;",
                               // Sorts and temporary indexes stay in memory: never a plaintext
                               // temporary file.
                               "PRAGMA temp_store=MEMORY;"}) {
        rc = sqlite3_exec(handle, pragma, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return db->statusFor(rc, QString::fromLatin1(pragma));
    }
    if (Status s = db->configureSchema(QStringLiteral("main")); !s.ok())
        return s;
    db->m_schemas << QStringLiteral("main");
    return db;
}

Status Database::configureSchema(const QString& schema)
{
    if (!m_readOnly) {
        Statement journal = prepare(QStringLiteral("PRAGMA %1.journal_mode=DELETE;").arg(schema));
        if (Status st = journal.run(); !st.ok())
            return st;
    }
    for (const char* pragma : {"synchronous=FULL", "secure_delete=ON",
                               // Up to 64 MiB of decrypted pages, taken only as pages are read: a
                               // large workspace's indexes stay in memory between queries.
                               "cache_size=-65536"}) {
        Statement s = prepare(QStringLiteral("PRAGMA %1.%2;").arg(schema, QLatin1String(pragma)));
        if (Status st = s.run(); !st.ok())
            return st;
    }
    return Status::success();
}

Status Database::attach(const QString& schema, const QString& path, const crypto::SecretBytes& key, Mode mode)
{
    Q_ASSERT(key.size() == 32);
    const bool exists = QFileInfo::exists(path);
    const bool existing = mode == Mode::OpenExisting || mode == Mode::OpenReadOnly;
    if (existing && !exists)
        return {ErrorCode::NotFound, tr("The workspace file %1 is missing. Restore the workspace from a backup.").arg(path)};
    if (!existing && exists && QFileInfo(path).size() > 0)
        return {ErrorCode::AlreadyExists, tr("A database already exists at %1.").arg(path)};
    if (existing) {
        if (Status s = checkExistingFile(path); !s.ok())
            return s;
    }

    Statement attach = prepare(QStringLiteral("ATTACH DATABASE ?1 AS %1 KEY ?2;").arg(schema));
    // Read-only: attached as a URI with mode=ro, so that it is never written either.
    attach.bind(1, mode == Mode::OpenReadOnly
                       ? QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro")
                       : path);
    if (mode == Mode::CreateUnencrypted) {
        attach.bind(2, QString());
    } else {
        const crypto::SecretBytes literal = rawKeyLiteral(key);
        attach.bind(2, QByteArray::fromRawData(reinterpret_cast<const char*>(literal.data()),
                                               static_cast<qsizetype>(literal.size())));
    }
    // SQLCipher reads page 1 while attaching, so the page size of an attached file is
    // its default at that moment (setting it after ATTACH is too late): 4 KiB, as the
    // main file's.
    Status status = exec(QStringLiteral("PRAGMA cipher_default_page_size=4096;"));
    if (status.ok())
        status = attach.run();
    if (status.ok()) {
        // The first read decrypts page 1: a wrong key or a damaged file fails here.
        Statement probe = prepare(QStringLiteral("SELECT count(*) FROM %1.sqlite_master;").arg(schema));
        status = probe.run();
    }
    if (status.ok())
        status = configureSchema(schema);
    if (!status.ok()) {
        (void)exec(QStringLiteral("DETACH DATABASE %1;").arg(schema));
        if (status.code() == ErrorCode::Corrupted)
            return {ErrorCode::Corrupted, tr("The workspace file %1 is damaged or does not belong to this keyring. "
                                             "Restore the workspace from a backup.")
                                              .arg(path)};
        return status;
    }
    m_schemas << schema;
    return Status::success();
}

bool Database::hasSchema(const QString& schema) const
{
    return m_schemas.contains(schema);
}

Database::~Database()
{
    m_cache.clear(); // finalise before closing
    sqlite3_close_v2(m_handle);
}

Statement& Database::cached(const QString& sql)
{
    auto& stmt = m_cache[sql];
    if (!stmt)
        stmt = std::make_shared<Statement>(prepare(sql));
    stmt->reset();
    return *stmt;
}

Result<QStringList> Database::texts(const QString& sql)
{
    Statement s = prepare(sql);
    QStringList out;
    while (s.step())
        out << s.text(0);
    if (!s.status().ok())
        return s.status();
    return out;
}

Status Database::exec(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    return rc == SQLITE_OK ? Status::success() : statusFor(rc, sql);
}

Statement Database::prepare(const QString& sql)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_handle, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    Statement statement(this, stmt);
    if (rc != SQLITE_OK)
        statement.m_status = statusFor(rc, sql);
    return statement;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

int Database::changes() const
{
    return sqlite3_changes(m_handle);
}

Status Database::lastError(const QString& context) const
{
    return statusFor(sqlite3_extended_errcode(m_handle), context);
}

Status Database::statusFor(int sqliteCode, const QString& context) const
{
    const QString detail = QString::fromUtf8(sqlite3_errstr(sqliteCode));
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return {ErrorCode::Io, tr("The disk holding %1 is full: the change being written was not made (nothing "
                                  "of it is half-written). Free some space and try again.")
                                   .arg(m_path)};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {ErrorCode::Corrupted,
                tr("The workspace database %1 is damaged (%2). Restore it from a backup.").arg(m_path, detail)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::WorkspaceLocked,
                tr("The workspace database %1 is busy in another connection. Try again in a moment.").arg(m_path)};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return {ErrorCode::Io,
                tr("The workspace database %1 cannot be written (%2). Check the file permissions.").arg(m_path, detail)};
    case SQLITE_IOERR:
        return {ErrorCode::Io, tr("Reading or writing %1 failed (%2). Check the disk.").arg(m_path, detail)};
    case SQLITE_CONSTRAINT:
        return {ErrorCode::AlreadyExists, tr("The change conflicts with existing data (%1).").arg(detail)};
    default:
        return {ErrorCode::Internal, tr("Database error while %1: %2 (%3).")
                                         .arg(context, detail, QString::fromUtf8(sqlite3_errmsg(m_handle)))};
    }
}

bool Database::takeFailNextCommit()
{
    return std::exchange(m_failNextCommit, false);
}

Transaction::Transaction(Database& db) : m_db(db)
{
    m_begin = m_db.exec(QStringLiteral("BEGIN IMMEDIATE;"));
    m_open = m_begin.ok();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begin.ok() ? Status(ErrorCode::Internal, QStringLiteral("commit without an open transaction"))
                            : m_begin;
    if (m_db.takeFailNextCommit()) {
        rollback();
        return m_db.statusFor(SQLITE_FULL, QStringLiteral("COMMIT"));
    }
    Status status = m_db.exec(QStringLiteral("COMMIT;"));
    if (!status.ok()) {
        rollback();
        return status;
    }
    m_open = false;
    return status;
}

void Transaction::rollback()
{
    if (m_open) {
        (void)m_db.exec(QStringLiteral("ROLLBACK;"));
        m_open = false;
    }
}

void DatabaseCloser::operator()(Database* db) const
{
    delete db;
}

Result<DatabasePtr> openDatabase(const QString& path, const crypto::SecretBytes& key, OpenMode mode)
{
    auto db = Database::open(path, key, mode);
    if (!db)
        return db.status();
    return DatabasePtr(db.takeValue().release());
}

QString schemaOf(domain::Compartment compartment)
{
    return compartment == domain::Compartment::Log ? QStringLiteral("main") : domain::key(compartment);
}

bool hasCompartment(Database& db, domain::Compartment compartment)
{
    return db.hasSchema(schemaOf(compartment));
}

namespace {

// A write interrupted by a crash leaves a hot rollback journal, which SQLite replays before
// anything can be read, and cannot replay on a read-only connection. Whether one of the
// files held has one.
bool hasHotJournal(const CompartmentFiles& files, const CompartmentKeys& keys)
{
    for (const auto& [compartment, key] : keys) {
        const QFileInfo journal(files.at(compartment) + QStringLiteral("-journal"));
        if (journal.exists() && journal.size() > 0)
            return true;
    }
    return false;
}

} // namespace

Result<DatabasePtr> openCompartments(const CompartmentFiles& files, const CompartmentKeys& keys, OpenMode mode)
{
    if (mode == OpenMode::OpenReadOnly && hasHotJournal(files, keys)) {
        // Finish the rollback first, on a connection that may write (the caller holds the
        // workspace lock): it restores the files to their last commit, which is what a
        // reader must see; nothing else is written.
        auto recovering = openCompartments(files, keys, OpenMode::OpenExisting);
        if (!recovering)
            return recovering.status();
        for (const auto& [compartment, key] : keys) {
            Statement read = (*recovering)->prepare(
                QStringLiteral("SELECT count(*) FROM %1.sqlite_master;").arg(schemaOf(compartment)));
            while (read.step()) {
            }
            if (!read.status().ok())
                return read.status();
        }
    }
    const auto logKey = keys.find(domain::Compartment::Log);
    Q_ASSERT(logKey != keys.end() && files.count(domain::Compartment::Log));
    auto db = Database::open(files.at(domain::Compartment::Log), logKey->second, mode);
    if (!db)
        return db.status();
    for (const auto& [compartment, key] : keys) {
        if (compartment == domain::Compartment::Log)
            continue;
        Q_ASSERT(files.count(compartment));
        if (Status s = (*db)->attach(schemaOf(compartment), files.at(compartment), key, mode); !s.ok())
            return s;
    }
    return DatabasePtr(db.takeValue().release());
}

Status Database::detach(const QString& schema)
{
    m_cache.clear(); // statements prepared against the schema go with it
    if (Status s = exec(QStringLiteral("DETACH DATABASE %1;").arg(schema)); !s.ok())
        return s;
    m_schemas.removeAll(schema);
    return Status::success();
}

namespace {

bool syncFolderOf(const QString& path)
{
    const int fd = ::open(QFileInfo(path).absolutePath().toLocal8Bit().constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Status replaceFile(const QString& from, const QString& to)
{
    // rename(2) replaces the target in one step: the old file or the new, never neither.
    if (::rename(from.toLocal8Bit().constData(), to.toLocal8Bit().constData()) != 0 || !syncFolderOf(to))
        return {ErrorCode::Io, Database::tr("%1 could not be put in place of %2: %3. Both files were left as they "
                                                 "are; opening the workspace again finishes the change.")
                                        .arg(from, to, QString::fromLocal8Bit(std::strerror(errno)))};
    return Status::success();
}

// Copies every table, index and row of schema `from` into the empty schema `to`, as
// sqlcipher_export does for a main database (which is all SQLCipher 3.4 can export):
// tables with pages (a full-text index's own tables among them) and indexes are created
// from their SQL, rows copied table by table, and the entries without pages (the
// full-text index's virtual table, views, triggers) written into the schema table as
// they are. Counts are compared table by table afterwards.
Status copySchemaAndRows(Database& db, const QString& from, const QString& to)
{
    // Stored SQL names the schema it was created in ("CREATE TABLE content.posts"): the
    // copy is created in `to`.
    static const QRegularExpression kHead(QStringLiteral(
        R"(^(CREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX)\s+(?:IF\s+NOT\s+EXISTS\s+)?)(?:"?\w+"?\.)?)"),
        QRegularExpression::CaseInsensitiveOption);
    auto ddl = db.texts(QStringLiteral("SELECT sql FROM %1.sqlite_master WHERE sql IS NOT NULL AND rootpage > 0 AND "
                                       "name NOT LIKE 'sqlite_%' ORDER BY type = 'index', rowid;")
                            .arg(from));
    if (!ddl)
        return ddl.status();
    Status status = db.exec(QStringLiteral("BEGIN;"));
    for (const QString& sql : *ddl) {
        if (!status.ok())
            break;
        QString rewritten = sql;
        rewritten.replace(kHead, QStringLiteral("\\1%1.").arg(to));
        status = db.exec(rewritten);
    }
    auto tables = db.texts(QStringLiteral("SELECT name FROM %1.sqlite_master WHERE type = 'table' AND rootpage > 0 AND "
                                          "name NOT LIKE 'sqlite_%';")
                               .arg(from));
    if (status.ok() && !tables)
        status = tables.status();
    for (const QString& table : status.ok() ? *tables : QStringList()) {
        if (!status.ok())
            break;
        status = db.exec(QStringLiteral("INSERT INTO %1.\"%3\" SELECT * FROM %2.\"%3\";").arg(to, from, table));
    }
    if (status.ok())
        status = db.exec(QStringLiteral("PRAGMA writable_schema = ON;"));
    if (status.ok()) {
        status = db.exec(QStringLiteral("INSERT INTO %1.sqlite_master (type, name, tbl_name, rootpage, sql) "
                                        "SELECT type, name, tbl_name, rootpage, sql FROM %2.sqlite_master "
                                        "WHERE type IN ('view', 'trigger') OR (type = 'table' AND rootpage = 0);")
                             .arg(to, from));
        const Status off = db.exec(QStringLiteral("PRAGMA writable_schema = OFF;"));
        if (status.ok())
            status = off;
    }
    for (const QString& table : status.ok() ? *tables : QStringList()) {
        if (!status.ok())
            break;
        Statement counts = db.prepare(QStringLiteral("SELECT (SELECT count(*) FROM %1.\"%3\") = (SELECT count(*) FROM %2.\"%3\");")
                                          .arg(from, to, table));
        if (!counts.step() || counts.int64(0) != 1)
            status = counts.status().ok() ? Status(ErrorCode::Internal, Database::tr("The copy of table %1 does not match it: the rekey was not made and nothing changed.").arg(table))
                                          : counts.status();
        counts.reset();
    }
    if (status.ok())
        return db.exec(QStringLiteral("COMMIT;"));
    (void)db.exec(QStringLiteral("ROLLBACK;"));
    return status;
}

} // namespace

Status writeRekeyedCopy(Database& db, domain::Compartment compartment, const QString& copyPath,
                        const crypto::SecretBytes& newKey)
{
    Q_ASSERT(compartment != domain::Compartment::Log);
    QFile::remove(copyPath); // left from an interrupted attempt that never took effect
    QFile::remove(copyPath + QStringLiteral("-journal"));
    const QString target = QStringLiteral("rekeyed");
    {
        // A connection opened on an existing workspace may not create files: the copy
        // starts as an empty file (which SQLite takes for an empty database), owner only.
        QFile empty(copyPath);
        if (!empty.open(QIODevice::WriteOnly) ||
            !empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return {ErrorCode::Io, Database::tr("The file %1 cannot be created: %2.").arg(copyPath, empty.errorString())};
    }
    if (Status s = db.attach(target, copyPath, newKey, OpenMode::Create); !s.ok()) {
        QFile::remove(copyPath);
        return s;
    }
    Status status = copySchemaAndRows(db, schemaOf(compartment), target);
    if (status.ok()) {
        // The schema version too.
        Statement version = db.prepare(QStringLiteral("PRAGMA %1.user_version;").arg(schemaOf(compartment)));
        const qint64 v = version.step() ? version.int64(0) : 0;
        version.reset();
        status = db.exec(QStringLiteral("PRAGMA %1.user_version = %2;").arg(target).arg(v));
    }
    const Status detached = db.detach(target);
    if (status.ok())
        status = detached;
    if (!status.ok()) {
        QFile::remove(copyPath);
        return status;
    }
    return Status::success();
}

Status replaceWithRekeyedCopy(Database& db, domain::Compartment compartment, const QString& path,
                              const QString& copyPath, const crypto::SecretBytes& key)
{
    const QString schema = schemaOf(compartment);
    if (Status s = db.detach(schema); !s.ok())
        return s;
    if (Status s = replaceFile(copyPath, path); !s.ok())
        return s;
    return db.attach(schema, path, key, OpenMode::OpenExisting);
}

Result<RekeyLeftover> settleRekeyCopy(const QString& path, const QString& copyPath, const crypto::SecretBytes& key)
{
    if (!QFileInfo::exists(copyPath))
        return RekeyLeftover::None;
    if (Database::open(path, key, OpenMode::OpenReadOnly)) {
        QFile::remove(copyPath);
        QFile::remove(copyPath + QStringLiteral("-journal"));
        return RekeyLeftover::Discarded;
    }
    if (!Database::open(copyPath, key, OpenMode::OpenReadOnly))
        return Status(ErrorCode::Corrupted,
                      Database::tr("Neither %1 nor the copy %2 left by an interrupted rekey opens with the key "
                                   "granted. Restore the workspace from a backup.")
                          .arg(path, copyPath));
    if (Status s = replaceFile(copyPath, path); !s.ok())
        return s;
    return RekeyLeftover::Completed;
}

Result<QStringList> integrityCheck(Database& db, domain::Compartment compartment)
{
    Statement check = db.prepare(QStringLiteral("PRAGMA %1.integrity_check(100);").arg(schemaOf(compartment)));
    QStringList findings;
    while (check.step()) {
        // One row may hold several findings, a line each, under a "*** in database … ***" header.
        for (const QString& line : check.text(0).split(u'\n', Qt::SkipEmptyParts)) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
                findings << line;
        }
    }
    if (!check.status().ok()) {
        // A page that fails its authentication code stops the check (SQLCipher reports it
        // as a plain error): damage too.
        findings << Database::tr("a page cannot be read: it does not decrypt or its authentication code does not "
                                 "match");
    }
    return findings;
}

Result<QuickCheck> quickCheck(Database& db, domain::Compartment compartment, std::chrono::milliseconds budget)
{
    QuickCheck out;
    auto finished = db.runWithin(QStringLiteral("PRAGMA %1.quick_check(100);").arg(schemaOf(compartment)), budget,
                                 [&](const QString& row) {
                                     for (const QString& line : row.split(u'\n', Qt::SkipEmptyParts)) {
                                         if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
                                             out.findings << line;
                                     }
                                 });
    if (!finished) {
        out.findings << Database::tr("a page cannot be read: it does not decrypt or its authentication code does not "
                                     "match");
        out.finished = true;
        return out;
    }
    out.finished = *finished;
    return out;
}

Result<bool> Database::runWithin(const QString& sql, std::chrono::milliseconds budget,
                                 const std::function<void(const QString&)>& visit)
{
    struct Clock
    {
        std::chrono::steady_clock::time_point deadline;
        bool expired = false;
    } clock{std::chrono::steady_clock::now() + budget};
    // Called every 1,000 virtual machine steps; a non-zero return interrupts the statement.
    sqlite3_progress_handler(
        m_handle, 1000,
        [](void* p) {
            auto* c = static_cast<Clock*>(p);
            c->expired = c->expired || std::chrono::steady_clock::now() > c->deadline;
            return c->expired ? 1 : 0;
        },
        &clock);
    Statement stmt = prepare(sql);
    while (stmt.step())
        visit(stmt.text(0));
    const Status status = stmt.status();
    stmt = Statement();
    sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    if (clock.expired)
        return false;
    if (!status.ok())
        return status;
    return true;
}

void failNextCommitForTesting(Database& db)
{
    db.failNextCommitForTesting();
}

} // namespace custos::storage
