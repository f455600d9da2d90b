#include "audit/UserKeyDetails.h"

#include "crypto/Crypto.h"

namespace custos::audit {

QJsonObject userKeyDetails(const domain::UserRecord& user)
{
    return QJsonObject{{QStringLiteral("user_id"), user.id},
                       {QStringLiteral("user"), user.name},
                       {QStringLiteral("display_name"), user.displayName},
                       {QStringLiteral("role"), domain::key(user.role)},
                       {QStringLiteral("key_id"), crypto::keyId(user.signingPublicKey)},
                       {QStringLiteral("public_key"), QString::fromLatin1(user.signingPublicKey.toBase64())},
                       {QStringLiteral("agreement_public_key"), QString::fromLatin1(user.agreementPublicKey.toBase64())}};
}

} // namespace custos::audit
