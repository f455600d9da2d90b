// A published policy version as the workspace keeps it, and as the Policies page lists it:
// who published it and how far scans with it have come.
#pragma once

#include <QByteArray>
#include <QString>

namespace custos::domain {

struct PolicyRow
{
    qint64 id = 0;
    QString name;
    int version = 0;
    QByteArray body;
};

// A published version with who published it and how far scans with it have come.
struct PolicyVersionRow
{
    int version = 0;
    QString name;
    QString publishedAt;
    QString publishedBy;
    qint64 scannedPosts = 0;
    qint64 flags = 0;
};

} // namespace custos::domain
