#include "workspace/Session.h"

#include "workspace/WorkspaceSettings.h"

namespace custos::workspace {

Session::~Session()
{
    m_db.reset(); // close before the lock goes
    m_masterKey.clear();
    m_signingSeed.clear();
    m_lock.reset();
}

storage::Database& Session::database()
{
    Q_ASSERT_X(QThread::currentThread() == m_ownerThread, "Session::database",
               "each thread opens its own connection with openConnection()");
    return *m_db;
}

Result<std::unique_ptr<storage::Database>> Session::openConnection() const
{
    return storage::Database::open(m_paths.database(), m_masterKey, storage::Database::Mode::OpenExisting);
}

int Session::idleLockMinutes()
{
    storage::SettingsRepository settings(database());
    auto value = settings.value(QString::fromLatin1(settingsKey::kIdleLockMinutes));
    bool ok = false;
    const int minutes = value ? value->toInt(&ok) : 0;
    return ok && minutes > 0 ? minutes : kDefaultIdleLockMinutes;
}

} // namespace custos::workspace
