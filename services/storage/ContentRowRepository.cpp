#include "storage/ContentRowRepository.h"

#include "storage/Database.h"

namespace custos::storage {
namespace {

std::optional<qint64> optionalInt(const Statement& s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return s.int64(column);
}

} // namespace

Status ContentRowRepository::forEachPost(const std::function<bool(const PostContentRow&)>& visit)
{
    // Versions join their post for the fields the hash covers; a version whose post is
    // gone still comes (with empty fields), so that it is reported.
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT p.id, NULL, p.written_seq, p.content_hash, coalesce(so.platform, ''), coalesce(so.workspace_key, ''), "
        "  coalesce(c.platform_id, ''), p.message_id, coalesce(pe.platform_id, ''), p.posted_at, p.text "
        "FROM posts p LEFT JOIN channels c ON c.id = p.channel_id LEFT JOIN sources so ON so.id = c.source_id "
        "  LEFT JOIN people pe ON pe.id = p.author_id "
        "UNION ALL "
        "SELECT v.post_id, v.id, v.written_seq, v.content_hash, coalesce(so.platform, ''), coalesce(so.workspace_key, ''), "
        "  coalesce(c.platform_id, ''), coalesce(p.message_id, ''), coalesce(pe.platform_id, ''), "
        "  coalesce(p.posted_at, ''), v.text "
        "FROM post_versions v LEFT JOIN posts p ON p.id = v.post_id LEFT JOIN channels c ON c.id = p.channel_id "
        "  LEFT JOIN sources so ON so.id = c.source_id LEFT JOIN people pe ON pe.id = p.author_id "
        "ORDER BY 3, 1, 2;"));
    while (s.step()) {
        PostContentRow r;
        r.postId = s.int64(0);
        r.versionId = optionalInt(s, 1);
        r.writtenSeq = optionalInt(s, 2);
        r.contentHash = s.blob(3);
        r.platform = s.text(4);
        r.workspaceKey = s.text(5);
        r.channelId = s.text(6);
        r.messageId = s.text(7);
        r.authorId = s.text(8);
        r.postedAt = s.text(9);
        r.text = s.text(10);
        if (!visit(r))
            break;
    }
    return s.status();
}

Status ContentRowRepository::forEachFlag(const std::function<bool(const FlagContentRow&)>& visit)
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT f.id, f.post_id, f.policy_id, f.rule, f.category, f.severity, f.spans, f.status, f.written_seq, "
        "  (SELECT count(*) FROM flag_decisions d WHERE d.flag_id = f.id) "
        "FROM flags f ORDER BY f.id;"));
    while (s.step()) {
        FlagContentRow r;
        r.id = s.int64(0);
        r.postId = s.int64(1);
        r.policyId = s.int64(2);
        r.rule = s.text(3);
        r.category = s.text(4);
        r.severity = s.text(5);
        r.spans = s.text(6);
        r.status = s.text(7);
        r.writtenSeq = optionalInt(s, 8);
        r.decisions = s.int64(9);
        if (!visit(r))
            break;
    }
    return s.status();
}

} // namespace custos::storage
