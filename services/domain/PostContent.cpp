#include "domain/PostContent.h"

#include "crypto/Crypto.h"

namespace custos::domain {

QByteArray contentHash(const PostContent& p)
{
    const QString canonical = QStringLiteral("custos-post-v1\n") + p.platform + QLatin1Char('\n') + p.workspaceKey +
                              QLatin1Char('\n') + p.channelId + QLatin1Char('\n') + p.messageId + QLatin1Char('\n') +
                              p.authorId + QLatin1Char('\n') + p.postedAt + QLatin1Char('\n') + p.text;
    return crypto::sha256(canonical.toUtf8());
}

QByteArray postRowDigest(const QByteArray& contentHash)
{
    return contentHash.toHex();
}

QByteArray flagRowDigest(qint64 postId, qint64 policyId, const QString& rule, const QString& category,
                         const QString& severity, const QString& spans)
{
    const QString canonical = QStringLiteral("custos-flag-v1\n%1\n%2\n").arg(postId).arg(policyId) + rule +
                              QLatin1Char('\n') + category + QLatin1Char('\n') + severity + QLatin1Char('\n') + spans;
    return crypto::sha256(canonical.toUtf8()).toHex();
}

} // namespace custos::domain
