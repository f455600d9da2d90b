// The review queue as a table: one row per flagged post (its flags grouped), loaded
// page by page on demand (canFetchMore/fetchMore); filtering and sorting happen in SQL,
// never by loading every row. Severity and categories carry text as well as colour;
// each rule shows its precision so far (confirmed against dismissed as false positive).
#pragma once

#include "core/Status.h"
#include "review/QueueService.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace custos::workspace {
class Session;
}

namespace custos::models {

class FlagQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ChannelColumn, AuthorColumn, CategoryColumn, SeverityColumn, ScoreColumn, RuleColumn, StatusColumn,
                  AssigneeColumn, ColumnCount };
    enum Roles { PostIdRole = Qt::UserRole + 1, FlagIdsRole, TextRole, SeverityKeyRole, StatusKeyRole };
    static constexpr int kPageSize = 200;

    explicit FlagQueueModel(workspace::Session& session, QObject* parent = nullptr);

    Status setFilter(const domain::FlagFilter& filter);
    const domain::FlagFilter& filter() const { return m_filter; }
    // How many posts match the filter. Counted on first use after each load, not with
    // the page: a view shows the first page at once and the count when it asks.
    qint64 totalMatching() const;
    const review::QueueItem* itemAt(int row) const;
    Status refresh(); // after decisions: reloads as many rows as were shown
    const Status& lastError() const { return m_error; }

    // The severity's name after a bar as tall as the severity, so it reads without colour.
    static QString severityLabel(domain::Severity severity);
    // "#name" for a channel; a direct or group message says so instead of posing as a channel.
    static QString channelLabel(const QString& name, domain::ChannelKind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    Status load(int count);

    review::QueueService m_queue;
    domain::FlagFilter m_filter;
    domain::QueueSort m_sort = domain::QueueSort::Time;
    bool m_ascending = false;
    QList<review::QueueItem> m_rows;
    QHash<QString, domain::RuleRecord> m_rules; // precision so far, by rule
    mutable std::optional<qint64> m_total; // counted on demand
    bool m_more = false;                    // the last page read was full
    domain::QueueCursor m_cursor;          // where the next page starts
    Status m_error;
    bool m_resetting = false;
    bool m_fetching = false;
};

} // namespace custos::models
