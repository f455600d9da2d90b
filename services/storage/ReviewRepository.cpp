#include "storage/ReviewRepository.h"

#include "storage/Database.h"
#include "storage/Codec.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace custos::storage {
namespace {

FlagState flagFrom(const Statement& s)
{
    return {s.int64(0), s.int64(1), codec::decode(s.text(2), domain::FlagStatus::New), s.text(3),
            codec::decode(s.text(4), domain::Category::Harassment)};
}

TakedownRecord takedownFrom(const Statement& s)
{
    return {s.int64(0), s.int64(1), s.int64(2), s.text(3), s.text(4), s.text(5), s.int64(6),
            codec::decode(s.text(7), domain::TakedownStatus::Pending),
            s.isNull(8) ? 0 : s.int64(8), s.text(9), s.text(10), s.isNull(11) ? 0 : s.int64(11), s.text(12)};
}

const char* kTakedownColumns = "SELECT id, post_id, requested_by, requested_at, reason, clause, request_entry, status, decided_by, "
                               "decided_at, comment, decision_entry, done_at FROM takedowns ";

// WHERE conditions on flags f, posts p and channels c, with their values in order.
QString whereOf(const FlagFilter& filter, QList<QString>& values, bool flagsOnly = false)
{
    QStringList where;
    auto add = [&](const QString& value, const QString& condition) {
        if (value.isEmpty())
            return;
        values << value;
        where << condition.arg(values.size());
    };
    add(codec::keyOrEmpty(filter.status), QStringLiteral("f.status = ?%1"));
    add(codec::keyOrEmpty(filter.category), QStringLiteral("f.category = ?%1"));
    add(codec::keyOrEmpty(filter.severity), QStringLiteral("f.severity = ?%1"));
    add(filter.rule, QStringLiteral("f.rule = ?%1"));
    add(filter.channel, flagsOnly ? QStringLiteral("f.post_id IN (SELECT p.id FROM posts p JOIN channels c ON c.id = p.channel_id "
                                                   "WHERE c.name = ?%1)")
                                  : QStringLiteral("c.name = ?%1"));
    add(filter.search, QStringLiteral("f.post_id IN (SELECT docid FROM posts_fts WHERE posts_fts MATCH ?%1)"));
    add(filter.author > 0 ? QString::number(filter.author) : QString(), QStringLiteral("f.author_id = ?%1"));
    add(filter.department, QStringLiteral("f.author_id IN (SELECT id FROM people WHERE department = ?%1)"));
    add(filter.assignee, QStringLiteral("f.assignee_id IN (SELECT id FROM users WHERE name = ?%1)"));
    add(filter.policyVersion > 0 ? QString::number(filter.policyVersion) : QString(),
        QStringLiteral("f.policy_id IN (SELECT id FROM policies WHERE version = ?%1)"));
    add(filter.from, QStringLiteral("f.posted_at >= ?%1"));
    add(filter.to, QStringLiteral("f.posted_at < ?%1"));
    return where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
}

// Low 0 to critical 3.
QString severityRank()
{
    return codec::rankCase(QStringLiteral("f.severity"), domain::all<domain::Severity>());
}
// Most pressing first: what needs a reviewer comes before what is settled.
QString statusRank()
{
    return codec::rankCase(QStringLiteral("f.status"), domain::statusesByUrgency());
}

} // namespace

namespace {

// Parameters of the queue's page walk, at fixed numbers so that a subquery can repeat
// a condition without binding its value twice.
enum WalkParam { StatusParam = 1, CategoryParam, SeverityParam, RuleParam, ChannelParam, SearchParam, KeyParam, NameParam,
                 PositionKeyParam, TimeParam, PostParam, AuthorParam, AssigneeParam, PolicyParam, FromParam, ToParam,
                 DepartmentParam };

// The filter's conditions on the flags aliased `f` (`g` in a subquery). `postLevel`
// adds the conditions every flag of a post shares (author, dates, channel, search);
// `unindexed` keeps the low-cardinality columns out of index choice so that the sort
// key's index is walked.
QStringList walkConditions(const FlagFilter& filter, const QString& alias, bool postLevel, bool unindexed)
{
    QStringList out;
    const QString column = (unindexed ? QStringLiteral("+") : QString()) + alias + QLatin1Char('.');
    if (filter.status)
        out << column + QStringLiteral("status = ?%1").arg(StatusParam);
    if (filter.category)
        out << column + QStringLiteral("category = ?%1").arg(CategoryParam);
    if (filter.severity)
        out << column + QStringLiteral("severity = ?%1").arg(SeverityParam);
    if (!filter.rule.isEmpty())
        out << alias + QStringLiteral(".rule = ?%1").arg(RuleParam);
    if (!filter.assignee.isEmpty())
        out << alias + QStringLiteral(".assignee_id IN (SELECT id FROM users WHERE name = ?%1)").arg(AssigneeParam);
    if (filter.policyVersion > 0)
        out << alias + QStringLiteral(".policy_id IN (SELECT id FROM policies WHERE version = ?%1)").arg(PolicyParam);
    if (postLevel && filter.author > 0)
        out << alias + QStringLiteral(".author_id = ?%1").arg(AuthorParam);
    if (postLevel && !filter.from.isEmpty())
        out << alias + QStringLiteral(".posted_at >= ?%1").arg(FromParam);
    if (postLevel && !filter.to.isEmpty())
        out << alias + QStringLiteral(".posted_at < ?%1").arg(ToParam);
    if (postLevel && !filter.department.isEmpty())
        out << alias + QStringLiteral(".author_id IN (SELECT id FROM people WHERE department = ?%1)").arg(DepartmentParam);
    if (postLevel && !filter.channel.isEmpty())
        out << alias + QStringLiteral(".channel_id IN (SELECT id FROM channels WHERE name = ?%1)").arg(ChannelParam);
    if (postLevel && !filter.search.isEmpty())
        out << alias + QStringLiteral(".post_id IN (SELECT docid FROM posts_fts WHERE posts_fts MATCH ?%1)").arg(SearchParam);
    return out;
}

void bindWalk(Statement& s, const FlagFilter& filter)
{
    const QString status = codec::keyOrEmpty(filter.status);
    const QString category = codec::keyOrEmpty(filter.category);
    const QString severity = codec::keyOrEmpty(filter.severity);
    const std::pair<int, const QString*> values[] = {{StatusParam, &status}, {CategoryParam, &category},
                                                     {SeverityParam, &severity}, {RuleParam, &filter.rule},
                                                     {ChannelParam, &filter.channel}, {SearchParam, &filter.search},
                                                     {AssigneeParam, &filter.assignee}, {FromParam, &filter.from},
                                                     {ToParam, &filter.to}, {DepartmentParam, &filter.department}};
    for (const auto& [index, value] : values) {
        if (!value->isEmpty())
            s.bind(index, *value);
    }
    if (filter.author > 0)
        s.bind(AuthorParam, filter.author);
    if (filter.policyVersion > 0)
        s.bind(PolicyParam, qint64(filter.policyVersion));
}

QString rankOf(const QString& rank, const QString& alias)
{
    return QString(rank).replace(QStringLiteral("f."), alias + QLatin1Char('.'));
}

} // namespace

// A page of the queue is read in two steps. First the page's posts, in order: one index
// of the flags is walked in the sort order (for severity, status, channel and assignee,
// one run of the index per value, in the order of the values), each post taken where its
// aggregate value shows (its first flag in that order, or the flag that holds its
// highest or lowest value), until the page is full. Then the page's posts are read with
// their matching flags grouped. The work grows with the page (and, without a cursor, its
// offset), not with the number of flags; with a cursor the next page seeks in the index
// to where the last one ended.
Result<QList<qint64>> ReviewRepository::queuePosts(const FlagFilter& filter, QueueSort sort, bool ascending, int limit, int offset,
                                                   QueueCursor* cursor)
{
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString timeOrder = QStringLiteral("f.posted_at%1, f.post_id%1").arg(dir);
    // The key of the sort, how a post's flags combine on it, and the runs to walk.
    struct Run
    {
        QString condition; // on f, with ?KeyParam / ?NameParam bound from the run
        std::optional<qint64> key;
        QString name;
    };
    QString keyColumn;           // a single walk ordered by this column, then by time
    QString aggregateCheck;      // keeps a flag only where its post's aggregate shows
    bool postLevel = false;      // the key is the same on every flag of a post
    QList<Run> runs;
    const QStringList gFilter = walkConditions(filter, QStringLiteral("g"), false, false);
    const QString gWhere = gFilter.isEmpty() ? QString() : QString(QStringLiteral(" AND ") + gFilter.join(QStringLiteral(" AND ")));
    // "No other matching flag of the post has a key beyond this one's."
    auto noneBeyond = [&](const QString& beyond) {
        return QStringLiteral("NOT EXISTS (SELECT 1 FROM flags g WHERE g.post_id = f.post_id AND %1%2)").arg(beyond, gWhere);
    };
    switch (sort) {
    case QueueSort::Time: postLevel = true; break;
    case QueueSort::Author: postLevel = true; keyColumn = QStringLiteral("f.author_id"); break;
    case QueueSort::Channel: {
        postLevel = true;
        Statement channels = m_db.prepare(QStringLiteral("SELECT id FROM channels ORDER BY name%1, id%1;").arg(dir));
        while (channels.step())
            runs.append({QStringLiteral("f.channel_id = ?%1").arg(KeyParam), channels.int64(0), {}});
        if (!channels.status().ok())
            return channels.status();
        break;
    }
    case QueueSort::Score: // the highest score
        keyColumn = QStringLiteral("f.score");
        if (ascending)
            aggregateCheck = noneBeyond(QStringLiteral("g.score > f.score"));
        break;
    case QueueSort::Category: // the first category
    case QueueSort::Rule:     // the first rule
        keyColumn = sort == QueueSort::Category ? QStringLiteral("f.category") : QStringLiteral("f.rule");
        if (!ascending)
            aggregateCheck = noneBeyond(QString(keyColumn).replace(QStringLiteral("f."), QStringLiteral("g.")) + QStringLiteral(" < ") + keyColumn);
        break;
    case QueueSort::Severity: { // the highest severity
        const QStringList severities = domain::allKeys<domain::Severity>();
        for (int i = 0; i < severities.size(); ++i) {
            const int rank = ascending ? i : static_cast<int>(severities.size()) - 1 - i;
            runs.append({QStringLiteral("f.severity = ?%1").arg(NameParam), rank, severities.at(rank)});
        }
        if (ascending)
            aggregateCheck = noneBeyond(QStringLiteral("%1 > ?%2").arg(rankOf(severityRank(), QStringLiteral("g"))).arg(KeyParam));
        break;
    }
    case QueueSort::Status: { // the most pressing status
        const QList<domain::FlagStatus> statuses = domain::statusesByUrgency();
        for (int i = 0; i < statuses.size(); ++i) {
            const int rank = ascending ? i : static_cast<int>(statuses.size()) - 1 - i;
            runs.append({QStringLiteral("f.status = ?%1").arg(NameParam), rank, domain::key(statuses.at(rank))});
        }
        if (!ascending)
            aggregateCheck = noneBeyond(QStringLiteral("%1 < ?%2").arg(rankOf(statusRank(), QStringLiteral("g"))).arg(KeyParam));
        break;
    }
    case QueueSort::Assignee: { // the last assignee by name; unassigned counts as ""
        QList<Run> named;
        Statement users = m_db.prepare(QStringLiteral("SELECT id, name FROM users ORDER BY name%1;").arg(dir));
        while (users.step())
            named.append({QStringLiteral("f.assignee_id = ?%1").arg(KeyParam), users.int64(0), users.text(1)});
        if (!users.status().ok())
            return users.status();
        const Run unassigned{QStringLiteral("f.assignee_id IS NULL"), std::nullopt, QString()};
        runs = ascending ? QList<Run>{unassigned} + named : named + QList<Run>{unassigned};
        if (ascending)
            aggregateCheck = QStringLiteral("NOT EXISTS (SELECT 1 FROM flags g JOIN users u ON u.id = g.assignee_id "
                                            "WHERE g.post_id = f.post_id AND u.name > ?%1%2)").arg(NameParam).arg(gWhere);
        break;
    }
    }
    if (runs.isEmpty())
        runs.append({QString(), std::nullopt, QString()});

    // Low-cardinality filters are checked on the walked index, not used to choose one,
    // unless the walk is in time order (their own indexes end in time).
    const bool walkSortIndex = !keyColumn.isEmpty();
    QStringList conditions = walkConditions(filter, QStringLiteral("f"), true, walkSortIndex);
    const QString order = keyColumn.isEmpty() ? timeOrder : QString(keyColumn + dir + QStringLiteral(", ") + timeOrder);
    QueueCursor local;
    QueueCursor& at = cursor ? *cursor : local;
    if (at.done)
        return QList<qint64>();
    const QString before = ascending ? QStringLiteral(">") : QStringLiteral("<");
    QList<qint64> page;
    qint64 skipped = cursor ? 0 : offset; // with a cursor, the cursor is where the page starts
    for (; at.run < runs.size(); ++at.run, at.positioned = false) {
        const Run& run = runs.at(at.run);
        QStringList where = conditions;
        if (!run.condition.isEmpty())
            where.prepend(run.condition);
        if (!aggregateCheck.isEmpty() && !postLevel)
            where << aggregateCheck;
        if (at.positioned) { // after the last flag walked: a seek in the index, not a scan
            where << (keyColumn.isEmpty() ? QStringLiteral("(f.posted_at, f.post_id) %1 (?%2, ?%3)").arg(before).arg(TimeParam).arg(PostParam)
                                          : QStringLiteral("(%1, f.posted_at, f.post_id) %2 (?%3, ?%4, ?%5)")
                                                .arg(keyColumn, before).arg(PositionKeyParam).arg(TimeParam).arg(PostParam));
        }
        Statement s = m_db.prepare(QStringLiteral("SELECT f.post_id, f.posted_at%1 FROM flags f%2 ORDER BY %3;")
                                       .arg(keyColumn.isEmpty() ? QString() : QString(QStringLiteral(", ") + keyColumn),
                                            where.isEmpty() ? QString() : QString(QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))),
                                            order));
        bindWalk(s, filter);
        if (run.key)
            s.bind(KeyParam, *run.key);
        if (!run.name.isNull())
            s.bind(NameParam, run.name);
        else if (sort == QueueSort::Assignee)
            s.bind(NameParam, QString(QLatin1String("")));
        if (at.positioned) {
            s.bind(TimeParam, at.postedAt).bind(PostParam, at.postId);
            if (at.key.typeId() == QMetaType::Double)
                s.bind(PositionKeyParam, at.key.toDouble());
            else if (at.key.typeId() == QMetaType::LongLong)
                s.bind(PositionKeyParam, at.key.toLongLong());
            else
                s.bind(PositionKeyParam, at.key.toString());
        }
        while (s.step()) {
            const qint64 post = s.int64(0);
            at.positioned = true;
            at.postedAt = s.text(1);
            at.postId = post;
            if (sort == QueueSort::Score)
                at.key = s.real(2);
            else if (sort == QueueSort::Author)
                at.key = s.int64(2);
            else if (!keyColumn.isEmpty())
                at.key = s.text(2);
            if (at.seen.contains(post))
                continue;
            at.seen.insert(post);
            if (skipped > 0) {
                --skipped;
                continue;
            }
            page << post;
            if (page.size() >= limit)
                return page; // the cursor stays on this flag
        }
        if (!s.status().ok())
            return s.status();
    }
    at.done = true;
    return page;
}

Result<QList<QueueRow>> ReviewRepository::queue(const FlagFilter& filter, QueueSort sort, bool ascending, int limit, int offset,
                                                QueueCursor* cursor)
{
    if (limit <= 0)
        return QList<QueueRow>();
    auto pageOrder = queuePosts(filter, sort, ascending, limit, std::max(0, offset), cursor);
    if (!pageOrder)
        return pageOrder.status();
    if (pageOrder->isEmpty())
        return QList<QueueRow>();
    QStringList list;
    for (const qint64 id : std::as_const(*pageOrder))
        list << QString::number(id);
    // The page's flags are read through their posts (flags_post), not by walking every
    // flag that matches the filter.
    QList<QString> values;
    const QString where = whereOf(filter, values);
    const QString restrict = QStringLiteral("f.post_id IN (%1)").arg(list.join(QLatin1Char(',')));
    const QString fullWhere = where.isEmpty() ? QString(QStringLiteral("WHERE ") + restrict) : QString(where + QStringLiteral(" AND ") + restrict);
    const QString sql = QStringLiteral(
        "SELECT p.id, p.posted_at, c.name, coalesce(p.author_id, 0), group_concat(DISTINCT f.category), max(%1) AS severity_rank, "
        "max(f.score), group_concat(DISTINCT f.rule), min(%2) AS status_rank, max(coalesce(u.name, '')), group_concat(f.id), p.text, c.kind "
        "FROM flags f INDEXED BY flags_post JOIN posts p ON p.id = f.post_id JOIN channels c ON c.id = p.channel_id "
        "LEFT JOIN users u ON u.id = f.assignee_id %3 GROUP BY p.id;")
                            .arg(severityRank(), statusRank(), fullWhere);
    Statement s = m_db.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        s.bind(i + 1, values.at(i));
    const QList<domain::Severity> severities = domain::all<domain::Severity>();
    const QList<domain::FlagStatus> statuses = domain::statusesByUrgency();
    QHash<qint64, QueueRow> byPost;
    while (s.step()) {
        QueueRow r;
        r.postId = s.int64(0);
        r.postedAt = s.text(1);
        r.channel = s.text(2);
        r.authorId = s.int64(3);
        for (const QString& c : s.text(4).split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.categories << codec::decode(c, domain::Category::Harassment);
        r.severity = severities.value(static_cast<int>(s.int64(5)), domain::Severity::Low);
        r.score = s.real(6);
        r.rules = s.text(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.status = statuses.value(static_cast<int>(s.int64(8)), domain::FlagStatus::Dismissed);
        r.assignee = s.text(9);
        for (const QString& id : s.text(10).split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.flagIds << id.toLongLong();
        r.text = s.text(11);
        r.channelKind = codec::decode(s.text(12), domain::ChannelKind::Public);
        byPost.insert(r.postId, r);
    }
    if (!s.status().ok())
        return s.status();
    QList<QueueRow> out;
    for (const qint64 id : std::as_const(*pageOrder)) { // in the order of the walk
        if (auto it = byPost.constFind(id); it != byPost.cend())
            out.append(*it);
    }
    return out;
}

Result<qint64> ReviewRepository::countQueue(const FlagFilter& filter)
{
    QList<QString> values;
    const QString where = whereOf(filter, values, true);
    Statement s = m_db.prepare(QStringLiteral("SELECT count(DISTINCT f.post_id) FROM flags f %1;").arg(where));
    for (int i = 0; i < values.size(); ++i)
        s.bind(i + 1, values.at(i));
    if (!s.step())
        return s.status();
    return s.int64(0);
}

Result<domain::FlagTotals> ReviewRepository::totals()
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM flags), (SELECT count(DISTINCT post_id) FROM flags), "
        "(SELECT author_id FROM flags WHERE author_id > 0 GROUP BY author_id ORDER BY count(*) DESC LIMIT 1), "
        "(SELECT max(posted_at) FROM flags);"));
    if (!s.step())
        return s.status();
    return domain::FlagTotals{s.int64(0), s.int64(1), s.isNull(2) ? 0 : s.int64(2), s.text(3)};
}

Result<QList<FlagDetailRow>> ReviewRepository::flagDetails(qint64 postId)
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT f.id, f.rule, f.category, f.severity, f.score, f.spans, f.status, pol.version FROM flags f "
        "JOIN policies pol ON pol.id = f.policy_id WHERE f.post_id = ?1 ORDER BY f.id;"));
    s.bind(1, postId);
    QList<FlagDetailRow> out;
    while (s.step())
        out.append({s.int64(0), s.text(1), codec::decode(s.text(2), domain::Category::Harassment),
                    codec::decode(s.text(3), domain::Severity::Medium), s.real(4), codec::spansFromJson(s.text(5)),
                    codec::decode(s.text(6), domain::FlagStatus::New), static_cast<int>(s.int64(7))});
    if (!s.status().ok())
        return s.status();
    return out;
}

namespace {

// The distinct values of an indexed column of the flags, smallest first: `sql` finds the
// next value after ?1 with one seek in the column's index.
template <typename T>
Result<QList<T>> distinctBySeek(Database& db, const QString& sql, T after, T (Statement::*read)(int) const)
{
    QList<T> out;
    Statement s = db.prepare(sql);
    for (;;) {
        s.reset();
        s.bind(1, after);
        if (!s.step() || s.isNull(0))
            break;
        after = (s.*read)(0);
        out << after;
    }
    if (!s.status().ok())
        return s.status();
    return out;
}

} // namespace

Result<QStringList> ReviewRepository::flaggedRules()
{
    return distinctBySeek<QString>(m_db, QStringLiteral("SELECT min(rule) FROM flags WHERE rule > ?1;"), QStringLiteral(""), &Statement::text);
}

Result<QList<qint64>> ReviewRepository::flaggedAuthors()
{
    // 0 is no known author.
    return distinctBySeek<qint64>(m_db, QStringLiteral("SELECT min(author_id) FROM flags WHERE author_id > ?1;"), 0, &Statement::int64);
}

Result<QStringList> ReviewRepository::authorDepartments()
{
    return m_db.texts(QStringLiteral("SELECT DISTINCT department FROM people WHERE department IS NOT NULL AND "
                                     "department <> '' AND is_bot = 0 ORDER BY department COLLATE NOCASE;"));
}

Result<QList<RuleRecord>> ReviewRepository::ruleRecords()
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT f.rule, sum(CASE WHEN d.action IN (?1, ?2) THEN 1 ELSE 0 END), "
        "sum(CASE WHEN d.action = ?3 AND d.reason = ?4 THEN 1 ELSE 0 END) "
        "FROM flag_decisions d JOIN flags f ON f.id = d.flag_id GROUP BY f.rule ORDER BY f.rule;"));
    s.bind(1, domain::key(domain::DecisionKind::Confirm)).bind(2, domain::key(domain::DecisionKind::TakedownApprove));
    s.bind(3, domain::key(domain::DecisionKind::Dismiss)).bind(4, domain::key(domain::DismissReason::FalsePositive));
    QList<RuleRecord> out;
    while (s.step())
        out.append({s.text(0), s.int64(1), s.int64(2)});
    if (!s.status().ok())
        return s.status();
    return out;
}

Result<QList<DecisionRow>> ReviewRepository::decisions(qint64 postId)
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT d.created_at, u.name, d.action, coalesce(d.reason, ''), coalesce(d.note, '') FROM flag_decisions d "
        "JOIN flags f ON f.id = d.flag_id JOIN users u ON u.id = d.actor_id WHERE f.post_id = ?1 "
        "GROUP BY d.created_at, d.actor_id, d.action ORDER BY d.created_at, min(d.id);"));
    s.bind(1, postId);
    QList<DecisionRow> out;
    while (s.step())
        out.append({s.text(0), s.text(1), codec::decode(s.text(2), domain::DecisionKind::Comment), s.text(3), s.text(4)});
    if (!s.status().ok())
        return s.status();
    return out;
}

Result<QList<FlagState>> ReviewRepository::flags(const QList<qint64>& ids)
{
    QList<FlagState> out;
    Statement& s = m_db.cached(QStringLiteral("SELECT id, post_id, status, rule, category FROM flags WHERE id = ?1;"));
    for (const qint64 id : ids) {
        s.bind(1, id);
        if (s.step())
            out.append(flagFrom(s));
        if (!s.status().ok())
            return s.status();
        s.reset();
    }
    return out;
}

Result<QList<FlagState>> ReviewRepository::flagsOfPost(qint64 postId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT id, post_id, status, rule, category FROM flags WHERE post_id = ?1 ORDER BY id;"));
    s.bind(1, postId);
    QList<FlagState> out;
    while (s.step())
        out.append(flagFrom(s));
    if (!s.status().ok())
        return s.status();
    return out;
}

Status ReviewRepository::setStatus(WriteAccess& w, const QList<qint64>& ids, domain::FlagStatus status, const QString& at)
{
    Statement& s = w.db().cached(QStringLiteral("UPDATE flags SET status = ?2, updated_at = ?3 WHERE id = ?1;"));
    for (const qint64 id : ids) {
        s.reset();
        s.bind(1, id).bind(2, domain::key(status)).bind(3, at);
        if (Status st = s.run(); !st.ok())
            return st;
    }
    return Status::success();
}

Status ReviewRepository::assign(WriteAccess& w, const QList<qint64>& ids, qint64 userId, const QString& at)
{
    // Assigning a new flag puts it in review; any other status stays.
    Statement& s = w.db().cached(QStringLiteral(
        "UPDATE flags SET assignee_id = ?2, updated_at = ?3, status = CASE WHEN status = ?4 THEN ?5 ELSE status END "
        "WHERE id = ?1;"));
    for (const qint64 id : ids) {
        s.reset();
        s.bind(1, id).bind(2, userId).bind(3, at);
        s.bind(4, domain::key(domain::FlagStatus::New)).bind(5, domain::key(domain::FlagStatus::InReview));
        if (Status st = s.run(); !st.ok())
            return st;
    }
    return Status::success();
}

Status ReviewRepository::addDecision(WriteAccess& w, qint64 flagId, qint64 actorId, domain::DecisionKind kind, const QString& reason,
                                     const QString& note, const QString& at)
{
    Statement& s = w.db().cached(QStringLiteral(
        "INSERT INTO flag_decisions (flag_id, actor_id, action, reason, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6);"));
    s.bind(1, flagId).bind(2, actorId).bind(3, domain::key(kind)).bind(4, reason).bind(5, note).bind(6, at);
    return s.run();
}

Result<qint64> ReviewRepository::addTakedown(WriteAccess& w, qint64 postId, qint64 requestedBy, const QString& at,
                                             const QString& reason, const QString& clause, qint64 requestEntry)
{
    Statement s = w.db().prepare(QStringLiteral(
        "INSERT INTO takedowns (post_id, requested_by, requested_at, reason, clause, request_entry) VALUES (?1, ?2, ?3, ?4, ?5, ?6);"));
    s.bind(1, postId).bind(2, requestedBy).bind(3, at).bind(4, reason).bind(5, clause).bind(6, requestEntry);
    if (Status st = s.run(); !st.ok())
        return st;
    return w.db().lastInsertRowId();
}

Result<std::optional<TakedownRecord>> ReviewRepository::takedown(qint64 id)
{
    Statement s = m_db.prepare(QString::fromLatin1(kTakedownColumns) + QStringLiteral("WHERE id = ?1;"));
    s.bind(1, id);
    if (s.step())
        return std::optional<TakedownRecord>(takedownFrom(s));
    if (!s.status().ok())
        return s.status();
    return std::optional<TakedownRecord>();
}

Result<QList<TakedownRecord>> ReviewRepository::takedowns(std::optional<domain::TakedownStatus> status)
{
    Statement s = m_db.prepare(QString::fromLatin1(kTakedownColumns) +
                               (!status ? QStringLiteral("ORDER BY id DESC;") : QStringLiteral("WHERE status = ?1 ORDER BY id DESC;")));
    if (status)
        s.bind(1, domain::key(*status));
    QList<TakedownRecord> out;
    while (s.step())
        out.append(takedownFrom(s));
    if (!s.status().ok())
        return s.status();
    return out;
}

Status ReviewRepository::decideTakedown(WriteAccess& w, qint64 id, domain::TakedownStatus status, qint64 userId, const QString& at,
                                        const QString& comment, qint64 decisionEntry)
{
    Statement s = w.db().prepare(QStringLiteral(
        "UPDATE takedowns SET status = ?2, decided_by = ?3, decided_at = ?4, comment = ?5, decision_entry = ?6 "
        "WHERE id = ?1 AND status = ?7;"));
    s.bind(1, id).bind(2, domain::key(status)).bind(3, userId).bind(4, at).bind(5, comment).bind(6, decisionEntry);
    s.bind(7, domain::key(domain::TakedownStatus::Pending));
    return s.run();
}

Status ReviewRepository::markTakedownDone(WriteAccess& w, qint64 id, const QString& at)
{
    Statement s = w.db().prepare(QStringLiteral("UPDATE takedowns SET status = ?3, done_at = ?2 WHERE id = ?1 AND status = ?4;"));
    s.bind(1, id).bind(2, at).bind(3, domain::key(domain::TakedownStatus::Done)).bind(4, domain::key(domain::TakedownStatus::Approved));
    return s.run();
}

Result<QList<FlagListRow>> ReviewRepository::listFlags(const FlagFilter& filter, int limit, int offset)
{
    QList<QString> values;
    const QString where = whereOf(filter, values);
    const QString sql = QStringLiteral(
        "SELECT f.id, f.post_id, p.posted_at, c.name, coalesce(p.author_id, 0), f.category, f.severity, f.score, f.rule, f.status, "
        "coalesce(u.name, ''), pol.version, p.text, f.spans FROM flags f JOIN posts p ON p.id = f.post_id "
        "JOIN channels c ON c.id = p.channel_id JOIN policies pol ON pol.id = f.policy_id LEFT JOIN users u ON u.id = f.assignee_id "
        "%1 ORDER BY p.posted_at DESC, f.id LIMIT %2 OFFSET %3;")
                            .arg(where)
                            .arg(std::max(0, limit))
                            .arg(std::max(0, offset));
    Statement s = m_db.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        s.bind(i + 1, values.at(i));
    QList<FlagListRow> out;
    while (s.step())
        out.append({s.int64(0), s.int64(1), s.text(2), s.text(3), s.int64(4), codec::decode(s.text(5), domain::Category::Harassment),
                    codec::decode(s.text(6), domain::Severity::Medium), s.real(7), s.text(8),
                    codec::decode(s.text(9), domain::FlagStatus::New), s.text(10), static_cast<int>(s.int64(11)), s.text(12),
                    codec::spansFromJson(s.text(13))});
    if (!s.status().ok())
        return s.status();
    return out;
}

Result<std::optional<PostLocation>> ReviewRepository::location(qint64 postId)
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT p.id, src.platform, src.workspace_key, c.platform_id, c.name, p.message_id, coalesce(p.thread_id, ''), p.posted_at, "
        "coalesce(pe.platform_id, ''), p.content_hash FROM posts p JOIN channels c ON c.id = p.channel_id "
        "JOIN sources src ON src.id = c.source_id LEFT JOIN people pe ON pe.id = p.author_id WHERE p.id = ?1;"));
    s.bind(1, postId);
    if (s.step())
        return std::optional<PostLocation>(PostLocation{s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6),
                                                        s.text(7), s.text(8), s.blob(9)});
    if (!s.status().ok())
        return s.status();
    return std::optional<PostLocation>();
}

Result<AuditEntryRef> ReviewRepository::lastEntry()
{
    Statement s = m_db.prepare(QStringLiteral("SELECT seq, entry_hash, signature, key_id FROM audit_entries ORDER BY seq DESC LIMIT 1;"));
    if (s.step())
        return AuditEntryRef{s.int64(0), s.blob(1), s.blob(2), s.text(3)};
    return s.status().ok() ? Status(ErrorCode::Internal, QCoreApplication::translate("ReviewRepository", "The audit log has no entries.")) : s.status();
}

Result<AuditEntryRef> ReviewRepository::entry(qint64 seq)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT seq, entry_hash, signature, key_id FROM audit_entries WHERE seq = ?1;"));
    s.bind(1, seq);
    if (s.step())
        return AuditEntryRef{s.int64(0), s.blob(1), s.blob(2), s.text(3)};
    return s.status().ok() ? Status(ErrorCode::NotFound, QCoreApplication::translate("ReviewRepository", "The audit log has no entry %1.").arg(seq)) : s.status();
}

} // namespace custos::storage
