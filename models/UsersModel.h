// The workspace's users as a table for the Administration page.
#pragma once

#include "core/Status.h"
#include "domain/User.h"

#include <QAbstractTableModel>

namespace custos::workspace {
class Session;
}

namespace custos::models {

class UsersModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DisplayNameColumn, RoleColumn, StatusColumn, KeyColumn, CreatedColumn, ColumnCount };
    enum Roles { UserNameRole = Qt::UserRole + 1, IsActiveRole, RoleKeyRole };

    explicit UsersModel(QObject* parent = nullptr);

    Status reload(workspace::Session& session);
    void setUsers(QList<domain::UserRecord> users);
    const domain::UserRecord* userAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::UserRecord> m_users;
};

} // namespace custos::models
