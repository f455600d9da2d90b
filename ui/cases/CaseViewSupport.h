// What the case view's files share: escaping, dates as the user's locale writes them, and
// table cells. Private to ui/cases.
#pragma once


#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QTableWidgetItem>

namespace custos::ui::caseview {


inline QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

inline QString dateText(const QString& iso)
{
    if (iso.isEmpty())
        return QStringLiteral("—");
    if (iso.size() <= 10)
        return QLocale().toString(QDate::fromString(iso, Qt::ISODate), QLocale::ShortFormat);
    return QLocale().toString(QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
}

inline QTableWidgetItem* cell(const QString& text, qint64 id = 0)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (id)
        item->setData(Qt::UserRole, id);
    return item;
}

} // namespace custos::ui::caseview
