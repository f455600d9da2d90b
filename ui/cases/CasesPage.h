// The Cases page: the case list (filters by status, priority, allegation type, "mine"
// and overdue; search; sort; paging in SQL) beside the selected case. Keyboard first:
// j/k next/previous case, / search, Enter or Escape in the search box back to the list,
// Ctrl+N a new case from a report; the case's own keys are in CaseView.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace custos::models {
class CaseListModel;
}

namespace custos::ui {

class CaseView;
class SessionTasks;

class CasesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CasesPage(SessionTasks* tasks, QWidget* parent = nullptr);

    models::CaseListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    CaseView* caseView() const { return m_case; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* priorityFilter() const { return m_priority; }
    QComboBox* allegationFilter() const { return m_allegation; }
    QCheckBox* mineFilter() const { return m_mine; }
    QCheckBox* overdueFilter() const { return m_overdue; }
    QLineEdit* searchBox() const { return m_search; }
    QLabel* countLabel() const { return m_count; }

public Q_SLOTS:
    // Shows the case, clearing filters that hide it.
    void showCase(qint64 caseId);
    void newCase();
    void applyFilter();
    void next();
    void previous();

private:
    void showCurrent();
    void refreshKeepingSelection(qint64 caseId);

    SessionTasks* m_tasks;
    models::CaseListModel* m_model;
    QTableView* m_table;
    CaseView* m_case;
    QComboBox* m_status;
    QComboBox* m_priority;
    QComboBox* m_allegation;
    QCheckBox* m_mine;
    QCheckBox* m_overdue;
    QLineEdit* m_search;
    QLabel* m_count;
};

} // namespace custos::ui
