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

} // namespace custos::domain
