// The People page, for HR investigators, compliance officers and administrators: the
// employee roster (imported from HR's CSV with a column mapping) with the review screen
// for entries and people that match no one, training modules with their assignments,
// completions and where everyone stands (overdue first, reminders written to a folder),
// and acknowledgements of the policy, each bound to the text's SHA-256.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableWidget;

namespace custos::ui {

class SessionTasks;

class PeoplePage final : public QWidget
{
    Q_OBJECT
public:
    explicit PeoplePage(SessionTasks* tasks, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* rosterTable() const { return m_roster; }
    QListWidget* unmatchedEntries() const { return m_unmatchedEntries; }
    QListWidget* unmatchedPeople() const { return m_unmatchedPeople; }
    QTableWidget* modulesTable() const { return m_modules; }
    QTableWidget* statusTable() const { return m_status; }
    QTableWidget* acknowledgementsTable() const { return m_acks; }
    QComboBox* departmentFilter() const { return m_department; }
    QCheckBox* overdueOnly() const { return m_overdueOnly; }
    QLabel* message() const { return m_message; }

public Q_SLOTS:
    void refresh();
    void importRoster();
    void linkSelected();
    void addModule();
    void assignModule();
    void recordCompletion();
    void importCompletions();
    void exportReminders();
    void recordAcknowledgement();

private:
    QWidget* buildRosterTab();
    QWidget* buildTrainingTab();
    QWidget* buildAcknowledgementsTab();
    void refreshStatus();
    void report(const QString& text);

    SessionTasks* m_tasks;
    bool m_canManage = false;
    QTabWidget* m_tabs;
    QTableWidget* m_roster;
    QListWidget* m_unmatchedEntries;
    QListWidget* m_unmatchedPeople;
    QTableWidget* m_modules;
    QTableWidget* m_status;
    QTableWidget* m_acks;
    QComboBox* m_department;
    QCheckBox* m_overdueOnly;
    QLabel* m_summary;
    QLabel* m_message;
};

} // namespace custos::ui
