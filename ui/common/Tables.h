// What the pages built on plain table widgets share: a read-only table with row selection,
// text and number cells, and a push button with its object name.
#pragma once

#include <QString>
#include <QStringList>

class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace custos::ui {

QTableWidget* makeTable(const QStringList& headers, const QString& objectName, const QString& accessibleName);
QTableWidgetItem* textCell(const QString& text, qint64 id = 0); // the id in Qt::UserRole
QTableWidgetItem* numberCell(qint64 n);                         // in the locale's digits, right-aligned
QPushButton* makeButton(const QString& text, const QString& objectName, const QString& toolTip = {}, bool enabled = true);
// Sizes the columns to their contents, unless the table is empty (then the headers keep theirs).
void fitColumns(QTableWidget* table);

} // namespace custos::ui
