#include "storage/UserRepository.h"

#include "storage/Database.h"
#include <functional>

namespace custos::storage {
namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, name, display_name, role_id, signing_public_key, created_at, created_by, revoked_at, "
    "agreement_public_key FROM users ");

QDateTime parseTime(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString formatTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Result<QList<domain::UserRecord>> UserRepository::query(const QString& where, const std::function<void(Statement&)>& bind)
{
    Statement stmt = m_db.prepare(kColumns + where);
    bind(stmt);
    QList<domain::UserRecord> users;
    while (stmt.step()) {
        domain::UserRecord user;
        user.id = stmt.int64(0);
        user.name = stmt.text(1);
        user.displayName = stmt.text(2);
        user.role = static_cast<domain::Role>(stmt.int64(3));
        user.signingPublicKey = stmt.blob(4);
        user.createdAt = parseTime(stmt.text(5));
        user.createdBy = stmt.int64(6);
        user.revokedAt = stmt.isNull(7) ? QDateTime() : parseTime(stmt.text(7));
        user.agreementPublicKey = stmt.blob(8);
        users.append(user);
    }
    if (!stmt.status().ok())
        return stmt.status();
    return users;
}

Result<QList<domain::UserRecord>> UserRepository::all()
{
    return query(QStringLiteral("ORDER BY name;"), [](Statement&) {});
}

Result<domain::UserRecord> UserRepository::byName(const QString& name)
{
    auto users = query(QStringLiteral("WHERE name = ?1;"), [&](Statement& s) { s.bind(1, name); });
    if (!users)
        return users.status();
    if (users->isEmpty())
        return Status(ErrorCode::NotFound, QString());
    return users->first();
}

Result<domain::UserRecord> UserRepository::byId(qint64 id)
{
    auto users = query(QStringLiteral("WHERE id = ?1;"), [&](Statement& s) { s.bind(1, id); });
    if (!users)
        return users.status();
    if (users->isEmpty())
        return Status(ErrorCode::NotFound, QString());
    return users->first();
}

Result<qint64> UserRepository::insert(WriteAccess& write, const domain::UserRecord& user)
{
    Statement stmt = write.db().prepare(QStringLiteral(
        "INSERT INTO users (id, name, display_name, role_id, signing_public_key, created_at, created_by, "
        "agreement_public_key) VALUES (?7, ?1, ?2, ?3, ?4, ?5, ?6, ?8);"));
    if (user.id > 0)
        stmt.bind(7, user.id); // else NULL: SQLite picks the next id
    stmt.bind(1, user.name)
        .bind(2, user.displayName)
        .bind(3, static_cast<qint64>(user.role))
        .bind(4, user.signingPublicKey)
        .bind(5, formatTime(user.createdAt))
        .bind(8, user.agreementPublicKey);
    if (user.createdBy > 0)
        stmt.bind(6, user.createdBy);
    else
        stmt.bindNull(6);
    Status status = stmt.run();
    if (!status.ok())
        return status;
    return write.db().lastInsertRowId();
}

Status UserRepository::setRole(WriteAccess& write, qint64 id, domain::Role role)
{
    Statement stmt = write.db().prepare(QStringLiteral("UPDATE users SET role_id = ?1 WHERE id = ?2;"));
    stmt.bind(1, static_cast<qint64>(role)).bind(2, id);
    return stmt.run();
}

Status UserRepository::markRevoked(WriteAccess& write, qint64 id, qint64 revokedBy, const QDateTime& when)
{
    Statement stmt = write.db().prepare(
        QStringLiteral("UPDATE users SET revoked_at = ?1, revoked_by = ?2 WHERE id = ?3 AND revoked_at IS NULL;"));
    stmt.bind(1, formatTime(when)).bind(2, revokedBy).bind(3, id);
    return stmt.run();
}

Result<int> UserRepository::countActiveWithRole(domain::Role role)
{
    Statement stmt =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM users WHERE role_id = ?1 AND revoked_at IS NULL;"));
    stmt.bind(1, static_cast<qint64>(role));
    if (!stmt.step())
        return stmt.status();
    return static_cast<int>(stmt.int64(0));
}

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback)
{
    Statement stmt = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?1;"));
    stmt.bind(1, key);
    if (stmt.step())
        return stmt.text(0);
    if (!stmt.status().ok())
        return stmt.status();
    return fallback;
}

Result<QMap<QString, QString>> SettingsRepository::all()
{
    Statement stmt = m_db.prepare(QStringLiteral("SELECT key, value FROM settings ORDER BY key;"));
    QMap<QString, QString> out;
    while (stmt.step())
        out.insert(stmt.text(0), stmt.text(1));
    if (!stmt.status().ok())
        return stmt.status();
    return out;
}

Status SettingsRepository::setValue(WriteAccess& write, const QString& key, const QString& value)
{
    // SQLite 3.15 has no UPSERT; INSERT OR REPLACE is enough for a key/value table.
    Statement stmt = write.db().prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2);"));
    stmt.bind(1, key).bind(2, value);
    return stmt.run();
}

Result<QList<QPair<QString, qint64>>> tableCounts(Database& db)
{
    // Every compartment this connection holds the key of; the others are not there.
    QStringList names;
    for (const domain::Compartment c : domain::all<domain::Compartment>()) {
        if (!hasCompartment(db, c))
            continue;
        const QString schema = schemaOf(c);
        Statement tables = db.prepare(QStringLiteral("SELECT name FROM %1.sqlite_master WHERE type = 'table' AND name NOT "
                                                     "LIKE 'sqlite_%' ORDER BY name;")
                                          .arg(schema));
        while (tables.step())
            names.append(schema + u'.' + tables.text(0));
        if (!tables.status().ok())
            return tables.status();
    }
    QList<QPair<QString, qint64>> counts;
    for (const QString& qualified : names) {
        const QString schema = qualified.section(u'.', 0, 0);
        const QString name = qualified.section(u'.', 1);
        // Names come from sqlite_master, not from a user; quoting guards odd characters.
        Statement count = db.prepare(QStringLiteral("SELECT count(*) FROM %1.\"%2\";").arg(schema, name));
        if (!count.step())
            return count.status();
        counts.append({name, count.int64(0)});
    }
    return counts;
}

} // namespace custos::storage
