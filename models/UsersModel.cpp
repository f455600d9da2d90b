#include "UsersModel.h"

#include "access/AdministrationService.h"
#include "crypto/Crypto.h"

#include <QBrush>
#include <QPalette>

namespace custos::models {

UsersModel::UsersModel(QObject* parent) : QAbstractTableModel(parent) {}

Status UsersModel::reload(workspace::Session& session)
{
    auto users = access::AdministrationService(session).users();
    if (!users)
        return users.status();
    setUsers(users.takeValue());
    return Status::success();
}

void UsersModel::setUsers(QList<domain::UserRecord> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const domain::UserRecord* UsersModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UsersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    const domain::UserRecord* user = index.isValid() ? userAt(index.row()) : nullptr;
    if (!user)
        return {};
    switch (role) {
    case UserNameRole:
        return user->name;
    case IsActiveRole:
        return user->isActive();
    case RoleKeyRole:
        return domain::key(user->role);
    case Qt::ToolTipRole:
        return index.column() == RoleColumn ? domain::description(user->role) : QVariant();
    case Qt::ForegroundRole:
        return user->isActive() ? QVariant() : QVariant(QBrush(QPalette().color(QPalette::Disabled, QPalette::Text)));
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return user->name;
        case DisplayNameColumn:
            return user->displayName;
        case RoleColumn:
            return domain::displayName(user->role);
        case StatusColumn:
            return user->isActive() ? tr("Active")
                                    : tr("Revoked %1").arg(QLocale().toString(user->revokedAt.toLocalTime(),
                                                                              QLocale::ShortFormat));
        case KeyColumn:
            return crypto::keyId(user->signingPublicKey);
        case CreatedColumn:
            return QLocale().toString(user->createdAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("User");
    case DisplayNameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case KeyColumn:
        return tr("Signing key");
    case CreatedColumn:
        return tr("Added");
    default:
        return {};
    }
}

} // namespace custos::models
