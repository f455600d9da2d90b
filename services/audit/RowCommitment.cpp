#include "audit/RowCommitment.h"

#include "audit/Merkle.h"
#include "crypto/Crypto.h"

#include <QJsonArray>

#include <algorithm>

namespace custos::audit {

void RowCommitment::add(qint64 id, const QByteArray& digest)
{
    m_rows.append({id, digest});
}

QByteArray RowCommitment::root() const
{
    QList<QPair<qint64, QByteArray>> rows = m_rows;
    std::sort(rows.begin(), rows.end());
    QList<QByteArray> leaves;
    leaves.reserve(rows.size());
    for (const auto& [id, digest] : rows)
        leaves.append(merkle::leafHash(QByteArray::number(id) + '\n' + digest));
    return merkle::root(leaves);
}

QList<qint64> RowCommitment::ids() const
{
    QList<qint64> out;
    out.reserve(m_rows.size());
    for (const auto& row : m_rows)
        out.append(row.first);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QJsonObject RowCommitment::toJson() const
{
    QJsonArray ranges;
    const QList<qint64> all = ids();
    for (qsizetype i = 0; i < all.size();) {
        qsizetype j = i;
        while (j + 1 < all.size() && all.at(j + 1) == all.at(j) + 1)
            ++j;
        ranges.append(QJsonArray{all.at(i), all.at(j)});
        i = j + 1;
    }
    return QJsonObject{{QStringLiteral("count"), static_cast<qint64>(m_rows.size())},
                       {QStringLiteral("ids"), ranges},
                       {QStringLiteral("root"), QString::fromLatin1(root().toHex())}};
}

bool RowCommitment::Signed::contains(qint64 id) const
{
    for (const auto& [first, last] : ranges) {
        if (id >= first && id <= last)
            return true;
    }
    return false;
}

QString RowCommitment::Signed::describeIds() const
{
    QStringList parts;
    for (const auto& [first, last] : ranges)
        parts << (first == last ? QString::number(first) : QStringLiteral("%1-%2").arg(first).arg(last));
    return parts.join(QStringLiteral(", "));
}

std::optional<RowCommitment::Signed> RowCommitment::fromJson(const QJsonObject& o)
{
    const QByteArray root = QByteArray::fromHex(o.value(QStringLiteral("root")).toString().toLatin1());
    if (root.size() != 32)
        return std::nullopt;
    Signed s;
    s.root = root;
    s.count = o.value(QStringLiteral("count")).toInteger();
    for (const QJsonValue& v : o.value(QStringLiteral("ids")).toArray()) {
        const QJsonArray r = v.toArray();
        if (r.size() != 2)
            return std::nullopt;
        s.ranges.append({r.at(0).toInteger(), r.at(1).toInteger()});
    }
    return s;
}

} // namespace custos::audit
