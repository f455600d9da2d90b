// Four-eyes takedowns: a reviewer requests, a different compliance officer approves or
// rejects, the approved order is exported for the platform administrator and tracked
// until it is marked done.
#include "review/ReviewService.h"

#include "audit/AuditLog.h"
#include "review/ReviewSupport.h"
#include "storage/UserRepository.h"
#include "workspace/Session.h"

#include <QJsonArray>

namespace custos::review {
namespace {

using support::audited;
using support::idArray;
using support::now;
using support::requireReviewer;

QJsonObject signatureOf(const storage::AuditEntryRef& e, const storage::UserRecord& user, const QString& at)
{
    return {{QStringLiteral("user"), user.name},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("at"), at},
            {QStringLiteral("audit_entry"), e.seq},
            {QStringLiteral("entry_hash"), QString::fromLatin1(e.entryHash.toHex())},
            {QStringLiteral("key_id"), e.keyId},
            {QStringLiteral("signature"), QString::fromLatin1(e.signature.toBase64())}};
}

} // namespace

Result<qint64> ReviewService::requestTakedown(workspace::Session& session, qint64 postId, const QString& reason, const QString& clause)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    if (reason.trimmed().isEmpty() || clause.trimmed().isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("A takedown request needs a reason and the policy clause it rests on."));
    storage::ReviewRepository repo(session.database());
    auto flags = repo.flagsOfPost(postId);
    if (!flags)
        return flags.status();
    if (flags->isEmpty())
        return Status(ErrorCode::NotFound, tr("Post %1 has no flags; only flagged posts can be taken down.").arg(postId));
    auto pending = repo.takedowns(QStringLiteral("pending"));
    if (!pending)
        return pending.status();
    for (const storage::TakedownRecord& t : *pending) {
        if (t.postId == postId)
            return Status(ErrorCode::AlreadyExists, tr("A takedown of this post is already waiting for approval (request %1).").arg(t.id));
    }
    QList<qint64> ids;
    for (const storage::FlagState& f : *flags)
        ids << f.id;
    const QString at = now();
    const qint64 me = session.user().id;
    qint64 id = 0;
    audit::AuditedTransaction tx(session.database(), session.signer());
    Status s = tx.status();
    if (s.ok())
        s = tx.record(QStringLiteral("takedown.request"), QStringLiteral("post"), QString::number(postId),
                      {{QStringLiteral("post"), postId}, {QStringLiteral("flags"), idArray(ids)},
                       {QStringLiteral("reason"), reason.trimmed()}, {QStringLiteral("clause"), clause.trimmed()}});
    storage::ReviewRepository txRepo(tx.db());
    auto entry = s.ok() ? txRepo.lastEntry() : Result<storage::AuditEntryRef>(s);
    if (!entry)
        s = entry.status();
    if (s.ok()) {
        auto added = txRepo.addTakedown(tx.write(), postId, me, at, reason.trimmed(), clause.trimmed(), entry->seq);
        if (added)
            id = *added;
        else
            s = added.status();
    }
    if (s.ok())
        s = txRepo.setStatus(tx.write(), ids, QStringLiteral("takedown_requested"), at);
    for (qsizetype i = 0; s.ok() && i < ids.size(); ++i)
        s = txRepo.addDecision(tx.write(), ids.at(i), me, QStringLiteral("takedown.request"), reason.trimmed(), clause.trimmed(), at);
    if (s.ok())
        s = tx.commit();
    if (!s.ok())
        return s;
    return id;
}

Status ReviewService::decideTakedown(workspace::Session& session, qint64 takedownId, bool approve, const QString& comment)
{
    if (!mayDecideTakedowns(session.user().role))
        return {ErrorCode::PermissionDenied, tr("Only compliance officers can approve or reject takedowns.")};
    storage::ReviewRepository repo(session.database());
    auto t = repo.takedown(takedownId);
    if (!t)
        return t.status();
    if (!*t)
        return {ErrorCode::NotFound, tr("There is no takedown request %1.").arg(takedownId)};
    if ((*t)->requestedBy == session.user().id)
        return {ErrorCode::PermissionDenied,
                tr("You requested this takedown; another compliance officer must approve or reject it.")};
    if ((*t)->status != QLatin1String("pending"))
        return {ErrorCode::InvalidArgument, tr("Takedown request %1 is already decided.").arg(takedownId)};
    if (comment.trimmed().isEmpty())
        return {ErrorCode::InvalidArgument, tr("Add a comment to your decision.")};
    auto flags = repo.flagsOfPost((*t)->postId);
    if (!flags)
        return flags.status();
    QList<qint64> ids;
    for (const storage::FlagState& f : *flags) {
        if (f.status == QLatin1String("takedown_requested"))
            ids << f.id;
    }
    const QString decision = approve ? QStringLiteral("approved") : QStringLiteral("rejected");
    const QString at = now();
    const qint64 me = session.user().id;
    audit::AuditedTransaction tx(session.database(), session.signer());
    Status s = tx.status();
    if (s.ok())
        s = tx.record(approve ? QStringLiteral("takedown.approve") : QStringLiteral("takedown.reject"), QStringLiteral("takedown"),
                      QString::number(takedownId),
                      {{QStringLiteral("takedown"), takedownId}, {QStringLiteral("post"), (*t)->postId},
                       {QStringLiteral("request_entry"), (*t)->requestEntry}, {QStringLiteral("comment"), comment.trimmed()}});
    storage::ReviewRepository txRepo(tx.db());
    auto entry = s.ok() ? txRepo.lastEntry() : Result<storage::AuditEntryRef>(s);
    if (!entry)
        s = entry.status();
    if (s.ok())
        s = txRepo.decideTakedown(tx.write(), takedownId, decision, me, at, comment.trimmed(), entry->seq);
    if (s.ok())
        s = txRepo.setStatus(tx.write(), ids, approve ? QStringLiteral("takedown_approved") : QStringLiteral("takedown_rejected"), at);
    for (qsizetype i = 0; s.ok() && i < ids.size(); ++i)
        s = txRepo.addDecision(tx.write(), ids.at(i), me, approve ? QStringLiteral("takedown.approve") : QStringLiteral("takedown.reject"),
                               {}, comment.trimmed(), at);
    if (s.ok())
        s = tx.commit();
    return s;
}

Status ReviewService::markTakedownDone(workspace::Session& session, qint64 takedownId)
{
    if (!mayDecideTakedowns(session.user().role))
        return {ErrorCode::PermissionDenied, tr("Only compliance officers can mark takedowns done.")};
    storage::ReviewRepository repo(session.database());
    auto t = repo.takedown(takedownId);
    if (!t)
        return t.status();
    if (!*t)
        return {ErrorCode::NotFound, tr("There is no takedown request %1.").arg(takedownId)};
    if ((*t)->status != QLatin1String("approved"))
        return {ErrorCode::InvalidArgument, tr("Only an approved takedown can be marked done.")};
    auto flags = repo.flagsOfPost((*t)->postId);
    if (!flags)
        return flags.status();
    QList<qint64> ids;
    for (const storage::FlagState& f : *flags) {
        if (f.status == QLatin1String("takedown_approved"))
            ids << f.id;
    }
    const QString at = now();
    return audited(session, QStringLiteral("takedown.done"), QStringLiteral("takedown"), QString::number(takedownId),
                   {{QStringLiteral("takedown"), takedownId}, {QStringLiteral("post"), (*t)->postId}},
                   [&](audit::AuditedTransaction& tx) {
                       storage::ReviewRepository txRepo(tx.db());
                       Status s = txRepo.markTakedownDone(tx.write(), takedownId, at);
                       if (s.ok())
                           s = txRepo.setStatus(tx.write(), ids, QStringLiteral("resolved"), at);
                       return s;
                   });
}

Result<QList<storage::TakedownRecord>> ReviewService::takedowns(workspace::Session& session, const QString& status)
{
    if (!mayReview(session.user().role) && session.user().role != access::Role::Auditor)
        return Status(ErrorCode::PermissionDenied, tr("Your role cannot see takedown requests."));
    return storage::ReviewRepository(session.database()).takedowns(status);
}

Result<QJsonObject> ReviewService::takedownOrder(workspace::Session& session, qint64 takedownId)
{
    if (!mayReview(session.user().role))
        return Status(ErrorCode::PermissionDenied, tr("Only compliance officers and HR investigators can export takedown orders."));
    storage::ReviewRepository repo(session.database());
    auto t = repo.takedown(takedownId);
    if (!t)
        return t.status();
    if (!*t)
        return Status(ErrorCode::NotFound, tr("There is no takedown request %1.").arg(takedownId));
    const storage::TakedownRecord& r = **t;
    if (r.status != QLatin1String("approved") && r.status != QLatin1String("done"))
        return Status(ErrorCode::InvalidArgument, tr("Takedown request %1 is not approved; there is no order to export.").arg(takedownId));
    auto where = repo.location(r.postId);
    if (!where)
        return where.status();
    if (!*where)
        return Status(ErrorCode::NotFound, tr("The post of takedown request %1 no longer exists.").arg(takedownId));
    auto request = repo.entry(r.requestEntry);
    auto decision = repo.entry(r.decisionEntry);
    if (!request)
        return request.status();
    if (!decision)
        return decision.status();
    storage::UserRepository users(session.database());
    auto requester = users.byId(r.requestedBy);
    auto approver = users.byId(r.decidedBy);
    if (!requester)
        return requester.status();
    if (!approver)
        return approver.status();
    auto flags = repo.flagsOfPost(r.postId);
    if (!flags)
        return flags.status();
    QJsonArray rules;
    for (const storage::FlagState& f : *flags)
        rules.append(QJsonObject{{QStringLiteral("rule"), f.rule}, {QStringLiteral("category"), f.category}});
    const storage::PostLocation& p = **where;
    return QJsonObject{
        {QStringLiteral("takedown_order"), takedownId},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("what"), QJsonObject{{QStringLiteral("platform"), p.platform},
                                             {QStringLiteral("workspace"), p.workspaceKey},
                                             {QStringLiteral("channel_id"), p.channelId},
                                             {QStringLiteral("channel"), p.channelName},
                                             {QStringLiteral("message_id"), p.messageId},
                                             {QStringLiteral("thread_id"), p.threadId},
                                             {QStringLiteral("posted_at"), p.postedAt},
                                             {QStringLiteral("author_platform_id"), p.authorPlatformId},
                                             {QStringLiteral("content_sha256"), QString::fromLatin1(p.contentHash.toHex())}}},
        {QStringLiteral("why"), QJsonObject{{QStringLiteral("reason"), r.reason},
                                            {QStringLiteral("policy_clause"), r.clause},
                                            {QStringLiteral("flags"), rules}}},
        {QStringLiteral("requested"), signatureOf(*request, *requester, r.requestedAt)},
        {QStringLiteral("approved"), [&] {
             QJsonObject o = signatureOf(*decision, *approver, r.decidedAt);
             o.insert(QStringLiteral("comment"), r.comment);
             return o;
         }()},
        {QStringLiteral("done_at"), r.doneAt.isEmpty() ? QJsonValue() : QJsonValue(r.doneAt)},
    };
}

} // namespace custos::review
