// SQL for imported data: sources, people, channels, posts with their versions and
// full-text index, events, and the imports themselves (status, checkpoint, manifest).
#pragma once

#include "core/Status.h"
#include "storage/Connection.h"

#include <QHash>

#include <optional>

namespace custos::storage {

struct StoredPost
{
    qint64 id = 0;
    QByteArray contentHash;
    QString text;
    bool deleted = false;
    QString editedAt;
};

struct NewPost
{
    qint64 channelId = 0;
    QString messageId;
    std::optional<qint64> authorId;
    QString postedAt;
    QString threadId;
    QString text;
    QByteArray contentHash;
    QString editedAt;
    QString deletedAt;
    QString subtype;
    QString reactions;
    QString files;
};

struct ImportRow
{
    qint64 id = 0;
    QString format;
    QString path;
    QString status;
    QString checkpointFile;
    qint64 checkpointRecord = 0;
};

// A person as the import left them: the department is the roster's when they are
// linked to it, else the export's.
struct StoredPerson
{
    qint64 id = 0;
    QString department;
};

class ImportRepository final
{
public:
    explicit ImportRepository(Database& db) : m_db(db) {}

    Result<qint64> source(WriteAccess& w, const QString& platform, const QString& workspaceKey);
    Result<StoredPerson> upsertPerson(WriteAccess& w, qint64 sourceId, const QString& platformId, const QString& name,
                                const QString& displayName, const QString& email, const QString& department, bool bot);
    Result<qint64> upsertChannel(WriteAccess& w, qint64 sourceId, const QString& platformId, const QString& name,
                                 const QString& kind, const QString& topic);

    Result<std::optional<StoredPost>> findPost(qint64 channelId, const QString& messageId);
    // The seq of the audit entry that will sign the batch being written: posts and
    // versions written from now on carry it (the deep verification groups by it).
    void setWrittenSeq(qint64 seq) { m_writtenSeq = seq; }
    Result<qint64> insertPost(WriteAccess& w, const NewPost& post, qint64 importId);
    // Inserts the post unless its channel already holds its message id: the new id, or
    // nothing when it is already there (then findPost tells what is stored).
    Result<std::optional<qint64>> insertPostIfNew(WriteAccess& w, const NewPost& post, qint64 importId);
    // New posts enter the full-text index together, in one statement per batch: call this
    // before the batch commits (replaceText calls it first, so an edit never meets a post
    // the index has not seen yet).
    Status indexNewPosts(WriteAccess& w);
    // Keeps the current text as a version, then stores the new text (and re-indexes it).
    Status replaceText(WriteAccess& w, const StoredPost& current, const QString& text, const QByteArray& hash,
                       const QString& editedAt, qint64 importId);
    Status addVersion(WriteAccess& w, qint64 postId, const QString& text, const QByteArray& hash,
                      const QString& replacedAt, qint64 importId);
    Status markDeleted(WriteAccess& w, qint64 postId, const QString& deletedAt);
    // true when the event was new
    Result<bool> insertEvent(WriteAccess& w, std::optional<qint64> channelId, const QString& eventId, const QString& kind,
                             std::optional<qint64> actorId, const QString& occurredAt, const QString& detail,
                             qint64 importId);

    Result<qint64> startImport(WriteAccess& w, const QString& format, const QString& path, qint64 userId,
                               const QString& startedAt);
    Status setImportSource(WriteAccess& w, qint64 importId, qint64 sourceId);
    Status checkpoint(WriteAccess& w, qint64 importId, const QString& file, qint64 record);
    Status finishImport(WriteAccess& w, qint64 importId, const QString& status, const QString& finishedAt,
                        const QString& manifest);
    // The newest import of this path and format that did not finish (to resume it).
    Result<std::optional<ImportRow>> unfinishedImport(const QString& format, const QString& path);

    Result<QList<qint64>> searchPosts(const QString& query, int limit);

private:
    Database& m_db;
    qint64 m_writtenSeq = 0;
    // Ids of the posts inserted and not yet in the full-text index (ids grow: a range).
    qint64 m_unindexedFirst = 0;
    qint64 m_unindexedLast = 0;
};

} // namespace custos::storage
