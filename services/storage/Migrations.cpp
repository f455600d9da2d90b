#include "storage/Migrations.h"

#include <QDateTime>

namespace custos::storage {
namespace {

Status execAll(Database& db, std::initializer_list<const char*> statements)
{
    for (const char* sql : statements) {
        Status status = db.exec(QString::fromUtf8(sql));
        if (!status.ok())
            return status;
    }
    return Status::success();
}

Status migration1(Database& db)
{
    return execAll(db, {
        "CREATE TABLE settings ("
        "  key TEXT PRIMARY KEY NOT NULL,"
        "  value TEXT NOT NULL);",
    });
}

Status migration2(Database& db)
{
    return execAll(db, {
        "CREATE TABLE roles ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL UNIQUE);",
        "INSERT INTO roles (id, name) VALUES"
        "  (1, 'administrator'), (2, 'compliance'), (3, 'investigator'), (4, 'manager'), (5, 'auditor');",
        "CREATE TABLE users ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
        "  display_name TEXT NOT NULL,"
        "  role_id INTEGER NOT NULL REFERENCES roles(id),"
        "  signing_public_key BLOB NOT NULL,"
        "  created_at TEXT NOT NULL,"
        "  created_by INTEGER REFERENCES users(id),"
        "  revoked_at TEXT,"
        "  revoked_by INTEGER REFERENCES users(id));",
    });
}

Status migration3(Database& db)
{
    return execAll(db, {
        "CREATE TABLE audit_entries ("
        "  seq INTEGER PRIMARY KEY,"
        "  time TEXT NOT NULL,"
        "  actor_id INTEGER NOT NULL,"
        "  key_id TEXT NOT NULL,"
        "  action TEXT NOT NULL,"
        "  object_type TEXT NOT NULL,"
        "  object_id TEXT NOT NULL,"
        "  details TEXT NOT NULL,"
        "  prev_hash BLOB NOT NULL,"
        "  entry_hash BLOB NOT NULL,"
        "  signature BLOB NOT NULL);",
        "CREATE INDEX audit_entries_action ON audit_entries(action);",
        "CREATE INDEX audit_entries_actor ON audit_entries(actor_id);",
        "CREATE INDEX audit_entries_object ON audit_entries(object_type, object_id);",
        "CREATE INDEX audit_entries_time ON audit_entries(time);",
        "CREATE TABLE audit_checkpoints ("
        "  tree_size INTEGER PRIMARY KEY,"
        "  root_hash BLOB NOT NULL,"
        "  time TEXT NOT NULL,"
        "  signer_id INTEGER NOT NULL,"
        "  key_id TEXT NOT NULL,"
        "  signature BLOB NOT NULL);",
        // One row: the head of the chain and the Merkle compact range, so appends are O(log n).
        "CREATE TABLE audit_state ("
        "  id INTEGER PRIMARY KEY CHECK (id = 1),"
        "  tree_size INTEGER NOT NULL,"
        "  last_hash BLOB NOT NULL,"
        "  frontier BLOB NOT NULL);",
    });
}

} // namespace

const std::vector<Migration>& Migrations::all()
{
    static const std::vector<Migration> migrations = {
        {1, QStringLiteral("workspace settings"), migration1},
        {2, QStringLiteral("roles and users"), migration2},
        {3, QStringLiteral("signed audit log"), migration3},
    };
    return migrations;
}

int Migrations::latestVersion()
{
    return all().back().version;
}

Result<int> Migrations::currentVersion(Database& db)
{
    Statement exists = db.prepare(QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations';"));
    if (!exists.step())
        return exists.status().ok() ? Status(ErrorCode::Internal, QStringLiteral("no row")) : exists.status();
    if (exists.int64(0) == 0)
        return 0;
    Statement max = db.prepare(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations;"));
    if (!max.step())
        return max.status().ok() ? Status(ErrorCode::Internal, QStringLiteral("no row")) : max.status();
    return static_cast<int>(max.int64(0));
}

Status Migrations::migrate(Database& db, int target)
{
    return migrate(db, all(), target);
}

Status Migrations::migrate(Database& db, const std::vector<Migration>& migrations, int target)
{
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    if (target < 0)
        target = newest;
    Result<int> current = currentVersion(db);
    if (!current)
        return current.status();
    if (*current > newest)
        return {ErrorCode::VersionTooNew,
                tr("This workspace uses schema version %1, but this Custos knows versions up to %2. "
                   "Open it with a newer Custos.")
                    .arg(*current)
                    .arg(newest)};
    for (const Migration& migration : migrations) {
        if (migration.version <= *current || migration.version > target)
            continue;
        Transaction tx(db);
        if (!tx.status().ok())
            return tx.status();
        Status status = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                               "  version INTEGER PRIMARY KEY,"
                                               "  description TEXT NOT NULL,"
                                               "  applied_at TEXT NOT NULL);"));
        if (status.ok())
            status = migration.apply(db);
        if (status.ok()) {
            Statement record = db.prepare(QStringLiteral(
                "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?1, ?2, ?3);"));
            record.bind(1, migration.version)
                .bind(2, migration.description)
                .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            status = record.run();
        }
        if (status.ok())
            status = db.exec(QStringLiteral("PRAGMA user_version = %1;").arg(migration.version));
        if (status.ok())
            status = tx.commit();
        if (!status.ok())
            return {status.code(), tr("Upgrading the workspace to schema version %1 (%2) failed; it stays at "
                                      "version %3. %4")
                                       .arg(migration.version)
                                       .arg(migration.description)
                                       .arg(migration.version - 1)
                                       .arg(status.message())};
    }
    return Status::success();
}

} // namespace custos::storage
