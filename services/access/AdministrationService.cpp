#include "access/AdministrationService.h"

#include "domain/AuditActions.h"
#include "audit/LogState.h"
#include "audit/UserKeyDetails.h"
#include "crypto/Crypto.h"
#include "workspace/KeyCustody.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSettings.h"
#include "domain/Permissions.h"
#include "storage/Migrations.h"
#include "storage/UserRepository.h"

#include <QJsonObject>

namespace custos::access {
namespace {

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

} // namespace

Status AdministrationService::requireFresh(domain::Operation op)
{
    // The role is read from the database, not from the cached session, so a demotion
    // takes effect at once.
    auto me = storage::UserRepository(m_session.database()).byId(m_session.user().id);
    if (!me)
        return me.status();
    m_session.refreshUser(*me);
    if (!me->isActive())
        return {ErrorCode::PermissionDenied, tr("The access of %1 was revoked.").arg(me->name)};
    return m_session.require(op);
}

crypto::Argon2Params AdministrationService::slotKdf()
{
    storage::SettingsRepository settings(m_session.database());
    crypto::Argon2Params params;
    auto number = [&](const char* k, quint32 fallback) {
        auto v = settings.value(key(k));
        bool ok = false;
        const quint32 n = v ? v->toUInt(&ok) : 0;
        return ok && n > 0 ? n : fallback;
    };
    params.memoryKiB = std::max(number(workspace::settingsKey::kKdfMemoryKiB, crypto::kMinArgon2MemoryKiB),
                                crypto::kMinArgon2MemoryKiB);
    params.iterations = number(workspace::settingsKey::kKdfIterations, 3);
    params.parallelism = number(workspace::settingsKey::kKdfParallelism, 1);
    return params;
}

Status AdministrationService::commitWithKeyring(const std::function<Status(audit::AuditedTransaction&)>& change,
                                                workspace::Keyring next)
{
    return workspace::KeyCustody::commitWithKeyring(m_session, change, std::move(next));
}

Result<QList<domain::UserRecord>> AdministrationService::users()
{
    if (Status s = m_session.require(domain::Operation::ViewUsers); !s.ok())
        return s;
    return storage::UserRepository(m_session.database()).all();
}

Result<AdministrationService::Info> AdministrationService::info()
{
    if (Status s = m_session.require(domain::Operation::ViewWorkspaceInfo); !s.ok())
        return s;
    auto version = storage::Migrations::currentVersion(m_session.database());
    if (!version)
        return version.status();
    auto counts = storage::tableCounts(m_session.database());
    if (!counts)
        return counts.status();
    return Info{*version, *counts};
}

Result<domain::UserRecord> AdministrationService::activeUser(const QString& name)
{
    auto user = storage::UserRepository(m_session.database()).byName(name.trimmed());
    if (!user && user.status().code() == ErrorCode::NotFound)
        return Status(ErrorCode::NotFound, tr("There is no user named %1 in this workspace.").arg(name));
    if (user && !user->isActive())
        return Status(ErrorCode::NotFound, tr("The user %1 has been revoked.").arg(name));
    return user;
}

Result<domain::UserRecord> AdministrationService::addUser(const QString& name, const QString& displayName, domain::Role role,
                                                           const QString& firstPassphrase)
{
    if (Status s = requireFresh(domain::Operation::ManageUsers); !s.ok())
        return s;
    const QString trimmed = name.trimmed();
    if (Status s = workspace::Workspace::validateUserName(trimmed); !s.ok())
        return s;
    if (Status s = workspace::Workspace::validatePassphrase(firstPassphrase); !s.ok())
        return s;
    storage::UserRepository repo(m_session.database());
    auto existing = repo.byName(trimmed);
    if (existing)
        return Status(ErrorCode::AlreadyExists,
                      existing->isActive()
                          ? tr("A user named %1 already exists.").arg(existing->name)
                          : tr("The name %1 belonged to a revoked user and cannot be reused, so that the audit "
                               "trail stays unambiguous. Choose another name.")
                                .arg(existing->name));
    if (existing.status().code() != ErrorCode::NotFound)
        return existing.status();

    crypto::Ed25519KeyPair signing = crypto::generateEd25519();
    crypto::X25519KeyPair agreement = crypto::generateX25519();
    domain::UserRecord user;
    user.name = trimmed;
    user.displayName = displayName.trimmed().isEmpty() ? trimmed : displayName.trimmed();
    user.role = role;
    user.signingPublicKey = signing.publicKey;
    user.agreementPublicKey = agreement.publicKey;
    user.createdAt = QDateTime::currentDateTimeUtc();
    user.createdBy = m_session.user().id;

    workspace::Keyring next = m_session.keyring();
    next.putSlot(workspace::Keyring::seal(next.workspaceId, trimmed, firstPassphrase, slotKdf(), signing.seed,
                                          agreement.privateKey));
    auto keys = workspace::KeyCustody::applyRole(m_session, next, user, role);
    if (!keys)
        return keys.status();
    Status status = commitWithKeyring(
        [&](audit::AuditedTransaction& tx) {
            auto id = storage::UserRepository(tx.db()).insert(tx.write(), user);
            if (!id)
                return id.status();
            user.id = *id;
            QJsonObject details = audit::userKeyDetails(user);
            details.insert(QStringLiteral("keys"), keys->toJson());
            return tx.record(domain::actions::kUserAdd, QStringLiteral("user"), QString::number(user.id), details);
        },
        std::move(next));
    if (!status.ok())
        return status;
    return user;
}

Status AdministrationService::changeRole(const QString& name, domain::Role role)
{
    if (Status s = requireFresh(domain::Operation::ManageUsers); !s.ok())
        return s;
    auto user = activeUser(name);
    if (!user)
        return user.status();
    if (user->role == role)
        return Status::success();
    storage::UserRepository repo(m_session.database());
    if (user->role == domain::Role::Administrator) {
        auto admins = repo.countActiveWithRole(domain::Role::Administrator);
        if (!admins)
            return admins.status();
        if (*admins <= 1)
            return {ErrorCode::InvalidArgument,
                    tr("%1 is the last administrator. Make another user an administrator first.").arg(user->name)};
    }
    // The role decides which compartment keys the user holds: grants and withdrawals go
    // into the keyring in the same step as the role.
    workspace::Keyring next = m_session.keyring();
    auto keys = workspace::KeyCustody::applyRole(m_session, next, *user, role);
    if (!keys)
        return keys.status();
    Status status = commitWithKeyring(
        [&](audit::AuditedTransaction& tx) {
            Status s = storage::UserRepository(tx.db()).setRole(tx.write(), user->id, role);
            if (!s.ok())
                return s;
            return tx.record(domain::actions::kUserRole, QStringLiteral("user"), QString::number(user->id),
                             QJsonObject{{QStringLiteral("user_id"), user->id},
                                         {QStringLiteral("user"), user->name},
                                         {QStringLiteral("role"), domain::key(role)},
                                         {QStringLiteral("previous_role"), domain::key(user->role)},
                                         {QStringLiteral("keys"), keys->toJson()}});
        },
        std::move(next));
    if (status.ok() && user->id == m_session.user().id) {
        user->role = role;
        m_session.refreshUser(*user);
    }
    return status;
}

Status AdministrationService::revokeUser(const QString& name)
{
    if (Status s = requireFresh(domain::Operation::ManageUsers); !s.ok())
        return s;
    auto user = activeUser(name);
    if (!user)
        return user.status();
    if (user->id == m_session.user().id)
        return {ErrorCode::InvalidArgument,
                tr("You cannot revoke yourself. Ask another administrator to do it.")};
    if (user->role == domain::Role::Administrator) {
        auto admins = storage::UserRepository(m_session.database()).countActiveWithRole(domain::Role::Administrator);
        if (!admins)
            return admins.status();
        if (*admins <= 1)
            return {ErrorCode::InvalidArgument,
                    tr("%1 is the last administrator. Make another user an administrator first.").arg(user->name)};
    }
    workspace::Keyring next = m_session.keyring();
    next.removeSlot(user->name);
    const domain::UserRecord revoked = *user;
    return commitWithKeyring(
        [&](audit::AuditedTransaction& tx) {
            Status s = storage::UserRepository(tx.db()).markRevoked(tx.write(), revoked.id, m_session.user().id,
                                                                     QDateTime::currentDateTimeUtc());
            if (!s.ok())
                return s;
            return tx.record(domain::actions::kUserRevoke, QStringLiteral("user"), QString::number(revoked.id),
                             QJsonObject{{QStringLiteral("user_id"), revoked.id},
                                         {QStringLiteral("user"), revoked.name},
                                         {QStringLiteral("key_id"), crypto::keyId(revoked.signingPublicKey)}});
        },
        std::move(next));
}

Status AdministrationService::changeOwnPassphrase(const QString& currentPassphrase, const QString& newPassphrase)
{
    if (Status s = m_session.require(domain::Operation::ChangeOwnPassphrase); !s.ok())
        return s;
    if (Status s = workspace::Workspace::validatePassphrase(newPassphrase); !s.ok())
        return s;
    const QString name = m_session.user().name;
    auto check = m_session.keyring().unlock(name, currentPassphrase);
    if (!check)
        return check.status().code() == ErrorCode::AuthenticationFailed
                   ? Status(ErrorCode::AuthenticationFailed,
                            tr("The current passphrase is wrong; the passphrase was not changed."))
                   : check.status();
    workspace::Keyring next = m_session.keyring();
    next.putSlot(workspace::Keyring::seal(next.workspaceId, name, newPassphrase, slotKdf(), m_session.signingSeed(),
                                          m_session.agreementKey()));
    const qint64 id = m_session.user().id;
    return commitWithKeyring(
        [id](audit::AuditedTransaction& tx) {
            // The passphrase itself never reaches the log; only that it changed.
            return tx.record(domain::actions::kUserPassphrase, QStringLiteral("user"), QString::number(id),
                             QJsonObject{{QStringLiteral("user_id"), id}});
        },
        std::move(next));
}

int AdministrationService::idleLockMinutes()
{
    return m_session.idleLockMinutes();
}

Status AdministrationService::setIdleLockMinutes(int minutes)
{
    if (Status s = requireFresh(domain::Operation::ChangeSettings); !s.ok())
        return s;
    if (minutes < 1 || minutes > workspace::kMaxIdleLockMinutes)
        return {ErrorCode::InvalidArgument,
                tr("The idle time before locking must be between 1 and %1 minutes.").arg(workspace::kMaxIdleLockMinutes)};
    const int previous = m_session.idleLockMinutes();
    audit::AuditedTransaction tx(m_session.database(), m_session.signer());
    Status status = tx.status();
    if (status.ok())
        status = storage::SettingsRepository(tx.db()).setValue(tx.write(), key(workspace::settingsKey::kIdleLockMinutes),
                                                                QString::number(minutes));
    if (status.ok())
        status = tx.record(domain::actions::kSettingsChange, QStringLiteral("setting"),
                           key(workspace::settingsKey::kIdleLockMinutes),
                           QJsonObject{{QStringLiteral("value"), minutes},
                                       {QStringLiteral("value_sha256"), audit::settingDigest(QString::number(minutes))},
                                       {QStringLiteral("previous"), previous}});
    if (status.ok())
        status = tx.commit();
    return status;
}

} // namespace custos::access

namespace custos::access {

Result<workspace::KeyCustody::Rekeyed> AdministrationService::rekeyCompartment(domain::Compartment compartment)
{
    if (Status s = requireFresh(domain::Operation::RekeyCompartment); !s.ok())
        return s;
    return workspace::KeyCustody::rekey(m_session, compartment);
}

Result<QStringList> AdministrationService::formerHolders(domain::Compartment compartment)
{
    if (Status s = requireFresh(domain::Operation::RekeyCompartment); !s.ok())
        return s;
    return workspace::KeyCustody::formerHolders(m_session, compartment);
}

} // namespace custos::access
