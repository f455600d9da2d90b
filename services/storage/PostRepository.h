// SQL for reading posts as a reviewer sees them: one post with its channel, the thread
// or the messages around it, its earlier versions, the people who wrote them, and the
// texts of the flags that share its rules (for near-identical flags).
#pragma once

#include "core/Status.h"
#include "domain/Flags.h"
#include "storage/Connection.h"

#include <QList>
#include <QString>
#include <optional>

namespace custos::storage {

struct PostRecord
{
    qint64 id = 0;
    QString text;
    QString postedAt;
    QString channel;
    domain::ChannelKind channelKind = domain::ChannelKind::Public;
    qint64 channelId = 0;
    qint64 authorId = 0; // 0 when unknown
    QString messageId;
    QString threadId;  // empty when not in a thread
    QString reactions; // JSON [{name, count}, ...] as imported
};

struct ContextRow
{
    qint64 postId = 0;
    QString postedAt;
    qint64 authorId = 0;
    QString text;
};

struct VersionRow
{
    QString text;
    QString replacedAt;
};

struct PersonRecord
{
    qint64 id = 0;
    QString displayName;
    QString email; // empty when unknown
};

class PostRepository final
{
public:
    explicit PostRepository(Database& db) : m_db(db) {}

    Result<std::optional<PostRecord>> post(qint64 id);
    // The posts of the thread whose root message is `root` (the root included), in time order.
    Result<QList<ContextRow>> thread(qint64 channelId, const QString& root, int limit);
    // Up to `count` posts of the channel before (newest first) or after (oldest first) the time.
    Result<QList<ContextRow>> before(qint64 channelId, const QString& postedAt, qint64 exceptPost, int count);
    Result<QList<ContextRow>> after(qint64 channelId, const QString& postedAt, qint64 exceptPost, int count);
    Result<QList<VersionRow>> versions(qint64 postId); // oldest first
    Result<std::optional<PersonRecord>> person(qint64 id);
    Result<QStringList> channelNames(); // by name
    // (flag id, post text) of every flag whose rule is also a rule of a flag of the post.
    Result<QList<std::pair<qint64, QString>>> flagsSharingRulesWith(qint64 postId);

private:
    Database& m_db;
};

} // namespace custos::storage
