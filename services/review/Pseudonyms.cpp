#include "review/Pseudonyms.h"

#include "crypto/Crypto.h"
#include "workspace/Session.h"

namespace custos::review {

Pseudonyms::Pseudonyms(const workspace::Session& session)
    // Derived from the content key: only those who may see the people have their pseudonyms.
    // A session without it (refused by every service that lists people) derives nothing.
    : m_key(session.holds(domain::Compartment::Content)
                ? crypto::hkdfSha256(session.key(domain::Compartment::Content), QByteArrayView("custos pseudonyms"),
                                     QByteArrayView("person v1"), 32)
                : crypto::SecretBytes())
{
}

QString Pseudonyms::of(qint64 personId) const
{
    const QByteArray mac = crypto::hmacSha256(m_key, QByteArray(QByteArray("person:") + QByteArray::number(personId)));
    return tr("Person %1").arg(QString::fromLatin1(mac.left(3).toHex().toUpper()));
}

} // namespace custos::review
