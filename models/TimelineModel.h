// A case's timeline as a table in time order: when, what kind (a symbol and its name, so
// it reads without colour), what happened, who recorded it and the audit entry that
// signs it. Filtered by kind, party, allegation and dates in SQL (CaseService::timeline).
#pragma once

#include "cases/CaseService.h"

#include <QAbstractTableModel>
#include <QHash>

namespace custos::models {

class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, KindColumn, WhatColumn, ByColumn, EntryColumn, ColumnCount };
    enum Roles { ItemIdRole = Qt::UserRole + 1, KindKeyRole, PostIdRole, RefIdRole, BodyRole, AtRole };

    explicit TimelineModel(workspace::Session& session, QObject* parent = nullptr);

    // The case and filter to show; 0 shows nothing.
    Status setCase(qint64 caseId, const domain::TimelineFilter& filter = {});
    Status setFilter(const domain::TimelineFilter& filter);
    Status refresh();
    qint64 caseId() const { return m_caseId; }
    const domain::TimelineItem* itemAt(int row) const;
    // The first row at or after `date` (ISO 8601), or the last row; -1 when empty.
    int rowAtOrAfter(const QString& date) const;
    // A post on the timeline with its channel, author and spans; null when not a post.
    const cases::TimelinePost* postAt(int row) const;
    const Status& lastError() const { return m_error; }

    // The symbol and name of a kind: "✉ Post".
    static QString kindLabel(domain::TimelineKind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Status load();

    cases::CaseService m_cases;
    qint64 m_caseId = 0;
    domain::TimelineFilter m_filter;
    QList<domain::TimelineItem> m_items;
    QHash<qint64, cases::TimelinePost> m_posts;
    QHash<qint64, QString> m_users;
    Status m_error;
};

} // namespace custos::models
