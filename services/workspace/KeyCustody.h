// Who holds which compartment key, kept in step with the users' roles. A key is granted
// by a session that holds it, sealed to the user's registered X25519 public key, so no
// one needs another user's passphrase; a role that no longer holds a compartment loses
// its grant. Keyring and database change together or not at all.
#pragma once

#include "audit/AuditLog.h"
#include "audit/LogState.h"
#include "core/Status.h"
#include "domain/Compartment.h"
#include "domain/User.h"
#include "workspace/Keyring.h"
#include "workspace/Session.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace custos::workspace {

class KeyCustody final
{
    Q_DECLARE_TR_FUNCTIONS(KeyCustody)
public:
    // Runs `change` in an audited transaction, writes `next` as the keyring and commits;
    // puts the previous keyring back if the commit fails.
    static Status commitWithKeyring(Session& session, const std::function<Status(audit::AuditedTransaction&)>& change,
                                    Keyring next);

    struct Changes
    {
        QList<domain::Compartment> granted;
        QList<domain::Compartment> withdrawn;
        QList<domain::Compartment> pending; // the role holds it, this session does not
        bool isEmpty() const { return granted.isEmpty() && withdrawn.isEmpty(); }
        QJsonObject toJson() const;
    };
    // Makes `user`'s grants in `next` those of `role`: grants what the role holds and
    // this session has, withdraws what the role does not hold.
    static Result<Changes> applyRole(const Session& session, Keyring& next, const domain::UserRecord& user,
                                     domain::Role role);

    // Grants the keys this session holds to every active user whose role holds them and
    // who lacks them (a user added by someone who lacked a key), one audited entry each.
    static Status grantPending(Session& session);

    // Slots and grants in `keyring` that the signed log does not account for: a slot of
    // someone the log does not know as an active user with that signing key, a grant of a
    // compartment the log never handed to the slot's user. One translated sentence each.
    static QStringList unsignedGrants(const Keyring& keyring, const audit::LogState& state);

    // Re-encrypts a compartment (content or aggregates; the log's key is every user's)
    // under a new key and grants it, at the next generation, to every active user whose
    // role holds the compartment; anyone else who ever held the old key (a user moved to
    // another role or revoked) can no longer read the file. Signed as keys.rekey, naming
    // the holders. A crash at any step leaves a workspace that opens: see
    // storage::writeRekeyedCopy, and settleRekey, which opening runs.
    struct Rekeyed
    {
        domain::Compartment compartment = domain::Compartment::Content;
        int generation = 0;
        QStringList holders;
    };
    // Test hook: where a rekey stops as if the process had been killed there.
    enum class RekeyStop
    {
        None,
        AfterCopy,    // the copy is written; nothing else
        AfterKeyring, // the keyring grants the new key; the log has no entry, the file is the old
        AfterCommit   // the entry is signed; the file is still the old one
    };
    static Result<Rekeyed> rekey(Session& session, domain::Compartment compartment, RekeyStop stop = RekeyStop::None);
    // Whom a rekey of the compartment would protect against now: users who held its key
    // at some point and no longer do (a role change, a revocation) since the last rekey.
    static Result<QStringList> formerHolders(Session& session, domain::Compartment compartment);
    // The copy a rekey writes beside the compartment's file.
    static QString rekeyCopyPath(const Session& session, domain::Compartment compartment);
    // Settles what an interrupted rekey left (opening a workspace for work runs it before
    // the compartments are attached): the copy put in place when the keyring already
    // grants the new key, else removed. True when a rekey was finished.
    static Result<bool> settleRekey(const WorkspacePaths& paths, const storage::CompartmentKeys& keys);
    // Whether an interrupted rekey left a copy (a read-only command cannot settle it).
    static bool hasRekeyLeftover(const WorkspacePaths& paths);

    // The compartments the signed-in user's role holds whose key has not reached them yet.
    static QList<domain::Compartment> missing(const Session& session);
};

} // namespace custos::workspace
