#include "storage/ScanRepository.h"

#include "storage/Database.h"
#include "storage/Codec.h"

#include "crypto/Crypto.h"

#include <QDateTime>

namespace custos::storage {

Result<std::optional<PolicyRow>> ScanRepository::policy(std::optional<int> version)
{
    Statement s = m_db.prepare(version ? QStringLiteral("SELECT id, name, version, body FROM policies WHERE version = ?1;")
                                       : QStringLiteral("SELECT id, name, version, body FROM policies ORDER BY version DESC LIMIT 1;"));
    if (version)
        s.bind(1, *version);
    if (s.step())
        return std::optional<PolicyRow>(PolicyRow{s.int64(0), s.text(1), static_cast<int>(s.int64(2)), s.blob(3)});
    if (!s.status().ok())
        return s.status();
    return std::optional<PolicyRow>();
}

Result<QList<int>> ScanRepository::versionNumbers()
{
    Statement s = m_db.prepare(QStringLiteral("SELECT version FROM policies ORDER BY version DESC;"));
    QList<int> out;
    while (s.step())
        out << static_cast<int>(s.int64(0));
    if (!s.status().ok())
        return s.status();
    return out;
}

Result<QList<PolicyVersionRow>> ScanRepository::versions()
{
    // The scan figures come from the content compartment; without its key a version is
    // listed without them.
    const bool content = hasCompartment(m_db, domain::Compartment::Content);
    Statement s = m_db.prepare(
        QStringLiteral("SELECT p.version, p.name, p.published_at, coalesce(u.display_name, u.name, ''), %1"
                       " FROM policies p LEFT JOIN users u ON u.id = p.published_by ORDER BY p.version DESC;")
            .arg(content ? QStringLiteral("(SELECT count(*) FROM posts WHERE scanned_policy_id = p.id),"
                                          " (SELECT count(*) FROM flags WHERE policy_id = p.id)")
                         : QStringLiteral("-1, -1")));
    QList<PolicyVersionRow> rows;
    while (s.step())
        rows.append({static_cast<int>(s.int64(0)), s.text(1), s.text(2), s.text(3), s.int64(4), s.int64(5)});
    if (!s.status().ok())
        return s.status();
    return rows;
}

Result<qint64> ScanRepository::countPosts()
{
    if (!hasCompartment(m_db, domain::Compartment::Content))
        return qint64(-1);
    Statement s = m_db.prepare(QStringLiteral("SELECT count(*) FROM posts;"));
    if (s.step())
        return s.int64(0);
    return s.status();
}

Result<qint64> ScanRepository::publish(WriteAccess& w, const QString& name, const QByteArray& body, qint64 userId, int& version)
{
    Statement next = w.db().prepare(QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM policies;"));
    if (!next.step())
        return next.status();
    version = static_cast<int>(next.int64(0));
    next.reset();
    Statement ins = w.db().prepare(QStringLiteral(
        "INSERT INTO policies (name, version, body, body_sha256, published_at, published_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6);"));
    ins.bind(1, name).bind(2, version).bind(3, body).bind(4, crypto::sha256(body))
        .bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).bind(6, userId);
    if (Status s = ins.run(); !s.ok())
        return s;
    return w.db().lastInsertRowId();
}

Result<QList<PostText>> ScanRepository::unscanned(qint64 policyId, qint64 afterId, int limit)
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT id, text FROM posts WHERE id > ?1 AND (scanned_policy_id IS NULL OR scanned_policy_id != ?2) "
        "AND deleted_at IS NULL ORDER BY id LIMIT ?3;"));
    s.bind(1, afterId).bind(2, policyId).bind(3, limit);
    QList<PostText> out;
    while (s.step())
        out.append({s.int64(0), s.text(1)});
    if (!s.status().ok())
        return s.status();
    return out;
}

Result<qint64> ScanRepository::countUnscanned(qint64 policyId)
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM posts WHERE (scanned_policy_id IS NULL OR scanned_policy_id != ?1) AND deleted_at IS NULL;"));
    s.bind(1, policyId);
    if (!s.step())
        return s.status();
    return s.int64(0);
}

Result<std::optional<ScanRepository::AddedFlag>> ScanRepository::addFlag(WriteAccess& w, const FlagRow& f, qint64 policyId,
                                                                       const QString& createdAt, qint64 writtenSeq)
{
    Statement& ins = w.db().cached(QStringLiteral(
        "INSERT OR IGNORE INTO flags (post_id, policy_id, rule, category, severity, score, spans, created_at, posted_at, "
        "channel_id, author_id, written_seq) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, posted_at, channel_id, "
        "coalesce(author_id, 0), ?9 FROM posts WHERE id = ?1;"));
    const QString spans = codec::spansToJson(f.spans);
    ins.bind(1, f.postId).bind(2, policyId).bind(3, f.rule).bind(4, domain::key(f.category)).bind(5, domain::key(f.severity))
        .bind(6, f.score).bind(7, spans).bind(8, createdAt).bind(9, writtenSeq);
    if (Status s = ins.run(); !s.ok())
        return s;
    if (w.db().changes() == 0)
        return std::optional<AddedFlag>();
    return std::optional<AddedFlag>(AddedFlag{w.db().lastInsertRowId(), spans});
}

Status ScanRepository::markScanned(WriteAccess& w, qint64 postId, qint64 policyId, double sentiment)
{
    Statement& upd = w.db().cached(QStringLiteral("UPDATE posts SET scanned_policy_id = ?2, sentiment = ?3 WHERE id = ?1;"));
    upd.bind(1, postId).bind(2, policyId).bind(3, sentiment);
    return upd.run();
}

} // namespace custos::storage
