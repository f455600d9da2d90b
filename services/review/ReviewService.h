// Review decisions on flags, each through this service and audited in the same
// transaction, refused by role where not allowed: dismiss (with a reason), confirm,
// comment, assign, escalate to another reviewer, and request a takedown — which a
// different compliance officer approves or rejects (four eyes; the requester never
// decides their own request, whatever their roles). An approved takedown yields an
// order for the platform administrator, tracked until it is marked done.
#pragma once

#include "access/Role.h"
#include "core/Status.h"
#include "storage/ReviewRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace custos::workspace {
class Session;
}

namespace custos::review {

enum class DismissReason { FalsePositive, AcceptableInContext, Duplicate };
QString dismissReasonKey(DismissReason r); // false_positive, acceptable_in_context, duplicate

class ReviewService final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)
public:
    // Compliance officers and HR investigators review; administrators run the workspace,
    // auditors read the log, managers see aggregates only.
    static bool mayReview(access::Role role);
    static bool mayDecideTakedowns(access::Role role); // compliance officers

    // Flags with their post, newest first; authors as pseudonyms unless this session
    // revealed them. Reviewers only: managers never see individual posts.
    struct FlagItem
    {
        storage::FlagListRow row;
        QString author; // "Person 4F2A9C", or the real name once revealed
    };
    static Result<QList<FlagItem>> listFlags(workspace::Session& session, const storage::FlagFilter& filter, int limit, int offset = 0);
    // The review queue: flagged posts with their flags grouped, filtered, sorted and
    // paged in SQL; authors as in listFlags.
    struct QueueItem
    {
        storage::QueueRow row;
        QString author;
    };
    static Result<QList<QueueItem>> queue(workspace::Session& session, const storage::FlagFilter& filter, storage::QueueSort sort,
                                          bool ascending, int limit, int offset,
                                          storage::QueueCursor* cursor = nullptr);
    static Result<qint64> countQueue(workspace::Session& session, const storage::FlagFilter& filter);
    // The same on `connection`, a connection of the calling thread (a worker counting
    // while the GUI thread keeps the session's own).
    static Result<qint64> countQueue(const workspace::Session& session, storage::Database& connection, const storage::FlagFilter& filter);
    struct ContextPost
    {
        qint64 postId = 0;
        QString postedAt;
        QString author;
        QString text;
        bool isThePost = false;
    };
    struct Version
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
        QString channelKind; // public, private, dm, group
        QString author;
        qint64 authorId = 0;
        QList<storage::FlagDetailRow> flags;
        QList<storage::DecisionRow> decisions; // the post's decision history, oldest first
        bool inThread = false;      // context is the whole thread (else the channel around it)
        QList<ContextPost> context; // in time order, the post itself included
        QList<Version> versions;    // earlier texts, oldest first
        QStringList reactions;      // "name ×count"
    };
    // Near-identical flags: the flags, on any post, of the same rules as this post's
    // whose text is the same after normalisation (case, accents, leetspeak, spacing) —
    // so that one decision can cover a wave of copies. This post's flags included.
    static Result<QList<qint64>> similarFlags(workspace::Session& session, qint64 postId);
    // Saved queue filters, per user (a reviewer's own; saving is an audited settings change).
    static Result<QMap<QString, storage::FlagFilter>> savedFilters(workspace::Session& session);
    static Status saveFilter(workspace::Session& session, const QString& name, const storage::FlagFilter& filter);
    static Status deleteFilter(workspace::Session& session, const QString& name);
    // Each rule's record with reviewers, so noisy rules are visible.
    static Result<QList<storage::RuleRecord>> ruleRecords(workspace::Session& session);
    // What the queue's filters offer: the rules and authors of the flags (authors as the
    // reviewer sees them: pseudonyms unless revealed), channels, policy versions, users.
    struct FilterChoices
    {
        QStringList rules;
        QList<std::pair<qint64, QString>> authors; // people.id and the name shown, by name
        QStringList channels;
        QList<int> policyVersions; // newest first
        QStringList assignees;     // user names
    };
    static Result<FilterChoices> filterChoices(workspace::Session& session);
    // The post, its flags and decisions, the whole thread for a thread (else `around`
    // messages before and after it in its channel), earlier versions and reactions.
    static Result<PostDetail> postDetail(workspace::Session& session, qint64 postId, int around = 3);
    // The real identity behind a pseudonym, for this session only; audited with the reason.
    static Result<QString> revealIdentity(workspace::Session& session, qint64 personId, const QString& reason);

    static Status dismiss(workspace::Session& session, const QList<qint64>& flagIds, DismissReason reason, const QString& note = {});
    static Status confirm(workspace::Session& session, const QList<qint64>& flagIds, const QString& note = {});
    static Status comment(workspace::Session& session, qint64 flagId, const QString& text);
    // A short label on the flags ("bullying pattern", "case HR-14"): letters, digits, spaces, - and _.
    static Status tag(workspace::Session& session, const QList<qint64>& flagIds, const QString& tag);
    // The message to the author of a post, from the workspace's template (policy clause,
    // what happened, what to do), recorded with the decision and returned for export —
    // Custos sends nothing.
    static QString defaultNotificationTemplate();
    static Result<QString> notificationTemplate(workspace::Session& session);
    static Status setNotificationTemplate(workspace::Session& session, const QString& text); // compliance officers
    static Result<QString> notifyAuthor(workspace::Session& session, qint64 postId, const QString& clause, const QString& whatToDo);
    // To `userName`, or to the acting user when empty ("assign to me").
    static Status assign(workspace::Session& session, const QList<qint64>& flagIds, const QString& userName = {});
    // To another reviewer, with a note saying why.
    static Status escalate(workspace::Session& session, const QList<qint64>& flagIds, const QString& userName, const QString& note);

    static Result<qint64> requestTakedown(workspace::Session& session, qint64 postId, const QString& reason, const QString& clause);
    static Status decideTakedown(workspace::Session& session, qint64 takedownId, bool approve, const QString& comment);
    static Status markTakedownDone(workspace::Session& session, qint64 takedownId);
    static Result<QList<storage::TakedownRecord>> takedowns(workspace::Session& session, const QString& status = {});
    // The order for the platform administrator: what to remove and where, why, and both
    // signatures (the audit entries of the request and of the approval).
    static Result<QJsonObject> takedownOrder(workspace::Session& session, qint64 takedownId);
};

} // namespace custos::review
