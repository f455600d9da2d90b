// SQL for review: flag status and assignment, the decision history of flags, and
// takedown requests with their four-eyes decision.
#pragma once

#include "core/Status.h"
#include "storage/Database.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace custos::storage {

struct FlagState
{
    qint64 id = 0;
    qint64 postId = 0;
    QString status;
    QString rule;
    QString category;
};

struct TakedownRecord
{
    qint64 id = 0;
    qint64 postId = 0;
    qint64 requestedBy = 0;
    QString requestedAt;
    QString reason;
    QString clause;
    qint64 requestEntry = 0;
    QString status; // pending, approved, rejected, done
    qint64 decidedBy = 0;
    QString decidedAt;
    QString comment;
    qint64 decisionEntry = 0;
    QString doneAt;
};

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

// Filters of the flag list; empty members do not filter.
struct FlagFilter
{
    QString status;
    QString category;
    QString severity;
    QString rule;
    QString channel; // channel name
    QString search;  // full-text search over the post text (FTS4 syntax)
    qint64 author = 0;     // people.id of the post's author; 0: anyone
    QString assignee;      // user name the flag is assigned to
    int policyVersion = 0; // the policy version that raised the flag; 0: any
    QString from;          // posted at or after (ISO 8601 UTC, a date or a time)
    QString to;            // posted before (ISO 8601 UTC, a date or a time)
};

struct FlagListRow
{
    qint64 flagId = 0;
    qint64 postId = 0;
    QString postedAt;
    QString channel;
    qint64 authorId = 0; // people.id, 0 when unknown
    QString category;
    QString severity;
    double score = 0;
    QString rule;
    QString status;
    QString assignee; // user name
    int policyVersion = 0;
    QString text;
    QString spans; // JSON [[start, end], ...]
};

// One row of the review queue: a flagged post with all its flags grouped.
struct QueueRow
{
    qint64 postId = 0;
    QString postedAt;
    QString channel;
    QString channelKind; // public, private, dm, group
    qint64 authorId = 0;
    QStringList categories;
    QString severity;      // the highest of its flags
    double score = 0;      // the highest of its flags
    QStringList rules;
    QString status;        // the most pressing of its flags' statuses
    QString assignee;
    QList<qint64> flagIds;
    QString text;
};

enum class QueueSort { Time, Channel, Author, Category, Severity, Score, Rule, Status, Assignee };

// Where a walk of the queue stopped, so that the next page continues from there instead
// of walking again over every earlier page (ReviewRepository::queue with a cursor).
struct QueueCursor
{
    int run = 0;             // the run of the walk it stopped in
    bool positioned = false; // it stopped after a flag of that run (else at its start)
    QVariant key;            // that flag's sort key, for walks ordered by a column
    QString postedAt;        // ... its post's time
    qint64 postId = 0;       // ... and its post
    QSet<qint64> seen;       // the posts placed on earlier pages
    bool done = false;       // the walk reached its end
};

struct FlagDetailRow
{
    qint64 id = 0;
    QString rule;
    QString category;
    QString severity;
    double score = 0;
    QString spans; // JSON [[start, end], ...]
    QString status;
    int policyVersion = 0;
};

struct DecisionRow
{
    QString at;
    QString actor; // user name
    QString action;
    QString reason;
    QString note;
};

// How a rule has fared with reviewers: confirmed (confirm, takedown approved) against
// dismissed as a false positive.
struct RuleRecord
{
    QString rule;
    qint64 confirmed = 0;
    qint64 falsePositives = 0;
    double precision() const { return confirmed + falsePositives ? double(confirmed) / double(confirmed + falsePositives) : -1; }
};

class ReviewRepository final
{
public:
    explicit ReviewRepository(Database& db) : m_db(db) {}

    Result<QList<FlagState>> flags(const QList<qint64>& ids);
    Result<QList<FlagState>> flagsOfPost(qint64 postId);
    Status setStatus(WriteAccess& w, const QList<qint64>& ids, const QString& status, const QString& at);
    Status assign(WriteAccess& w, const QList<qint64>& ids, qint64 userId, const QString& at);
    Status addDecision(WriteAccess& w, qint64 flagId, qint64 actorId, const QString& action, const QString& reason,
                       const QString& note, const QString& at);

    Result<qint64> addTakedown(WriteAccess& w, qint64 postId, qint64 requestedBy, const QString& at, const QString& reason,
                               const QString& clause, qint64 requestEntry);
    Result<std::optional<TakedownRecord>> takedown(qint64 id);
    Result<QList<TakedownRecord>> takedowns(const QString& status); // all when empty; newest first
    Status decideTakedown(WriteAccess& w, qint64 id, const QString& status, qint64 userId, const QString& at,
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
    Result<QList<RuleRecord>> ruleRecords();
    // The distinct rules, or authors, of all flags: one index seek per value, not a scan.
    Result<QStringList> flaggedRules();
    Result<QList<qint64>> flaggedAuthors();
    Result<QList<DecisionRow>> decisions(qint64 postId); // oldest first
    Result<std::optional<PostLocation>> location(qint64 postId);
    Result<AuditEntryRef> lastEntry(); // the entry just recorded in this transaction
    Result<AuditEntryRef> entry(qint64 seq);

private:
    Database& m_db;
};

} // namespace custos::storage
