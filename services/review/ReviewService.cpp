#include "review/ReviewService.h"

#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "detection/TextNormalizer.h"
#include "review/Pseudonyms.h"
#include "review/ReviewSupport.h"
#include "storage/UserRepository.h"
#include "workspace/Session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace custos::review {
namespace support {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray a;
    for (const qint64 id : ids)
        a.append(id);
    return a;
}

Status requireReviewer(const workspace::Session& session)
{
    if (!ReviewService::mayReview(session.user().role))
        return {ErrorCode::PermissionDenied,
                ReviewService::tr("Only compliance officers and HR investigators can review flags.")};
    return Status::success();
}

// One audited transaction: `change` writes, then the entry is recorded, then commit.
Status audited(workspace::Session& session, const QString& action, const QString& objectType, const QString& objectId,
               const QJsonObject& details, const std::function<Status(audit::AuditedTransaction&)>& change)
{
    audit::AuditedTransaction tx(session.database(), session.signer());
    Status s = tx.status();
    if (s.ok())
        s = change(tx);
    if (s.ok())
        s = tx.record(action, objectType, objectId, details);
    if (s.ok())
        s = tx.commit();
    return s;
}

// A pseudonym, or the real name once this session revealed it.
QString authorName(workspace::Session& session, const Pseudonyms& pseudonyms, qint64 personId)
{
    if (!personId)
        return ReviewService::tr("Unknown author");
    if (session.isRevealed(personId)) {
        storage::Statement s = session.database().prepare(QStringLiteral("SELECT display_name FROM people WHERE id = ?1;"));
        s.bind(1, personId);
        if (s.step())
            return s.text(0);
    }
    return pseudonyms.of(personId);
}

} // namespace support

namespace {

using support::audited;
using support::authorName;
using support::idArray;
using support::now;
using support::requireReviewer;

// The flags named, all existing; a clear message otherwise.
Result<QList<storage::FlagState>> existingFlags(workspace::Session& session, const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return Status(ErrorCode::InvalidArgument, ReviewService::tr("No flag is selected."));
    auto flags = storage::ReviewRepository(session.database()).flags(ids);
    if (!flags)
        return flags.status();
    if (flags->size() != ids.size())
        return Status(ErrorCode::NotFound, ReviewService::tr("A selected flag no longer exists. Refresh the queue and try again."));
    return flags;
}

Status decide(workspace::Session& session, const QList<qint64>& ids, const QString& action, const QString& status,
              const QString& reason, const QString& note)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    auto flags = existingFlags(session, ids);
    if (!flags)
        return flags.status();
    const QString at = now();
    const qint64 me = session.user().id;
    QJsonObject details{{QStringLiteral("flags"), idArray(ids)}};
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    if (!note.isEmpty())
        details.insert(QStringLiteral("note"), note);
    return audited(session, QStringLiteral("flag.") + action, QStringLiteral("flag"), QString::number(ids.first()), details,
                   [&](audit::AuditedTransaction& tx) {
                       storage::ReviewRepository repo(tx.db());
                       Status s = status.isEmpty() ? Status::success() : repo.setStatus(tx.write(), ids, status, at);
                       for (qsizetype i = 0; s.ok() && i < ids.size(); ++i)
                           s = repo.addDecision(tx.write(), ids.at(i), me, action, reason, note, at);
                       return s;
                   });
}

Result<storage::UserRecord> activeReviewer(workspace::Session& session, const QString& name)
{
    auto user = storage::UserRepository(session.database()).byName(name);
    if (!user || !user->isActive())
        return Status(ErrorCode::NotFound, ReviewService::tr("There is no active user %1.").arg(name));
    if (!ReviewService::mayReview(user->role))
        return Status(ErrorCode::InvalidArgument,
                      ReviewService::tr("%1 does not review flags; choose a compliance officer or an HR investigator.").arg(name));
    return user;
}

} // namespace

QString dismissReasonKey(DismissReason r)
{
    switch (r) {
    case DismissReason::FalsePositive: return QStringLiteral("false_positive");
    case DismissReason::AcceptableInContext: return QStringLiteral("acceptable_in_context");
    case DismissReason::Duplicate: return QStringLiteral("duplicate");
    }
    return {};
}

bool ReviewService::mayReview(access::Role role)
{
    return role == access::Role::ComplianceOfficer || role == access::Role::HrInvestigator;
}

bool ReviewService::mayDecideTakedowns(access::Role role)
{
    return role == access::Role::ComplianceOfficer;
}

Result<QList<ReviewService::FlagItem>> ReviewService::listFlags(workspace::Session& session, const storage::FlagFilter& filter,
                                                               int limit, int offset)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    auto rows = storage::ReviewRepository(session.database()).listFlags(filter, limit, offset);
    if (!rows)
        return rows.status();
    const Pseudonyms pseudonyms(session);
    QList<FlagItem> items;
    items.reserve(rows->size());
    for (const storage::FlagListRow& r : *rows)
        items.append({r, authorName(session, pseudonyms, r.authorId)});
    return items;
}

Result<QList<ReviewService::QueueItem>> ReviewService::queue(workspace::Session& session, const storage::FlagFilter& filter,
                                                           storage::QueueSort sort, bool ascending, int limit, int offset,
                                                           storage::QueueCursor* cursor)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    auto rows = storage::ReviewRepository(session.database()).queue(filter, sort, ascending, limit, offset, cursor);
    if (!rows)
        return rows.status();
    const Pseudonyms pseudonyms(session);
    QList<QueueItem> items;
    items.reserve(rows->size());
    for (const storage::QueueRow& r : *rows)
        items.append({r, authorName(session, pseudonyms, r.authorId)});
    return items;
}

Result<qint64> ReviewService::countQueue(workspace::Session& session, const storage::FlagFilter& filter)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    return storage::ReviewRepository(session.database()).countQueue(filter);
}

Result<qint64> ReviewService::countQueue(const workspace::Session& session, storage::Database& connection,
                                         const storage::FlagFilter& filter)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    return storage::ReviewRepository(connection).countQueue(filter);
}

namespace {

QString filtersKey(const workspace::Session& session)
{
    return QStringLiteral("queue.filters.%1").arg(session.user().id);
}

QJsonObject filterToJson(const storage::FlagFilter& f)
{
    QJsonObject o;
    const std::pair<const char*, QString> fields[] = {{"status", f.status},   {"category", f.category}, {"severity", f.severity},
                                                      {"rule", f.rule},       {"channel", f.channel},   {"search", f.search}};
    for (const auto& [k, v] : fields) {
        if (!v.isEmpty())
            o.insert(QString::fromLatin1(k), v);
    }
    const std::pair<const char*, QString> more[] = {{"assignee", f.assignee}, {"from", f.from}, {"to", f.to}};
    for (const auto& [k, v] : more) {
        if (!v.isEmpty())
            o.insert(QString::fromLatin1(k), v);
    }
    if (f.author > 0)
        o.insert(QStringLiteral("author"), f.author);
    if (f.policyVersion > 0)
        o.insert(QStringLiteral("policy_version"), f.policyVersion);
    return o;
}

storage::FlagFilter filterFromJson(const QJsonObject& o)
{
    storage::FlagFilter f;
    f.status = o.value(QStringLiteral("status")).toString();
    f.category = o.value(QStringLiteral("category")).toString();
    f.severity = o.value(QStringLiteral("severity")).toString();
    f.rule = o.value(QStringLiteral("rule")).toString();
    f.channel = o.value(QStringLiteral("channel")).toString();
    f.search = o.value(QStringLiteral("search")).toString();
    f.author = o.value(QStringLiteral("author")).toInteger();
    f.assignee = o.value(QStringLiteral("assignee")).toString();
    f.policyVersion = o.value(QStringLiteral("policy_version")).toInt();
    f.from = o.value(QStringLiteral("from")).toString();
    f.to = o.value(QStringLiteral("to")).toString();
    return f;
}

Status writeFilters(workspace::Session& session, const QJsonObject& all, const QString& name, const QJsonValue& filter)
{
    const QString key = filtersKey(session);
    const QString json = QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
    return audited(session, audit::actions::kSettingsChange, QStringLiteral("setting"), key,
                   {{QStringLiteral("saved_filter"), name}, {QStringLiteral("filter"), filter}},
                   [&](audit::AuditedTransaction& tx) { return storage::SettingsRepository(tx.db()).setValue(tx.write(), key, json); });
}

Result<QJsonObject> readFilters(workspace::Session& session)
{
    auto value = storage::SettingsRepository(session.database()).value(filtersKey(session), QStringLiteral("{}"));
    if (!value)
        return value.status();
    return QJsonDocument::fromJson(value->toUtf8()).object();
}

} // namespace

Result<QMap<QString, storage::FlagFilter>> ReviewService::savedFilters(workspace::Session& session)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    auto all = readFilters(session);
    if (!all)
        return all.status();
    QMap<QString, storage::FlagFilter> out;
    for (auto it = all->begin(); it != all->end(); ++it)
        out.insert(it.key(), filterFromJson(it.value().toObject()));
    return out;
}

Status ReviewService::saveFilter(workspace::Session& session, const QString& name, const storage::FlagFilter& filter)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 80)
        return {ErrorCode::InvalidArgument, tr("A saved filter needs a name of 1 to 80 characters.")};
    auto all = readFilters(session);
    if (!all)
        return all.status();
    all->insert(trimmed, filterToJson(filter));
    return writeFilters(session, *all, trimmed, filterToJson(filter));
}

Status ReviewService::deleteFilter(workspace::Session& session, const QString& name)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    auto all = readFilters(session);
    if (!all)
        return all.status();
    if (!all->contains(name))
        return {ErrorCode::NotFound, tr("There is no saved filter %1.").arg(name)};
    all->remove(name);
    return writeFilters(session, *all, name, QJsonValue());
}

Result<QList<qint64>> ReviewService::similarFlags(workspace::Session& session, qint64 postId)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    storage::Statement q = session.database().prepare(QStringLiteral("SELECT text FROM posts WHERE id = ?1;"));
    q.bind(1, postId);
    if (!q.step())
        return q.status().ok() ? Status(ErrorCode::NotFound, tr("Post %1 no longer exists.").arg(postId)) : q.status();
    // Words only: "You are an IDIOT!!" and "you are an idiot" are the same message.
    auto key = [](const QString& text) {
        const QString n = detection::NormalizedText::fromText(text).text();
        QString out;
        for (const QChar c : n) {
            if (c.isLetterOrNumber())
                out += c;
            else if (!out.isEmpty() && out.back() != QLatin1Char(' '))
                out += QLatin1Char(' ');
        }
        return out.trimmed();
    };
    const QString target = key(q.text(0));
    q.reset();
    // Candidates: flags of the same rules (an index walk per rule), compared in memory.
    storage::Statement c = session.database().prepare(QStringLiteral(
        "SELECT f.id, p.text FROM flags f JOIN posts p ON p.id = f.post_id WHERE f.rule IN "
        "(SELECT rule FROM flags WHERE post_id = ?1) ORDER BY f.id;"));
    c.bind(1, postId);
    QList<qint64> ids;
    while (c.step()) {
        if (key(c.text(1)) == target)
            ids << c.int64(0);
    }
    if (!c.status().ok())
        return c.status();
    return ids;
}

Result<QList<storage::RuleRecord>> ReviewService::ruleRecords(workspace::Session& session)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    return storage::ReviewRepository(session.database()).ruleRecords();
}

Result<ReviewService::FilterChoices> ReviewService::filterChoices(workspace::Session& session)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    storage::ReviewRepository repo(session.database());
    FilterChoices c;
    auto rules = repo.flaggedRules();
    if (!rules)
        return rules.status();
    c.rules = *rules;
    auto authors = repo.flaggedAuthors();
    if (!authors)
        return authors.status();
    const Pseudonyms pseudonyms(session);
    for (const qint64 id : std::as_const(*authors))
        c.authors.append({id, authorName(session, pseudonyms, id)});
    std::sort(c.authors.begin(), c.authors.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    const std::pair<const char*, QStringList*> lists[] = {{"SELECT name FROM channels ORDER BY name;", &c.channels},
                                                          {"SELECT name FROM users ORDER BY name;", &c.assignees}};
    for (const auto& [sql, list] : lists) {
        storage::Statement q = session.database().prepare(QString::fromLatin1(sql));
        while (q.step())
            *list << q.text(0);
        if (!q.status().ok())
            return q.status();
    }
    storage::Statement versions = session.database().prepare(QStringLiteral("SELECT version FROM policies ORDER BY version DESC;"));
    while (versions.step())
        c.policyVersions << static_cast<int>(versions.int64(0));
    if (!versions.status().ok())
        return versions.status();
    return c;
}

Result<ReviewService::PostDetail> ReviewService::postDetail(workspace::Session& session, qint64 postId, int around)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    storage::Statement q = session.database().prepare(QStringLiteral(
        "SELECT p.text, p.posted_at, c.name, coalesce(p.author_id, 0), p.channel_id, p.message_id, coalesce(p.thread_id, ''), "
        "coalesce(p.reactions, ''), c.kind FROM posts p JOIN channels c ON c.id = p.channel_id WHERE p.id = ?1;"));
    q.bind(1, postId);
    if (!q.step())
        return q.status().ok() ? Status(ErrorCode::NotFound, tr("Post %1 no longer exists.").arg(postId)) : q.status();
    PostDetail d;
    d.postId = postId;
    d.text = q.text(0);
    d.postedAt = q.text(1);
    d.channel = q.text(2);
    d.authorId = q.int64(3);
    const qint64 channelId = q.int64(4);
    const QString messageId = q.text(5);
    const QString threadId = q.text(6);
    const QString reactions = q.text(7);
    d.channelKind = q.text(8);
    q.reset();
    const Pseudonyms pseudonyms(session);
    d.author = authorName(session, pseudonyms, d.authorId);
    for (const QJsonValue& r : QJsonDocument::fromJson(reactions.toUtf8()).array())
        d.reactions << tr("%1 ×%2").arg(r.toObject().value(QStringLiteral("name")).toString()).arg(r.toObject().value(QStringLiteral("count")).toInt(1));
    // Context: the whole thread when the post is in one, else the channel around it.
    auto collect = [&](storage::Statement& c) {
        while (c.step())
            d.context.append({c.int64(0), c.text(1), authorName(session, pseudonyms, c.int64(2)), c.text(3), c.int64(0) == postId});
        return c.status();
    };
    const QString root = threadId.isEmpty() ? messageId : threadId;
    storage::Statement thread = session.database().prepare(QStringLiteral(
        "SELECT id, posted_at, coalesce(author_id, 0), text FROM posts WHERE channel_id = ?1 AND (message_id = ?2 OR thread_id = ?2) "
        "AND deleted_at IS NULL ORDER BY posted_at, id LIMIT 200;"));
    thread.bind(1, channelId).bind(2, root);
    if (Status s = collect(thread); !s.ok())
        return s;
    d.inThread = d.context.size() > 1;
    if (!d.inThread) {
        d.context.clear();
        storage::Statement before = session.database().prepare(QStringLiteral(
            "SELECT id, posted_at, coalesce(author_id, 0), text FROM posts WHERE channel_id = ?1 AND posted_at <= ?2 AND id != ?3 "
            "AND deleted_at IS NULL ORDER BY posted_at DESC, id DESC LIMIT ?4;"));
        before.bind(1, channelId).bind(2, d.postedAt).bind(3, postId).bind(4, around);
        if (Status s = collect(before); !s.ok())
            return s;
        std::reverse(d.context.begin(), d.context.end());
        d.context.append({postId, d.postedAt, d.author, d.text, true});
        storage::Statement after = session.database().prepare(QStringLiteral(
            "SELECT id, posted_at, coalesce(author_id, 0), text FROM posts WHERE channel_id = ?1 AND posted_at >= ?2 AND id != ?3 "
            "AND deleted_at IS NULL ORDER BY posted_at, id LIMIT ?4;"));
        after.bind(1, channelId).bind(2, d.postedAt).bind(3, postId).bind(4, around);
        if (Status s = collect(after); !s.ok())
            return s;
    }
    storage::Statement versions = session.database().prepare(
        QStringLiteral("SELECT text, coalesce(replaced_at, '') FROM post_versions WHERE post_id = ?1 ORDER BY id;"));
    versions.bind(1, postId);
    while (versions.step())
        d.versions.append({versions.text(0), versions.text(1)});
    if (!versions.status().ok())
        return versions.status();
    storage::ReviewRepository repo(session.database());
    auto flags = repo.flagDetails(postId);
    if (!flags)
        return flags.status();
    d.flags = *flags;
    auto decisions = repo.decisions(postId);
    if (!decisions)
        return decisions.status();
    d.decisions = *decisions;
    return d;
}

Result<QString> ReviewService::revealIdentity(workspace::Session& session, qint64 personId, const QString& reason)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    if (reason.trimmed().isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("Say why you reveal this person's identity; the reason is recorded."));
    storage::Statement q = session.database().prepare(QStringLiteral("SELECT display_name, coalesce(email, '') FROM people WHERE id = ?1;"));
    q.bind(1, personId);
    if (!q.step())
        return q.status().ok() ? Status(ErrorCode::NotFound, tr("There is no person %1.").arg(personId)) : q.status();
    const QString name = q.text(0);
    const QString email = q.text(1);
    q.reset();
    const QString pseudonym = Pseudonyms(session).of(personId);
    Status s = audited(session, QStringLiteral("person.reveal"), QStringLiteral("person"), QString::number(personId),
                       {{QStringLiteral("person"), personId}, {QStringLiteral("pseudonym"), pseudonym}, {QStringLiteral("reason"), reason.trimmed()}},
                       [](audit::AuditedTransaction&) { return Status::success(); });
    if (!s.ok())
        return s;
    session.markRevealed(personId);
    return email.isEmpty() ? name : tr("%1 <%2>").arg(name, email);
}

Status ReviewService::dismiss(workspace::Session& session, const QList<qint64>& flagIds, DismissReason reason, const QString& note)
{
    return decide(session, flagIds, QStringLiteral("dismiss"), QStringLiteral("dismissed"), dismissReasonKey(reason), note);
}

Status ReviewService::confirm(workspace::Session& session, const QList<qint64>& flagIds, const QString& note)
{
    return decide(session, flagIds, QStringLiteral("confirm"), QStringLiteral("resolved"), {}, note);
}

Status ReviewService::comment(workspace::Session& session, qint64 flagId, const QString& text)
{
    if (text.trimmed().isEmpty())
        return {ErrorCode::InvalidArgument, tr("A comment needs some text.")};
    return decide(session, {flagId}, QStringLiteral("comment"), {}, {}, text.trimmed());
}

Status ReviewService::tag(workspace::Session& session, const QList<qint64>& flagIds, const QString& tag)
{
    static const QRegularExpression valid(QStringLiteral("^[\\p{L}\\p{N} _-]{1,40}$"));
    const QString t = tag.trimmed();
    if (!valid.match(t).hasMatch())
        return {ErrorCode::InvalidArgument, tr("A tag is 1 to 40 letters, digits, spaces, - or _.")};
    return decide(session, flagIds, QStringLiteral("tag"), {}, t, {});
}

QString ReviewService::defaultNotificationTemplate()
{
    return tr("Hello,\n\nyour message in #{channel} on {date} was reviewed under our workplace communication policy, "
              "{clause}.\n\nWhat happened: {what}\n\nWhat to do: {todo}\n\nIf you think this is a mistake, reply to the "
              "compliance team.");
}

Result<QString> ReviewService::notificationTemplate(workspace::Session& session)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    return storage::SettingsRepository(session.database()).value(QStringLiteral("review.notification_template"), defaultNotificationTemplate());
}

Status ReviewService::setNotificationTemplate(workspace::Session& session, const QString& text)
{
    if (!mayDecideTakedowns(session.user().role))
        return {ErrorCode::PermissionDenied, tr("Only compliance officers can change the notification template.")};
    if (!text.contains(QLatin1String("{clause}")) || !text.contains(QLatin1String("{what}")) || !text.contains(QLatin1String("{todo}")))
        return {ErrorCode::InvalidArgument, tr("The template must contain {clause}, {what} and {todo}.")};
    const QString key = QStringLiteral("review.notification_template");
    return audited(session, audit::actions::kSettingsChange, QStringLiteral("setting"), key, {{QStringLiteral("value"), text}},
                   [&](audit::AuditedTransaction& tx) { return storage::SettingsRepository(tx.db()).setValue(tx.write(), key, text); });
}

Result<QString> ReviewService::notifyAuthor(workspace::Session& session, qint64 postId, const QString& clause, const QString& whatToDo)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    if (clause.trimmed().isEmpty() || whatToDo.trimmed().isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("A notification needs the policy clause and what the author should do."));
    auto templ = notificationTemplate(session);
    if (!templ)
        return templ.status();
    auto flags = storage::ReviewRepository(session.database()).flagsOfPost(postId);
    if (!flags)
        return flags.status();
    if (flags->isEmpty())
        return Status(ErrorCode::NotFound, tr("Post %1 has no flags; there is nothing to notify its author about.").arg(postId));
    storage::Statement q = session.database().prepare(QStringLiteral("SELECT c.name, p.posted_at FROM posts p JOIN channels c ON c.id = p.channel_id WHERE p.id = ?1;"));
    q.bind(1, postId);
    if (!q.step())
        return q.status().ok() ? Status(ErrorCode::NotFound, tr("Post %1 no longer exists.").arg(postId)) : q.status();
    QStringList what;
    for (const storage::FlagState& f : *flags)
        what << f.category;
    what.removeDuplicates();
    const QString message = QString(*templ)
                                .replace(QLatin1String("{channel}"), q.text(0))
                                .replace(QLatin1String("{date}"), q.text(1).left(10))
                                .replace(QLatin1String("{clause}"), clause.trimmed())
                                .replace(QLatin1String("{what}"), tr("it was flagged as %1.").arg(what.join(QStringLiteral(", "))))
                                .replace(QLatin1String("{todo}"), whatToDo.trimmed());
    q.reset();
    QList<qint64> ids;
    for (const storage::FlagState& f : *flags)
        ids << f.id;
    const QString at = now();
    const qint64 me = session.user().id;
    Status s = audited(session, QStringLiteral("flag.notify"), QStringLiteral("post"), QString::number(postId),
                       {{QStringLiteral("post"), postId}, {QStringLiteral("flags"), idArray(ids)}, {QStringLiteral("message"), message}},
                       [&](audit::AuditedTransaction& tx) {
                           storage::ReviewRepository repo(tx.db());
                           Status st = Status::success();
                           for (qsizetype i = 0; st.ok() && i < ids.size(); ++i)
                               st = repo.addDecision(tx.write(), ids.at(i), me, QStringLiteral("notify"), clause.trimmed(), message, at);
                           return st;
                       });
    if (!s.ok())
        return s;
    return message;
}

Status ReviewService::assign(workspace::Session& session, const QList<qint64>& flagIds, const QString& userName)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    auto flags = existingFlags(session, flagIds);
    if (!flags)
        return flags.status();
    storage::UserRecord to = session.user();
    if (!userName.isEmpty()) {
        auto user = activeReviewer(session, userName);
        if (!user)
            return user.status();
        to = *user;
    }
    const QString at = now();
    const qint64 me = session.user().id;
    return audited(session, QStringLiteral("flag.assign"), QStringLiteral("flag"), QString::number(flagIds.first()),
                   {{QStringLiteral("flags"), idArray(flagIds)}, {QStringLiteral("assignee"), to.name}},
                   [&](audit::AuditedTransaction& tx) {
                       storage::ReviewRepository repo(tx.db());
                       Status s = repo.assign(tx.write(), flagIds, to.id, at);
                       for (qsizetype i = 0; s.ok() && i < flagIds.size(); ++i)
                           s = repo.addDecision(tx.write(), flagIds.at(i), me, QStringLiteral("assign"), to.name, {}, at);
                       return s;
                   });
}

Status ReviewService::escalate(workspace::Session& session, const QList<qint64>& flagIds, const QString& userName, const QString& note)
{
    if (Status s = requireReviewer(session); !s.ok())
        return s;
    if (note.trimmed().isEmpty())
        return {ErrorCode::InvalidArgument, tr("Say why you escalate: the note is what the next reviewer reads first.")};
    auto flags = existingFlags(session, flagIds);
    if (!flags)
        return flags.status();
    auto to = activeReviewer(session, userName);
    if (!to)
        return to.status();
    const QString at = now();
    const qint64 me = session.user().id;
    return audited(session, QStringLiteral("flag.escalate"), QStringLiteral("flag"), QString::number(flagIds.first()),
                   {{QStringLiteral("flags"), idArray(flagIds)}, {QStringLiteral("to"), to->name}, {QStringLiteral("note"), note.trimmed()}},
                   [&](audit::AuditedTransaction& tx) {
                       storage::ReviewRepository repo(tx.db());
                       Status s = repo.assign(tx.write(), flagIds, to->id, at);
                       if (s.ok())
                           s = repo.setStatus(tx.write(), flagIds, QStringLiteral("escalated"), at);
                       for (qsizetype i = 0; s.ok() && i < flagIds.size(); ++i)
                           s = repo.addDecision(tx.write(), flagIds.at(i), me, QStringLiteral("escalate"), to->name, note.trimmed(), at);
                       return s;
                   });
}

} // namespace custos::review
