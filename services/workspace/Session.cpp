#include "workspace/Session.h"

#include "audit/Verification.h"
#include "workspace/Witness.h"

#include "crypto/Crypto.h"

#include <QCoreApplication>
#include "storage/UserRepository.h"
#include "workspace/WorkspaceSettings.h"

namespace custos::workspace {

Session::~Session()
{
    // A session that ends seals what it wrote with a signed checkpoint.
    if (m_db && m_sealOnClose && !m_readOnly && m_ownerThread == QThread::currentThread()) {
        (void)audit::AuditLog::checkpoint(*m_db, signer());
        // This computer remembers the newest seal, outside the workspace (Witness.h).
        if (auto newest = audit::newestCheckpoint(*m_db); newest && *newest)
            (void)Witness::remember(workspaceId(), **newest);
    }
    m_db.reset(); // close before the lock goes
    m_keys.clear(); // SecretBytes wipe themselves
    m_agreementKey.clear();
    m_signingSeed.clear();
    m_lock.reset();
}

Status Session::require(domain::Operation op) const
{
    if (Status s = domain::require(m_user.role, op); !s.ok())
        return s;
    const domain::Compartment needed = domain::compartmentOf(op);
    if (!holds(needed))
        return {ErrorCode::PermissionDenied,
                QCoreApplication::translate("custos::workspace::Session",
                                            "Your role may do this, but the key of \"%1\" has not reached your key "
                                            "slot yet. It is handed over when a user who holds it (an administrator "
                                            "or compliance officer) next signs in.")
                    .arg(domain::displayName(needed))};
    return Status::success();
}

storage::Database& Session::database()
{
    Q_ASSERT_X(QThread::currentThread() == m_ownerThread, "Session::database",
               "each thread opens its own connection with openConnection()");
    return *m_db;
}

Result<storage::DatabasePtr> Session::openConnection() const
{
    return storage::openCompartments(m_paths.databases(), m_keys,
                                     m_readOnly ? storage::OpenMode::OpenReadOnly : storage::OpenMode::OpenExisting);
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

Status auditedChange(Session& session, const std::function<Status(audit::AuditedTransaction&, qint64 seq)>& change)
{
    audit::AuditedTransaction tx(session.database(), session.signer());
    if (!tx.status().ok())
        return tx.status();
    auto seq = tx.nextSeq();
    if (!seq)
        return seq.status();
    if (Status s = change(tx, static_cast<qint64>(*seq)); !s.ok())
        return s;
    return tx.commit();
}

} // namespace custos::workspace
