#include "TimelineModel.h"

#include <QDateTime>
#include <QLocale>

namespace custos::models {

using namespace custos::domain;

TimelineModel::TimelineModel(workspace::Session& session, QObject* parent) : QAbstractTableModel(parent), m_cases(session) {}

QString TimelineModel::kindLabel(TimelineKind kind)
{
    // Symbols DejaVu Sans (the default font of the supported systems) has.
    static const char* const symbols[] = {"✉", "✎", "☏", "▤", "☐", "⚖", "⚑", "◷", "✆", "☺", "§"};
    static_assert(std::size(symbols) == static_cast<size_t>(TimelineKind::Allegation) + 1);
    return QString::fromUtf8(symbols[static_cast<int>(kind)]) + QLatin1Char(' ') + displayName(kind);
}

Status TimelineModel::setCase(qint64 caseId, const TimelineFilter& filter)
{
    m_caseId = caseId;
    m_filter = filter;
    m_users.clear();
    if (caseId > 0) {
        auto users = m_cases.investigators();
        if (users)
            for (const UserRecord& u : *users)
                m_users.insert(u.id, u.displayName.isEmpty() ? u.name : u.displayName);
    }
    m_error = load();
    return m_error;
}

Status TimelineModel::setFilter(const TimelineFilter& filter)
{
    m_filter = filter;
    m_error = load();
    return m_error;
}

Status TimelineModel::refresh()
{
    m_error = load();
    return m_error;
}

Status TimelineModel::load()
{
    QList<TimelineItem> items;
    QHash<qint64, cases::TimelinePost> posts;
    if (m_caseId > 0) {
        auto read = m_cases.timeline(m_caseId, m_filter);
        if (!read) {
            beginResetModel();
            m_items.clear();
            m_posts.clear();
            endResetModel();
            return read.status();
        }
        items = *read;
        auto p = m_cases.timelinePosts(m_caseId);
        if (p)
            posts = *p;
    }
    beginResetModel();
    m_items = items;
    m_posts = posts;
    endResetModel();
    return Status::success();
}

const TimelineItem* TimelineModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

const cases::TimelinePost* TimelineModel::postAt(int row) const
{
    const TimelineItem* item = itemAt(row);
    if (!item || item->kind != TimelineKind::Post)
        return nullptr;
    auto it = m_posts.constFind(item->postId);
    return it == m_posts.cend() ? nullptr : &*it;
}

int TimelineModel::rowAtOrAfter(const QString& date) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).at >= date)
            return i;
    return static_cast<int>(m_items.size()) - 1;
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    const TimelineItem* i = itemAt(index.row());
    if (!i || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case ItemIdRole: return i->id;
    case KindKeyRole: return key(i->kind);
    case PostIdRole: return i->postId;
    case RefIdRole: return i->refId;
    case BodyRole: return i->body;
    case AtRole: return i->at;
    case Qt::ToolTipRole:
        if (index.column() == EntryColumn)
            return tr("Audit entry %1, hash %2").arg(i->entrySeq).arg(QString::fromLatin1(i->entryHash.toHex()));
        return i->body.isEmpty() ? i->title : QString(i->title + QStringLiteral("\n\n") + i->body.left(500));
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn: {
            if (i->at.size() <= 10)
                return QLocale().toString(QDate::fromString(i->at, Qt::ISODate), QLocale::ShortFormat);
            return QLocale().toString(QDateTime::fromString(i->at, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
        }
        case KindColumn: return kindLabel(i->kind);
        case WhatColumn: {
            if (i->kind == TimelineKind::Post) {
                const auto it = m_posts.constFind(i->postId);
                const QString who = it == m_posts.cend() ? QString() : it->author + QStringLiteral(": ");
                return QString(who + i->body.simplified().left(160));
            }
            return i->body.isEmpty() ? i->title : QString(i->title + QStringLiteral(" — ") + i->body.simplified().left(120));
        }
        case ByColumn: return m_users.value(i->actorId);
        case EntryColumn: return i->entrySeq > 0 ? QVariant(i->entrySeq) : QVariant();
        }
        return {};
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("When");
    case KindColumn: return tr("Kind");
    case WhatColumn: return tr("What");
    case ByColumn: return tr("By", "who recorded a timeline entry");
    case EntryColumn: return tr("Entry", "the audit entry that records a timeline entry");
    }
    return {};
}

} // namespace custos::models
