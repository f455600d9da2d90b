// The case list as a table: number, title, status, priority, due date with an overdue
// marker, respondents (pseudonyms until revealed), investigators and age. Filtering, sorting
// and paging happen in SQL (CaseService::list); rows are loaded page by page on demand.
#pragma once

#include "cases/CaseService.h"

#include <QAbstractTableModel>

#include <optional>

namespace custos::workspace {
class Session;
}

namespace custos::models {

class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, TitleColumn, StatusColumn, PriorityColumn, DueColumn, RespondentsColumn, AssigneesColumn,
                  AgeColumn, ColumnCount };
    enum Roles { CaseIdRole = Qt::UserRole + 1, StatusKeyRole, OverdueRole };
    static constexpr int kPageSize = cases::CaseService::kListPage;

    explicit CaseListModel(workspace::Session& session, QObject* parent = nullptr);

    Status setFilter(const domain::CaseFilter& filter);
    const domain::CaseFilter& filter() const { return m_filter; }
    Status refresh(); // after a change: reloads as many rows as were shown
    qint64 totalMatching() const;
    const domain::CaseRow* rowAt(int row) const;
    int rowOf(qint64 caseId) const; // -1 when not loaded
    const Status& lastError() const { return m_error; }

    // The priority's name after a bar as tall as the priority, so it reads without colour.
    static QString priorityLabel(domain::CasePriority priority);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    Status load(int count);
    QString respondents(const domain::CaseRow& r) const;

    workspace::Session& m_session;
    cases::CaseService m_cases;
    domain::CaseFilter m_filter;
    domain::CaseSort m_sort = domain::CaseSort::Opened;
    bool m_ascending = false;
    QList<domain::CaseRow> m_rows;
    QHash<qint64, QString> m_respondentNames; // people.id → pseudonym or revealed name
    mutable std::optional<qint64> m_total;
    bool m_more = false;
    bool m_fetching = false;
    bool m_resetting = false;
    Status m_error;
};

} // namespace custos::models
