#include "AuditEntriesModel.h"

#include "access/AdministrationService.h"

#include <QLocale>

namespace custos::models {

AuditEntriesModel::AuditEntriesModel(workspace::Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_audit(session)
{
    (void)refresh();
}

Status AuditEntriesModel::refresh()
{
    auto users = access::AdministrationService(m_session).users();
    if (users) {
        m_names.clear();
        for (const auto& u : *users)
            m_names.insert(u.id, u.name);
    }
    return setFilter(m_filter);
}

Status AuditEntriesModel::setFilter(const domain::AuditFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    auto total = m_audit.count(m_filter);
    m_total = total ? *total : 0;
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
    return total ? Status::success() : total.status();
}

const domain::AuditEntry* AuditEntriesModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditEntriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditEntriesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditEntriesModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void AuditEntriesModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    auto page = m_audit.entries(m_filter, m_rows.size(), kPageSize);
    if (!page || page->isEmpty()) {
        m_total = m_rows.size(); // nothing more to read
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
}

QVariant AuditEntriesModel::data(const QModelIndex& index, int role) const
{
    const domain::AuditEntry* e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    if (role == SeqRole)
        return static_cast<qulonglong>(e->seq);
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SeqColumn:
        return static_cast<qulonglong>(e->seq);
    case TimeColumn:
        return QDateTime::fromString(e->time, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ActorColumn:
        return actorName(e->actorId);
    case ActionColumn:
        return e->action;
    case ObjectColumn:
        return QString(e->objectType + QLatin1Char(' ') + e->objectId);
    case DetailsColumn:
        return QString::fromUtf8(e->details);
    default:
        return {};
    }
}

QVariant AuditEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace custos::models
