// The review queue: flagged posts (their flags grouped) in a table, with the filter bar
// above it (filters, full-text search, saved filters), the selected post with its matched
// spans highlighted, its flags and decision history, and the decisions — assign to me,
// dismiss with a reason, confirm, escalate, request a takedown, reveal the author with a
// reason — on one post or a selection. Keyboard first: j/k next/previous, d dismiss,
// c confirm, e escalate, t takedown, a assign to me, x select, s select near-identical,
// o open a case from the selection, Shift+O add it to an open case,
// / search. Compliance officers also get the takedown panel: the requests to approve or
// reject (never their own) and approved orders to export.
#pragma once

#include "queue/PostDetailView.h"
#include "queue/QueueFilterBar.h"
#include "queue/TakedownPanel.h"
#include "review/DecisionService.h"
#include "review/IdentityService.h"
#include "review/QueueService.h"
#include "review/TakedownService.h"

#include <QFuture>
#include <QWidget>

class QComboBox;
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
    QComboBox* statusFilter() const { return m_filters->statusFilter(); }
    QComboBox* categoryFilter() const { return m_filters->categoryFilter(); }
    QComboBox* ruleFilter() const { return m_filters->ruleFilter(); }
    QComboBox* policyFilter() const { return m_filters->policyFilter(); }
    QComboBox* channelFilter() const { return m_filters->channelFilter(); }
    QComboBox* authorFilter() const { return m_filters->authorFilter(); }
    QComboBox* assigneeFilter() const { return m_filters->assigneeFilter(); }
    QDateEdit* fromFilter() const { return m_filters->fromFilter(); }
    QDateEdit* toFilter() const { return m_filters->toFilter(); }
    QLineEdit* searchBox() const { return m_filters->searchBox(); }
    QComboBox* savedFiltersBox() const { return m_filters->savedFiltersBox(); }
    QTextBrowser* detailView() const { return m_detail; }
    // The takedown panel's: null unless the user decides takedowns.
    QTableWidget* takedownsTable() const { return m_takedowns ? m_takedowns->table() : nullptr; }
    QPushButton* approveButton() const { return m_takedowns ? m_takedowns->approveButton() : nullptr; }
    QPushButton* rejectButton() const { return m_takedowns ? m_takedowns->rejectButton() : nullptr; }
    QPushButton* exportOrderButton() const
    {
        return m_takedowns ? m_takedowns->exportOrderButton() : nullptr;
    }
    QLabel* messageLabel() const { return m_message; }

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
    void refreshTakedowns();
    // A case from the selected flags (o), or the flags added to an open case (Shift+O).
    void openCase();
    void addToCase();

Q_SIGNALS:
    // A case was opened or posts added to it: the window shows it on the Cases page.
    void caseChosen(qint64 caseId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QList<qint64> selectedFlagIds() const;
    std::optional<qint64> currentPostId() const;
    void showCurrent();
    void showCount();                                      // after the page is on screen
    void after(const Status& status, const QString& done); // refresh, then say what happened
    QString authorRecord(qint64 personId) const;           // earlier confirmed flags and open cases
    void moveTo(int row);

    SessionTasks* m_tasks;
    models::FlagQueueModel* m_model;
    QTableView* m_table;
    QueueFilterBar* m_filters;
    QLabel* m_message;
    PostDetailView* m_detail;
    TakedownPanel* m_takedowns = nullptr;
    bool m_marking = false;            // posts are being marked with x
    quint64 m_countGeneration = 0;     // the count shown is of the latest filter
    QList<QFuture<qint64>> m_counting; // counts still running on the pool
    QList<qint64> m_similar;           // near-identical flags added with s
};

} // namespace custos::ui
