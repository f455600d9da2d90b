// Checking the audit log on a connection or as an exported bundle (with nothing but the
// bundle's files), inclusion and consistency proofs, and writing a bundle for a third party.
#pragma once

#include "audit/AuditVerifier.h"
#include "core/Status.h"
#include "domain/AuditEntry.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <functional>

namespace custos::audit {

class Verification final
{
    Q_DECLARE_TR_FUNCTIONS(Verification)
};

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

// Writes keys/KEYID.pem, entries.jsonl, checkpoints.jsonl and VERIFY.md into `dir`, which
// exists and is empty.
Status writeBundle(storage::Database& db, const QString& dir);

// The files of a bundle.
inline QString entriesFile()
{
    return QStringLiteral("entries.jsonl");
}
inline QString checkpointsFile()
{
    return QStringLiteral("checkpoints.jsonl");
}

} // namespace custos::audit
