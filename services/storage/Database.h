// RAII over one SQLCipher connection: open with a raw 256-bit key, prepared statements
// and transactions. One Database per thread; SQL stays inside services/storage.
#pragma once

#include "core/Status.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace custos::audit {
class AuditedTransaction;
}

namespace custos::storage {

class Database;

class Statement final
{
public:
    Statement() = default;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, const QString& text);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bindNull(int index);

    // true: a row is ready; false: done. Errors end up in status().
    bool step();
    Status run(); // step to completion, for statements without rows
    void reset();
    const Status& status() const { return m_status; }

    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    Statement(Database* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    Status m_status;
};

class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // CreateUnencrypted exists for one purpose: the import benchmark measures what
    // encryption costs by importing the same export into a database SQLCipher does not
    // encrypt. Nothing else creates one, and OpenExisting refuses it (a plain SQLite file
    // is not a workspace database).
    enum class Mode { OpenExisting, Create, CreateUnencrypted };

    // Opens (or creates) the encrypted database at path with the raw key (32 bytes).
    // A wrong key and a damaged file both read as Corrupted here: callers that have
    // already verified the key (the keyring does) may say "damaged" with confidence.
    static Result<std::unique_ptr<Database>> open(const QString& path, const crypto::SecretBytes& key, Mode mode);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    Status exec(const QString& sql);
    Statement prepare(const QString& sql); // a failed prepare leaves status() of the statement set
    // A prepared statement kept for reuse (hot paths: import, scan), reset and unbound.
    Statement& cached(const QString& sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    const QString& path() const { return m_path; }

    // Turns the connection's last error into a user-facing status.
    Status lastError(const QString& context) const;
    Status statusFor(int sqliteCode, const QString& context) const;

    // Test hook: the next commit fails as if the disk were full.
    void failNextCommitForTesting() { m_failNextCommit = true; }
    bool takeFailNextCommit();

private:
    Database(sqlite3* handle, QString path) : m_handle(handle), m_path(std::move(path)) {}
    sqlite3* m_handle = nullptr;
    QString m_path;
    bool m_failNextCommit = false;
    QHash<QString, std::shared_ptr<Statement>> m_cache;
};

// Proof that the caller writes inside an audited transaction: repositories take it for
// every method that changes state, and only audit::AuditedTransaction can make one.
// So no state changes without its audit entry in the same transaction.
class WriteAccess final
{
public:
    Database& db() const { return m_db; }
    Q_DISABLE_COPY_MOVE(WriteAccess)

private:
    friend class custos::audit::AuditedTransaction;
    explicit WriteAccess(Database& db) : m_db(db) {}
    Database& m_db;
};

// A write transaction (BEGIN IMMEDIATE); rolls back unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    const Status& status() const { return m_begin; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    Status m_begin;
    bool m_open = false;
};

} // namespace custos::storage
