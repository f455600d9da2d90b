#include "FlagQueueModel.h"


#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QScopeGuard>

namespace custos::models {

FlagQueueModel::FlagQueueModel(workspace::Session& session, QObject* parent) : QAbstractTableModel(parent), m_queue(session)
{
    m_error = load(kPageSize);
}

QString FlagQueueModel::severityLabel(domain::Severity severity)
{
    static const char* const bars[] = {"▁", "▃", "▅", "█"}; // low to critical
    return QString::fromUtf8(bars[static_cast<int>(severity)]) + QLatin1Char(' ') + domain::displayName(severity);
}

QString FlagQueueModel::channelLabel(const QString& name, domain::ChannelKind kind)
{
    if (kind == domain::ChannelKind::DirectMessage)
        return tr("DM %1").arg(name);
    if (kind == domain::ChannelKind::GroupMessage)
        return tr("Group DM %1").arg(name);
    return QString(QLatin1Char('#') + name);
}

Status FlagQueueModel::load(int count)
{
    domain::QueueCursor cursor;
    auto rows = m_queue.page(m_filter, m_sort, m_ascending, count, 0, &cursor);
    if (!rows)
        return rows.status();
    auto records = m_queue.ruleRecords();
    beginResetModel();
    m_total.reset();
    m_cursor = cursor;
    m_more = !m_cursor.done && rows->size() >= count;
    m_rows = *rows;
    m_rules.clear();
    if (records) {
        for (const domain::RuleRecord& r : *records)
            m_rules.insert(r.rule, r);
    }
    m_resetting = true; // views asking for more while the reset is announced wait for it to end
    endResetModel();
    m_resetting = false;
    return Status::success();
}

Status FlagQueueModel::setFilter(const domain::FlagFilter& filter)
{
    m_filter = filter;
    m_error = load(kPageSize);
    return m_error;
}

Status FlagQueueModel::refresh()
{
    m_error = load(std::max(kPageSize, static_cast<int>(m_rows.size())));
    return m_error;
}

const review::QueueItem* FlagQueueModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int FlagQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FlagQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlagQueueModel::data(const QModelIndex& index, int role) const
{
    const review::QueueItem* item = itemAt(index.row());
    if (!item || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const domain::QueueRow& r = item->row;
    switch (role) {
    case PostIdRole: return r.postId;
    case FlagIdsRole: return QVariant::fromValue(r.flagIds);
    case TextRole: return r.text;
    case SeverityKeyRole: return domain::key(r.severity);
    case StatusKeyRole: return domain::key(r.status);
    case Qt::ToolTipRole:
        if (index.column() == RuleColumn) {
            QStringList lines;
            for (const QString& rule : r.rules) {
                const domain::RuleRecord rec = m_rules.value(rule);
                lines << tr("%1: confirmed %2 times, dismissed as a false positive %3 times").arg(rule).arg(rec.confirmed).arg(rec.falsePositives);
            }
            return lines.join(QLatin1Char('\n'));
        }
        return r.text;
    case Qt::BackgroundRole:
        if (index.column() == SeverityColumn) {
            if (r.severity == domain::Severity::Critical)
                return QColor(0xf4, 0xc7, 0xc3);
            if (r.severity == domain::Severity::High)
                return QColor(0xfc, 0xe8, 0xb2);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromString(r.postedAt, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
        case ChannelColumn: return channelLabel(r.channel, r.channelKind);
        case AuthorColumn: return item->author;
        case CategoryColumn: {
            QStringList names;
            for (const domain::Category c : r.categories)
                names << domain::displayName(c);
            return names.join(QStringLiteral(", "));
        }
        case SeverityColumn: return severityLabel(r.severity);
        case ScoreColumn: return QString::number(r.score, 'f', 2);
        case RuleColumn: {
            // Each rule with its precision so far, when reviewers have judged it.
            QStringList rules;
            for (const QString& rule : r.rules) {
                const double p = m_rules.value(rule).precision();
                rules << (p < 0 ? rule : tr("%1 (%2 %)").arg(rule).arg(qRound(p * 100)));
            }
            return rules.join(QStringLiteral(", "));
        }
        case StatusColumn: return domain::displayName(r.status);
        case AssigneeColumn: return r.assignee;
        }
        return {};
    default: return {};
    }
}

QVariant FlagQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case ChannelColumn: return tr("Channel");
    case AuthorColumn: return tr("Author");
    case CategoryColumn: return tr("Category");
    case SeverityColumn: return tr("Severity");
    case ScoreColumn: return tr("Score");
    case RuleColumn: return tr("Rule");
    case StatusColumn: return tr("Status");
    case AssigneeColumn: return tr("Assignee");
    }
    return {};
}

qint64 FlagQueueModel::totalMatching() const
{
    if (!m_total) {
        auto total = m_queue.count(m_filter);
        if (!total)
            return m_rows.size(); // what is shown; the error shows on the next load
        m_total = *total;
    }
    return *m_total;
}

bool FlagQueueModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void FlagQueueModel::fetchMore(const QModelIndex& parent)
{
    if (m_resetting || m_fetching || !canFetchMore(parent))
        return; // not while a reset or an insertion is being announced
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    // From where the last page ended: the walk seeks there instead of passing every
    // row already shown again.
    auto more = m_queue.page(m_filter, m_sort, m_ascending, kPageSize, 0, &m_cursor);
    if (!more) {
        m_error = more.status();
        return;
    }
    m_more = !m_cursor.done && more->size() >= kPageSize;
    if (more->isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more->size() - 1));
    m_rows.append(*more);
    endInsertRows();
}

void FlagQueueModel::sort(int column, Qt::SortOrder order)
{
    static const domain::QueueSort byColumn[] = {domain::QueueSort::Time, domain::QueueSort::Channel, domain::QueueSort::Author,
                                                  domain::QueueSort::Category, domain::QueueSort::Severity, domain::QueueSort::Score,
                                                  domain::QueueSort::Rule, domain::QueueSort::Status, domain::QueueSort::Assignee};
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = byColumn[column];
    m_ascending = order == Qt::AscendingOrder;
    m_error = load(kPageSize);
}

} // namespace custos::models
