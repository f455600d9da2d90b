#include "storage/RecordsRepository.h"

#include "crypto/Crypto.h"
#include "domain/PostContent.h"
#include "storage/Database.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

namespace custos::storage {

using namespace custos::domain;

namespace {

void bindText(Statement& s, int index, const QString& value)
{
    if (value.isEmpty())
        s.bindNull(index);
    else
        s.bind(index, value);
}

void bindOptionalId(Statement& s, int index, const std::optional<qint64>& id)
{
    if (id)
        s.bind(index, *id);
    else
        s.bindNull(index);
}

std::optional<qint64> optionalId(const Statement& s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return s.int64(column);
}

// "1,2,3" for an IN list of ids (ids are numbers, never text from a user).
QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

const QString kRuleColumns = QStringLiteral(
    "r.id, r.name, r.data_class, r.channel_kind, r.channel_id, coalesce(c.name, ''), r.category, r.period_days, r.reason, "
    "r.created_at, r.created_by, r.entry_seq, coalesce(r.retired_at, '') "
    "FROM retention_rules r LEFT JOIN channels c ON c.id = r.channel_id ");

RetentionRule ruleFrom(const Statement& s)
{
    RetentionRule r;
    r.id = s.int64(0);
    r.name = s.text(1);
    r.dataClass = fromKey<DataClass>(s.text(2)).value_or(DataClass::Posts);
    if (!s.isNull(3))
        r.channelKind = fromKey<ChannelKind>(s.text(3));
    r.channelId = optionalId(s, 4);
    r.channelName = s.text(5);
    if (!s.isNull(6))
        r.category = fromKey<Category>(s.text(6));
    if (!s.isNull(7))
        r.periodDays = static_cast<int>(s.int64(7));
    r.reason = s.text(8);
    r.createdAt = s.text(9);
    r.createdBy = s.int64(10);
    r.entrySeq = s.int64(11);
    r.retiredAt = s.text(12);
    return r;
}

const QString kHoldColumns = QStringLiteral(
    "h.id, h.matter, h.requested_by, h.note, h.person_id, coalesce(p.display_name, ''), h.channel_id, coalesce(c.name, ''), "
    "h.case_id, coalesce(k.number, ''), coalesce(h.from_day, ''), coalesce(h.to_day, ''), coalesce(h.query, ''), "
    "h.placed_at, h.placed_by, h.place_entry, coalesce(h.released_at, ''), coalesce(h.released_by, 0), "
    "coalesce(h.release_reason, '') "
    "FROM legal_holds h LEFT JOIN people p ON p.id = h.person_id LEFT JOIN channels c ON c.id = h.channel_id "
    "LEFT JOIN cases k ON k.id = h.case_id ");

LegalHold holdFrom(const Statement& s)
{
    LegalHold h;
    h.id = s.int64(0);
    h.matter = s.text(1);
    h.requestedBy = s.text(2);
    h.note = s.text(3);
    h.personId = optionalId(s, 4);
    h.personName = s.text(5);
    h.channelId = optionalId(s, 6);
    h.channelName = s.text(7);
    h.caseId = optionalId(s, 8);
    h.caseNumber = s.text(9);
    h.from = s.text(10);
    h.to = s.text(11);
    h.query = s.text(12);
    h.placedAt = s.text(13);
    h.placedBy = s.int64(14);
    h.placeEntry = s.int64(15);
    h.releasedAt = s.text(16);
    h.releasedBy = s.int64(17);
    h.releaseReason = s.text(18);
    return h;
}

const QString kPurgeColumns = QStringLiteral(
    "id, started_at, started_by, start_entry, coalesce(finished_at, ''), status, counts, root, coalesce(done_entry, 0) "
    "FROM purges ");

PurgeRecord purgeFrom(const Statement& s)
{
    PurgeRecord p;
    p.id = s.int64(0);
    p.startedAt = s.text(1);
    p.startedBy = s.int64(2);
    p.startEntry = s.int64(3);
    p.finishedAt = s.text(4);
    p.status = fromKey<PurgeStatus>(s.text(5)).value_or(PurgeStatus::Running);
    const QJsonObject counts = QJsonDocument::fromJson(s.text(6).toUtf8()).object();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (const auto kind = fromKey<TombstoneKind>(it.key()))
            p.counts.insert(*kind, it.value().toInteger());
    }
    p.root = s.blob(7);
    p.doneEntry = s.int64(8);
    return p;
}

const QString kTombstoneColumns = QStringLiteral(
    "id, purge_id, batch_seq, kind, object_id, post_id, coalesce(content_hash, x''), leaf, coalesce(written_seq, 0), "
    "rule_id, event_at, purged_at FROM tombstones ");

Tombstone tombstoneFrom(const Statement& s)
{
    Tombstone t;
    t.id = s.int64(0);
    t.purgeId = s.int64(1);
    t.batchSeq = s.int64(2);
    t.kind = fromKey<TombstoneKind>(s.text(3)).value_or(TombstoneKind::Post);
    t.objectId = s.int64(4);
    t.postId = s.int64(5);
    t.contentHash = s.blob(6);
    t.leaf = s.blob(7);
    t.writtenSeq = s.int64(8);
    t.ruleId = s.int64(9);
    t.eventAt = s.text(10);
    t.purgedAt = s.text(11);
    return t;
}

} // namespace

// ---- rules

Result<qint64> RecordsRepository::addRule(WriteAccess& write, const RetentionRule& rule)
{
    Statement s = write.db().prepare(QStringLiteral(
        "INSERT INTO retention_rules (name, data_class, channel_kind, channel_id, category, period_days, reason, "
        "created_at, created_by, entry_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10);"));
    s.bind(1, rule.name).bind(2, key(rule.dataClass));
    bindText(s, 3, rule.channelKind ? key(*rule.channelKind) : QString());
    bindOptionalId(s, 4, rule.channelId);
    bindText(s, 5, rule.category ? key(*rule.category) : QString());
    if (rule.periodDays)
        s.bind(6, *rule.periodDays);
    else
        s.bindNull(6);
    s.bind(7, rule.reason).bind(8, rule.createdAt).bind(9, rule.createdBy).bind(10, rule.entrySeq);
    if (Status st = s.run(); !st.ok())
        return st;
    return write.db().lastInsertRowId();
}

Status RecordsRepository::retireRule(WriteAccess& write, qint64 id, const QString& at, qint64 by, qint64 entrySeq)
{
    Statement s = write.db().prepare(QStringLiteral(
        "UPDATE retention_rules SET retired_at = ?2, retired_by = ?3, retired_entry = ?4 WHERE id = ?1 AND retired_at IS NULL;"));
    s.bind(1, id).bind(2, at).bind(3, by).bind(4, entrySeq);
    return s.run();
}

Result<QList<RetentionRule>> RecordsRepository::rules(bool withRetired)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT ") + kRuleColumns +
                               (withRetired ? QString() : QStringLiteral("WHERE r.retired_at IS NULL ")) +
                               QStringLiteral("ORDER BY r.data_class, r.id;"));
    return rowsOf<RetentionRule>(s, ruleFrom);
}

Result<std::optional<RetentionRule>> RecordsRepository::rule(qint64 id)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT ") + kRuleColumns + QStringLiteral("WHERE r.id = ?1;"));
    s.bind(1, id);
    return firstRowOf<RetentionRule>(s, ruleFrom);
}

// ---- holds

Result<qint64> RecordsRepository::addHold(WriteAccess& write, const LegalHold& hold)
{
    Statement s = write.db().prepare(QStringLiteral(
        "INSERT INTO legal_holds (matter, requested_by, note, person_id, channel_id, case_id, from_day, to_day, query, "
        "placed_at, placed_by, place_entry) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12);"));
    s.bind(1, hold.matter).bind(2, hold.requestedBy).bind(3, hold.note);
    bindOptionalId(s, 4, hold.personId);
    bindOptionalId(s, 5, hold.channelId);
    bindOptionalId(s, 6, hold.caseId);
    bindText(s, 7, hold.from);
    bindText(s, 8, hold.to);
    bindText(s, 9, hold.query.trimmed());
    s.bind(10, hold.placedAt).bind(11, hold.placedBy).bind(12, hold.placeEntry);
    if (Status st = s.run(); !st.ok())
        return st;
    return write.db().lastInsertRowId();
}

Status RecordsRepository::releaseHold(WriteAccess& write, qint64 id, const QString& at, qint64 by, const QString& reason,
                                      qint64 entrySeq)
{
    Statement s = write.db().prepare(QStringLiteral(
        "UPDATE legal_holds SET released_at = ?2, released_by = ?3, release_reason = ?4, release_entry = ?5 "
        "WHERE id = ?1 AND released_at IS NULL;"));
    s.bind(1, id).bind(2, at).bind(3, by).bind(4, reason).bind(5, entrySeq);
    return s.run();
}

Result<QList<LegalHold>> RecordsRepository::holds(bool withReleased)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT ") + kHoldColumns +
                               (withReleased ? QString() : QStringLiteral("WHERE h.released_at IS NULL ")) +
                               QStringLiteral("ORDER BY h.id;"));
    return rowsOf<LegalHold>(s, holdFrom);
}

Result<std::optional<LegalHold>> RecordsRepository::hold(qint64 id)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT ") + kHoldColumns + QStringLiteral("WHERE h.id = ?1;"));
    s.bind(1, id);
    return firstRowOf<LegalHold>(s, holdFrom);
}

Result<QString> RecordsRepository::holdsSignature()
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT count(*), coalesce(max(id), 0), count(released_at) FROM legal_holds;"));
    if (!s.step())
        return noRow(s);
    return QStringLiteral("%1/%2/%3").arg(s.int64(0)).arg(s.int64(1)).arg(s.int64(2));
}

Result<QList<HoldNotice>> RecordsRepository::custodians(const LegalHold& hold, int limit)
{
    QString sql;
    QList<qint64> ids;
    if (hold.personId) {
        ids << *hold.personId;
    } else {
        // The authors of what the hold keeps.
        QStringList where;
        if (hold.channelId)
            where << QStringLiteral("p.channel_id = %1").arg(*hold.channelId);
        if (hold.caseId)
            where << QStringLiteral("p.id IN (SELECT post_id FROM case_posts WHERE case_id = %1)").arg(*hold.caseId);
        if (!hold.from.isEmpty())
            where << QStringLiteral("p.posted_at >= ?1");
        if (!hold.to.isEmpty())
            where << QStringLiteral("p.posted_at < ?2");
        if (!hold.query.trimmed().isEmpty())
            where << QStringLiteral("p.id IN (SELECT docid FROM posts_fts WHERE posts_fts MATCH ?3)");
        Statement s = m_db.prepare(QStringLiteral("SELECT DISTINCT p.author_id FROM posts p WHERE p.author_id IS NOT NULL%1 "
                                                  "LIMIT %2;")
                                       .arg(where.isEmpty() ? QString() : QStringLiteral(" AND ") + where.join(QStringLiteral(" AND ")))
                                       .arg(limit));
        if (!hold.from.isEmpty())
            s.bind(1, hold.from);
        if (!hold.to.isEmpty())
            s.bind(2, QDate::fromString(hold.to, Qt::ISODate).addDays(1).toString(Qt::ISODate));
        if (!hold.query.trimmed().isEmpty())
            s.bind(3, hold.query.trimmed());
        while (s.step())
            ids << s.int64(0);
        if (!s.status().ok())
            return s.status();
    }
    QList<HoldNotice> out;
    if (ids.isEmpty())
        return out;
    Statement s = m_db.prepare(QStringLiteral(
                                   "SELECT pe.id, pe.display_name, coalesce(a.acknowledged_at, '') FROM people pe "
                                   "LEFT JOIN hold_acknowledgements a ON a.person_id = pe.id AND a.hold_id = ?1 "
                                   "WHERE pe.id IN (%1) ORDER BY pe.display_name COLLATE NOCASE, pe.id;")
                                   .arg(idList(ids)));
    s.bind(1, hold.id);
    while (s.step()) {
        HoldNotice n;
        n.holdId = hold.id;
        n.personId = s.int64(0);
        n.personName = s.text(1);
        n.acknowledgedAt = s.text(2);
        out << n;
    }
    if (!s.status().ok())
        return s.status();
    return out;
}

Status RecordsRepository::acknowledge(WriteAccess& write, qint64 holdId, qint64 personId, const QString& at, qint64 by,
                                      qint64 entrySeq)
{
    Statement s = write.db().prepare(QStringLiteral(
        "INSERT OR REPLACE INTO hold_acknowledgements (hold_id, person_id, acknowledged_at, recorded_by, entry_seq) "
        "VALUES (?1, ?2, ?3, ?4, ?5);"));
    s.bind(1, holdId).bind(2, personId).bind(3, at).bind(4, by).bind(5, entrySeq);
    return s.run();
}

Result<bool> RecordsRepository::personExists(qint64 personId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT count(*) FROM people WHERE id = ?1;"));
    s.bind(1, personId);
    if (!s.step())
        return noRow(s);
    return s.int64(0) > 0;
}

Result<bool> RecordsRepository::channelExists(qint64 channelId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT count(*) FROM channels WHERE id = ?1;"));
    s.bind(1, channelId);
    if (!s.step())
        return noRow(s);
    return s.int64(0) > 0;
}

Result<QList<ChannelChoice>> RecordsRepository::channels()
{
    Statement s = m_db.prepare(QStringLiteral("SELECT id, name, kind FROM channels ORDER BY kind, name COLLATE NOCASE, id;"));
    return rowsOf<ChannelChoice>(s, [](const Statement& r) {
        return ChannelChoice{r.int64(0), r.text(1), fromKey<ChannelKind>(r.text(2)).value_or(ChannelKind::Public)};
    });
}

Result<std::optional<qint64>> RecordsRepository::caseIdOf(const QString& numberOrId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT id FROM cases WHERE number = ?1 OR id = ?2;"));
    bool ok = false;
    const qint64 id = numberOrId.trimmed().toLongLong(&ok);
    s.bind(1, numberOrId.trimmed()).bind(2, ok ? id : -1);
    return firstRowOf<qint64>(s, [](const Statement& r) { return r.int64(0); });
}

// ---- facts

Status RecordsRepository::forEachPost(const std::function<void(const PostFacts&)>& visit)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT id, channel_id, coalesce(author_id, 0), posted_at FROM posts;"));
    PostFacts p;
    while (s.step()) {
        p.id = s.int64(0);
        p.channelId = s.int64(1);
        p.authorId = s.int64(2);
        p.postedAt = s.text(3);
        visit(p);
    }
    return s.status();
}

Result<QHash<qint64, QString>> RecordsRepository::channelKinds()
{
    Statement s = m_db.prepare(QStringLiteral("SELECT id, kind FROM channels;"));
    QHash<qint64, QString> out;
    while (s.step())
        out.insert(s.int64(0), s.text(1));
    if (!s.status().ok())
        return s.status();
    return out;
}

Result<QList<FlagFacts>> RecordsRepository::flags()
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT f.id, f.post_id, coalesce(f.channel_id, 0), f.category, f.status, coalesce(f.updated_at, f.created_at), "
        "  (SELECT count(*) FROM flag_decisions d WHERE d.flag_id = f.id) FROM flags f;"));
    return rowsOf<FlagFacts>(s, [](const Statement& r) {
        FlagFacts f;
        f.id = r.int64(0);
        f.postId = r.int64(1);
        f.channelId = r.int64(2);
        f.category = r.text(3);
        f.status = r.text(4);
        f.decidedAt = r.text(5);
        f.decisions = r.int64(6);
        return f;
    });
}

Result<QList<TakedownFacts>> RecordsRepository::takedowns()
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT post_id, status, coalesce(done_at, decided_at, requested_at) FROM takedowns;"));
    return rowsOf<TakedownFacts>(s, [](const Statement& r) { return TakedownFacts{r.int64(0), r.text(1), r.text(2)}; });
}

Result<QList<CaseFacts>> RecordsRepository::cases()
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT id, number, status, coalesce(closed_at, ''), (SELECT count(*) FROM case_evidence e WHERE e.case_id = cases.id) "
        "FROM cases ORDER BY id;"));
    auto rows = rowsOf<CaseFacts>(s, [](const Statement& r) {
        CaseFacts c;
        c.id = r.int64(0);
        c.number = r.text(1);
        c.status = r.text(2);
        c.closedAt = r.text(3);
        c.evidence = r.int64(4);
        return c;
    });
    if (!rows)
        return rows.status();
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < rows->size(); ++i)
        index.insert(rows->at(i).id, i);
    Statement posts = m_db.prepare(QStringLiteral("SELECT case_id, post_id FROM case_posts;"));
    while (posts.step())
        (*rows)[index.value(posts.int64(0))].posts << posts.int64(1);
    if (!posts.status().ok())
        return posts.status();
    Statement parties = m_db.prepare(QStringLiteral("SELECT case_id, person_id FROM case_parties WHERE person_id IS NOT NULL;"));
    while (parties.step())
        (*rows)[index.value(parties.int64(0))].partyPeople << parties.int64(1);
    if (!parties.status().ok())
        return parties.status();
    Statement types = m_db.prepare(QStringLiteral("SELECT case_id, type FROM case_allegations;"));
    while (types.step())
        (*rows)[index.value(types.int64(0))].allegationTypes << types.text(1);
    if (!types.status().ok())
        return types.status();
    return rows;
}

Result<QList<ManifestFacts>> RecordsRepository::manifests()
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT id, coalesce(finished_at, started_at) FROM imports WHERE manifest IS NOT NULL AND status <> 'running';"));
    return rowsOf<ManifestFacts>(s, [](const Statement& r) { return ManifestFacts{r.int64(0), r.text(1)}; });
}

Result<QHash<qint64, int>> RecordsRepository::versionCounts()
{
    Statement s = m_db.prepare(QStringLiteral("SELECT post_id, count(*) FROM post_versions GROUP BY post_id;"));
    QHash<qint64, int> out;
    while (s.step())
        out.insert(s.int64(0), static_cast<int>(s.int64(1)));
    if (!s.status().ok())
        return s.status();
    return out;
}

Result<QSet<qint64>> RecordsRepository::postsMatching(const QString& query)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT docid FROM posts_fts WHERE posts_fts MATCH ?1;"));
    s.bind(1, query);
    QSet<qint64> out;
    while (s.step())
        out.insert(s.int64(0));
    if (!s.status().ok())
        return Status(ErrorCode::InvalidArgument, s.status().message());
    return out;
}

Result<QSet<qint64>> RecordsRepository::protectedAmong(const QList<qint64>& posts, const QStringList& undecidedStatuses)
{
    QSet<qint64> out;
    if (posts.isEmpty())
        return out;
    QStringList quoted;
    for (const QString& st : undecidedStatuses)
        quoted << u'\'' + QString(st).replace(u'\'', QStringLiteral("''")) + u'\'';
    const QString in = idList(posts);
    Statement s = m_db.prepare(QStringLiteral(
                                   "SELECT post_id FROM flags WHERE post_id IN (%1) AND status IN (%2) "
                                   "UNION SELECT post_id FROM takedowns WHERE post_id IN (%1) AND status = 'pending' "
                                   "UNION SELECT post_id FROM case_posts WHERE post_id IN (%1);")
                                   .arg(in, quoted.join(u',')));
    while (s.step())
        out.insert(s.int64(0));
    if (!s.status().ok())
        return s.status();
    return out;
}

// ---- purges

Result<qint64> RecordsRepository::startPurge(WriteAccess& write, const QString& at, qint64 by, qint64 entrySeq)
{
    Statement s = write.db().prepare(QStringLiteral(
        "INSERT INTO purges (started_at, started_by, start_entry, status) VALUES (?1, ?2, ?3, ?4);"));
    s.bind(1, at).bind(2, by).bind(3, entrySeq).bind(4, key(PurgeStatus::Running));
    if (Status st = s.run(); !st.ok())
        return st;
    return write.db().lastInsertRowId();
}

Result<QList<qint64>> RecordsRepository::interruptRunning(WriteAccess& write)
{
    Statement s = write.db().prepare(QStringLiteral("SELECT id FROM purges WHERE status = ?1 ORDER BY id;"));
    s.bind(1, key(PurgeStatus::Running));
    QList<qint64> ids;
    while (s.step())
        ids << s.int64(0);
    if (!s.status().ok())
        return s.status();
    if (ids.isEmpty())
        return ids;
    Statement u = write.db().prepare(QStringLiteral("UPDATE purges SET status = ?1 WHERE status = ?2;"));
    u.bind(1, key(PurgeStatus::Interrupted)).bind(2, key(PurgeStatus::Running));
    if (Status st = u.run(); !st.ok())
        return st;
    return ids;
}

Status RecordsRepository::finishPurge(WriteAccess& write, qint64 id, PurgeStatus status, const QString& at,
                                      const QString& countsJson, const QByteArray& root, qint64 entrySeq)
{
    Statement s = write.db().prepare(QStringLiteral(
        "UPDATE purges SET status = ?2, finished_at = ?3, counts = ?4, root = ?5, done_entry = ?6 WHERE id = ?1;"));
    s.bind(1, id).bind(2, key(status)).bind(3, at).bind(4, countsJson).bind(5, root).bind(6, entrySeq);
    return s.run();
}

Result<QList<PurgeRecord>> RecordsRepository::purges()
{
    Statement s = m_db.prepare(QStringLiteral("SELECT ") + kPurgeColumns + QStringLiteral("ORDER BY id DESC;"));
    return rowsOf<PurgeRecord>(s, purgeFrom);
}

Result<std::optional<PurgeRecord>> RecordsRepository::purge(qint64 id)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT ") + kPurgeColumns + QStringLiteral("WHERE id = ?1;"));
    s.bind(1, id);
    return firstRowOf<PurgeRecord>(s, purgeFrom);
}

namespace {

Status insertTombstone(Database& db, Tombstone& t)
{
    Statement& s = db.cached(QStringLiteral(
        "INSERT INTO tombstones (purge_id, batch_seq, kind, object_id, post_id, content_hash, leaf, written_seq, rule_id, "
        "event_at, purged_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11);"));
    s.bind(1, t.purgeId).bind(2, t.batchSeq).bind(3, key(t.kind)).bind(4, t.objectId).bind(5, t.postId);
    if (t.contentHash.isEmpty())
        s.bindNull(6);
    else
        s.bind(6, t.contentHash);
    s.bind(7, t.leaf);
    if (t.writtenSeq > 0)
        s.bind(8, t.writtenSeq);
    else
        s.bindNull(8);
    s.bind(9, t.ruleId).bind(10, t.eventAt).bind(11, t.purgedAt);
    if (Status st = s.run(); !st.ok())
        return st;
    t.id = db.lastInsertRowId();
    return Status::success();
}

} // namespace

Result<QList<Tombstone>> RecordsRepository::purgePosts(WriteAccess& write, qint64 purgeId, qint64 batchSeq,
                                                       const QList<PostDisposal>& posts, const QString& purgedAt)
{
    Database& db = write.db();
    QList<Tombstone> out;
    if (posts.isEmpty())
        return out;
    QList<qint64> ids;
    ids.reserve(posts.size());
    for (const PostDisposal& d : posts)
        ids << d.postId;
    const QString in = idList(ids);

    // What stays of each post, its earlier versions and its flags, read before they go.
    QHash<qint64, QList<Tombstone>> stonesOf;
    auto base = [&](qint64 postId) {
        Tombstone t;
        t.purgeId = purgeId;
        t.batchSeq = batchSeq;
        t.postId = postId;
        t.purgedAt = purgedAt;
        return t;
    };
    Statement post = db.prepare(QStringLiteral("SELECT id, content_hash, coalesce(written_seq, 0) FROM posts WHERE id IN (%1);").arg(in));
    while (post.step()) {
        Tombstone t = base(post.int64(0));
        t.kind = TombstoneKind::Post;
        t.objectId = t.postId;
        t.contentHash = post.blob(1);
        t.leaf = postRowDigest(t.contentHash);
        t.writtenSeq = post.int64(2);
        stonesOf[t.postId].prepend(t);
    }
    if (!post.status().ok())
        return post.status();
    Statement versions = db.prepare(QStringLiteral(
        "SELECT id, post_id, content_hash, coalesce(written_seq, 0) FROM post_versions WHERE post_id IN (%1) ORDER BY id;").arg(in));
    QHash<qint64, QList<Tombstone>> versionsOf;
    while (versions.step()) {
        Tombstone t = base(versions.int64(1));
        t.kind = TombstoneKind::Version;
        t.objectId = versions.int64(0);
        t.contentHash = versions.blob(2);
        t.leaf = postRowDigest(t.contentHash);
        t.writtenSeq = versions.int64(3);
        versionsOf[t.postId] << t;
    }
    if (!versions.status().ok())
        return versions.status();
    Statement flags = db.prepare(QStringLiteral(
        "SELECT id, post_id, policy_id, rule, category, severity, spans, coalesce(written_seq, 0) FROM flags "
        "WHERE post_id IN (%1) ORDER BY id;").arg(in));
    QHash<qint64, QList<Tombstone>> flagsOf;
    while (flags.step()) {
        Tombstone t = base(flags.int64(1));
        t.kind = TombstoneKind::Flag;
        t.objectId = flags.int64(0);
        t.leaf = flagRowDigest(t.postId, flags.int64(2), flags.text(3), flags.text(4), flags.text(5), flags.text(6));
        t.writtenSeq = flags.int64(7);
        flagsOf[t.postId] << t;
    }
    if (!flags.status().ok())
        return flags.status();

    // The search entries first: FTS4 reads the posts' text to remove their terms.
    for (const QString& sql : {QStringLiteral("DELETE FROM posts_fts WHERE docid IN (%1);"),
                               QStringLiteral("DELETE FROM flag_decisions WHERE flag_id IN (SELECT id FROM flags WHERE post_id IN (%1));"),
                               QStringLiteral("DELETE FROM flags WHERE post_id IN (%1);"),
                               QStringLiteral("DELETE FROM takedowns WHERE post_id IN (%1);"),
                               QStringLiteral("DELETE FROM post_versions WHERE post_id IN (%1);"),
                               QStringLiteral("DELETE FROM posts WHERE id IN (%1);")}) {
        if (Status st = db.exec(sql.arg(in)); !st.ok())
            return st;
    }
    // One post after the other, in the order given: the post, its versions, its flags.
    for (const PostDisposal& d : posts) {
        auto found = stonesOf.find(d.postId);
        if (found == stonesOf.end())
            continue; // gone already
        QList<Tombstone> stones = *found + versionsOf.value(d.postId) + flagsOf.value(d.postId);
        for (Tombstone& t : stones) {
            t.ruleId = d.ruleId;
            t.eventAt = d.eventAt;
            if (Status st = insertTombstone(db, t); !st.ok())
                return st;
            out << t;
        }
    }
    return out;
}

Result<Tombstone> RecordsRepository::purgeCase(WriteAccess& write, qint64 purgeId, qint64 batchSeq, qint64 caseId,
                                               qint64 ruleId, const QString& closedAt, const QString& purgedAt)
{
    Database& db = write.db();
    Statement c = db.prepare(QStringLiteral("SELECT number FROM cases WHERE id = ?1;"));
    c.bind(1, caseId);
    if (!c.step())
        return noRow(c);
    // What went: the case's number and each evidence file's SHA-256, in order.
    QByteArray what = "custos-case-v1\n" + c.text(0).toUtf8() + '\n';
    Statement e = db.prepare(QStringLiteral("SELECT sha256 FROM case_evidence WHERE case_id = ?1 ORDER BY id;"));
    e.bind(1, caseId);
    while (e.step())
        what += e.blob(0).toHex() + '\n';
    if (!e.status().ok())
        return e.status();
    for (const char* sql :
         {"DELETE FROM case_timeline WHERE case_id = ?1;", "DELETE FROM case_links WHERE case_id = ?1 OR other_id = ?1;",
          "DELETE FROM case_appeals WHERE case_id = ?1;", "DELETE FROM case_interviews WHERE case_id = ?1;",
          "DELETE FROM case_tasks WHERE case_id = ?1;", "DELETE FROM case_evidence WHERE case_id = ?1;",
          "DELETE FROM case_posts WHERE case_id = ?1;", "DELETE FROM case_outcomes WHERE case_id = ?1;",
          "DELETE FROM case_allegations WHERE case_id = ?1;", "DELETE FROM case_parties WHERE case_id = ?1;",
          "DELETE FROM case_assignees WHERE case_id = ?1;", "DELETE FROM cases WHERE id = ?1;"}) {
        Statement del = db.prepare(QString::fromLatin1(sql));
        del.bind(1, caseId);
        if (Status st = del.run(); !st.ok())
            return st;
    }
    Tombstone t;
    t.purgeId = purgeId;
    t.batchSeq = batchSeq;
    t.kind = TombstoneKind::Case;
    t.objectId = caseId;
    t.leaf = crypto::sha256(what);
    t.ruleId = ruleId;
    t.eventAt = closedAt;
    t.purgedAt = purgedAt;
    if (Status st = insertTombstone(db, t); !st.ok())
        return st;
    return t;
}

Result<Tombstone> RecordsRepository::purgeManifest(WriteAccess& write, qint64 purgeId, qint64 batchSeq, qint64 importId,
                                                   qint64 ruleId, const QString& at, const QString& purgedAt)
{
    Database& db = write.db();
    Statement m = db.prepare(QStringLiteral("SELECT manifest, path FROM imports WHERE id = ?1;"));
    m.bind(1, importId);
    if (!m.step())
        return noRow(m);
    const QByteArray what = "custos-manifest-v1\n" + m.text(0).toUtf8() + '\n' + m.text(1).toUtf8() + '\n';
    Statement clear = db.prepare(QStringLiteral("UPDATE imports SET manifest = NULL, path = '' WHERE id = ?1;"));
    clear.bind(1, importId);
    if (Status st = clear.run(); !st.ok())
        return st;
    Tombstone t;
    t.purgeId = purgeId;
    t.batchSeq = batchSeq;
    t.kind = TombstoneKind::Manifest;
    t.objectId = importId;
    t.leaf = crypto::sha256(what);
    t.ruleId = ruleId;
    t.eventAt = at;
    t.purgedAt = purgedAt;
    if (Status st = insertTombstone(db, t); !st.ok())
        return st;
    return t;
}

Status RecordsRepository::forEachTombstone(qint64 purgeId, const std::function<bool(const Tombstone&)>& visit)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT ") + kTombstoneColumns +
                               QStringLiteral("WHERE purge_id = ?1 ORDER BY batch_seq, id;"));
    s.bind(1, purgeId);
    while (s.step()) {
        if (!visit(tombstoneFrom(s)))
            break;
    }
    return s.status();
}

Status RecordsRepository::forEachTombstoneOfEveryPurge(const std::function<bool(const Tombstone&)>& visit)
{
    if (!m_db.hasSchema(QStringLiteral("content")))
        return Status::success();
    Statement exists = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM content.sqlite_master WHERE type = 'table' AND name = 'tombstones';"));
    if (!exists.step())
        return noRow(exists);
    if (exists.int64(0) == 0)
        return Status::success();
    Statement s = m_db.prepare(QStringLiteral("SELECT ") + kTombstoneColumns +
                               QStringLiteral("ORDER BY batch_seq, id;"));
    while (s.step()) {
        if (!visit(tombstoneFrom(s)))
            break;
    }
    return s.status();
}

Status RecordsRepository::compactContent()
{
    // 'optimize' merges every segment into one, leaving out the deleted posts' entries;
    // secure_delete has zeroed the rows that went; VACUUM gives the free pages back.
    if (Status s = m_db.exec(QStringLiteral("INSERT INTO content.posts_fts(posts_fts) VALUES('optimize');")); !s.ok())
        return s;
    return m_db.exec(QStringLiteral("VACUUM content;"));
}

} // namespace custos::storage
