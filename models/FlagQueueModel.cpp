#include "FlagQueueModel.h"

#include "workspace/Session.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QScopeGuard>

namespace custos::models {

FlagQueueModel::FlagQueueModel(workspace::Session& session, QObject* parent) : QAbstractTableModel(parent), m_session(session)
{
    m_error = load(kPageSize);
}

QString FlagQueueModel::categoryName(const QString& key)
{
    if (key == QLatin1String("harassment"))
        return tr("Harassment");
    if (key == QLatin1String("threat"))
        return tr("Threat");
    if (key == QLatin1String("hate"))
        return tr("Hate");
    if (key == QLatin1String("sexual"))
        return tr("Sexual harassment");
    if (key == QLatin1String("profanity"))
        return tr("Profanity");
    if (key == QLatin1String("pii"))
        return tr("Personal data");
    if (key == QLatin1String("secret"))
        return tr("Secret");
    if (key == QLatin1String("confidential"))
        return tr("Confidential");
    if (key == QLatin1String("reputation"))
        return tr("Reputation");
    return key;
}

QString FlagQueueModel::severityName(const QString& key)
{
    if (key == QLatin1String("low"))
        return tr("▁ Low");
    if (key == QLatin1String("medium"))
        return tr("▃ Medium");
    if (key == QLatin1String("high"))
        return tr("▅ High");
    if (key == QLatin1String("critical"))
        return tr("█ Critical");
    return key;
}

QString FlagQueueModel::channelLabel(const QString& name, const QString& kind)
{
    if (kind == QLatin1String("dm"))
        return tr("DM %1").arg(name);
    if (kind == QLatin1String("group"))
        return tr("Group DM %1").arg(name);
    return QString(QLatin1Char('#') + name);
}

QString FlagQueueModel::statusName(const QString& key)
{
    if (key == QLatin1String("new"))
        return tr("New");
    if (key == QLatin1String("in_review"))
        return tr("In review");
    if (key == QLatin1String("dismissed"))
        return tr("Dismissed");
    if (key == QLatin1String("escalated"))
        return tr("Escalated");
    if (key == QLatin1String("takedown_requested"))
        return tr("Takedown requested");
    if (key == QLatin1String("takedown_approved"))
        return tr("Takedown approved");
    if (key == QLatin1String("takedown_rejected"))
        return tr("Takedown rejected");
    if (key == QLatin1String("resolved"))
        return tr("Resolved");
    return key;
}

Status FlagQueueModel::load(int count)
{
    storage::QueueCursor cursor;
    auto rows = review::ReviewService::queue(m_session, m_filter, m_sort, m_ascending, count, 0, &cursor);
    if (!rows)
        return rows.status();
    auto records = review::ReviewService::ruleRecords(m_session);
    beginResetModel();
    m_total.reset();
    m_cursor = cursor;
    m_more = !m_cursor.done && rows->size() >= count;
    m_rows = *rows;
    m_rules.clear();
    if (records) {
        for (const storage::RuleRecord& r : *records)
            m_rules.insert(r.rule, r);
    }
    m_resetting = true; // views asking for more while the reset is announced wait for it to end
    endResetModel();
    m_resetting = false;
    return Status::success();
}

Status FlagQueueModel::setFilter(const storage::FlagFilter& filter)
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

const review::ReviewService::QueueItem* FlagQueueModel::itemAt(int row) const
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
    const review::ReviewService::QueueItem* item = itemAt(index.row());
    if (!item || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const storage::QueueRow& r = item->row;
    switch (role) {
    case PostIdRole: return r.postId;
    case FlagIdsRole: return QVariant::fromValue(r.flagIds);
    case TextRole: return r.text;
    case SeverityKeyRole: return r.severity;
    case StatusKeyRole: return r.status;
    case Qt::ToolTipRole:
        if (index.column() == RuleColumn) {
            QStringList lines;
            for (const QString& rule : r.rules) {
                const storage::RuleRecord rec = m_rules.value(rule);
                lines << tr("%1: confirmed %2 times, dismissed as a false positive %3 times").arg(rule).arg(rec.confirmed).arg(rec.falsePositives);
            }
            return lines.join(QLatin1Char('\n'));
        }
        return r.text;
    case Qt::BackgroundRole:
        if (index.column() == SeverityColumn) {
            if (r.severity == QLatin1String("critical"))
                return QColor(0xf4, 0xc7, 0xc3);
            if (r.severity == QLatin1String("high"))
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
            for (const QString& c : r.categories)
                names << categoryName(c);
            return names.join(QStringLiteral(", "));
        }
        case SeverityColumn: return severityName(r.severity);
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
        case StatusColumn: return statusName(r.status);
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
        auto total = review::ReviewService::countQueue(m_session, m_filter);
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
    auto more = review::ReviewService::queue(m_session, m_filter, m_sort, m_ascending, kPageSize, 0, &m_cursor);
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
    static const storage::QueueSort byColumn[] = {storage::QueueSort::Time, storage::QueueSort::Channel, storage::QueueSort::Author,
                                                  storage::QueueSort::Category, storage::QueueSort::Severity, storage::QueueSort::Score,
                                                  storage::QueueSort::Rule, storage::QueueSort::Status, storage::QueueSort::Assignee};
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = byColumn[column];
    m_ascending = order == Qt::AscendingOrder;
    m_error = load(kPageSize);
}

} // namespace custos::models
