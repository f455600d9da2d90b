// The takedown requests panel: the list with who asked and who decided, the four-eyes
// decision and the export of an approved order.
#include "queue/TakedownPanel.h"

#include "access/AdministrationService.h"
#include "common/Buttons.h"
#include "common/Dialogs.h"
#include "common/SessionTasks.h"
#include "review/TakedownService.h"
#include "workspace/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace custos::ui {
TakedownPanel::TakedownPanel(SessionTasks* tasks, QWidget* parent)
    : QGroupBox(tr("Takedown requests"), parent), m_tasks(tasks), m_table(new QTableWidget),
      m_approve(buttonWithTip(tr("Appro&ve…"), tr("Approve the selected request (not one you made yourself)"))),
      m_reject(buttonWithTip(tr("Re&ject…"), tr("Reject the selected request (not one you made yourself)"))),
      m_exportOrder(buttonWithTip(
          tr("Export &order…"),
          tr("Save the takedown order of an approved request as JSON for the platform administrator"))),
      m_buttons(new QHBoxLayout)
{
    m_table->setObjectName(QStringLiteral("takedowns"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Request"), tr("Status"), tr("Requested by"), tr("Reason"),
                                        tr("Policy clause"), tr("Decided by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_buttons->addWidget(m_approve);
    m_buttons->addWidget(m_reject);
    m_buttons->addWidget(m_exportOrder);
    m_buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(m_buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TakedownPanel::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, &TakedownPanel::approve);
    connect(m_reject, &QPushButton::clicked, this, &TakedownPanel::reject);
    connect(m_exportOrder, &QPushButton::clicked, this, &TakedownPanel::exportOrder);
}

void TakedownPanel::addButton(QPushButton* extra)
{
    m_buttons->insertWidget(m_buttons->count() - 1, extra); // before the stretch
}

void TakedownPanel::refresh()
{
    if (m_tasks->isBusy())
        return;
    auto rows = review::TakedownService(m_tasks->session()).list();
    if (!rows)
        return;
    m_rows = *rows;
    QHash<qint64, QString> names;
    if (auto users = access::AdministrationService(m_tasks->session()).users()) {
        for (const domain::UserRecord& u : *users)
            names.insert(u.id, u.name);
    }
    auto name = [&names](qint64 id) { return names.value(id); };
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const domain::TakedownRecord& t = m_rows.at(r);
        const QStringList cells = {QString::number(t.id),
                                   domain::displayName(t.status),
                                   name(t.requestedBy),
                                   t.reason,
                                   t.clause,
                                   t.decidedBy ? name(t.decidedBy) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    updateButtons();
}

std::optional<qint64> TakedownPanel::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_rows.size())
        return std::nullopt;
    return m_rows.at(rows.first().row()).id;
}

void TakedownPanel::updateButtons()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const domain::TakedownRecord* t =
        rows.isEmpty() || rows.first().row() >= m_rows.size() ? nullptr : &m_rows.at(rows.first().row());
    // The requester is never offered the decision on their own request.
    const bool decidable =
        t && t->status == domain::TakedownStatus::Pending && t->requestedBy != m_tasks->session().user().id;
    m_approve->setVisible(decidable);
    m_reject->setVisible(decidable);
    m_exportOrder->setEnabled(
        t && (t->status == domain::TakedownStatus::Approved || t->status == domain::TakedownStatus::Done));
}

void TakedownPanel::approve()
{
    const auto id = selected();
    if (!id)
        return;
    const auto comment =
        Dialogs::askText(this, tr("Approve the takedown"), tr("Your comment on request %1:").arg(*id));
    if (comment)
        Q_EMIT decided(review::TakedownService(m_tasks->session()).decide(*id, true, *comment),
                       tr("Takedown request %1 approved.").arg(*id));
}

void TakedownPanel::reject()
{
    const auto id = selected();
    if (!id)
        return;
    const auto comment =
        Dialogs::askText(this, tr("Reject the takedown"), tr("Your comment on request %1:").arg(*id));
    if (comment)
        Q_EMIT decided(review::TakedownService(m_tasks->session()).decide(*id, false, *comment),
                       tr("Takedown request %1 rejected.").arg(*id));
}

void TakedownPanel::exportOrder()
{
    const auto id = selected();
    if (!id)
        return;
    auto order = review::TakedownService(m_tasks->session()).order(*id);
    if (!order) {
        Dialogs::showError(this, tr("Export the takedown order"), order.status().message());
        return;
    }
    const QString path =
        Dialogs::chooseSaveFile(this, tr("Export the takedown order"), tr("Takedown orders (*.json)"),
                                QStringLiteral("takedown-order-%1.json").arg(*id));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    const QByteArray json = QJsonDocument(*order).toJson(QJsonDocument::Indented);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        Dialogs::showError(
            this, tr("Export the takedown order"),
            tr("The file %1 cannot be written: %2. Choose another folder.").arg(path, out.errorString()));
        return;
    }
    Q_EMIT reported(tr("Takedown order %1 saved to %2 for the platform administrator.").arg(*id).arg(path));
}

} // namespace custos::ui
