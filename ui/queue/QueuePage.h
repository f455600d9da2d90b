// The review queue: flagged posts (their flags grouped) with filters and full-text
// search, the selected post with its matched spans highlighted, its flags and decision
// history, and the decisions — assign to me, dismiss with a reason, confirm, escalate,
// request a takedown, reveal the author with a reason — on one post or a selection.
// Keyboard first: j/k next/previous, d dismiss, c confirm, e escalate, t takedown,
// a assign to me, x select, s select near-identical, / search. Compliance officers also get the takedown
// requests to approve or reject (never their own) and export approved orders.
#pragma once

#include "review/DecisionService.h"
#include "review/IdentityService.h"
#include "review/QueueService.h"
#include "review/TakedownService.h"

#include <QFuture>
#include <QWidget>

class QComboBox;
class QDate;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace custos::models {
class FlagQueueModel;
}

namespace custos::ui {

class SessionTasks;

class QueuePage final : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePage(SessionTasks* tasks, QWidget* parent = nullptr);
    // Waits for a count still running, so the workspace is free when the page is gone.
    ~QueuePage() override;

    models::FlagQueueModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* categoryFilter() const { return m_category; }
    QComboBox* ruleFilter() const { return m_rule; }
    QComboBox* policyFilter() const { return m_policy; }
    QComboBox* channelFilter() const { return m_channel; }
    QComboBox* authorFilter() const { return m_author; }
    QComboBox* assigneeFilter() const { return m_assignee; }
    QDateEdit* fromFilter() const { return m_from; }
    QDateEdit* toFilter() const { return m_to; }
    QLineEdit* searchBox() const { return m_search; }
    QTextBrowser* detailView() const { return m_detail; }
    QTableWidget* takedownsTable() const { return m_takedowns; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* exportOrderButton() const { return m_exportOrder; }
    QLabel* messageLabel() const { return m_message; }
    QComboBox* savedFiltersBox() const { return m_saved; }

public Q_SLOTS:
    void applyFilter();
    void next();
    void previous();
    void toggleSelection();
    void selectSimilar();
    void tag();
    void notifyAuthor();
    void editNotificationTemplate();
    void assignToMe();
    void dismiss();
    void confirm();
    void escalate();
    void requestTakedown();
    void revealAuthor();
    void approveTakedown();
    void rejectTakedown();
    void exportOrder();
    void refreshTakedowns();
    void saveFilter();
    void applySavedFilter(int index);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QList<qint64> selectedFlagIds() const;
    std::optional<qint64> currentPostId() const;
    void showCurrent();
    void showCount(); // after the page is on screen
    void after(const Status& status, const QString& done); // refresh, then say what happened
    std::optional<qint64> selectedTakedown() const;
    void updateTakedownButtons();
    void moveTo(int row);
    void loadSavedFilters();
    void loadFilterChoices();
    static QDate noDate(); // a date filter at this date filters nothing
    domain::FlagFilter currentFilter() const; // from the filter widgets; the search as typed
    void showFilter(const domain::FlagFilter& f); // sets the widgets without applying

    SessionTasks* m_tasks;
    models::FlagQueueModel* m_model;
    QTableView* m_table;
    QComboBox* m_status;
    QComboBox* m_category;
    QComboBox* m_severity;
    QLineEdit* m_search;
    QComboBox* m_rule;
    QComboBox* m_policy;
    QComboBox* m_channel;
    QComboBox* m_author;
    QComboBox* m_assignee;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_count;
    QLabel* m_message;
    QTextBrowser* m_detail;
    QComboBox* m_saved;
    QTableWidget* m_takedowns = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_exportOrder = nullptr;
    QList<domain::TakedownRecord> m_takedownRows;
    bool m_marking = false; // posts are being marked with x
    quint64 m_countGeneration = 0; // the count shown is of the latest filter
    QList<QFuture<qint64>> m_counting; // counts still running on the pool
    QList<qint64> m_similar; // near-identical flags added with s
};

} // namespace custos::ui
