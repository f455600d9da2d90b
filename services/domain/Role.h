// The five roles of the console. What each may do is in Permissions.h.
#pragma once

#include "domain/Vocabulary.h"

namespace custos::domain {

enum class Role
{
    Administrator = 1,
    ComplianceOfficer = 2,
    HrInvestigator = 3,
    Manager = 4,
    Auditor = 5
};
template <> std::span<const Word<Role>> wordsOf<Role>();

// One sentence on what the role is for, translated.
QString description(Role role);

} // namespace custos::domain
