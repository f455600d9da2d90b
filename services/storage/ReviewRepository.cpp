#include "storage/ReviewRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace custos::storage {
namespace {

FlagState flagFrom(const Statement& s)
{
    return {s.int64(0), s.int64(1), s.text(2), s.text(3), s.text(4)};
}

TakedownRecord takedownFrom(const Statement& s)
{
    return {s.int64(0), s.int64(1), s.int64(2), s.text(3), s.text(4), s.text(5), s.int64(6), s.text(7),
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
    add(filter.status, QStringLiteral("f.status = ?%1"));
    add(filter.category, QStringLiteral("f.category = ?%1"));
    add(filter.severity, QStringLiteral("f.severity = ?%1"));
    add(filter.rule, QStringLiteral("f.rule = ?%1"));
    add(filter.channel, flagsOnly ? QStringLiteral("f.post_id IN (SELECT p.id FROM posts p JOIN channels c ON c.id = p.channel_id "
                                                   "WHERE c.name = ?%1)")
                                  : QStringLiteral("c.name = ?%1"));
    add(filter.search, QStringLiteral("f.post_id IN (SELECT docid FROM posts_fts WHERE posts_fts MATCH ?%1)"));
    return where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
}

const char* kSeverityRank = "CASE f.severity WHEN 'critical' THEN 3 WHEN 'high' THEN 2 WHEN 'medium' THEN 1 ELSE 0 END";
// Most pressing first: what needs a reviewer comes before what is settled.
const char* kStatusRank = "CASE f.status WHEN 'new' THEN 0 WHEN 'escalated' THEN 1 WHEN 'takedown_requested' THEN 2 "
                          "WHEN 'in_review' THEN 3 WHEN 'takedown_approved' THEN 4 WHEN 'takedown_rejected' THEN 5 "
                          "WHEN 'resolved' THEN 6 ELSE 7 END";

} // namespace

Result<QList<QueueRow>> ReviewRepository::queue(const FlagFilter& filter, QueueSort sort, bool ascending, int limit, int offset)
{
    QList<QString> values;
    const QString where = whereOf(filter, values);
    QString order;
    switch (sort) {
    case QueueSort::Time: order = QStringLiteral("p.posted_at"); break;
    case QueueSort::Channel: order = QStringLiteral("c.name"); break;
    case QueueSort::Author: order = QStringLiteral("p.author_id"); break;
    case QueueSort::Category: order = QStringLiteral("min(f.category)"); break;
    case QueueSort::Severity: order = QStringLiteral("severity_rank"); break;
    case QueueSort::Score: order = QStringLiteral("max(f.score)"); break;
    case QueueSort::Rule: order = QStringLiteral("min(f.rule)"); break;
    case QueueSort::Status: order = QStringLiteral("status_rank"); break;
    case QueueSort::Assignee: order = QStringLiteral("max(coalesce(u.name, ''))"); break;
    }
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString restrict; // for time order: the page's posts, read from the flags' time index first
    QList<qint64> pageOrder;
    if (sort == QueueSort::Time) {
        QList<QString> flagValues;
        const QString flagWhere = whereOf(filter, flagValues, true);
        Statement ids = m_db.prepare(QStringLiteral("SELECT DISTINCT f.posted_at, f.post_id FROM flags f %1 ORDER BY f.posted_at%2, "
                                                    "f.post_id%2 LIMIT %3 OFFSET %4;")
                                         .arg(flagWhere, direction)
                                         .arg(std::max(0, limit))
                                         .arg(std::max(0, offset)));
        for (int i = 0; i < flagValues.size(); ++i)
            ids.bind(i + 1, flagValues.at(i));
        QStringList list;
        while (ids.step()) {
            pageOrder << ids.int64(1);
            list << QString::number(ids.int64(1));
        }
        if (!ids.status().ok())
            return ids.status();
        if (pageOrder.isEmpty())
            return QList<QueueRow>();
        restrict = QStringLiteral("f.post_id IN (%1)").arg(list.join(QLatin1Char(',')));
    }
    QString fullWhere = where;
    if (!restrict.isEmpty())
        fullWhere = where.isEmpty() ? QString(QStringLiteral("WHERE ") + restrict) : QString(where + QStringLiteral(" AND ") + restrict);
    const QString sql = QStringLiteral(
        "SELECT p.id, p.posted_at, c.name, coalesce(p.author_id, 0), group_concat(DISTINCT f.category), max(%1) AS severity_rank, "
        "max(f.score), group_concat(DISTINCT f.rule), min(%2) AS status_rank, max(coalesce(u.name, '')), group_concat(f.id), p.text "
        "FROM flags f JOIN posts p ON p.id = f.post_id JOIN channels c ON c.id = p.channel_id LEFT JOIN users u ON u.id = f.assignee_id "
        "%3 GROUP BY p.id ORDER BY %4%5, p.id%5 LIMIT %6 OFFSET %7;")
                            .arg(QString::fromLatin1(kSeverityRank), QString::fromLatin1(kStatusRank), fullWhere, order, direction)
                            .arg(std::max(0, limit))
                            .arg(restrict.isEmpty() ? std::max(0, offset) : 0);
    Statement s = m_db.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        s.bind(i + 1, values.at(i));
    static const QStringList severities = {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("critical")};
    static const QStringList statuses = {QStringLiteral("new"), QStringLiteral("escalated"), QStringLiteral("takedown_requested"),
                                         QStringLiteral("in_review"), QStringLiteral("takedown_approved"),
                                         QStringLiteral("takedown_rejected"), QStringLiteral("resolved"), QStringLiteral("dismissed")};
    QList<QueueRow> out;
    while (s.step()) {
        QueueRow r;
        r.postId = s.int64(0);
        r.postedAt = s.text(1);
        r.channel = s.text(2);
        r.authorId = s.int64(3);
        r.categories = s.text(4).split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.severity = severities.value(static_cast<int>(s.int64(5)));
        r.score = s.real(6);
        r.rules = s.text(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.status = statuses.value(static_cast<int>(s.int64(8)));
        r.assignee = s.text(9);
        for (const QString& id : s.text(10).split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.flagIds << id.toLongLong();
        r.text = s.text(11);
        out.append(r);
    }
    if (!s.status().ok())
        return s.status();
    if (!pageOrder.isEmpty()) { // the order the time index gave
        QHash<qint64, qsizetype> rank;
        for (qsizetype i = 0; i < pageOrder.size(); ++i)
            rank.insert(pageOrder.at(i), i);
        std::sort(out.begin(), out.end(), [&rank](const QueueRow& a, const QueueRow& b) { return rank.value(a.postId) < rank.value(b.postId); });
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

Result<QList<FlagDetailRow>> ReviewRepository::flagDetails(qint64 postId)
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT f.id, f.rule, f.category, f.severity, f.score, f.spans, f.status, pol.version FROM flags f "
        "JOIN policies pol ON pol.id = f.policy_id WHERE f.post_id = ?1 ORDER BY f.id;"));
    s.bind(1, postId);
    QList<FlagDetailRow> out;
    while (s.step())
        out.append({s.int64(0), s.text(1), s.text(2), s.text(3), s.real(4), s.text(5), s.text(6), static_cast<int>(s.int64(7))});
    if (!s.status().ok())
        return s.status();
    return out;
}

Result<QList<RuleRecord>> ReviewRepository::ruleRecords()
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT f.rule, sum(CASE WHEN d.action IN ('confirm', 'takedown.approve') THEN 1 ELSE 0 END), "
        "sum(CASE WHEN d.action = 'dismiss' AND d.reason = 'false_positive' THEN 1 ELSE 0 END) "
        "FROM flag_decisions d JOIN flags f ON f.id = d.flag_id GROUP BY f.rule ORDER BY f.rule;"));
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
        out.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4)});
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

Status ReviewRepository::setStatus(WriteAccess& w, const QList<qint64>& ids, const QString& status, const QString& at)
{
    Statement& s = w.db().cached(QStringLiteral("UPDATE flags SET status = ?2, updated_at = ?3 WHERE id = ?1;"));
    for (const qint64 id : ids) {
        s.reset();
        s.bind(1, id).bind(2, status).bind(3, at);
        if (Status st = s.run(); !st.ok())
            return st;
    }
    return Status::success();
}

Status ReviewRepository::assign(WriteAccess& w, const QList<qint64>& ids, qint64 userId, const QString& at)
{
    Statement& s = w.db().cached(QStringLiteral(
        "UPDATE flags SET assignee_id = ?2, updated_at = ?3, status = CASE WHEN status = 'new' THEN 'in_review' ELSE status END "
        "WHERE id = ?1;"));
    for (const qint64 id : ids) {
        s.reset();
        s.bind(1, id).bind(2, userId).bind(3, at);
        if (Status st = s.run(); !st.ok())
            return st;
    }
    return Status::success();
}

Status ReviewRepository::addDecision(WriteAccess& w, qint64 flagId, qint64 actorId, const QString& action, const QString& reason,
                                     const QString& note, const QString& at)
{
    Statement& s = w.db().cached(QStringLiteral(
        "INSERT INTO flag_decisions (flag_id, actor_id, action, reason, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6);"));
    s.bind(1, flagId).bind(2, actorId).bind(3, action).bind(4, reason).bind(5, note).bind(6, at);
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

Result<QList<TakedownRecord>> ReviewRepository::takedowns(const QString& status)
{
    Statement s = m_db.prepare(QString::fromLatin1(kTakedownColumns) +
                               (status.isEmpty() ? QStringLiteral("ORDER BY id DESC;") : QStringLiteral("WHERE status = ?1 ORDER BY id DESC;")));
    if (!status.isEmpty())
        s.bind(1, status);
    QList<TakedownRecord> out;
    while (s.step())
        out.append(takedownFrom(s));
    if (!s.status().ok())
        return s.status();
    return out;
}

Status ReviewRepository::decideTakedown(WriteAccess& w, qint64 id, const QString& status, qint64 userId, const QString& at,
                                        const QString& comment, qint64 decisionEntry)
{
    Statement s = w.db().prepare(QStringLiteral(
        "UPDATE takedowns SET status = ?2, decided_by = ?3, decided_at = ?4, comment = ?5, decision_entry = ?6 "
        "WHERE id = ?1 AND status = 'pending';"));
    s.bind(1, id).bind(2, status).bind(3, userId).bind(4, at).bind(5, comment).bind(6, decisionEntry);
    return s.run();
}

Status ReviewRepository::markTakedownDone(WriteAccess& w, qint64 id, const QString& at)
{
    Statement s = w.db().prepare(QStringLiteral("UPDATE takedowns SET status = 'done', done_at = ?2 WHERE id = ?1 AND status = 'approved';"));
    s.bind(1, id).bind(2, at);
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
        out.append({s.int64(0), s.int64(1), s.text(2), s.text(3), s.int64(4), s.text(5), s.text(6), s.real(7), s.text(8), s.text(9),
                    s.text(10), static_cast<int>(s.int64(11)), s.text(12), s.text(13)});
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
