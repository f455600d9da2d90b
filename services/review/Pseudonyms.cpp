#include "review/Pseudonyms.h"

#include "crypto/Crypto.h"
#include "workspace/Session.h"

namespace custos::review {

Pseudonyms::Pseudonyms(const workspace::Session& session)
    : m_key(crypto::hkdfSha256(session.masterKey(), QByteArrayView("custos pseudonyms"), QByteArrayView("person v1"), 32))
{
}

QString Pseudonyms::of(qint64 personId) const
{
    const QByteArray mac = crypto::hmacSha256(m_key, QByteArray(QByteArray("person:") + QByteArray::number(personId)));
    return tr("Person %1").arg(QString::fromLatin1(mac.left(3).toHex().toUpper()));
}

} // namespace custos::review
