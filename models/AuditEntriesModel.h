// The audit log as a table that loads pages on demand (canFetchMore/fetchMore), so a
// log of millions of entries opens at once. Filters by actor, action, object and time.
#pragma once

#include "domain/AuditEntry.h"
#include "core/Status.h"
#include "auditing/AuditService.h"

#include <QAbstractTableModel>
#include <QHash>

namespace custos::workspace {
class Session;
}

namespace custos::models {

class AuditEntriesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeqColumn, TimeColumn, ActorColumn, ActionColumn, ObjectColumn, DetailsColumn, ColumnCount };
    enum Roles { SeqRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 500;

    explicit AuditEntriesModel(workspace::Session& session, QObject* parent = nullptr);

    Status setFilter(const domain::AuditFilter& filter);
    const domain::AuditFilter& filter() const { return m_filter; }
    qint64 totalMatching() const { return m_total; }
    const domain::AuditEntry* entryAt(int row) const;
    QString actorName(qint64 id) const { return m_names.value(id, QString::number(id)); }
    // Reloads from the database (after new entries were written).
    Status refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    workspace::Session& m_session;
    auditing::AuditService m_audit;
    domain::AuditFilter m_filter;
    QList<domain::AuditEntry> m_rows;
    qint64 m_total = 0;
    QHash<qint64, QString> m_names;
};

} // namespace custos::models
