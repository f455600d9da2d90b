// The canonical content of a post that its hash covers: computed at import, stored with
// the post and each earlier version, and recomputed by the deep verification.
#pragma once

#include <QByteArray>
#include <QString>

namespace custos::domain {

struct PostContent
{
    QString platform;     // e.g. slack
    QString workspaceKey; // the export's workspace on that platform
    QString channelId;    // platform ids, as the export spells them
    QString messageId;
    QString authorId;     // empty when the export names no author
    QString postedAt;
    QString text;
};

// SHA-256 of "custos-post-v1\n" then platform, workspace key, channel id, message id,
// author id and time, each followed by "\n", then the text.
QByteArray contentHash(const PostContent& p);

// The leaf digest of a post (or an earlier version) and of a flag in the batch entry that
// wrote it (audit/RowCommitment.h); a tombstone keeps it when the row is purged.
QByteArray postRowDigest(const QByteArray& contentHash);
QByteArray flagRowDigest(qint64 postId, qint64 policyId, const QString& rule, const QString& category,
                         const QString& severity, const QString& spans);

} // namespace custos::domain
