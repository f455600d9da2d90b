// SQL for the users table: the workspace's record of who may sign in and in which role.
#pragma once

#include "access/Role.h"
#include "core/Status.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <functional>

namespace custos::storage {

struct UserRecord
{
    qint64 id = 0;
    QString name;
    QString displayName;
    access::Role role = access::Role::Auditor;
    QByteArray signingPublicKey;
    QDateTime createdAt;
    qint64 createdBy = 0;
    QDateTime revokedAt; // invalid while the user is active
    bool isActive() const { return !revokedAt.isValid(); }
};

class UserRepository final
{
public:
    explicit UserRepository(Database& db) : m_db(db) {}

    Result<QList<UserRecord>> all();
    Result<UserRecord> byName(const QString& name);
    Result<UserRecord> byId(qint64 id);
    Result<qint64> insert(WriteAccess& write, const UserRecord& user);
    Status setRole(WriteAccess& write, qint64 id, access::Role role);
    Status markRevoked(WriteAccess& write, qint64 id, qint64 revokedBy, const QDateTime& when);
    Result<int> countActiveWithRole(access::Role role);

private:
    Result<QList<UserRecord>> query(const QString& where, const std::function<void(Statement&)>& bind);
    Database& m_db;
};

class SettingsRepository final
{
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}
    Result<QString> value(const QString& key, const QString& fallback = {});
    Status setValue(WriteAccess& write, const QString& key, const QString& value);

private:
    Database& m_db;
};

// Row counts per table, for `custos-cli info` and the Administration page.
Result<QList<QPair<QString, qint64>>> tableCounts(Database& db);

} // namespace custos::storage
