#include "domain/AuditEntry.h"

#include "crypto/Crypto.h"

#include <QJsonDocument>

namespace custos::domain {

QByteArray AuditEntry::canonical() const
{
    QByteArray out = QByteArrayLiteral("custos-audit-entry-v1\n");
    out += QByteArray::number(seq) + '\n';
    out += time.toUtf8() + '\n';
    out += QByteArray::number(actorId) + '\n';
    out += keyId.toUtf8() + '\n';
    out += action.toUtf8() + '\n';
    out += objectType.toUtf8() + '\n';
    out += objectId.toUtf8() + '\n';
    out += details + '\n';
    out += prevHash.toHex() + '\n';
    return out;
}

QByteArray AuditEntry::computeHash() const
{
    return crypto::sha256(canonical());
}

QJsonObject AuditEntry::detailsObject() const
{
    return QJsonDocument::fromJson(details).object();
}

QByteArray Checkpoint::canonical() const
{
    QByteArray out = QByteArrayLiteral("custos-audit-checkpoint-v1\n");
    out += QByteArray::number(treeSize) + '\n';
    out += rootHash.toHex() + '\n';
    out += time.toUtf8() + '\n';
    out += QByteArray::number(signerId) + '\n';
    out += keyId.toUtf8() + '\n';
    return out;
}

QByteArray Checkpoint::signedHash() const
{
    return crypto::sha256(canonical());
}

QByteArray canonicalJson(const QJsonObject& object)
{
    // QJsonObject keeps its keys sorted, and the compact form has no insignificant
    // white space; line breaks inside strings are escaped as \n.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isSingleLine(const QString& text)
{
    return !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'));
}

} // namespace custos::domain
