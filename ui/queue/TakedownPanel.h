// The takedown requests a compliance officer decides on the Queue page: approve or reject
// one (never their own), and export an approved request's order for the platform administrator.
#pragma once

#include "core/Status.h"
#include "domain/Review.h"

#include <QGroupBox>
#include <optional>

class QHBoxLayout;
class QPushButton;
class QTableWidget;

namespace custos::ui {

class SessionTasks;

class TakedownPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit TakedownPanel(SessionTasks* tasks, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* exportOrderButton() const { return m_exportOrder; }
    // Puts another button in the row under the requests, after the panel's own.
    void addButton(QPushButton* extra);

public Q_SLOTS:
    void refresh(); // reads the requests again, unless the session is busy
    void approve();
    void reject();
    void exportOrder();

Q_SIGNALS:
    // A request was approved or rejected, or that failed: the page reads the queue again
    // and says `done` (or what went wrong).
    void decided(const Status& status, const QString& done);
    // Something to tell the officer on the page.
    void reported(const QString& message);

private:
    std::optional<qint64> selected() const;
    void updateButtons();

    SessionTasks* m_tasks;
    QTableWidget* m_table;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_exportOrder;
    QHBoxLayout* m_buttons;
    QList<domain::TakedownRecord> m_rows;
};

} // namespace custos::ui
