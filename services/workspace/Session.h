// An unlocked workspace: the signed-in user, the keys of the compartments their role
// holds, their signing seed and X25519 key, and the connection of the thread that unlocked
// it. Destroying or locking it wipes the keys, closes the database and releases the
// workspace lock.
#pragma once

#include <optional>

#include "audit/AuditLog.h"
#include "core/Status.h"
#include "crypto/SecretBytes.h"
#include "storage/Connection.h"
#include "domain/Permissions.h"
#include "domain/User.h"
#include "workspace/Keyring.h"
#include "workspace/WorkspaceLock.h"
#include "workspace/WorkspacePaths.h"

#include <QSet>
#include <QThread>

#include <functional>
#include <memory>

namespace custos::workspace {

class Session final
{
public:
    ~Session();
    Q_DISABLE_COPY_MOVE(Session)

    const WorkspacePaths& paths() const { return m_paths; }
    // Opened by a command that only reads: its files are never written.
    bool isReadOnly() const { return m_readOnly; }
    const QString& workspaceId() const { return m_keyring.workspaceId; }
    const domain::UserRecord& user() const { return m_user; }
    // PermissionDenied unless the user's role allows `op` and this session holds the key
    // of the compartment it needs (a grant may still be on its way, see KeyCustody).
    Status require(domain::Operation op) const;
    void refreshUser(const domain::UserRecord& user) { m_user = user; }

    // The connection of the thread that owns the session (the one that opened it, or the
    // one handed over with setOwnerThread), for the services to hand to repositories and
    // audited transactions; above storage it is an opaque handle. Only one thread uses a
    // session at a time.
    storage::Database& database();
    void setOwnerThread(QThread* thread) { m_ownerThread = thread; }
    // A new connection for a worker thread (one connection per thread).
    Result<storage::DatabasePtr> openConnection() const;

    const crypto::SecretBytes& signingSeed() const { return m_signingSeed; }
    // The signed-in user as the signer of audit entries.
    audit::Signer signer() const;
    // The keys this session holds: the log's always, the others as the user's role and
    // grants allow (a grant may still be pending, see KeyCustody).
    const storage::CompartmentKeys& keys() const { return m_keys; }
    bool holds(domain::Compartment compartment) const { return m_keys.count(compartment) != 0; }
    const crypto::SecretBytes& key(domain::Compartment compartment) const { return m_keys.at(compartment); }
    const crypto::SecretBytes& logKey() const { return key(domain::Compartment::Log); }
    const crypto::SecretBytes& agreementKey() const { return m_agreementKey; }
    Keyring& keyring() { return m_keyring; }
    int idleLockMinutes();
    // People whose real identity this user revealed (with a reason, audited) in this
    // session; forgotten when the session ends.
    void markRevealed(qint64 personId) { m_revealed.insert(personId); }
    bool isRevealed(qint64 personId) const { return m_revealed.contains(personId); }
    // Cases this user has opened in this session (case.view is recorded once per case).
    bool hasViewedCase(qint64 caseId) const { return m_viewedCases.contains(caseId); }
    void markCaseViewed(qint64 caseId) { m_viewedCases.insert(caseId); }

private:
    friend class Workspace;
    friend class KeyCustody; // a rekey replaces a compartment's key
    Session() = default;

    WorkspacePaths m_paths{QString()};
    std::unique_ptr<WorkspaceLock> m_lock;
    storage::CompartmentKeys m_keys;
    crypto::SecretBytes m_agreementKey;
    crypto::SecretBytes m_signingSeed;
    Keyring m_keyring;
    domain::UserRecord m_user;
    storage::DatabasePtr m_db;
    QThread* m_ownerThread = nullptr;
    QSet<qint64> m_revealed;
    QSet<qint64> m_viewedCases;
    bool m_readOnly = false;
    std::optional<domain::Role> m_loggedRole; // the role the signed log gives the user

    // Set once the session is fully open: a session given up half-way (a refused
    // sign-in) closes without writing a checkpoint.
    bool m_sealOnClose = false;
};

// One audited transaction on the session's connection: `change` writes, knowing the seq
// of the entry that will sign what it writes, and records that entry; then the commit.
Status auditedChange(Session& session, const std::function<Status(audit::AuditedTransaction&, qint64 seq)>& change);

} // namespace custos::workspace
