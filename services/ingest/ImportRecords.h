// What readers of platform exports produce, platform-neutral: people, channels, posts
// (with edits, deletions, threads, reactions and file metadata), events that are not
// posts (joins, topic changes, ...), and records skipped with a reason.
#pragma once

#include "core/Status.h"

#include <QJsonArray>
#include <QString>

namespace custos::ingest {

struct PersonRecord
{
    QString platformId;
    QString name;
    QString displayName;
    QString email;
    QString department;
    bool bot = false;
};

struct ChannelRecord
{
    QString platformId;
    QString name;
    QString kind; // public, private, dm, group
    QString topic;
};

struct PostRecord
{
    QString channelId; // platform id
    QString messageId; // unique within the channel
    QString authorId;  // platform id of a person (may be empty for integrations)
    QString postedAt;  // UTC ISO 8601
    QString threadId;  // message id of the thread's root, empty when not in a thread
    QString text;
    QString editedAt;
    QString deletedAt;
    QString subtype;   // e.g. bot_message, file_share
    QJsonArray reactions;
    QJsonArray files;  // names and types only
    QString previousText; // an earlier version the export itself shows
};

struct EventRecord
{
    QString channelId;
    QString eventId;
    QString kind;      // e.g. channel_join, topic_change
    QString actorId;
    QString occurredAt;
    QString detail;
};

// Where a reader is: the file and the record within it (for messages and resume).
struct Position
{
    QString file;
    qint64 record = 0; // 1-based line or array index
};

class ImportSink
{
public:
    virtual ~ImportSink() = default;
    virtual Status person(const PersonRecord& person) = 0;
    virtual Status channel(const ChannelRecord& channel) = 0;
    virtual Status post(const PostRecord& post, const Position& at) = 0;
    virtual Status event(const EventRecord& event, const Position& at) = 0;
    virtual void skipped(const Position& at, const QString& reason) = 0;
    // false: stop reading (cancelled)
    virtual bool keepGoing() = 0;
};

class ImportReader
{
public:
    virtual ~ImportReader() = default;
    virtual QString platform() const = 0;
    // Identifies the exported workspace, so that a later export of it maps to the same records.
    virtual QString workspaceKey() const = 0;
    virtual Status read(ImportSink& sink) = 0;
    virtual QMap<QString, QString> sourceDigests() const = 0;
};

// A structural word from an export (a record type, a subtype) as a skipped record's reason
// may quote it: reasons reach the signed manifest, which every role reads, so anything
// but a short identifier is replaced ("(not shown)").
QString safeWord(const QString& word);

QString isoFromSlackTs(const QString& ts);
QString isoFromMillis(qint64 ms);

} // namespace custos::ingest
