#include "audit/ContentCheck.h"

#include "audit/RowCommitment.h"
#include "domain/AuditActions.h"
#include "domain/PostContent.h"
#include "storage/AuditRepository.h"
#include "storage/ContentRowRepository.h"
#include "storage/RecordsRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace custos::audit {
namespace {

constexpr qsizetype kMaxDifferences = 200;

// What one batch entry signed, and what the tables hold under its seq.
struct Batch
{
    RowCommitment::Signed signedRows;
    RowCommitment found;
    QSet<qint64> foundIds;
};

// Entries that add one decision row per flag they list.
bool addsDecisions(const QString& action)
{
    using namespace domain::actions;
    return action == kFlagAssign || action == kFlagDismiss || action == kFlagConfirm || action == kFlagComment ||
           action == kFlagTag || action == kFlagEscalate || action == kFlagNotify || action == kTakedownRequest ||
           action == kTakedownApprove || action == kTakedownReject;
}

class Differences
{
public:
    void add(const QString& what)
    {
        if (m_list.size() < kMaxDifferences)
            m_list << what;
        ++m_total;
    }
    QStringList take()
    {
        if (m_total > m_list.size())
            m_list << ContentCheck::tr("… and %n more.", nullptr, static_cast<int>(m_total - m_list.size()));
        return m_list;
    }

private:
    QStringList m_list;
    qint64 m_total = 0;
};

// Compares what the tables hold under each batch with what its entry signed.
void compareBatches(QMap<qint64, Batch>& batches, const QString& rowKind, Differences& out)
{
    for (auto it = batches.begin(); it != batches.end(); ++it) {
        const qint64 seq = it.key();
        Batch& b = *it;
        bool named = false;
        for (const auto& [first, last] : b.signedRows.ranges) {
            for (qint64 id = first; id <= last; ++id) {
                if (!b.foundIds.contains(id)) {
                    out.add(rowKind == QLatin1String("post")
                                ? ContentCheck::tr("Post %1, written by the import batch of entry %2, is missing.").arg(id).arg(seq)
                                : ContentCheck::tr("Flag %1, raised by the scan batch of entry %2, is missing.").arg(id).arg(seq));
                    named = true;
                }
            }
        }
        for (const qint64 id : b.foundIds) {
            if (!b.signedRows.contains(id)) {
                out.add(rowKind == QLatin1String("post")
                            ? ContentCheck::tr("Post %1 claims to come from the import batch of entry %2, which did not "
                                               "write it.")
                                  .arg(id)
                                  .arg(seq)
                            : ContentCheck::tr("Flag %1 claims to come from the scan batch of entry %2, which did not "
                                               "raise it.")
                                  .arg(id)
                                  .arg(seq));
                named = true;
            }
        }
        if (!named && (b.found.size() != b.signedRows.count || b.found.root() != b.signedRows.root))
            out.add(rowKind == QLatin1String("post")
                        ? ContentCheck::tr("One of posts %1 differs from what the import batch of entry %2 signed.")
                              .arg(b.signedRows.describeIds())
                              .arg(seq)
                        : ContentCheck::tr("One of flags %1 differs from what the scan batch of entry %2 signed.")
                              .arg(b.signedRows.describeIds())
                              .arg(seq));
    }
}

} // namespace

Result<ContentReport> checkContent(storage::Database& db)
{
    using namespace domain::actions;
    ContentReport report;
    Differences out;
    QMap<qint64, Batch> postBatches;
    QMap<qint64, Batch> flagBatches;
    QHash<qint64, QString> statusOf;       // flag -> the status the newest signed decision gave it
    QSet<qint64> statusUnknown;            // flags decided by an entry that did not sign statuses
    QHash<qint64, qint64> decisions;       // flag -> decision rows the log accounts for
    bool decisionsCountable = true;

    QHash<qint64, QByteArray> purgeDigests; // purge batch entry -> the tombstone digests it signed
    const QStringList actions = {kImportBatch,  kScanBatch,      kFlagAssign,      kFlagDismiss,
                                 kFlagConfirm,  kFlagComment,    kFlagTag,         kFlagEscalate,
                                 kFlagNotify,   kTakedownRequest, kTakedownApprove, kTakedownReject,
                                 kTakedownDone, kPurgeBatch};
    Status read = storage::AuditRepository(db).forEachEntryWithAction(actions, [&](const domain::AuditEntry& e) {
        const QJsonObject d = e.detailsObject();
        if (e.action == kPurgeBatch) {
            purgeDigests.insert(static_cast<qint64>(e.seq),
                                QByteArray::fromBase64(d.value(QStringLiteral("digests")).toString().toLatin1()));
            return true;
        }
        if (e.action == kImportBatch || e.action == kScanBatch) {
            if (const auto rows = RowCommitment::fromJson(d.value(QStringLiteral("written")).toObject()))
                (e.action == kImportBatch ? postBatches : flagBatches)[static_cast<qint64>(e.seq)].signedRows = *rows;
            return true;
        }
        const bool listsFlags = d.contains(QStringLiteral("flags"));
        const QJsonArray flags = d.value(QStringLiteral("flags")).toArray();
        if (addsDecisions(e.action)) {
            if (!listsFlags)
                decisionsCountable = false;
            for (const QJsonValue& v : flags)
                ++decisions[v.toInteger()];
        }
        const QJsonValue statuses = d.value(QStringLiteral("flag_status"));
        if (statuses.isObject()) {
            const QJsonObject o = statuses.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                statusOf.insert(it.key().toLongLong(), it.value().toString());
                statusUnknown.remove(it.key().toLongLong());
            }
        } else {
            for (const QJsonValue& v : flags)
                statusUnknown.insert(v.toInteger());
            if (!listsFlags)
                decisionsCountable = false; // an older entry: which flags it changed is not signed
        }
        return true;
    });
    if (!read.ok())
        return read;

    read = storage::ContentRowRepository(db).forEachPost([&](const storage::PostContentRow& r) {
        ++report.posts;
        const domain::PostContent content{r.platform, r.workspaceKey, r.channelId, r.messageId,
                                          r.authorId, r.postedAt,     r.text};
        if (domain::contentHash(content) != r.contentHash)
            out.add(r.versionId ? ContentCheck::tr("An earlier version of post %1 (version %2) does not match its "
                                                   "content hash: its text or what the hash covers was changed.")
                                      .arg(r.postId)
                                      .arg(*r.versionId)
                                : ContentCheck::tr("Post %1 does not match its content hash: its text, author, time or "
                                                   "channel was changed.")
                                      .arg(r.postId));
        if (!r.writtenSeq) {
            ++report.unsigned_;
            return true;
        }
        auto batch = postBatches.find(*r.writtenSeq);
        if (batch == postBatches.end()) {
            out.add(ContentCheck::tr("Post %1 names entry %2 as the import batch that wrote it, but that entry signed "
                                     "no posts.")
                        .arg(r.postId)
                        .arg(*r.writtenSeq));
            return true;
        }
        batch->found.add(r.postId, postRowDigest(r.contentHash));
        batch->foundIds.insert(r.postId);
        return true;
    });
    if (!read.ok())
        return read;

    read = storage::ContentRowRepository(db).forEachFlag([&](const storage::FlagContentRow& f) {
        ++report.flags;
        const QString expected = statusOf.value(f.id, QStringLiteral("new"));
        if (!statusUnknown.contains(f.id) && f.status != expected)
            out.add(ContentCheck::tr("Flag %1 is \"%2\" in the database, but the signed decisions leave it \"%3\".")
                        .arg(f.id)
                        .arg(f.status, expected));
        if (decisionsCountable && f.decisions != decisions.value(f.id))
            out.add(ContentCheck::tr("Flag %1 has %2 decision(s) in the database, but the signed log records %3.")
                        .arg(f.id)
                        .arg(f.decisions)
                        .arg(decisions.value(f.id)));
        if (!f.writtenSeq) {
            ++report.unsigned_;
            return true;
        }
        auto batch = flagBatches.find(*f.writtenSeq);
        if (batch == flagBatches.end()) {
            out.add(ContentCheck::tr("Flag %1 names entry %2 as the scan batch that raised it, but that entry signed "
                                     "no flags.")
                        .arg(f.id)
                        .arg(*f.writtenSeq));
            return true;
        }
        batch->found.add(f.id, flagRowDigest(f.postId, f.policyId, f.rule, f.category, f.severity, f.spans));
        batch->foundIds.insert(f.id);
        return true;
    });
    if (!read.ok())
        return read;

    // Purged rows: their tombstones stand in for them in the batches that wrote them, and
    // each tombstone must be one its purge batch signed.
    QHash<qint64, qsizetype> positionInBatch;
    read = storage::RecordsRepository(db).forEachTombstoneOfEveryPurge([&](const domain::Tombstone& t) {
        const qsizetype position = positionInBatch[t.batchSeq]++;
        const auto signedDigests = purgeDigests.constFind(t.batchSeq);
        if (signedDigests == purgeDigests.constEnd() ||
            signedDigests->mid(position * 8, 8) != domain::tombstoneDigest(t).left(8))
            out.add(ContentCheck::tr("The tombstone of %1 %2 is not one the purge batch of entry %3 signed.")
                        .arg(domain::displayName(t.kind))
                        .arg(t.objectId)
                        .arg(t.batchSeq));
        if (t.writtenSeq <= 0)
            return true;
        if (t.kind == domain::TombstoneKind::Post || t.kind == domain::TombstoneKind::Version) {
            auto batch = postBatches.find(t.writtenSeq);
            if (batch != postBatches.end()) {
                batch->found.add(t.postId, t.leaf);
                batch->foundIds.insert(t.postId);
            }
        } else if (t.kind == domain::TombstoneKind::Flag) {
            auto batch = flagBatches.find(t.writtenSeq);
            if (batch != flagBatches.end()) {
                batch->found.add(t.objectId, t.leaf);
                batch->foundIds.insert(t.objectId);
            }
        }
        return true;
    });
    if (!read.ok())
        return read;

    compareBatches(postBatches, QStringLiteral("post"), out);
    compareBatches(flagBatches, QStringLiteral("flag"), out);
    report.differences = out.take();
    return report;
}

} // namespace custos::audit
