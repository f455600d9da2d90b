// The audit log as a signed-in user reads, verifies and exports it, refused by role:
// entries with filters, inclusion and consistency proofs, verification (also as a job for
// a worker thread), and an export bundle that verifies with nothing but its own files.
#pragma once

#include "audit/Verification.h"
#include "domain/Compartment.h"

#include <functional>

namespace custos::workspace {
class Session;
}

namespace custos::auditing {

using audit::InclusionProof;
using audit::Progress;
using audit::VerificationReport;

class AuditService final
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)
public:
    explicit AuditService(workspace::Session& session) : m_session(session) {}

    // Entries matching the filter, oldest first, `limit` from `offset`; their number; the
    // actions that occur in the log.
    Result<QList<domain::AuditEntry>> entries(const domain::AuditFilter& filter, qint64 offset,
                                              int limit) const;
    Result<qint64> count(const domain::AuditFilter& filter) const;
    Result<QStringList> actions() const;
    Result<InclusionProof> inclusionProof(quint64 seq) const;
    Result<QList<QByteArray>> consistencyProof(quint64 size1, quint64 size2) const;

    // deep: also every post, version, flag and decision against the batch and decision
    // entries that signed them (needs the content key; refused as NotPermitted without).
    VerificationReport verify(int threads = 1, const Progress& progress = {},
                              const std::optional<audit::Witness>& witness = std::nullopt, bool deep = false) const;
    // The same as a job for a worker thread: the role is checked and a connection of the
    // job's own is opened here, on the session's thread; the job needs no session and may
    // run on any one thread while the session's thread goes on with its own connection.
    using VerificationJob = std::function<VerificationReport(int threads, const Progress& progress)>;
    Result<VerificationJob> verificationJob() const;

    // The whole check of the workspace: SQLite's integrity check of every compartment this
    // session holds the key of, then the audit log's verification (deep when the session
    // holds the content key). Reports per compartment
    // what was found; compartments without the key are listed as not checked.
    struct CompartmentCheck
    {
        domain::Compartment compartment;
        bool checked = false;
        QStringList findings; // empty: sound
    };
    struct IntegrityReport
    {
        QList<CompartmentCheck> compartments;
        VerificationReport log;
        bool ok() const;
    };
    using Stage = std::function<void(const QString& what)>;
    Result<IntegrityReport> checkIntegrity(int threads, const Stage& stage, const Progress& progress) const;

    // The newest signed checkpoint (size and root): what an outside party keeps as a witness.
    Result<std::optional<audit::Witness>> newestCheckpoint() const;

    // Records the export in the log, seals it with a checkpoint, then writes entries.jsonl,
    // checkpoints.jsonl, keys/KEYID.pem and VERIFY.md into dir (which must be new or empty).
    Status exportBundle(const QString& dir);

private:
    workspace::Session& m_session;
};

} // namespace custos::auditing
