// Four-eyes takedowns: a reviewer requests, a different compliance officer approves or
// rejects, the approved order is exported for the platform administrator and tracked
// until it is marked done.
#include "review/TakedownService.h"

#include "audit/Verification.h"

#include "audit/AuditLog.h"
#include "domain/AuditActions.h"
#include "domain/Permissions.h"
#include "review/ReviewSupport.h"
#include "storage/ReviewRepository.h"
#include "storage/UserRepository.h"
#include "workspace/Session.h"

#include <QJsonArray>

namespace custos::review {
namespace {

using domain::FlagStatus;
using domain::TakedownStatus;
using support::audited;
using support::idArray;
using support::now;

// The statuses a takedown step sets, as its entry signs them (entry first: its seq goes
// into the takedown's row).
QJsonObject statusesAfter(const QList<qint64>& ids, FlagStatus status)
{
    QJsonObject out;
    for (const qint64 id : ids)
        out.insert(QString::number(id), domain::key(status));
    return out;
}

QJsonObject signatureOf(const storage::AuditEntryRef& e, const domain::UserRecord& user, const QString& at)
{
    return {{QStringLiteral("user"), user.name},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("at"), at},
            {QStringLiteral("audit_entry"), e.seq},
            {QStringLiteral("entry_hash"), QString::fromLatin1(e.entryHash.toHex())},
            {QStringLiteral("key_id"), e.keyId},
            {QStringLiteral("signature"), QString::fromLatin1(e.signature.toBase64())}};
}

// The takedown request, or a clear message that there is none.
Result<domain::TakedownRecord> existingTakedown(storage::ReviewRepository& repo, qint64 id)
{
    auto t = repo.takedown(id);
    if (!t)
        return t.status();
    if (!*t)
        return Status(ErrorCode::NotFound, TakedownService::tr("There is no takedown request %1.").arg(id));
    return **t;
}

// The ids of the post's flags that have the status.
Result<QList<qint64>> flagsOfPostWith(storage::ReviewRepository& repo, qint64 postId, FlagStatus status)
{
    auto flags = repo.flagsOfPost(postId);
    if (!flags)
        return flags.status();
    QList<qint64> ids;
    for (const domain::FlagState& f : *flags) {
        if (f.status == status)
            ids << f.id;
    }
    return ids;
}

} // namespace

Result<qint64> TakedownService::request(qint64 postId, const QString& reason, const QString& clause)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(domain::Operation::RequestTakedown); !s.ok())
        return s;
    if (reason.trimmed().isEmpty() || clause.trimmed().isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("A takedown request needs a reason and the policy clause it rests on."));
    storage::ReviewRepository repo(session.database());
    auto flags = repo.flagsOfPost(postId);
    if (!flags)
        return flags.status();
    if (flags->isEmpty())
        return Status(ErrorCode::NotFound, tr("Post %1 has no flags; only flagged posts can be taken down.").arg(postId));
    auto pending = repo.takedowns(TakedownStatus::Pending);
    if (!pending)
        return pending.status();
    for (const domain::TakedownRecord& t : *pending) {
        if (t.postId == postId)
            return Status(ErrorCode::AlreadyExists, tr("A takedown of this post is already waiting for approval (request %1).").arg(t.id));
    }
    QList<qint64> ids;
    for (const domain::FlagState& f : *flags)
        ids << f.id;
    const QString at = now();
    const qint64 me = session.user().id;
    qint64 id = 0;
    audit::AuditedTransaction tx(session.database(), session.signer());
    Status s = tx.status();
    if (s.ok())
        s = tx.record(domain::actions::kTakedownRequest, domain::objects::kPost, QString::number(postId),
                      {{QStringLiteral("post"), postId}, {QStringLiteral("flags"), idArray(ids)},
                       {QStringLiteral("flag_status"), statusesAfter(ids, FlagStatus::TakedownRequested)},
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
        s = txRepo.setStatus(tx.write(), ids, FlagStatus::TakedownRequested, at);
    for (qsizetype i = 0; s.ok() && i < ids.size(); ++i)
        s = txRepo.addDecision(tx.write(), ids.at(i), me, domain::DecisionKind::TakedownRequest, reason.trimmed(), clause.trimmed(), at);
    if (s.ok())
        s = tx.commit();
    if (!s.ok())
        return s;
    return id;
}

Status TakedownService::decide(qint64 takedownId, bool approve, const QString& comment)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(domain::Operation::DecideTakedown); !s.ok())
        return s;
    storage::ReviewRepository repo(session.database());
    auto t = existingTakedown(repo, takedownId);
    if (!t)
        return t.status();
    if (t->requestedBy == session.user().id)
        return {ErrorCode::PermissionDenied,
                tr("You requested this takedown; another compliance officer must approve or reject it.")};
    if (t->status != TakedownStatus::Pending)
        return {ErrorCode::InvalidArgument, tr("Takedown request %1 is already decided.").arg(takedownId)};
    if (comment.trimmed().isEmpty())
        return {ErrorCode::InvalidArgument, tr("Add a comment to your decision.")};
    auto flags = flagsOfPostWith(repo, t->postId, FlagStatus::TakedownRequested);
    if (!flags)
        return flags.status();
    const QList<qint64> ids = *flags;
    const TakedownStatus decision = approve ? TakedownStatus::Approved : TakedownStatus::Rejected;
    const QString at = now();
    const qint64 me = session.user().id;
    audit::AuditedTransaction tx(session.database(), session.signer());
    Status s = tx.status();
    if (s.ok())
        s = tx.record(approve ? domain::actions::kTakedownApprove : domain::actions::kTakedownReject, domain::objects::kTakedown,
                      QString::number(takedownId),
                      {{QStringLiteral("takedown"), takedownId}, {QStringLiteral("post"), t->postId},
                       {QStringLiteral("flags"), idArray(ids)},
                       {QStringLiteral("flag_status"),
                        statusesAfter(ids, approve ? FlagStatus::TakedownApproved : FlagStatus::TakedownRejected)},
                       {QStringLiteral("request_entry"), t->requestEntry}, {QStringLiteral("comment"), comment.trimmed()}});
    storage::ReviewRepository txRepo(tx.db());
    auto entry = s.ok() ? txRepo.lastEntry() : Result<storage::AuditEntryRef>(s);
    if (!entry)
        s = entry.status();
    if (s.ok())
        s = txRepo.decideTakedown(tx.write(), takedownId, decision, me, at, comment.trimmed(), entry->seq);
    if (s.ok())
        s = txRepo.setStatus(tx.write(), ids, approve ? FlagStatus::TakedownApproved : FlagStatus::TakedownRejected, at);
    for (qsizetype i = 0; s.ok() && i < ids.size(); ++i)
        s = txRepo.addDecision(tx.write(), ids.at(i), me, approve ? domain::DecisionKind::TakedownApprove : domain::DecisionKind::TakedownReject,
                               {}, comment.trimmed(), at);
    if (s.ok())
        s = tx.commit();
    return s;
}

Status TakedownService::markDone(qint64 takedownId)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(domain::Operation::DecideTakedown); !s.ok())
        return s;
    storage::ReviewRepository repo(session.database());
    auto t = existingTakedown(repo, takedownId);
    if (!t)
        return t.status();
    if (t->status != TakedownStatus::Approved)
        return {ErrorCode::InvalidArgument, tr("Only an approved takedown can be marked done.")};
    auto flags = flagsOfPostWith(repo, t->postId, FlagStatus::TakedownApproved);
    if (!flags)
        return flags.status();
    const QList<qint64> ids = *flags;
    const QString at = now();
    return audited(session, domain::actions::kTakedownDone, domain::objects::kTakedown, QString::number(takedownId),
                   {{QStringLiteral("takedown"), takedownId}, {QStringLiteral("post"), t->postId}},
                   [&](audit::AuditedTransaction& tx) {
                       storage::ReviewRepository txRepo(tx.db());
                       Status s = txRepo.markTakedownDone(tx.write(), takedownId, at);
                       if (s.ok())
                           s = txRepo.setStatus(tx.write(), ids, FlagStatus::Resolved, at);
                       return s;
                   },
                   ids);
}

Result<QList<domain::TakedownRecord>> TakedownService::list(std::optional<TakedownStatus> status)
{
    if (Status s = m_session.require(domain::Operation::ViewTakedowns); !s.ok())
        return s;
    return storage::ReviewRepository(m_session.database()).takedowns(status);
}

Result<QJsonObject> TakedownService::order(qint64 takedownId)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(domain::Operation::ExportTakedownOrder); !s.ok())
        return s;
    storage::ReviewRepository repo(session.database());
    auto t = existingTakedown(repo, takedownId);
    if (!t)
        return t.status();
    const domain::TakedownRecord& r = *t;
    if (r.status != TakedownStatus::Approved && r.status != TakedownStatus::Done)
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
    for (const domain::FlagState& f : *flags)
        rules.append(QJsonObject{{QStringLiteral("rule"), f.rule}, {QStringLiteral("category"), domain::key(f.category)}});
    const storage::PostLocation& p = **where;
    // The log's newest seal, so that the order keeps a witness of the log outside it: a
    // log later cut short is refused by `audit verify --expect-size/--expect-root`.
    auto sealed = audit::newestCheckpoint(session.database());
    if (!sealed)
        return sealed.status();
    const QJsonValue seal = *sealed ? QJsonValue(audit::witnessJson(**sealed)) : QJsonValue();
    return QJsonObject{
        {QStringLiteral("audit_log_checkpoint"), seal},
        {QStringLiteral("takedown_order"), takedownId},
        {QStringLiteral("status"), domain::key(r.status)},
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
