// One case: its header (number, title, status, priority, dates, investigators, overdue
// marker), the steps an investigator takes on it, and its tabs — the timeline (filter by
// kind, party, allegation; jump to a date; a post opens with its spans and thread), the
// parties, allegations, findings, outcomes with each respondent's repeat history and
// appeals, the tasks, the interviews and the evidence files.
// Keyboard: m move status, h edit the header, n note, s message to a party, p party, g allegation, e evidence, t task, i interview,
// f finding, o outcome, l appeal, r report (PDF).
#pragma once

#include "cases/CaseService.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QToolBar;

namespace custos::models {
class TimelineModel;
}

namespace custos::ui {

class SessionTasks;

class CaseView final : public QWidget
{
    Q_OBJECT
public:
    explicit CaseView(SessionTasks* tasks, QWidget* parent = nullptr);

    // Shows the case (0: none); recorded as read by the service.
    void showCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    const std::optional<cases::CaseView>& view() const { return m_view; }

    models::TimelineModel* timeline() const { return m_timelineModel; }
    QTableView* timelineTable() const { return m_timeline; }
    QTextBrowser* itemView() const { return m_item; }
    QTextBrowser* detailsView() const { return m_details; }
    QTableWidget* tasksTable() const { return m_tasksTable; }
    QTableWidget* evidenceTable() const { return m_evidenceTable; }
    QComboBox* kindFilter() const { return m_kind; }
    QLabel* header() const { return m_header; }
    QLabel* messageLabel() const { return m_message; }
    QTabWidget* tabs() const { return m_tabs; }

public Q_SLOTS:
    void moveStatus();
    void editCase();
    void addNote();
    void recordMessage();
    void addParty();
    void addAllegation();
    void addEvidence();
    void addTask();
    void completeTask();
    void recordInterview();
    void agreeInterview();
    void recordFinding();
    void recordOutcome();
    void lodgeAppeal();
    void decideAppeal();
    void assign();
    void linkCase();
    void editTemplates();
    void openEvidence();
    void saveEvidence();
    void saveReport();
    void printReport();

Q_SIGNALS:
    // The case changed (status, due date, …): the list refreshes its row.
    void changed(qint64 caseId);

private:
    void reload();
    void after(const Status& status, const QString& done);
    // Whether the case is at `status`; otherwise says so and where it is.
    bool isAt(domain::CaseStatus status);
    void applyTimelineFilter();
    void jumpToDate();
    void showItem();
    QString detailsHtml() const;
    QString repeatHistoryHtml(qint64 partyId) const;
    QList<QPair<QString, QVariant>> partyChoices(std::optional<domain::PartyRole> role = std::nullopt) const;
    QList<QPair<QString, QVariant>> userChoices() const;
    qint64 selectedTask() const;
    qint64 selectedEvidence() const;

    SessionTasks* m_tasks;
    cases::CaseService m_cases;
    qint64 m_caseId = 0;
    std::optional<cases::CaseView> m_view;
    QLabel* m_header;
    QLabel* m_message;
    QToolBar* m_actions;
    QTabWidget* m_tabs;
    models::TimelineModel* m_timelineModel;
    QTableView* m_timeline;
    QComboBox* m_kind;
    QComboBox* m_party;
    QComboBox* m_allegation;
    QLineEdit* m_jump;
    QTextBrowser* m_item;
    QTextBrowser* m_details;
    QTableWidget* m_tasksTable;
    QTableWidget* m_evidenceTable;
    QTextBrowser* m_interviews;
};

} // namespace custos::ui
