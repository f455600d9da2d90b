// SQL for the deep verification: every post, earlier version and flag with what the
// signed batch that wrote it committed to, and each flag's status and decisions.
#pragma once

#include "core/Status.h"
#include "storage/Connection.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace custos::storage {

struct PostContentRow
{
    qint64 postId = 0;
    std::optional<qint64> versionId; // set for an earlier version
    std::optional<qint64> writtenSeq;
    QByteArray contentHash;
    // What the hash covers (domain::PostContent).
    QString platform, workspaceKey, channelId, messageId, authorId, postedAt, text;
};

struct FlagContentRow
{
    qint64 id = 0;
    qint64 postId = 0;
    qint64 policyId = 0;
    QString rule, category, severity, spans, status;
    std::optional<qint64> writtenSeq;
    qint64 decisions = 0;
};

class ContentRowRepository final
{
public:
    explicit ContentRowRepository(Database& db) : m_db(db) {}

    // Posts and versions, ordered by the seq that wrote them, then post id.
    Status forEachPost(const std::function<bool(const PostContentRow&)>& visit);
    // Flags by id, with the number of decision rows each has.
    Status forEachFlag(const std::function<bool(const FlagContentRow&)>& visit);

private:
    Database& m_db;
};

} // namespace custos::storage
