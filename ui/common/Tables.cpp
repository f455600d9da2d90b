#include "common/Tables.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

namespace custos::ui {

QTableWidget* makeTable(const QStringList& headers, const QString& objectName, const QString& accessibleName)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setObjectName(objectName);
    t->setAccessibleName(accessibleName);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem* textCell(const QString& text, qint64 id)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (id)
        item->setData(Qt::UserRole, id);
    return item;
}

QTableWidgetItem* numberCell(qint64 n)
{
    auto* item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QPushButton* makeButton(const QString& text, const QString& objectName, const QString& toolTip, bool enabled)
{
    auto* b = new QPushButton(text);
    b->setObjectName(objectName);
    if (!toolTip.isEmpty())
        b->setToolTip(toolTip);
    b->setEnabled(enabled);
    return b;
}

void fitColumns(QTableWidget* table)
{
    if (table->rowCount() > 0)
        table->resizeColumnsToContents();
}

} // namespace custos::ui
