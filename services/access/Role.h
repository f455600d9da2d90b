// The five roles of the console and what each may do.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace custos::access {

enum class Role {
    Administrator = 1,
    ComplianceOfficer = 2,
    HrInvestigator = 3,
    Manager = 4,
    Auditor = 5
};

class Roles final
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    static QList<Role> all();
    // Stable identifier used in the CLI and the database: administrator, compliance, ...
    static QString key(Role role);
    static std::optional<Role> fromKey(const QString& key);
    // Translated name for display.
    static QString displayName(Role role);
    static QString description(Role role);
};

} // namespace custos::access
