#include "domain/Compartment.h"

namespace custos::domain {

namespace {
constexpr const char* kContext = "custos::domain::Compartment";
constexpr Word<Compartment> kCompartments[] = {
    {Compartment::Log, "log", kContext,
     QT_TRANSLATE_NOOP("custos::domain::Compartment", "Users, policies and the audit log")},
    {Compartment::Content, "content", kContext,
     QT_TRANSLATE_NOOP("custos::domain::Compartment", "Posts, people, flags and cases")},
    {Compartment::Aggregates, "aggregates", kContext,
     QT_TRANSLATE_NOOP("custos::domain::Compartment", "Figures for dashboards")},
};
} // namespace

template <> std::span<const Word<Compartment>> wordsOf<Compartment>()
{
    return kCompartments;
}

bool holdsKey(Role role, Compartment compartment)
{
    switch (compartment) {
    case Compartment::Log:
        return true;
    case Compartment::Content:
        // The administrator holds the content key: administrators import and scan, and
        // they hand the content key to new reviewers (docs/workspace-format.md).
        return role == Role::Administrator || role == Role::ComplianceOfficer || role == Role::HrInvestigator;
    case Compartment::Aggregates:
        return role != Role::Auditor;
    }
    Q_UNREACHABLE();
}

QList<Compartment> compartmentsOf(Role role)
{
    QList<Compartment> out;
    for (const Compartment c : all<Compartment>()) {
        if (holdsKey(role, c))
            out << c;
    }
    return out;
}

QList<Role> rolesHolding(Compartment compartment)
{
    QList<Role> out;
    for (const Role r : all<Role>()) {
        if (holdsKey(r, compartment))
            out << r;
    }
    return out;
}

} // namespace custos::domain
