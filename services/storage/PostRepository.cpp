#include "storage/PostRepository.h"

#include "storage/Codec.h"
#include "storage/Database.h"

namespace custos::storage {
namespace {

Result<QList<ContextRow>> contextRows(Statement& s)
{
    QList<ContextRow> out;
    while (s.step())
        out.append({s.int64(0), s.text(1), s.int64(2), s.text(3)});
    if (!s.status().ok())
        return s.status();
    return out;
}

} // namespace

Result<std::optional<PostRecord>> PostRepository::post(qint64 id)
{
    Statement q = m_db.prepare(QStringLiteral("SELECT p.text, p.posted_at, c.name, coalesce(p.author_id, 0), "
                                              "p.channel_id, p.message_id, coalesce(p.thread_id, ''), "
                                              "coalesce(p.reactions, ''), c.kind FROM posts p JOIN channels "
                                              "c ON c.id = p.channel_id WHERE p.id = ?1;"));
    q.bind(1, id);
    if (!q.step()) {
        if (!q.status().ok())
            return q.status();
        return std::optional<PostRecord>();
    }
    PostRecord r;
    r.id = id;
    r.text = q.text(0);
    r.postedAt = q.text(1);
    r.channel = q.text(2);
    r.authorId = q.int64(3);
    r.channelId = q.int64(4);
    r.messageId = q.text(5);
    r.threadId = q.text(6);
    r.reactions = q.text(7);
    r.channelKind = codec::decode(q.text(8), domain::ChannelKind::Public);
    return std::optional<PostRecord>(r);
}

Result<QList<ContextRow>> PostRepository::thread(qint64 channelId, const QString& root, int limit)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT id, posted_at, coalesce(author_id, 0), text FROM posts "
                                              "WHERE channel_id = ?1 AND (message_id = ?2 OR thread_id = ?2) "
                                              "AND deleted_at IS NULL ORDER BY posted_at, id LIMIT ?3;"));
    s.bind(1, channelId).bind(2, root).bind(3, limit);
    return contextRows(s);
}

Result<QList<ContextRow>> PostRepository::before(qint64 channelId, const QString& postedAt, qint64 exceptPost,
                                                 int count)
{
    Statement s =
        m_db.prepare(QStringLiteral("SELECT id, posted_at, coalesce(author_id, 0), text FROM posts WHERE "
                                    "channel_id = ?1 AND posted_at <= ?2 AND id != ?3 "
                                    "AND deleted_at IS NULL ORDER BY posted_at DESC, id DESC LIMIT ?4;"));
    s.bind(1, channelId).bind(2, postedAt).bind(3, exceptPost).bind(4, count);
    return contextRows(s);
}

Result<QList<ContextRow>> PostRepository::after(qint64 channelId, const QString& postedAt, qint64 exceptPost,
                                                int count)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT id, posted_at, coalesce(author_id, 0), text FROM posts "
                                              "WHERE channel_id = ?1 AND posted_at >= ?2 AND id != ?3 "
                                              "AND deleted_at IS NULL ORDER BY posted_at, id LIMIT ?4;"));
    s.bind(1, channelId).bind(2, postedAt).bind(3, exceptPost).bind(4, count);
    return contextRows(s);
}

Result<QList<VersionRow>> PostRepository::versions(qint64 postId)
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT text, coalesce(replaced_at, '') FROM post_versions WHERE post_id = ?1 ORDER BY id;"));
    s.bind(1, postId);
    QList<VersionRow> out;
    while (s.step())
        out.append({s.text(0), s.text(1)});
    if (!s.status().ok())
        return s.status();
    return out;
}

Result<std::optional<PersonRecord>> PostRepository::person(qint64 id)
{
    Statement& s =
        m_db.cached(QStringLiteral("SELECT display_name, coalesce(email, '') FROM people WHERE id = ?1;"));
    s.bind(1, id);
    if (s.step()) {
        PersonRecord p{id, s.text(0), s.text(1)};
        s.reset();
        return std::optional<PersonRecord>(p);
    }
    if (!s.status().ok())
        return s.status();
    return std::optional<PersonRecord>();
}

Result<QStringList> PostRepository::channelNames()
{
    return m_db.texts(QStringLiteral("SELECT name FROM channels ORDER BY name;"));
}

Result<QList<std::pair<qint64, QString>>> PostRepository::flagsSharingRulesWith(qint64 postId)
{
    // An index walk per rule; the caller compares the texts.
    Statement s = m_db.prepare(
        QStringLiteral("SELECT f.id, p.text FROM flags f JOIN posts p ON p.id = f.post_id WHERE f.rule IN "
                       "(SELECT rule FROM flags WHERE post_id = ?1) ORDER BY f.id;"));
    s.bind(1, postId);
    QList<std::pair<qint64, QString>> out;
    while (s.step())
        out.append({s.int64(0), s.text(1)});
    if (!s.status().ok())
        return s.status();
    return out;
}

} // namespace custos::storage
