// The read side of review: the queue of flagged posts (filtered, sorted and paged in
// SQL), the flag list, one post with its context and history, near-identical flags, the
// choices the filters offer, each rule's record, and a reviewer's saved filters. Authors
// appear as pseudonyms unless this session revealed them. Reviewers only: managers never
// see individual posts.
#pragma once

#include "core/Status.h"
#include "domain/Review.h"
#include "review/IdentityService.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <functional>

namespace custos::storage {
class Database;
}
namespace custos::workspace {
class Session;
}

namespace custos::review {

struct FlagItem
{
    domain::FlagListRow row;
    QString author; // "Person 4F2A9C", or the real name once revealed
};

struct QueueItem
{
    domain::QueueRow row;
    QString author;
};

struct ContextPost
{
    qint64 postId = 0;
    QString postedAt;
    QString author;
    QString text;
    bool isThePost = false;
};

struct PostVersion
{
    QString text;
    QString replacedAt;
};

struct PostDetail
{
    qint64 postId = 0;
    QString text;
    QString postedAt;
    QString channel;
    domain::ChannelKind channelKind = domain::ChannelKind::Public;
    QString author;
    qint64 authorId = 0;
    QList<domain::FlagDetailRow> flags;
    QList<domain::DecisionRow> decisions; // the post's decision history, oldest first
    bool inThread = false;                // context is the whole thread (else the channel around it)
    QList<ContextPost> context;           // in time order, the post itself included
    QList<PostVersion> versions;          // earlier texts, oldest first
    QStringList reactions;                // "name ×count"
};

// What the queue's filters offer.
struct FilterChoices
{
    QStringList rules;
    QList<std::pair<qint64, QString>> authors; // people.id and the name shown, by name
    QStringList channels;
    QStringList departments;
    QList<int> policyVersions; // newest first
    QStringList assignees;     // user names
};

class QueueService final
{
    Q_DECLARE_TR_FUNCTIONS(QueueService)
public:
    explicit QueueService(workspace::Session& session);

    // Flags with their post, newest first.
    Result<QList<FlagItem>> listFlags(const domain::FlagFilter& filter, int limit, int offset = 0) const;
    // Flagged posts with their flags grouped; with a cursor the next page continues where it ended.
    Result<QList<QueueItem>> page(const domain::FlagFilter& filter, domain::QueueSort sort, bool ascending,
                                  int limit, int offset, domain::QueueCursor* cursor = nullptr) const;
    Result<qint64> count(const domain::FlagFilter& filter) const;
    // The same as a job for a worker thread: the role is checked and a connection of the
    // job's own is opened here; the job needs no session and runs on any one thread.
    using CountJob = std::function<Result<qint64>()>;
    Result<CountJob> countJob(const domain::FlagFilter& filter) const;
    // The post, its flags and decisions, the whole thread for a thread (else `around`
    // messages before and after it in its channel), earlier versions and reactions.
    Result<PostDetail> postDetail(qint64 postId, int around = 3) const;
    // Near-identical flags: the flags, on any post, of the same rules as this post's
    // whose text is the same after normalisation (case, accents, leetspeak, spacing) —
    // so that one decision can cover a wave of copies. This post's flags included.
    Result<QList<qint64>> similarFlags(qint64 postId) const;
    Result<FilterChoices> filterChoices() const;
    // Each rule's record with reviewers, so noisy rules are visible.
    Result<QList<domain::RuleRecord>> ruleRecords() const;
    Result<domain::FlagTotals> totals() const;

    // Saved queue filters, per user (a reviewer's own; saving is an audited settings change).
    Result<QMap<QString, domain::FlagFilter>> savedFilters() const;
    Status saveFilter(const QString& name, const domain::FlagFilter& filter);
    Status deleteFilter(const QString& name);

private:
    Status require() const;
    workspace::Session& m_session;
    IdentityService m_identity;
};

} // namespace custos::review
