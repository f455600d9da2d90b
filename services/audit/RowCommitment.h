// What a batch entry signs about the rows it wrote: their number, their ids (as ranges)
// and a Merkle root over one leaf per row. The deep verification recomputes it from the
// tables and names the rows that are missing, extra or changed.
#pragma once

#include "domain/PostContent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace custos::audit {

class RowCommitment final
{
public:
    // One row: its id and the digest of what it holds.
    void add(qint64 id, const QByteArray& digest);
    bool isEmpty() const { return m_rows.isEmpty(); }
    qsizetype size() const { return m_rows.size(); }
    // {"count", "ids": [[first, last], ...], "root" (hex)}
    QJsonObject toJson() const;
    QByteArray root() const;
    QList<qint64> ids() const; // sorted, distinct

    // The ids a signed commitment lists (expanded from its ranges), its count and root.
    struct Signed
    {
        QList<QPair<qint64, qint64>> ranges;
        qint64 count = 0;
        QByteArray root;
        bool contains(qint64 id) const;
        QString describeIds() const; // "1000-1999, 2004"
    };
    static std::optional<Signed> fromJson(const QJsonObject& o);

private:
    QList<QPair<qint64, QByteArray>> m_rows;
};

// The leaf digests of the rows batches commit to (domain/PostContent.h: tombstones keep them).
using domain::flagRowDigest;
using domain::postRowDigest;

} // namespace custos::audit
