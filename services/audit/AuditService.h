// What users do with the audit log: verify it (in the workspace or as an exported
// bundle, with nothing but the bundle's files), export it for a third party, and get
// inclusion and consistency proofs.
#pragma once

#include "audit/AuditVerifier.h"
#include "domain/AuditEntry.h"
#include "core/Status.h"
#include "storage/Connection.h"

#include <QCoreApplication>

#include <functional>

namespace custos::workspace {
class Session;
}

namespace custos::audit {

// Called with (entries done, entries in all); return false to cancel.
using Progress = std::function<bool(quint64, quint64)>;

struct InclusionProof
{
    quint64 index = 0;
    quint64 treeSize = 0;
    QByteArray leafHash;
    QByteArray root;
    QList<QByteArray> path;
};

// Verification and proofs on a connection: what the service below runs for a user, and
// what a bundle's own files are checked with (no workspace, no role).
VerificationReport verifyDatabase(storage::Database& db, int threads = 1, const Progress& progress = {});
VerificationReport verifyBundle(const QString& dir, int threads = 1, const Progress& progress = {});
Result<InclusionProof> inclusionProof(storage::Database& db, quint64 seq);
Result<QList<QByteArray>> consistencyProof(storage::Database& db, quint64 size1, quint64 size2);

// The files of a bundle.
inline QString entriesFile()
{
    return QStringLiteral("entries.jsonl");
}
inline QString checkpointsFile()
{
    return QStringLiteral("checkpoints.jsonl");
}

// The audit log as a signed-in user reads, verifies and exports it; refused by role.
class AuditService final
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)
public:
    explicit AuditService(workspace::Session& session) : m_session(session) {}

    // Entries matching the filter, oldest first, `limit` from `offset`; their number; the
    // actions that occur in the log.
    Result<QList<domain::AuditEntry>> entries(const domain::AuditFilter& filter, qint64 offset, int limit) const;
    Result<qint64> count(const domain::AuditFilter& filter) const;
    Result<QStringList> actions() const;
    Result<InclusionProof> inclusionProof(quint64 seq) const;
    Result<QList<QByteArray>> consistencyProof(quint64 size1, quint64 size2) const;

    VerificationReport verify(int threads = 1, const Progress& progress = {}) const;
    // The same as a job for a worker thread: the role is checked and a connection of the
    // job's own is opened here, on the session's thread; the job needs no session and may
    // run on any one thread while the session's thread goes on with its own connection.
    using VerificationJob = std::function<VerificationReport(int threads, const Progress& progress)>;
    Result<VerificationJob> verificationJob() const;

    // Records the export in the log, seals it with a checkpoint, then writes entries.jsonl,
    // checkpoints.jsonl, keys/KEYID.pem and VERIFY.md into dir (which must be new or empty).
    Status exportBundle(const QString& dir);

private:
    workspace::Session& m_session;
};

} // namespace custos::audit
