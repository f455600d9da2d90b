// SQL for the users table: the workspace's record of who may sign in and in which role.
#pragma once

#include "domain/User.h"
#include "core/Status.h"
#include "storage/Connection.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>

#include <functional>

namespace custos::storage {


class UserRepository final
{
public:
    explicit UserRepository(Database& db) : m_db(db) {}

    Result<QList<domain::UserRecord>> all();
    Result<domain::UserRecord> byName(const QString& name);
    Result<domain::UserRecord> byId(qint64 id);
    Result<qint64> insert(WriteAccess& write, const domain::UserRecord& user);
    Status setRole(WriteAccess& write, qint64 id, domain::Role role);
    Status markRevoked(WriteAccess& write, qint64 id, qint64 revokedBy, const QDateTime& when);
    Result<int> countActiveWithRole(domain::Role role);

private:
    Result<QList<domain::UserRecord>> query(const QString& where, const std::function<void(Statement&)>& bind);
    Database& m_db;
};

class SettingsRepository final
{
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}
    Result<QString> value(const QString& key, const QString& fallback = {});
    Status setValue(WriteAccess& write, const QString& key, const QString& value);
    // Every setting, by key.
    Result<QMap<QString, QString>> all();

private:
    Database& m_db;
};

// Row counts per table, for `custos-cli info` and the Administration page.
Result<QList<QPair<QString, qint64>>> tableCounts(Database& db);

} // namespace custos::storage
