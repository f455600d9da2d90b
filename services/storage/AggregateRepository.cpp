#include "storage/AggregateRepository.h"

#include "storage/Database.h"

namespace custos::storage {

Status AggregateRepository::refresh(WriteAccess& write)
{
    Database& db = write.db();
    if (!hasCompartment(db, domain::Compartment::Content) || !hasCompartment(db, domain::Compartment::Aggregates))
        return {ErrorCode::PermissionDenied, QStringLiteral("the aggregates need the content and aggregates compartments")};
    for (const char* sql : {
             "DELETE FROM aggregates.daily_posts;",
             "DELETE FROM aggregates.daily_flags;",
             "INSERT INTO aggregates.daily_posts (day, channel, channel_kind, department, posts, scored_posts, "
             "sentiment_sum, negative_posts) "
             "SELECT substr(p.posted_at, 1, 10), c.name, max(c.kind), coalesce(pe.department, ''), count(*), "
             "count(p.sentiment), coalesce(sum(p.sentiment), 0), coalesce(sum(p.sentiment < -0.05), 0) "
             "FROM posts p JOIN channels c ON c.id = p.channel_id LEFT JOIN people pe ON pe.id = p.author_id "
             "GROUP BY 1, 2, 4;",
             "INSERT INTO aggregates.daily_flags (day, channel, department, category, severity, flags) "
             "SELECT substr(f.posted_at, 1, 10), c.name, coalesce(pe.department, ''), f.category, f.severity, count(*) "
             "FROM flags f JOIN channels c ON c.id = f.channel_id LEFT JOIN people pe ON pe.id = f.author_id "
             "GROUP BY 1, 2, 3, 4, 5;",
         }) {
        if (Status s = db.exec(QString::fromLatin1(sql)); !s.ok())
            return s;
    }
    return Status::success();
}

Status AggregateRepository::addPosts(WriteAccess& write, const QList<DailyPostsDelta>& deltas)
{
    Database& db = write.db();
    // SQLite 3.15 has no UPSERT: update the day's row, insert it when there is none.
    Statement& upd = db.cached(QStringLiteral(
        "UPDATE aggregates.daily_posts SET posts = posts + ?4 WHERE day = ?1 AND channel = ?2 AND department = ?3;"));
    Statement& ins = db.cached(QStringLiteral(
        "INSERT INTO aggregates.daily_posts (day, channel, channel_kind, department, posts, scored_posts, "
        "sentiment_sum, negative_posts) VALUES (?1, ?2, ?5, ?3, ?4, 0, 0, 0);"));
    for (const DailyPostsDelta& d : deltas) {
        upd.reset();
        upd.bind(1, d.day).bind(2, d.channel).bind(3, d.department).bind(4, d.posts);
        if (Status s = upd.run(); !s.ok())
            return s;
        if (db.changes() > 0)
            continue;
        ins.reset();
        ins.bind(1, d.day).bind(2, d.channel).bind(3, d.department).bind(4, d.posts).bind(5, d.channelKind);
        if (Status s = ins.run(); !s.ok())
            return s;
    }
    return Status::success();
}

Result<bool> AggregateRepository::isStale()
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM posts) = (SELECT coalesce(sum(posts), 0) FROM aggregates.daily_posts) "
        "AND (SELECT count(sentiment) FROM posts) = (SELECT coalesce(sum(scored_posts), 0) FROM aggregates.daily_posts) "
        "AND (SELECT count(*) FROM flags) = (SELECT coalesce(sum(flags), 0) FROM aggregates.daily_flags);"));
    if (!s.step())
        return noRow(s);
    return s.int64(0) == 0;
}

Result<AggregateTotals> AggregateRepository::totals()
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT (SELECT count(DISTINCT day) FROM aggregates.daily_posts), "
        "(SELECT coalesce(sum(posts), 0) FROM aggregates.daily_posts), "
        "(SELECT coalesce(sum(flags), 0) FROM aggregates.daily_flags);"));
    if (!s.step())
        return noRow(s);
    return AggregateTotals{s.int64(0), s.int64(1), s.int64(2)};
}

} // namespace custos::storage
