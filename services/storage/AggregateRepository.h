// The aggregates compartment: per day, channel and department, how many posts, their
// sentiment and the flags by category and severity. Figures only, never a post or a
// person, so that a manager's key opens them and nothing else.
#pragma once

#include "core/Status.h"
#include "storage/Connection.h"

#include <QList>
#include <QString>

namespace custos::storage {

// Posts added on one day in one channel by authors of one department.
struct DailyPostsDelta
{
    QString day; // YYYY-MM-DD
    QString channel;
    QString channelKind;
    QString department;
    qint64 posts = 0;
};

struct AggregateTotals
{
    qint64 days = 0;
    qint64 posts = 0;
    qint64 flags = 0;
};

class AggregateRepository final
{
public:
    explicit AggregateRepository(Database& db) : m_db(db) {}

    // Recomputes the figures from the content compartment (both must be on the
    // connection). A post counts as negative below −0.05, the usual threshold of
    // compound sentiment scores.
    Status refresh(WriteAccess& write);
    // Adds newly imported posts to the per-day counts, in the import batch's transaction
    // (their sentiment comes with the scan, which recomputes everything).
    Status addPosts(WriteAccess& write, const QList<DailyPostsDelta>& deltas);
    Result<AggregateTotals> totals();
    // Whether the figures do not add up to the content's posts, scored posts and flags.
    Result<bool> isStale();

private:
    Database& m_db;
};

} // namespace custos::storage
