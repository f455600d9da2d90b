// Users, roles and workspace settings. Every change checks the acting user's role here,
// not only in the UI, and keeps the keyring and the users table in step: the database
// transaction commits only after the new keyring is safely on disk.
#pragma once

#include "domain/Permissions.h"
#include "audit/AuditLog.h"
#include "core/Status.h"
#include "domain/User.h"
#include "workspace/KeyCustody.h"
#include "workspace/Session.h"

#include <QCoreApplication>

namespace custos::access {

class AdministrationService final
{
    Q_DECLARE_TR_FUNCTIONS(AdministrationService)
public:
    explicit AdministrationService(workspace::Session& session) : m_session(session) {}

    Result<QList<domain::UserRecord>> users();
    struct Info
    {
        int schemaVersion = 0;
        QList<QPair<QString, qint64>> tableCounts; // by table name
    };
    Result<Info> info();

    Result<domain::UserRecord> addUser(const QString& name, const QString& displayName, domain::Role role,
                                        const QString& firstPassphrase);
    Status changeRole(const QString& name, domain::Role role);
    Status revokeUser(const QString& name);
    // Re-seals the signed-in user's slot under a new passphrase; the database is not re-encrypted.
    Status changeOwnPassphrase(const QString& currentPassphrase, const QString& newPassphrase);

    // Re-encrypts the compartment under a new key granted to its current holders only
    // (workspace::KeyCustody::rekey): what to do after someone left it.
    Result<workspace::KeyCustody::Rekeyed> rekeyCompartment(domain::Compartment compartment);
    // Who held the compartment's key since its last rekey and no longer does: when this
    // is not empty, a rekey is worth offering.
    Result<QStringList> formerHolders(domain::Compartment compartment);

    int idleLockMinutes();
    Status setIdleLockMinutes(int minutes);

private:
    Status requireFresh(domain::Operation op); // the role as the database has it now
    crypto::Argon2Params slotKdf();
    // Runs `change` (which records its audit entry) in an audited transaction, then writes
    // `next` as the new keyring, then commits.
    Status commitWithKeyring(const std::function<Status(audit::AuditedTransaction&)>& change, workspace::Keyring next);
    Result<domain::UserRecord> activeUser(const QString& name);

    workspace::Session& m_session;
};

} // namespace custos::access
