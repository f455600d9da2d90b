#include "review/DecisionService.h"

#include "audit/LogState.h"
#include "domain/AuditActions.h"
#include "domain/Permissions.h"
#include "domain/Review.h"
#include "review/ReviewSupport.h"
#include "storage/PostRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/UserRepository.h"
#include "workspace/Session.h"

#include <QRegularExpression>

namespace custos::review {
namespace {

const QString kTemplateKey = QStringLiteral("review.notification_template");

QString actionOf(domain::DecisionKind kind)
{
    switch (kind) {
    case domain::DecisionKind::Assign:
        return domain::actions::kFlagAssign;
    case domain::DecisionKind::Dismiss:
        return domain::actions::kFlagDismiss;
    case domain::DecisionKind::Confirm:
        return domain::actions::kFlagConfirm;
    case domain::DecisionKind::Comment:
        return domain::actions::kFlagComment;
    case domain::DecisionKind::Tag:
        return domain::actions::kFlagTag;
    case domain::DecisionKind::Escalate:
        return domain::actions::kFlagEscalate;
    case domain::DecisionKind::Notify:
        return domain::actions::kFlagNotify;
    case domain::DecisionKind::TakedownRequest:
        return domain::actions::kTakedownRequest;
    case domain::DecisionKind::TakedownApprove:
        return domain::actions::kTakedownApprove;
    case domain::DecisionKind::TakedownReject:
        return domain::actions::kTakedownReject;
    }
    Q_UNREACHABLE();
}

// An active user who may review, to assign or escalate to.
Result<domain::UserRecord> activeReviewer(workspace::Session& session, const QString& name)
{
    auto user = storage::UserRepository(session.database()).byName(name);
    if (!user || !user->isActive())
        return Status(ErrorCode::NotFound, DecisionService::tr("There is no active user %1.").arg(name));
    if (!domain::allows(user->role, domain::Operation::DecideFlags))
        return Status(ErrorCode::InvalidArgument,
                      DecisionService::tr(
                          "%1 does not review flags; choose a compliance officer or an HR investigator.")
                          .arg(name));
    return user;
}

} // namespace

Result<QList<qint64>> DecisionService::existingFlags(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("No flag is selected."));
    auto flags = storage::ReviewRepository(m_session.database()).flags(ids);
    if (!flags)
        return flags.status();
    if (flags->size() != ids.size())
        return Status(ErrorCode::NotFound,
                      tr("A selected flag no longer exists. Refresh the queue and try again."));
    return ids;
}

Status DecisionService::decide(const QList<qint64>& ids, domain::DecisionKind kind,
                               std::optional<domain::FlagStatus> status, const QString& reason,
                               const QString& note)
{
    if (Status s = m_session.require(domain::Operation::DecideFlags); !s.ok())
        return s;
    if (auto flags = existingFlags(ids); !flags)
        return flags.status();
    const QString at = support::now();
    const qint64 me = m_session.user().id;
    QJsonObject details{{QStringLiteral("flags"), support::idArray(ids)}};
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    if (!note.isEmpty())
        details.insert(QStringLiteral("note"), note);
    return support::audited(m_session, actionOf(kind), domain::objects::kFlag, QString::number(ids.first()),
                            details, [&](audit::AuditedTransaction& tx) {
                                storage::ReviewRepository repo(tx.db());
                                Status s =
                                    status ? repo.setStatus(tx.write(), ids, *status, at) : Status::success();
                                for (qsizetype i = 0; s.ok() && i < ids.size(); ++i)
                                    s = repo.addDecision(tx.write(), ids.at(i), me, kind, reason, note, at);
                                return s;
                            },
                            ids);
}

Status DecisionService::dismiss(const QList<qint64>& flagIds, domain::DismissReason reason,
                                const QString& note)
{
    return decide(flagIds, domain::DecisionKind::Dismiss, domain::FlagStatus::Dismissed, domain::key(reason),
                  note);
}

Status DecisionService::confirm(const QList<qint64>& flagIds, const QString& note)
{
    return decide(flagIds, domain::DecisionKind::Confirm, domain::FlagStatus::Resolved, {}, note);
}

Status DecisionService::comment(qint64 flagId, const QString& text)
{
    if (text.trimmed().isEmpty())
        return {ErrorCode::InvalidArgument, tr("A comment needs some text.")};
    return decide({flagId}, domain::DecisionKind::Comment, std::nullopt, {}, text.trimmed());
}

Status DecisionService::tag(const QList<qint64>& flagIds, const QString& tag)
{
    static const QRegularExpression valid(QStringLiteral("^[\\p{L}\\p{N} _-]{1,40}$"));
    const QString t = tag.trimmed();
    if (!valid.match(t).hasMatch())
        return {ErrorCode::InvalidArgument, tr("A tag is 1 to 40 letters, digits, spaces, - or _.")};
    return decide(flagIds, domain::DecisionKind::Tag, std::nullopt, t, {});
}

Status DecisionService::assign(const QList<qint64>& flagIds, const QString& userName)
{
    if (Status s = m_session.require(domain::Operation::DecideFlags); !s.ok())
        return s;
    if (auto flags = existingFlags(flagIds); !flags)
        return flags.status();
    domain::UserRecord to = m_session.user();
    if (!userName.isEmpty()) {
        auto user = activeReviewer(m_session, userName);
        if (!user)
            return user.status();
        to = *user;
    }
    const QString at = support::now();
    const qint64 me = m_session.user().id;
    return support::audited(
        m_session, domain::actions::kFlagAssign, domain::objects::kFlag, QString::number(flagIds.first()),
        {{QStringLiteral("flags"), support::idArray(flagIds)}, {QStringLiteral("assignee"), to.name}},
        [&](audit::AuditedTransaction& tx) {
            storage::ReviewRepository repo(tx.db());
            Status s = repo.assign(tx.write(), flagIds, to.id, at);
            for (qsizetype i = 0; s.ok() && i < flagIds.size(); ++i)
                s = repo.addDecision(tx.write(), flagIds.at(i), me, domain::DecisionKind::Assign, to.name, {},
                                     at);
            return s;
        },
        flagIds);
}

Status DecisionService::escalate(const QList<qint64>& flagIds, const QString& userName, const QString& note)
{
    if (Status s = m_session.require(domain::Operation::DecideFlags); !s.ok())
        return s;
    if (note.trimmed().isEmpty())
        return {ErrorCode::InvalidArgument,
                tr("Say why you escalate: the note is what the next reviewer reads first.")};
    if (auto flags = existingFlags(flagIds); !flags)
        return flags.status();
    auto to = activeReviewer(m_session, userName);
    if (!to)
        return to.status();
    const QString at = support::now();
    const qint64 me = m_session.user().id;
    return support::audited(
        m_session, domain::actions::kFlagEscalate, domain::objects::kFlag, QString::number(flagIds.first()),
        {{QStringLiteral("flags"), support::idArray(flagIds)},
         {QStringLiteral("to"), to->name},
         {QStringLiteral("note"), note.trimmed()}},
        [&](audit::AuditedTransaction& tx) {
            storage::ReviewRepository repo(tx.db());
            Status s = repo.assign(tx.write(), flagIds, to->id, at);
            if (s.ok())
                s = repo.setStatus(tx.write(), flagIds, domain::FlagStatus::Escalated, at);
            for (qsizetype i = 0; s.ok() && i < flagIds.size(); ++i)
                s = repo.addDecision(tx.write(), flagIds.at(i), me, domain::DecisionKind::Escalate, to->name,
                                     note.trimmed(), at);
            return s;
        },
        flagIds);
}

QString DecisionService::defaultNotificationTemplate()
{
    return tr("Hello,\n\nyour message in #{channel} on {date} was reviewed under our workplace communication "
              "policy, "
              "{clause}.\n\nWhat happened: {what}\n\nWhat to do: {todo}\n\nIf you think this is a mistake, "
              "reply to the "
              "compliance team.");
}

Result<QString> DecisionService::notificationTemplate()
{
    if (Status s = m_session.require(domain::Operation::DecideFlags); !s.ok())
        return s;
    return storage::SettingsRepository(m_session.database())
        .value(kTemplateKey, defaultNotificationTemplate());
}

Status DecisionService::setNotificationTemplate(const QString& text)
{
    if (Status s = m_session.require(domain::Operation::EditNotificationTemplate);
        !s.ok())
        return s;
    if (!text.contains(QLatin1String("{clause}")) || !text.contains(QLatin1String("{what}")) ||
        !text.contains(QLatin1String("{todo}")))
        return {ErrorCode::InvalidArgument, tr("The template must contain {clause}, {what} and {todo}.")};
    return support::audited(
        m_session, domain::actions::kSettingsChange, domain::objects::kSetting, kTemplateKey,
        {{QStringLiteral("value"), text}, {QStringLiteral("value_sha256"), audit::settingDigest(text)}},
        [&](audit::AuditedTransaction& tx) {
            return storage::SettingsRepository(tx.db()).setValue(tx.write(), kTemplateKey, text);
        });
}

Result<QString> DecisionService::notifyAuthor(qint64 postId, const QString& clause, const QString& whatToDo)
{
    if (Status s = m_session.require(domain::Operation::DecideFlags); !s.ok())
        return s;
    if (clause.trimmed().isEmpty() || whatToDo.trimmed().isEmpty())
        return Status(ErrorCode::InvalidArgument,
                      tr("A notification needs the policy clause and what the author should do."));
    auto templ = notificationTemplate();
    if (!templ)
        return templ.status();
    auto flags = storage::ReviewRepository(m_session.database()).flagsOfPost(postId);
    if (!flags)
        return flags.status();
    if (flags->isEmpty())
        return Status(ErrorCode::NotFound,
                      tr("Post %1 has no flags; there is nothing to notify its author about.").arg(postId));
    auto post = storage::PostRepository(m_session.database()).post(postId);
    if (!post)
        return post.status();
    if (!*post)
        return Status(ErrorCode::NotFound, tr("Post %1 no longer exists.").arg(postId));
    QStringList what;
    for (const domain::FlagState& f : *flags)
        what << domain::key(f.category);
    what.removeDuplicates();
    const QString message = QString(*templ)
                                .replace(QLatin1String("{channel}"), (*post)->channel)
                                .replace(QLatin1String("{date}"), (*post)->postedAt.left(10))
                                .replace(QLatin1String("{clause}"), clause.trimmed())
                                .replace(QLatin1String("{what}"),
                                         tr("it was flagged as %1.").arg(what.join(QStringLiteral(", "))))
                                .replace(QLatin1String("{todo}"), whatToDo.trimmed());
    QList<qint64> ids;
    for (const domain::FlagState& f : *flags)
        ids << f.id;
    const QString at = support::now();
    const qint64 me = m_session.user().id;
    Status s = support::audited(
        m_session, domain::actions::kFlagNotify, domain::objects::kPost, QString::number(postId),
        {{QStringLiteral("post"), postId},
         {QStringLiteral("flags"), support::idArray(ids)},
         {QStringLiteral("message"), message}},
        [&](audit::AuditedTransaction& tx) {
            storage::ReviewRepository repo(tx.db());
            Status st = Status::success();
            for (qsizetype i = 0; st.ok() && i < ids.size(); ++i)
                st = repo.addDecision(tx.write(), ids.at(i), me, domain::DecisionKind::Notify,
                                      clause.trimmed(), message, at);
            return st;
        },
        ids);
    if (!s.ok())
        return s;
    return message;
}

} // namespace custos::review
