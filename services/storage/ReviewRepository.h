// SQL for review: flag status and assignment, the decision history of flags, and
// takedown requests with their four-eyes decision.
#pragma once

#include "core/Status.h"
#include "domain/Review.h"
#include "storage/Connection.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace custos::storage {

using domain::DecisionRow;
using domain::FlagDetailRow;
using domain::FlagFilter;
using domain::FlagListRow;
using domain::FlagState;
using domain::QueueCursor;
using domain::QueueRow;
using domain::QueueSort;
using domain::RuleRecord;
using domain::TakedownRecord;



// Where a post lives, for a takedown order.
struct PostLocation
{
    qint64 postId = 0;
    QString platform;
    QString workspaceKey;
    QString channelId;
    QString channelName;
    QString messageId;
    QString threadId;
    QString postedAt;
    QString authorPlatformId;
    QByteArray contentHash;
};

struct AuditEntryRef
{
    qint64 seq = 0;
    QByteArray entryHash;
    QByteArray signature;
    QString keyId;
};









class ReviewRepository final
{
public:
    explicit ReviewRepository(Database& db) : m_db(db) {}

    Result<QList<FlagState>> flags(const QList<qint64>& ids);
    Result<QList<FlagState>> flagsOfPost(qint64 postId);
    Status setStatus(WriteAccess& w, const QList<qint64>& ids, domain::FlagStatus status, const QString& at);
    Status assign(WriteAccess& w, const QList<qint64>& ids, qint64 userId, const QString& at);
    Status addDecision(WriteAccess& w, qint64 flagId, qint64 actorId, domain::DecisionKind kind, const QString& reason,
                       const QString& note, const QString& at);

    Result<qint64> addTakedown(WriteAccess& w, qint64 postId, qint64 requestedBy, const QString& at, const QString& reason,
                               const QString& clause, qint64 requestEntry);
    Result<std::optional<TakedownRecord>> takedown(qint64 id);
    Result<QList<TakedownRecord>> takedowns(std::optional<domain::TakedownStatus> status); // all when none; newest first
    Status decideTakedown(WriteAccess& w, qint64 id, domain::TakedownStatus status, qint64 userId, const QString& at,
                          const QString& comment, qint64 decisionEntry);
    Status markTakedownDone(WriteAccess& w, qint64 id, const QString& at);

    // Newest posts first, then flag id; `limit` rows from `offset`.
    Result<QList<FlagListRow>> listFlags(const FlagFilter& filter, int limit, int offset);
    // Flagged posts matching the filter (a post matches when one of its flags does),
    // sorted and paged in SQL.
    Result<QList<QueueRow>> queue(const FlagFilter& filter, QueueSort sort, bool ascending, int limit, int offset,
                                  QueueCursor* cursor = nullptr);
    Result<qint64> countQueue(const FlagFilter& filter);
    // The posts of one page of the queue, in order (the first step of queue()).
    // With a cursor, `offset` is not used: the walk continues where the cursor says and
    // the cursor moves to where this page ends.
    Result<QList<qint64>> queuePosts(const FlagFilter& filter, QueueSort sort, bool ascending, int limit, int offset,
                                     QueueCursor* cursor = nullptr);
    Result<QList<FlagDetailRow>> flagDetails(qint64 postId);
    // Flags and flagged posts in all, the author with the most flags, the newest flagged post's time.
    Result<domain::FlagTotals> totals();
    Result<QList<RuleRecord>> ruleRecords();
    // The distinct rules, or authors, of all flags: one index seek per value, not a scan.
    Result<QStringList> flaggedRules();
    Result<QList<qint64>> flaggedAuthors();
    // The departments people belong to, by name.
    Result<QStringList> authorDepartments();
    Result<QList<DecisionRow>> decisions(qint64 postId); // oldest first
    Result<std::optional<PostLocation>> location(qint64 postId);
    Result<AuditEntryRef> lastEntry(); // the entry just recorded in this transaction
    Result<AuditEntryRef> entry(qint64 seq);

private:
    Database& m_db;
};

} // namespace custos::storage
