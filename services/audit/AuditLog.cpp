#include "audit/AuditLog.h"

#include "audit/Merkle.h"
#include "crypto/Crypto.h"
#include "storage/AuditRepository.h"

#include <QDateTime>

namespace custos::audit {
namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

domain::Checkpoint AuditLog::signCheckpoint(quint64 treeSize, const QByteArray& root, const Signer& signer)
{
    domain::Checkpoint c;
    c.treeSize = treeSize;
    c.rootHash = root;
    c.time = nowUtc();
    c.signerId = signer.userId;
    c.keyId = signer.keyId;
    c.signature = crypto::ed25519Sign(*signer.seed, c.signedHash());
    return c;
}

Result<domain::AuditEntry> AuditLog::append(storage::WriteAccess& write, const Signer& signer, const QString& action,
                                    const QString& objectType, const QString& objectId, const QJsonObject& details)
{
    Q_ASSERT(signer.seed && signer.seed->size() == crypto::kEd25519SeedSize);
    if (!domain::isSingleLine(action) || !domain::isSingleLine(objectType) || !domain::isSingleLine(objectId) || action.isEmpty())
        return Status(ErrorCode::Internal, QStringLiteral("audit fields must be non-empty single lines"));
    if (std::exchange(s_failNextAppend, false))
        return Status(ErrorCode::Io, tr("Writing the audit entry failed because the disk is full; the change was not "
                                        "made. Free some space and try again."));
    storage::AuditRepository repo(write.db());
    auto head = repo.head();
    if (!head)
        return head.status();
    auto range = merkle::CompactRange::fromState(head->treeSize, head->frontier);
    if (!range.isValid())
        return Status(ErrorCode::Corrupted,
                      tr("The audit log's state is damaged; nothing can be recorded. Verify the audit log and restore "
                         "the workspace from a backup."));

    domain::AuditEntry e;
    e.seq = head->treeSize;
    e.time = nowUtc();
    e.actorId = signer.userId;
    e.keyId = signer.keyId;
    e.action = action;
    e.objectType = objectType;
    e.objectId = objectId;
    e.details = domain::canonicalJson(details);
    e.prevHash = head->treeSize == 0 ? QByteArray(32, '\0') : head->lastHash;
    e.entryHash = e.computeHash();
    e.signature = crypto::ed25519Sign(*signer.seed, e.entryHash);

    range.append(merkle::leafHash(e.entryHash));
    const storage::AuditHead next{range.size(), e.entryHash, range.packed()};
    if (Status s = repo.append(write, e, next); !s.ok())
        return s;
    if (range.size() % kCheckpointInterval == 0) {
        if (Status s = repo.addCheckpoint(write, signCheckpoint(range.size(), range.root(), signer)); !s.ok())
            return s;
    }
    return e;
}

Status AuditLog::checkpoint(storage::Database& db, const Signer& signer)
{
    storage::AuditRepository repo(db);
    auto head = repo.head();
    if (!head)
        return head.status();
    if (head->treeSize == 0)
        return Status::success();
    auto last = repo.lastCheckpoint();
    if (!last)
        return last.status();
    if (*last && (*last)->treeSize >= head->treeSize)
        return Status::success();
    const auto range = merkle::CompactRange::fromState(head->treeSize, head->frontier);
    if (!range.isValid())
        return {ErrorCode::Corrupted, tr("The audit log's state is damaged.")};
    storage::Transaction tx(db);
    if (!tx.status().ok())
        return tx.status();
    if (Status s = repo.addCheckpointUnaudited(signCheckpoint(range.size(), range.root(), signer)); !s.ok())
        return s;
    return tx.commit();
}

AuditedTransaction::AuditedTransaction(storage::Database& db, const Signer& signer)
    : m_tx(db), m_write(db), m_signer(signer), m_status(m_tx.status())
{
}

Result<quint64> AuditedTransaction::nextSeq()
{
    if (!m_status.ok())
        return m_status;
    auto head = storage::AuditRepository(m_write.db()).head();
    if (!head)
        return head.status();
    return head->treeSize;
}

Status AuditedTransaction::record(const QString& action, const QString& objectType, const QString& objectId,
                                  const QJsonObject& details)
{
    if (!m_status.ok())
        return m_status;
    auto entry = AuditLog::append(m_write, m_signer, action, objectType, objectId, details);
    if (!entry) {
        m_status = entry.status();
        return m_status;
    }
    ++m_recorded;
    return Status::success();
}

Status AuditedTransaction::commit()
{
    if (!m_status.ok()) {
        m_tx.rollback();
        return m_status;
    }
    if (m_recorded == 0) {
        m_tx.rollback();
        return {ErrorCode::Internal, tr("A change was refused because it had no audit entry.")};
    }
    m_status = m_tx.commit();
    return m_status;
}

} // namespace custos::audit
