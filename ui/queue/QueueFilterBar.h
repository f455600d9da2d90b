// The review queue's filters: two rows of choices and the search, the saved filters and
// the count of matching posts. It makes a domain::FlagFilter; the Queue page applies it.
#pragma once

#include "domain/Review.h"

#include <QWidget>

class QComboBox;
class QDate;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace custos::ui {

class SessionTasks;

class QueueFilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit QueueFilterBar(SessionTasks* tasks, QWidget* parent = nullptr);

    // From the filter widgets; the search as typed.
    domain::FlagFilter currentFilter() const;
    // Sets the widgets without emitting filterChanged.
    void showFilter(const domain::FlagFilter& f);
    // Reads the rules, policy versions, channels, departments, authors and assignees offered (again,
    // after a reveal), keeping what is chosen.
    void loadChoices();
    void loadSavedFilters();
    void showCounting();
    void showCount(qint64 total); // negative: not known
    void focusSearch();

    QComboBox* statusFilter() const { return m_status; }
    QComboBox* categoryFilter() const { return m_category; }
    QComboBox* ruleFilter() const { return m_rule; }
    QComboBox* policyFilter() const { return m_policy; }
    QComboBox* channelFilter() const { return m_channel; }
    QComboBox* departmentFilter() const { return m_department; }
    QComboBox* authorFilter() const { return m_author; }
    QComboBox* assigneeFilter() const { return m_assignee; }
    QDateEdit* fromFilter() const { return m_from; }
    QDateEdit* toFilter() const { return m_to; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* savedFiltersBox() const { return m_saved; }

public Q_SLOTS:
    void saveFilter();
    void applySavedFilter(int index);

Q_SIGNALS:
    // A choice changed, the search was entered or a saved filter was chosen.
    void filterChanged();
    // Something to tell the reviewer on the page.
    void reported(const QString& message);

private:
    static QDate noDate(); // a date filter at this date filters nothing

    SessionTasks* m_tasks;
    QComboBox* m_status;
    QComboBox* m_category;
    QComboBox* m_severity;
    QLineEdit* m_search;
    QComboBox* m_rule;
    QComboBox* m_policy;
    QComboBox* m_channel;
    QComboBox* m_department;
    QComboBox* m_author;
    QComboBox* m_assignee;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_count;
    QComboBox* m_saved;
};

} // namespace custos::ui
