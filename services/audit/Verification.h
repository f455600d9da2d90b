// Checking the audit log on a connection or as an exported bundle (with nothing but the
// bundle's files), inclusion and consistency proofs, and writing a bundle for a third party.
#pragma once

#include "audit/AuditVerifier.h"
#include "core/Status.h"
#include "domain/AuditEntry.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <optional>

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
// What a witness saw of the log before (a checkpoint's size and root, kept elsewhere):
// the log must be at least as long and its first `size` entries must have that root, or
// the report says Rollback.
struct Witness
{
    quint64 size = 0;
    QByteArray root; // 32 bytes
};

// Quick check on opening a workspace: the log holds at least witness.size entries and its
// first witness.size have the witness's root (a signed checkpoint of that size answers at
// once; else the root is computed). Corrupted, naming what was expected, if not.
Status checkWitness(storage::Database& db, const Witness& witness);
// {"tree_size", "root_hash" (hex)}: how orders, exports and the witness file show a seal.
QJsonObject witnessJson(const Witness& witness);
// The newest signed checkpoint in the database, as a witness would keep it.
Result<std::optional<Witness>> newestCheckpoint(storage::Database& db);

VerificationReport verifyDatabase(storage::Database& db, int threads = 1, const Progress& progress = {},
                                  const std::optional<Witness>& witness = std::nullopt);
// A bundle is refused unless it is whole: a checkpoints file with at least one signed
// checkpoint, at least one entry, a last checkpoint covering the last entry, and every
// keys/KEYID.pem holding exactly the public key registered under that id in the log.
VerificationReport verifyBundle(const QString& dir, int threads = 1, const Progress& progress = {},
                                const std::optional<Witness>& witness = std::nullopt);
Result<InclusionProof> inclusionProof(storage::Database& db, quint64 seq);
Result<QList<QByteArray>> consistencyProof(storage::Database& db, quint64 size1, quint64 size2);

// Each entry of a bundle's entries file, in order (for checks that read what entries
// signed, after verifyBundle() said the bundle is whole). Corrupted at a malformed line.
Status forEachBundleEntry(const QString& dir, const std::function<bool(const domain::AuditEntry&)>& visit);

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
