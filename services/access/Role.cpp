#include "access/Role.h"

namespace custos::access {

QList<Role> Roles::all()
{
    return {Role::Administrator, Role::ComplianceOfficer, Role::HrInvestigator, Role::Manager, Role::Auditor};
}

QString Roles::key(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::ComplianceOfficer:
        return QStringLiteral("compliance");
    case Role::HrInvestigator:
        return QStringLiteral("investigator");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    Q_UNREACHABLE();
}

std::optional<Role> Roles::fromKey(const QString& key)
{
    for (Role role : all()) {
        if (Roles::key(role).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("Administrator");
    case Role::ComplianceOfficer:
        return tr("Compliance officer");
    case Role::HrInvestigator:
        return tr("HR investigator");
    case Role::Manager:
        return tr("Manager");
    case Role::Auditor:
        return tr("Auditor");
    }
    Q_UNREACHABLE();
}

QString Roles::description(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("Manages users, roles and workspace settings.");
    case Role::ComplianceOfficer:
        return tr("Reviews flagged posts and approves takedowns.");
    case Role::HrInvestigator:
        return tr("Triages harassment reports and runs cases.");
    case Role::Manager:
        return tr("Sees aggregate sentiment and risk dashboards only.");
    case Role::Auditor:
        return tr("Reads and verifies the audit log.");
    }
    Q_UNREACHABLE();
}

} // namespace custos::access
