#include "domain/Role.h"

namespace custos::domain {

namespace {
constexpr const char* kContext = "custos::domain::Role";
constexpr Word<Role> kRoles[] = {
    {Role::Administrator, "administrator", kContext,
     QT_TRANSLATE_NOOP("custos::domain::Role", "Administrator")},
    {Role::ComplianceOfficer, "compliance", kContext,
     QT_TRANSLATE_NOOP("custos::domain::Role", "Compliance officer")},
    {Role::HrInvestigator, "investigator", kContext,
     QT_TRANSLATE_NOOP("custos::domain::Role", "HR investigator")},
    {Role::Manager, "manager", kContext, QT_TRANSLATE_NOOP("custos::domain::Role", "Manager")},
    {Role::Auditor, "auditor", kContext, QT_TRANSLATE_NOOP("custos::domain::Role", "Auditor")},
};
} // namespace

template <> std::span<const Word<Role>> wordsOf<Role>()
{
    return kRoles;
}

QString description(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("custos::domain::Role",
                                           "Manages users, roles and workspace settings.");
    case Role::ComplianceOfficer:
        return QCoreApplication::translate("custos::domain::Role",
                                           "Reviews flagged posts and approves takedowns.");
    case Role::HrInvestigator:
        return QCoreApplication::translate("custos::domain::Role",
                                           "Triages harassment reports and runs cases.");
    case Role::Manager:
        return QCoreApplication::translate("custos::domain::Role",
                                           "Sees aggregate sentiment and risk dashboards only.");
    case Role::Auditor:
        return QCoreApplication::translate("custos::domain::Role", "Reads and verifies the audit log.");
    }
    Q_UNREACHABLE();
}

} // namespace custos::domain
