// What the review queue shows and filters by: a flag's spans, the queue's filter, rows,
// sort and cursor, a post's flags and decision history, takedown requests and how each
// rule has fared with reviewers. The same types from storage up to the screen.
#pragma once

#include "domain/Flags.h"
#include "domain/Span.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace custos::domain {

// Filters of the flag list and the queue; empty members do not filter.
struct FlagFilter
{
    std::optional<FlagStatus> status;
    std::optional<Category> category;
    std::optional<Severity> severity;
    QString rule;
    QString channel;       // channel name
    QString department;    // the author's department (the roster's for a linked person)
    QString search;        // full-text search over the post text (FTS4 syntax)
    qint64 author = 0;     // people.id of the post's author; 0: anyone
    QString assignee;      // user name the flag is assigned to
    int policyVersion = 0; // the policy version that raised the flag; 0: any
    QString from;          // posted at or after (ISO 8601 UTC, a date or a time)
    QString to;            // posted before (ISO 8601 UTC, a date or a time)
};

// A flag's state, as decisions read and change it.
struct FlagState
{
    qint64 id = 0;
    qint64 postId = 0;
    FlagStatus status = FlagStatus::New;
    QString rule;
    Category category = Category::Harassment;
};

// One flag with its post, for the flag list.
struct FlagListRow
{
    qint64 flagId = 0;
    qint64 postId = 0;
    QString postedAt;
    QString channel;
    qint64 authorId = 0; // people.id, 0 when unknown
    Category category = Category::Harassment;
    Severity severity = Severity::Medium;
    double score = 0;
    QString rule;
    FlagStatus status = FlagStatus::New;
    QString assignee; // user name
    int policyVersion = 0;
    QString text;
    QList<Span> spans;
};

// One row of the review queue: a flagged post with all its flags grouped.
struct QueueRow
{
    qint64 postId = 0;
    QString postedAt;
    QString channel;
    ChannelKind channelKind = ChannelKind::Public;
    qint64 authorId = 0;
    QList<Category> categories;
    Severity severity = Severity::Low; // the highest of its flags
    double score = 0;                  // the highest of its flags
    QStringList rules;
    FlagStatus status = FlagStatus::New; // the most pressing of its flags' statuses
    QString assignee;
    QList<qint64> flagIds;
    QString text;
};

enum class QueueSort
{
    Time,
    Channel,
    Author,
    Category,
    Severity,
    Score,
    Rule,
    Status,
    Assignee
};

// Where a walk of the queue stopped, so that the next page continues from there instead
// of walking again over every earlier page.
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
    Category category = Category::Harassment;
    Severity severity = Severity::Medium;
    double score = 0;
    QList<Span> spans;
    FlagStatus status = FlagStatus::New;
    int policyVersion = 0;
};

struct DecisionRow
{
    QString at;
    QString actor; // user name
    DecisionKind kind = DecisionKind::Comment;
    QString reason;
    QString note;
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
    TakedownStatus status = TakedownStatus::Pending;
    qint64 decidedBy = 0;
    QString decidedAt;
    QString comment;
    qint64 decisionEntry = 0;
    QString doneAt;
};

// The flags of the workspace in all.
struct FlagTotals
{
    qint64 flags = 0;
    qint64 flaggedPosts = 0;
    qint64 mostFlaggedAuthor = 0; // people.id; 0 when no flag has a known author
    QString newestPostedAt;       // of the newest flagged post; empty without flags
};

// How a rule has fared with reviewers: confirmed (confirm, takedown approved) against
// dismissed as a false positive.
struct RuleRecord
{
    QString rule;
    qint64 confirmed = 0;
    qint64 falsePositives = 0;
    double precision() const
    {
        return confirmed + falsePositives ? double(confirmed) / double(confirmed + falsePositives) : -1;
    }
};

} // namespace custos::domain
