// What users do with the audit log: verify it (in the workspace or as an exported
// bundle, with nothing but the bundle's files), export it for a third party, and get
// inclusion and consistency proofs.
#pragma once

#include "audit/AuditVerifier.h"
#include "core/Status.h"
#include "storage/Database.h"

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

class AuditService final
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)
public:
    static VerificationReport verifyDatabase(storage::Database& db, int threads = 1, const Progress& progress = {});
    static VerificationReport verifyBundle(const QString& dir, int threads = 1, const Progress& progress = {});

    // Records the export in the log, seals it with a checkpoint, then writes entries.jsonl,
    // checkpoints.jsonl, keys/KEYID.pem and VERIFY.md into dir (which must be new or empty).
    static Status exportBundle(workspace::Session& session, const QString& dir);

    static Result<InclusionProof> inclusionProof(storage::Database& db, quint64 seq);
    static Result<QList<QByteArray>> consistencyProof(storage::Database& db, quint64 size1, quint64 size2);

    // The files of a bundle.
    static QString entriesFile() { return QStringLiteral("entries.jsonl"); }
    static QString checkpointsFile() { return QStringLiteral("checkpoints.jsonl"); }
};

} // namespace custos::audit
