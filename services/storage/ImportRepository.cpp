#include "storage/ImportRepository.h"

#include "storage/Database.h"
#include <QCoreApplication>

namespace custos::storage {
namespace {

void bindOptional(Statement& s, int index, const std::optional<qint64>& v)
{
    if (v)
        s.bind(index, *v);
    else
        s.bindNull(index);
}

void bindText(Statement& s, int index, const QString& v)
{
    if (v.isEmpty())
        s.bindNull(index);
    else
        s.bind(index, v);
}

Result<qint64> idOrError(Statement& s)
{
    if (s.step()) {
        const qint64 id = s.int64(0);
        s.reset(); // release the read before the transaction commits
        return id;
    }
    return s.status().ok() ? Status(ErrorCode::NotFound, QString()) : s.status();
}

} // namespace

Result<qint64> ImportRepository::source(WriteAccess& w, const QString& platform, const QString& workspaceKey)
{
    Statement& ins = m_db.cached(QStringLiteral("INSERT OR IGNORE INTO sources (platform, workspace_key) VALUES (?1, ?2);"));
    ins.bind(1, platform).bind(2, workspaceKey);
    if (Status s = ins.run(); !s.ok())
        return s;
    Q_UNUSED(w);
    Statement& sel = m_db.cached(QStringLiteral("SELECT id FROM sources WHERE platform = ?1 AND workspace_key = ?2;"));
    sel.bind(1, platform).bind(2, workspaceKey);
    return idOrError(sel);
}

Result<StoredPerson> ImportRepository::upsertPerson(WriteAccess& w, qint64 sourceId, const QString& platformId,
                                              const QString& name, const QString& displayName, const QString& email,
                                              const QString& department, bool bot)
{
    Q_UNUSED(w);
    // SQLite 3.15 has no UPSERT: try the insert, then bring the row up to date.
    Statement& ins = m_db.cached(QStringLiteral(
        "INSERT OR IGNORE INTO people (source_id, platform_id, name, display_name, email, department, is_bot) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);"));
    ins.bind(1, sourceId).bind(2, platformId).bind(3, name).bind(4, displayName);
    bindText(ins, 5, email);
    bindText(ins, 6, department);
    ins.bind(7, bot ? 1 : 0);
    if (Status s = ins.run(); !s.ok())
        return s;
    if (m_db.changes() == 0) {
        Statement& upd = m_db.cached(QStringLiteral(
            "UPDATE people SET name = ?3, display_name = ?4, email = coalesce(?5, email), "
            "department = CASE WHEN id IN (SELECT person_id FROM roster_people) THEN department "
            "ELSE coalesce(?6, department) END, is_bot = ?7 WHERE source_id = ?1 AND platform_id = ?2;"));
        upd.bind(1, sourceId).bind(2, platformId).bind(3, name).bind(4, displayName);
        bindText(upd, 5, email);
        bindText(upd, 6, department);
        upd.bind(7, bot ? 1 : 0);
        if (Status s = upd.run(); !s.ok())
            return s;
    }
    Statement& sel = m_db.cached(
        QStringLiteral("SELECT id, coalesce(department, '') FROM people WHERE source_id = ?1 AND platform_id = ?2;"));
    sel.bind(1, sourceId).bind(2, platformId);
    if (sel.step()) {
        StoredPerson out{sel.int64(0), sel.text(1)};
        sel.reset(); // release the read before the transaction commits
        return out;
    }
    return sel.status().ok() ? Status(ErrorCode::NotFound, QString()) : sel.status();
}

Result<qint64> ImportRepository::upsertChannel(WriteAccess& w, qint64 sourceId, const QString& platformId,
                                               const QString& name, const QString& kind, const QString& topic)
{
    Q_UNUSED(w);
    Statement& ins = m_db.cached(QStringLiteral(
        "INSERT OR IGNORE INTO channels (source_id, platform_id, name, kind, topic) VALUES (?1, ?2, ?3, ?4, ?5);"));
    ins.bind(1, sourceId).bind(2, platformId).bind(3, name).bind(4, kind);
    bindText(ins, 5, topic);
    if (Status s = ins.run(); !s.ok())
        return s;
    if (m_db.changes() == 0) {
        Statement& upd = m_db.cached(QStringLiteral(
            "UPDATE channels SET name = ?3, kind = ?4, topic = coalesce(?5, topic) WHERE source_id = ?1 AND platform_id = ?2;"));
        upd.bind(1, sourceId).bind(2, platformId).bind(3, name).bind(4, kind);
        bindText(upd, 5, topic);
        if (Status s = upd.run(); !s.ok())
            return s;
    }
    Statement& sel = m_db.cached(QStringLiteral("SELECT id FROM channels WHERE source_id = ?1 AND platform_id = ?2;"));
    sel.bind(1, sourceId).bind(2, platformId);
    return idOrError(sel);
}

Result<std::optional<StoredPost>> ImportRepository::findPost(qint64 channelId, const QString& messageId)
{
    Statement& sel = m_db.cached(QStringLiteral(
        "SELECT id, content_hash, text, deleted_at IS NOT NULL, coalesce(edited_at, '') FROM posts "
        "WHERE channel_id = ?1 AND message_id = ?2;"));
    sel.bind(1, channelId).bind(2, messageId);
    if (sel.step()) {
        StoredPost post{sel.int64(0), sel.blob(1), sel.text(2), sel.int64(3) != 0, sel.text(4)};
        sel.reset();
        return std::optional<StoredPost>(post);
    }
    if (!sel.status().ok())
        return sel.status();
    return std::optional<StoredPost>();
}

namespace {

void bindPost(Statement& ins, const NewPost& p, qint64 importId)
{
    ins.bind(1, p.channelId).bind(2, p.messageId);
    bindOptional(ins, 3, p.authorId);
    ins.bind(4, p.postedAt);
    bindText(ins, 5, p.threadId);
    ins.bind(6, p.text).bind(7, p.contentHash);
    bindText(ins, 8, p.editedAt);
    bindText(ins, 9, p.deletedAt);
    bindText(ins, 10, p.subtype);
    bindText(ins, 11, p.reactions);
    bindText(ins, 12, p.files);
    ins.bind(13, importId);
}

} // namespace

Result<std::optional<qint64>> ImportRepository::insertPostIfNew(WriteAccess& w, const NewPost& p, qint64 importId)
{
    Q_UNUSED(w);
    // OR IGNORE covers the unique (channel, message id) only: every other NOT NULL
    // column is always given, and foreign keys still fail loudly.
    Statement& ins = m_db.cached(QStringLiteral(
        "INSERT OR IGNORE INTO posts (channel_id, message_id, author_id, posted_at, thread_id, text, content_hash, edited_at, "
        "deleted_at, subtype, reactions, files, import_id, written_seq) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14);"));
    bindPost(ins, p, importId);
    ins.bind(14, m_writtenSeq);
    if (Status s = ins.run(); !s.ok())
        return s;
    if (m_db.changes() == 0)
        return std::optional<qint64>();
    const qint64 id = m_db.lastInsertRowId();
    if (m_unindexedFirst == 0)
        m_unindexedFirst = id;
    m_unindexedLast = id;
    return std::optional<qint64>(id);
}

Status ImportRepository::indexNewPosts(WriteAccess& w)
{
    Q_UNUSED(w);
    if (m_unindexedFirst == 0)
        return Status::success();
    // A new post's id is one past the largest: every id in the range was inserted here.
    Statement& fts = m_db.cached(
        QStringLiteral("INSERT INTO posts_fts (docid, text) SELECT id, text FROM posts WHERE id BETWEEN ?1 AND ?2;"));
    fts.bind(1, m_unindexedFirst).bind(2, m_unindexedLast);
    Status s = fts.run();
    m_unindexedFirst = m_unindexedLast = 0;
    return s;
}

Result<qint64> ImportRepository::insertPost(WriteAccess& w, const NewPost& p, qint64 importId)
{
    auto id = insertPostIfNew(w, p, importId);
    if (!id)
        return id.status();
    if (!*id) // the caller looked it up in this transaction and found nothing
        return Status(ErrorCode::Internal,
                      QCoreApplication::translate("ImportRepository", "Message %1 was stored twice in one channel. The import was "
                                                                      "stopped; nothing of this batch was kept.")
                          .arg(p.messageId));
    return **id;
}

Status ImportRepository::addVersion(WriteAccess& w, qint64 postId, const QString& text, const QByteArray& hash,
                                    const QString& replacedAt, qint64 importId)
{
    Q_UNUSED(w);
    Statement& ins = m_db.cached(QStringLiteral(
        "INSERT INTO post_versions (post_id, text, content_hash, replaced_at, import_id, written_seq) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6);"));
    ins.bind(1, postId).bind(2, text).bind(3, hash);
    bindText(ins, 4, replacedAt);
    ins.bind(5, importId).bind(6, m_writtenSeq);
    return ins.run();
}

Status ImportRepository::replaceText(WriteAccess& w, const StoredPost& current, const QString& text,
                                     const QByteArray& hash, const QString& editedAt, qint64 importId)
{
    if (Status s = indexNewPosts(w); !s.ok())
        return s;
    // The text replaced keeps the seq of the batch that wrote it.
    Statement& keep = m_db.cached(QStringLiteral(
        "INSERT INTO post_versions (post_id, text, content_hash, replaced_at, import_id, written_seq) "
        "SELECT id, text, content_hash, ?2, ?3, written_seq FROM posts WHERE id = ?1;"));
    keep.bind(1, current.id);
    bindText(keep, 2, editedAt);
    keep.bind(3, importId);
    if (Status s = keep.run(); !s.ok())
        return s;
    // An external-content FTS4 index reads the old text from posts: remove it before the update.
    Statement& del = m_db.cached(QStringLiteral("DELETE FROM posts_fts WHERE docid = ?1;"));
    del.bind(1, current.id);
    if (Status s = del.run(); !s.ok())
        return s;
    Statement& upd = m_db.cached(
        QStringLiteral("UPDATE posts SET text = ?2, content_hash = ?3, edited_at = ?4, written_seq = ?5 WHERE id = ?1;"));
    upd.bind(1, current.id).bind(2, text).bind(3, hash);
    bindText(upd, 4, editedAt);
    upd.bind(5, m_writtenSeq);
    if (Status s = upd.run(); !s.ok())
        return s;
    Statement& fts = m_db.cached(QStringLiteral("INSERT INTO posts_fts (docid, text) VALUES (?1, ?2);"));
    fts.bind(1, current.id).bind(2, text);
    return fts.run();
}

Status ImportRepository::markDeleted(WriteAccess& w, qint64 postId, const QString& deletedAt)
{
    Q_UNUSED(w);
    Statement& upd = m_db.cached(QStringLiteral("UPDATE posts SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL;"));
    upd.bind(1, postId).bind(2, deletedAt);
    return upd.run();
}

Result<bool> ImportRepository::insertEvent(WriteAccess& w, std::optional<qint64> channelId, const QString& eventId,
                                           const QString& kind, std::optional<qint64> actorId,
                                           const QString& occurredAt, const QString& detail, qint64 importId)
{
    Q_UNUSED(w);
    Statement& ins = m_db.cached(QStringLiteral(
        "INSERT OR IGNORE INTO events (channel_id, event_id, kind, actor_id, occurred_at, detail, import_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);"));
    bindOptional(ins, 1, channelId);
    ins.bind(2, eventId).bind(3, kind);
    bindOptional(ins, 4, actorId);
    ins.bind(5, occurredAt);
    bindText(ins, 6, detail);
    ins.bind(7, importId);
    if (Status s = ins.run(); !s.ok())
        return s;
    return m_db.changes() > 0;
}

Result<qint64> ImportRepository::startImport(WriteAccess& w, const QString& format, const QString& path, qint64 userId,
                                             const QString& startedAt)
{
    Statement ins = w.db().prepare(QStringLiteral(
        "INSERT INTO imports (format, path, user_id, started_at, status) VALUES (?1, ?2, ?3, ?4, 'running');"));
    ins.bind(1, format).bind(2, path).bind(3, userId).bind(4, startedAt);
    if (Status s = ins.run(); !s.ok())
        return s;
    return w.db().lastInsertRowId();
}

Status ImportRepository::setImportSource(WriteAccess& w, qint64 importId, qint64 sourceId)
{
    Statement upd = w.db().prepare(QStringLiteral("UPDATE imports SET source_id = ?2 WHERE id = ?1;"));
    upd.bind(1, importId).bind(2, sourceId);
    return upd.run();
}

Status ImportRepository::checkpoint(WriteAccess& w, qint64 importId, const QString& file, qint64 record)
{
    Q_UNUSED(w);
    Statement& upd = m_db.cached(QStringLiteral("UPDATE imports SET checkpoint_file = ?2, checkpoint_record = ?3 WHERE id = ?1;"));
    upd.bind(1, importId).bind(2, file).bind(3, record);
    return upd.run();
}

Status ImportRepository::finishImport(WriteAccess& w, qint64 importId, const QString& status, const QString& finishedAt,
                                      const QString& manifest)
{
    Statement upd = w.db().prepare(
        QStringLiteral("UPDATE imports SET status = ?2, finished_at = ?3, manifest = ?4 WHERE id = ?1;"));
    upd.bind(1, importId).bind(2, status).bind(3, finishedAt).bind(4, manifest);
    return upd.run();
}

Result<std::optional<ImportRow>> ImportRepository::unfinishedImport(const QString& format, const QString& path)
{
    Statement sel = m_db.prepare(QStringLiteral(
        "SELECT id, format, path, status, coalesce(checkpoint_file, ''), coalesce(checkpoint_record, 0) FROM imports "
        "WHERE format = ?1 AND path = ?2 AND status IN ('running', 'failed', 'cancelled') ORDER BY id DESC LIMIT 1;"));
    sel.bind(1, format).bind(2, path);
    if (sel.step())
        return std::optional<ImportRow>(
            ImportRow{sel.int64(0), sel.text(1), sel.text(2), sel.text(3), sel.text(4), sel.int64(5)});
    if (!sel.status().ok())
        return sel.status();
    return std::optional<ImportRow>();
}

Result<QList<qint64>> ImportRepository::searchPosts(const QString& query, int limit)
{
    Statement sel = m_db.prepare(QStringLiteral("SELECT docid FROM posts_fts WHERE posts_fts MATCH ?1 LIMIT ?2;"));
    sel.bind(1, query).bind(2, limit);
    QList<qint64> ids;
    while (sel.step())
        ids << sel.int64(0);
    if (!sel.status().ok())
        return sel.status();
    return ids;
}

} // namespace custos::storage
