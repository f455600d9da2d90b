#include "CaseListModel.h"

#include "review/IdentityService.h"
#include "workspace/Session.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QScopeGuard>

namespace custos::models {

using namespace custos::domain;

CaseListModel::CaseListModel(workspace::Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_cases(session)
{
    m_error = load(kPageSize);
}

QString CaseListModel::priorityLabel(CasePriority priority)
{
    static const char* const bars[] = {"█", "▅", "▃", "▁"}; // critical to low
    return QString::fromUtf8(bars[static_cast<int>(priority)]) + QLatin1Char(' ') + displayName(priority);
}

Status CaseListModel::load(int count)
{
    auto rows = m_cases.list(m_filter, m_sort, m_ascending, count, 0);
    if (!rows)
        return rows.status();
    beginResetModel();
    m_total.reset();
    m_rows = *rows;
    m_more = rows->size() >= count;
    m_respondentNames.clear();
    review::IdentityService identity(m_session);
    for (const CaseRow& r : m_rows)
        for (qint64 person : r.respondents)
            if (!m_respondentNames.contains(person))
                m_respondentNames.insert(person, identity.authorName(person));
    m_resetting = true; // views asking for more while the reset is announced wait for it to end
    endResetModel();
    m_resetting = false;
    return Status::success();
}

Status CaseListModel::setFilter(const CaseFilter& filter)
{
    m_filter = filter;
    m_error = load(kPageSize);
    return m_error;
}

Status CaseListModel::refresh()
{
    m_error = load(std::max(kPageSize, static_cast<int>(m_rows.size())));
    return m_error;
}

qint64 CaseListModel::totalMatching() const
{
    if (!m_total) {
        auto n = const_cast<cases::CaseService&>(m_cases).count(m_filter);
        m_total = n ? *n : static_cast<qint64>(m_rows.size());
    }
    return *m_total;
}

const CaseRow* CaseListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CaseListModel::rowOf(qint64 caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == caseId)
            return i;
    return -1;
}

QString CaseListModel::respondents(const CaseRow& r) const
{
    QStringList names;
    for (qint64 person : r.respondents)
        names << m_respondentNames.value(person);
    names << r.respondentNames;
    return names.join(QStringLiteral(", "));
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    const CaseRow* r = rowAt(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case CaseIdRole: return r->id;
    case StatusKeyRole: return key(r->status);
    case OverdueRole: return r->overdue;
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && r->overdueTasks > 0)
            return tr("%n overdue task(s)", nullptr, r->overdueTasks);
        return r->title;
    case Qt::BackgroundRole:
        if (index.column() == DueColumn && r->overdue)
            return QColor(0xf4, 0xc7, 0xc3);
        if (index.column() == PriorityColumn && r->priority == CasePriority::Critical)
            return QColor(0xf4, 0xc7, 0xc3);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return r->number;
        case TitleColumn: return r->title;
        case StatusColumn: return displayName(r->status);
        case PriorityColumn: return priorityLabel(r->priority);
        case RespondentsColumn: return respondents(*r);
        case AssigneesColumn: return r->assignees.join(QStringLiteral(", "));
        case AgeColumn: {
            const QDate opened = QDateTime::fromString(r->openedAt, Qt::ISODateWithMs).date();
            const QDate end = r->closedAt.isEmpty() ? QDate::currentDate()
                                                    : QDateTime::fromString(r->closedAt, Qt::ISODateWithMs).date();
            return tr("%n day(s)", nullptr, static_cast<int>(std::max<qint64>(0, opened.daysTo(end))));
        }
        case DueColumn: {
            const QString due =
                r->dueAt.isEmpty() ? QString() : QLocale().toString(QDate::fromString(r->dueAt.left(10), Qt::ISODate), QLocale::ShortFormat);
            const bool pastDue = isOpen(r->status) && !r->dueAt.isEmpty() &&
                                 r->dueAt.left(10) < QDate::currentDate().toString(Qt::ISODate);
            if (pastDue)
                return tr("⚠ %1 overdue").arg(due);
            if (r->overdueTasks > 0)
                return due.isEmpty() ? tr("⚠ task overdue") : tr("%1 ⚠ task overdue").arg(due);
            return due;
        }
        }
        return {};
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Case");
    case TitleColumn: return tr("Title");
    case StatusColumn: return tr("Status");
    case PriorityColumn: return tr("Priority");
    case RespondentsColumn: return tr("Respondents");
    case AssigneesColumn: return tr("Investigators");
    case AgeColumn: return tr("Age");
    case DueColumn: return tr("Due");
    }
    return {};
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_fetching && !m_resetting;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    auto rows = m_cases.list(m_filter, m_sort, m_ascending, kPageSize, static_cast<int>(m_rows.size()));
    if (!rows) {
        m_error = rows.status();
        m_more = false;
        return;
    }
    m_more = rows->size() >= kPageSize;
    if (rows->isEmpty())
        return;
    review::IdentityService identity(m_session);
    for (const CaseRow& r : *rows)
        for (qint64 person : r.respondents)
            if (!m_respondentNames.contains(person))
                m_respondentNames.insert(person, identity.authorName(person));
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + rows->size() - 1));
    m_rows += *rows;
    endInsertRows();
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    static const CaseSort byColumn[] = {CaseSort::Number, CaseSort::Title, CaseSort::Status, CaseSort::Priority,
                                        CaseSort::Due, CaseSort::Opened, CaseSort::Opened, CaseSort::Opened};
    static_assert(std::size(byColumn) == ColumnCount);
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = byColumn[column];
    m_ascending = order == Qt::AscendingOrder;
    if (column == AgeColumn) // the youngest case was opened last
        m_ascending = !m_ascending;
    m_error = load(std::max(kPageSize, static_cast<int>(m_rows.size())));
}

} // namespace custos::models
