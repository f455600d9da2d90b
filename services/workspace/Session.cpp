#include "workspace/Session.h"

#include "crypto/Crypto.h"
#include "storage/UserRepository.h"
#include "workspace/WorkspaceSettings.h"

namespace custos::workspace {

Session::~Session()
{
    // A session that ends seals what it wrote with a signed checkpoint.
    if (m_db && m_ownerThread == QThread::currentThread())
        (void)audit::AuditLog::checkpoint(*m_db, signer());
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

Result<storage::DatabasePtr> Session::openConnection() const
{
    return storage::openDatabase(m_paths.database(), m_masterKey, storage::OpenMode::OpenExisting);
}

audit::Signer Session::signer() const
{
    return {m_user.id, crypto::keyId(m_user.signingPublicKey), &m_signingSeed};
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
