// RAII over one SQLCipher connection: open with a raw 256-bit key, prepared statements.
// One Database per thread. Only services/storage (and tests) include this header: above
// storage a connection is the opaque handle of storage/Connection.h, so no SQL can run there.
#pragma once

#include <chrono>
#include <functional>

#include "core/Status.h"
#include "crypto/SecretBytes.h"
#include "storage/Connection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace custos::storage {

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
    using Mode = OpenMode;

    // As openDatabase() (storage/Connection.h).
    static Result<std::unique_ptr<Database>> open(const QString& path, const crypto::SecretBytes& key, Mode mode);
    // Attaches another encrypted file as `schema`, under its own key.
    Status attach(const QString& schema, const QString& path, const crypto::SecretBytes& key, Mode mode);
    bool hasSchema(const QString& schema) const;
    Status detach(const QString& schema);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    Status exec(const QString& sql);
    Statement prepare(const QString& sql); // a failed prepare leaves status() of the statement set
    // A prepared statement kept for reuse (hot paths: import, scan), reset and unbound.
    Statement& cached(const QString& sql);
    // The first column of every row of `sql`, as text.
    Result<QStringList> texts(const QString& sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    const QString& path() const { return m_path; }

    // Runs `sql` row by row, interrupting it once `budget` has passed; visit gets each
    // row's first column. Returns whether it ran to its end.
    Result<bool> runWithin(const QString& sql, std::chrono::milliseconds budget,
                           const std::function<void(const QString&)>& visit);

    // Turns the connection's last error into a user-facing status.
    Status lastError(const QString& context) const;
    Status statusFor(int sqliteCode, const QString& context) const;

    // Test hook: the next commit fails as if the disk were full.
    void failNextCommitForTesting() { m_failNextCommit = true; }
    bool takeFailNextCommit();

private:
    Status configureSchema(const QString& schema);
    static Status checkExistingFile(const QString& path);
    Database(sqlite3* handle, QString path) : m_handle(handle), m_path(std::move(path)) {}
    sqlite3* m_handle = nullptr;
    QString m_path;
    bool m_failNextCommit = false;
    QHash<QString, std::shared_ptr<Statement>> m_cache;
    QStringList m_schemas;
    bool m_readOnly = false;
};

// For a statement that must return a row and did not: its error, or Internal.
inline Status noRow(const Statement& s)
{
    return s.status().ok() ? Status(ErrorCode::Internal, QStringLiteral("no row")) : s.status();
}

// Every row of `s`, each made by `from(s)`; the statement's error when it failed.
template <typename T, typename F> Result<QList<T>> rowsOf(Statement& s, F&& from)
{
    QList<T> out;
    while (s.step())
        out << from(static_cast<const Statement&>(s));
    if (!s.status().ok())
        return s.status();
    return out;
}

// The first row of `s` made by `from(s)`, nothing when there is none; the statement's
// error when it failed.
template <typename T, typename F> Result<std::optional<T>> firstRowOf(Statement& s, F&& from)
{
    if (s.step())
        return std::optional<T>(from(static_cast<const Statement&>(s)));
    if (!s.status().ok())
        return s.status();
    return std::optional<T>();
}

} // namespace custos::storage
