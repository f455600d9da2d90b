// Appending to the signed audit log, and the transaction type through which every
// state change of every service goes: a change commits only together with its entry.
#pragma once

#include "domain/AuditEntry.h"
#include "core/Status.h"
#include "crypto/SecretBytes.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace custos::audit {

// Who signs: the signed-in user's id, signing key id and Ed25519 seed.
struct Signer
{
    qint64 userId = 0;
    QString keyId;
    const crypto::SecretBytes* seed = nullptr;
};

class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    static constexpr quint64 kCheckpointInterval = 1000;

    // Appends one entry inside the caller's transaction; every kCheckpointInterval
    // entries it also writes a signed checkpoint.
    static Result<domain::AuditEntry> append(storage::WriteAccess& write, const Signer& signer, const QString& action,
                                     const QString& objectType, const QString& objectId, const QJsonObject& details);
    // Writes a signed checkpoint over the whole log unless the newest one already covers it
    // (called when a session ends).
    static Status checkpoint(storage::Database& db, const Signer& signer);

    static domain::Checkpoint signCheckpoint(quint64 treeSize, const QByteArray& root, const Signer& signer);

    // Test hook: the next append fails as if the disk were full.
    static void failNextAppendForTesting() { s_failNextAppend = true; }

private:
    static inline bool s_failNextAppend = false;
};

// A write transaction that must record at least one audit entry before it can commit.
class AuditedTransaction final
{
    Q_DECLARE_TR_FUNCTIONS(AuditedTransaction)
public:
    AuditedTransaction(storage::Database& db, const Signer& signer);
    Q_DISABLE_COPY_MOVE(AuditedTransaction)

    const Status& status() const { return m_status; }
    storage::WriteAccess& write() { return m_write; }
    storage::Database& db() { return m_write.db(); }

    // Records the entry for the change made (or about to be made) in this transaction.
    Status record(const QString& action, const QString& objectType, const QString& objectId,
                  const QJsonObject& details = {});
    // The seq the next entry recorded in this transaction gets (rows written before it
    // can name the entry that will sign them).
    Result<quint64> nextSeq();
    // Fails, and rolls back, when no entry was recorded or a step failed.
    Status commit();

private:
    storage::Transaction m_tx;
    storage::WriteAccess m_write;
    Signer m_signer;
    Status m_status;
    int m_recorded = 0;
};

} // namespace custos::audit
