// How the domain's words and spans are kept in columns: words by their key, spans as
// compact JSON [[start, end], ...]; and the CASE expressions that rank a word's keys in
// SQL in the domain's own order. Storage only.
#pragma once

#include "domain/Review.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace custos::storage::codec {

template <typename E> QString keyOrEmpty(const std::optional<E>& value)
{
    return value ? domain::key(*value) : QString();
}

// The word stored as `key`; `fallback` for a key this version does not know.
template <typename E> E decode(const QString& key, E fallback)
{
    return domain::fromKey<E>(key).value_or(fallback);
}

// "CASE column WHEN 'k0' THEN 0 WHEN 'k1' THEN 1 ... ELSE n END" over `order`.
template <typename E> QString rankCase(const QString& column, const QList<E>& order)
{
    QString sql = QStringLiteral("CASE ") + column;
    for (qsizetype i = 0; i < order.size(); ++i)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(domain::key(order.at(i))).arg(i);
    return sql + QStringLiteral(" ELSE %1 END").arg(order.size());
}

inline QString spansToJson(const QList<domain::Span>& spans)
{
    QJsonArray a;
    for (const domain::Span& s : spans)
        a.append(QJsonArray{s.start, s.end});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

inline QList<domain::Span> spansFromJson(const QString& json)
{
    QList<domain::Span> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            out.append({pair.at(0).toInt(), pair.at(1).toInt()});
    }
    return out;
}

} // namespace custos::storage::codec
