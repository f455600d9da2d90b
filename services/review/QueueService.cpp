#include "review/QueueService.h"

#include "detection/TextNormalizer.h"
#include "audit/LogState.h"
#include "domain/AuditActions.h"
#include "domain/Permissions.h"
#include "review/ReviewSupport.h"
#include "storage/PostRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/ScanRepository.h"
#include "storage/UserRepository.h"
#include "workspace/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace custos::review {
namespace {

QString filtersKey(const workspace::Session& session)
{
    return QStringLiteral("queue.filters.%1").arg(session.user().id);
}

template <typename E> void insertKey(QJsonObject& o, const char* name, const std::optional<E>& value)
{
    if (value)
        o.insert(QString::fromLatin1(name), domain::key(*value));
}

QJsonObject filterToJson(const domain::FlagFilter& f)
{
    QJsonObject o;
    insertKey(o, "status", f.status);
    insertKey(o, "category", f.category);
    insertKey(o, "severity", f.severity);
    const std::pair<const char*, QString> fields[] = {{"rule", f.rule},     {"channel", f.channel}, {"department", f.department},
                                                      {"search", f.search}, {"assignee", f.assignee},
                                                      {"from", f.from},     {"to", f.to}};
    for (const auto& [k, v] : fields) {
        if (!v.isEmpty())
            o.insert(QString::fromLatin1(k), v);
    }
    if (f.author > 0)
        o.insert(QStringLiteral("author"), f.author);
    if (f.policyVersion > 0)
        o.insert(QStringLiteral("policy_version"), f.policyVersion);
    return o;
}

domain::FlagFilter filterFromJson(const QJsonObject& o)
{
    domain::FlagFilter f;
    f.status = domain::fromKey<domain::FlagStatus>(o.value(QStringLiteral("status")).toString());
    f.category = domain::fromKey<domain::Category>(o.value(QStringLiteral("category")).toString());
    f.severity = domain::fromKey<domain::Severity>(o.value(QStringLiteral("severity")).toString());
    f.rule = o.value(QStringLiteral("rule")).toString();
    f.channel = o.value(QStringLiteral("channel")).toString();
    f.department = o.value(QStringLiteral("department")).toString();
    f.search = o.value(QStringLiteral("search")).toString();
    f.author = o.value(QStringLiteral("author")).toInteger();
    f.assignee = o.value(QStringLiteral("assignee")).toString();
    f.policyVersion = o.value(QStringLiteral("policy_version")).toInt();
    f.from = o.value(QStringLiteral("from")).toString();
    f.to = o.value(QStringLiteral("to")).toString();
    return f;
}

Status writeFilters(workspace::Session& session, const QJsonObject& all, const QString& name,
                    const QJsonValue& filter)
{
    const QString key = filtersKey(session);
    const QString json = QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
    return support::audited(session, domain::actions::kSettingsChange, domain::objects::kSetting, key,
                            {{QStringLiteral("saved_filter"), name},
                             {QStringLiteral("filter"), filter},
                             {QStringLiteral("value_sha256"), audit::settingDigest(json)}},
                            [&](audit::AuditedTransaction& tx) {
                                return storage::SettingsRepository(tx.db()).setValue(tx.write(), key, json);
                            });
}

Result<QJsonObject> readFilters(workspace::Session& session)
{
    auto value =
        storage::SettingsRepository(session.database()).value(filtersKey(session), QStringLiteral("{}"));
    if (!value)
        return value.status();
    return QJsonDocument::fromJson(value->toUtf8()).object();
}

// Words only: "You are an IDIOT!!" and "you are an idiot" are the same message.
QString similarityKey(const QString& text)
{
    const QString n = detection::NormalizedText::fromText(text).text();
    QString out;
    for (const QChar c : n) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && out.back() != QLatin1Char(' '))
            out += QLatin1Char(' ');
    }
    return out.trimmed();
}

} // namespace

QueueService::QueueService(workspace::Session& session) : m_session(session), m_identity(session) {}

Status QueueService::require() const
{
    return m_session.require(domain::Operation::ReviewQueue);
}

Result<QList<FlagItem>> QueueService::listFlags(const domain::FlagFilter& filter, int limit, int offset) const
{
    if (Status s = require(); !s.ok())
        return s;
    auto rows = storage::ReviewRepository(m_session.database()).listFlags(filter, limit, offset);
    if (!rows)
        return rows.status();
    QList<FlagItem> items;
    items.reserve(rows->size());
    for (const domain::FlagListRow& r : *rows)
        items.append({r, m_identity.authorName(r.authorId)});
    return items;
}

Result<QList<QueueItem>> QueueService::page(const domain::FlagFilter& filter, domain::QueueSort sort,
                                            bool ascending, int limit, int offset,
                                            domain::QueueCursor* cursor) const
{
    if (Status s = require(); !s.ok())
        return s;
    auto rows =
        storage::ReviewRepository(m_session.database()).queue(filter, sort, ascending, limit, offset, cursor);
    if (!rows)
        return rows.status();
    QList<QueueItem> items;
    items.reserve(rows->size());
    for (const domain::QueueRow& r : *rows)
        items.append({r, m_identity.authorName(r.authorId)});
    return items;
}

Result<qint64> QueueService::count(const domain::FlagFilter& filter) const
{
    if (Status s = require(); !s.ok())
        return s;
    return storage::ReviewRepository(m_session.database()).countQueue(filter);
}

Result<QueueService::CountJob> QueueService::countJob(const domain::FlagFilter& filter) const
{
    if (Status s = require(); !s.ok())
        return s;
    auto connection = m_session.openConnection();
    if (!connection)
        return connection.status();
    std::shared_ptr<storage::Database> db(connection.takeValue());
    return CountJob([db, filter]() { return storage::ReviewRepository(*db).countQueue(filter); });
}

Result<PostDetail> QueueService::postDetail(qint64 postId, int around) const
{
    if (Status s = require(); !s.ok())
        return s;
    storage::PostRepository posts(m_session.database());
    auto found = posts.post(postId);
    if (!found)
        return found.status();
    if (!*found)
        return Status(ErrorCode::NotFound, tr("Post %1 no longer exists.").arg(postId));
    const storage::PostRecord& p = **found;
    PostDetail d;
    d.postId = postId;
    d.text = p.text;
    d.postedAt = p.postedAt;
    d.channel = p.channel;
    d.channelKind = p.channelKind;
    d.authorId = p.authorId;
    d.author = m_identity.authorName(p.authorId);
    for (const QJsonValue& r : QJsonDocument::fromJson(p.reactions.toUtf8()).array())
        d.reactions << tr("%1 ×%2")
                           .arg(r.toObject().value(QStringLiteral("name")).toString())
                           .arg(r.toObject().value(QStringLiteral("count")).toInt(1));
    auto append = [&](const QList<storage::ContextRow>& rows) {
        for (const storage::ContextRow& c : rows)
            d.context.append(
                {c.postId, c.postedAt, m_identity.authorName(c.authorId), c.text, c.postId == postId});
    };
    // Context: the whole thread when the post is in one, else the channel around it.
    auto thread = posts.thread(p.channelId, p.threadId.isEmpty() ? p.messageId : p.threadId, 200);
    if (!thread)
        return thread.status();
    d.inThread = thread->size() > 1;
    if (d.inThread) {
        append(*thread);
    } else {
        auto before = posts.before(p.channelId, p.postedAt, postId, around);
        if (!before)
            return before.status();
        std::reverse(before->begin(), before->end());
        append(*before);
        d.context.append({postId, d.postedAt, d.author, d.text, true});
        auto after = posts.after(p.channelId, p.postedAt, postId, around);
        if (!after)
            return after.status();
        append(*after);
    }
    auto versions = posts.versions(postId);
    if (!versions)
        return versions.status();
    for (const storage::VersionRow& v : *versions)
        d.versions.append({v.text, v.replacedAt});
    storage::ReviewRepository repo(m_session.database());
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

Result<QList<qint64>> QueueService::similarFlags(qint64 postId) const
{
    if (Status s = require(); !s.ok())
        return s;
    storage::PostRepository posts(m_session.database());
    auto post = posts.post(postId);
    if (!post)
        return post.status();
    if (!*post)
        return Status(ErrorCode::NotFound, tr("Post %1 no longer exists.").arg(postId));
    const QString target = similarityKey((*post)->text);
    auto candidates = posts.flagsSharingRulesWith(postId);
    if (!candidates)
        return candidates.status();
    QList<qint64> ids;
    for (const auto& [flagId, text] : *candidates) {
        if (similarityKey(text) == target)
            ids << flagId;
    }
    return ids;
}

Result<QList<domain::RuleRecord>> QueueService::ruleRecords() const
{
    if (Status s = require(); !s.ok())
        return s;
    return storage::ReviewRepository(m_session.database()).ruleRecords();
}

Result<domain::FlagTotals> QueueService::totals() const
{
    if (Status s = require(); !s.ok())
        return s;
    return storage::ReviewRepository(m_session.database()).totals();
}

Result<FilterChoices> QueueService::filterChoices() const
{
    if (Status s = require(); !s.ok())
        return s;
    storage::ReviewRepository repo(m_session.database());
    FilterChoices c;
    auto rules = repo.flaggedRules();
    if (!rules)
        return rules.status();
    c.rules = *rules;
    auto authors = repo.flaggedAuthors();
    if (!authors)
        return authors.status();
    for (const qint64 id : std::as_const(*authors))
        c.authors.append({id, m_identity.authorName(id)});
    std::sort(c.authors.begin(), c.authors.end(),
              [](const auto& a, const auto& b) { return a.second < b.second; });
    auto channels = storage::PostRepository(m_session.database()).channelNames();
    if (!channels)
        return channels.status();
    c.channels = *channels;
    auto departments = repo.authorDepartments();
    if (!departments)
        return departments.status();
    c.departments = *departments;
    auto users = storage::UserRepository(m_session.database()).all();
    if (!users)
        return users.status();
    for (const domain::UserRecord& u : *users)
        c.assignees << u.name;
    std::sort(c.assignees.begin(), c.assignees.end());
    auto versions = storage::ScanRepository(m_session.database()).versionNumbers();
    if (!versions)
        return versions.status();
    c.policyVersions = *versions;
    return c;
}

Result<QMap<QString, domain::FlagFilter>> QueueService::savedFilters() const
{
    if (Status s = m_session.require(domain::Operation::SaveQueueFilters); !s.ok())
        return s;
    auto all = readFilters(m_session);
    if (!all)
        return all.status();
    QMap<QString, domain::FlagFilter> out;
    for (auto it = all->begin(); it != all->end(); ++it)
        out.insert(it.key(), filterFromJson(it.value().toObject()));
    return out;
}

Status QueueService::saveFilter(const QString& name, const domain::FlagFilter& filter)
{
    if (Status s = m_session.require(domain::Operation::SaveQueueFilters); !s.ok())
        return s;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 80)
        return {ErrorCode::InvalidArgument, tr("A saved filter needs a name of 1 to 80 characters.")};
    auto all = readFilters(m_session);
    if (!all)
        return all.status();
    all->insert(trimmed, filterToJson(filter));
    return writeFilters(m_session, *all, trimmed, filterToJson(filter));
}

Status QueueService::deleteFilter(const QString& name)
{
    if (Status s = m_session.require(domain::Operation::SaveQueueFilters); !s.ok())
        return s;
    auto all = readFilters(m_session);
    if (!all)
        return all.status();
    if (!all->contains(name))
        return {ErrorCode::NotFound, tr("There is no saved filter %1.").arg(name)};
    all->remove(name);
    return writeFilters(m_session, *all, name, QJsonValue());
}

} // namespace custos::review
