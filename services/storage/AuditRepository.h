// SQL for the audit tables: entries, checkpoints and the chain head. Appends take
// WriteAccess; reads stream in sequence order or page for the Audit page.
#pragma once

#include "domain/AuditEntry.h"
#include "core/Status.h"
#include "storage/Connection.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace custos::storage {

struct AuditHead
{
    quint64 treeSize = 0;  // number of entries
    QByteArray lastHash;   // entry hash of the newest entry (empty when none)
    QByteArray frontier;   // packed Merkle compact range
};

using domain::AuditFilter;


class AuditRepository final
{
public:
    explicit AuditRepository(Database& db) : m_db(db) {}

    Result<AuditHead> head();
    Status append(WriteAccess& write, const domain::AuditEntry& entry, const AuditHead& newHead);
    Status addCheckpoint(WriteAccess& write, const domain::Checkpoint& checkpoint);
    // Checkpoints are not state changes of the product, so the log itself may write them
    // outside an audited transaction (for instance when a session ends).
    Status addCheckpointUnaudited(const domain::Checkpoint& checkpoint);

    // Calls `visit` for every entry in sequence order; stops early when it returns false.
    Status forEachEntry(const std::function<bool(const domain::AuditEntry&)>& visit);
    // The entries with one of `actions`, in order.
    Status forEachEntryWithAction(const QStringList& actions, const std::function<bool(const domain::AuditEntry&)>& visit);
    Result<QList<domain::Checkpoint>> checkpoints();
    Result<std::optional<domain::Checkpoint>> lastCheckpoint();
    Result<QList<QByteArray>> entryHashes(quint64 count);

    Result<QList<domain::AuditEntry>> page(const AuditFilter& filter, qint64 offset, int limit);
    Result<qint64> count(const AuditFilter& filter);
    Result<domain::AuditEntry> entry(quint64 seq);
    Result<QStringList> actions();

private:
    Database& m_db;
};

} // namespace custos::storage
