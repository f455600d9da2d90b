#include "domain/Permissions.h"

namespace custos::domain {

namespace {

// The display name completes "… is not allowed for your role".
constexpr Word<Operation> kOperations[] = {
    {Operation::ViewUsers, "users.view", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Seeing the users")},
    {Operation::ManageUsers, "users.manage", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Adding users, changing roles and revoking access")},
    {Operation::ChangeSettings, "settings.change", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Changing workspace settings")},
    {Operation::ChangeOwnPassphrase, "passphrase.change", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Changing your passphrase")},
    {Operation::ViewWorkspaceInfo, "workspace.info", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Seeing the workspace's figures")},
    {Operation::ImportExports, "import", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Importing exports")},
    {Operation::ViewPolicies, "policies.view", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Seeing the detection policies")},
    {Operation::PublishPolicy, "policies.publish", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Publishing a policy version")},
    {Operation::ScanWorkspace, "scan", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Scanning the workspace")},
    {Operation::ReviewQueue, "queue.view", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Reviewing flagged posts")},
    {Operation::DecideFlags, "flags.decide", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Deciding on flags")},
    {Operation::SaveQueueFilters, "queue.filters", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Saving queue filters")},
    {Operation::RevealIdentity, "identity.reveal", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Revealing an author's identity")},
    {Operation::RequestTakedown, "takedown.request", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Requesting a takedown")},
    {Operation::DecideTakedown, "takedown.decide", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Approving, rejecting or completing takedowns")},
    {Operation::ViewTakedowns, "takedown.view", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Seeing takedown requests")},
    {Operation::ExportTakedownOrder, "takedown.order", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Exporting a takedown order")},
    {Operation::EditNotificationTemplate, "notification.template", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Changing the notification template")},
    {Operation::ReadAuditLog, "audit.read", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Reading the audit log")},
    {Operation::VerifyAuditLog, "audit.verify", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Verifying the audit log")},
    {Operation::ExportAuditLog, "audit.export", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Exporting the audit log")},
    {Operation::CheckIntegrity, "check", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Checking the workspace's integrity")},
    {Operation::RekeyCompartment, "keys.rekey", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Rekeying a compartment")},
    {Operation::ViewCases, "cases.view", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Seeing cases")},
    {Operation::ManageCases, "cases.manage", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Opening and working cases")},
    {Operation::AssignCases, "cases.assign", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Assigning investigators to cases")},
    {Operation::DecideAppeal, "cases.appeal", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Deciding appeals")},
    {Operation::EditInterviewTemplates, "cases.templates", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Changing interview templates")},
    {Operation::ViewRecords, "records.view", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Viewing retention rules, legal holds and purges")},
    {Operation::ManageRecords, "records.manage", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Changing retention rules and legal holds")},
    {Operation::PurgeRecords, "records.purge", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Purging expired records")},
    {Operation::ViewPeople, "people.view", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Viewing the roster, training and policy acknowledgements")},
    {Operation::ManagePeople, "people.manage", "custos::domain::Operation",
     QT_TRANSLATE_NOOP("custos::domain::Operation", "Changing the roster, training and policy acknowledgements")},
};

constexpr Role A = Role::Administrator;
constexpr Role C = Role::ComplianceOfficer;
constexpr Role H = Role::HrInvestigator;
constexpr Role M = Role::Manager;
constexpr Role U = Role::Auditor;

struct Grant
{
    Operation op;
    unsigned roles; // bit (1 << role) per role allowed
    Compartment data; // the compartment the operation reads or writes
};

template <typename... R> constexpr unsigned rolesMask(R... roles)
{
    return ((1u << static_cast<unsigned>(roles)) | ...);
}

// Managers see aggregates only, never a post, a person or the log's details; auditors
// read and verify the log and change nothing. Each operation names the compartment whose
// key it needs, and every role allowed it holds that key (domain/Compartment.h): auditors
// see takedowns through their signed entries, not the takedown list with its posts.
const Grant kGrants[] = {
    {Operation::ViewUsers, rolesMask(A, C, H, U), Compartment::Log},
    {Operation::ManageUsers, rolesMask(A), Compartment::Log},
    {Operation::ChangeSettings, rolesMask(A), Compartment::Log},
    {Operation::ChangeOwnPassphrase, rolesMask(A, C, H, M, U), Compartment::Log},
    {Operation::ViewWorkspaceInfo, rolesMask(A, C, H, M, U), Compartment::Log},
    {Operation::ImportExports, rolesMask(A, C, H), Compartment::Content},
    {Operation::ViewPolicies, rolesMask(A, C, H, U), Compartment::Log},
    {Operation::PublishPolicy, rolesMask(A, C), Compartment::Log},
    {Operation::ScanWorkspace, rolesMask(A, C, H), Compartment::Content},
    {Operation::ReviewQueue, rolesMask(C, H), Compartment::Content},
    {Operation::DecideFlags, rolesMask(C, H), Compartment::Content},
    {Operation::SaveQueueFilters, rolesMask(C, H), Compartment::Log},
    {Operation::RevealIdentity, rolesMask(C, H), Compartment::Content},
    {Operation::RequestTakedown, rolesMask(C, H), Compartment::Content},
    {Operation::DecideTakedown, rolesMask(C), Compartment::Content},
    {Operation::ViewTakedowns, rolesMask(C, H), Compartment::Content},
    {Operation::ExportTakedownOrder, rolesMask(C, H), Compartment::Content},
    {Operation::EditNotificationTemplate, rolesMask(C), Compartment::Log},
    {Operation::ReadAuditLog, rolesMask(A, C, U), Compartment::Log},
    {Operation::VerifyAuditLog, rolesMask(A, C, H, M, U), Compartment::Log},
    {Operation::ExportAuditLog, rolesMask(A, C, U), Compartment::Log},
    {Operation::CheckIntegrity, rolesMask(A, C, H, M, U), Compartment::Log},
    {Operation::RekeyCompartment, rolesMask(A, C), Compartment::Log},
    // Cases: investigators see the cases assigned to them, compliance officers and
    // administrators every case; a party to a case is refused whatever the role
    // (cases/CaseService). Managers and auditors never see a case's content.
    {Operation::ViewCases, rolesMask(A, C, H), Compartment::Content},
    {Operation::ManageCases, rolesMask(A, C, H), Compartment::Content},
    {Operation::AssignCases, rolesMask(A, C), Compartment::Content},
    {Operation::DecideAppeal, rolesMask(A, C), Compartment::Content},
    {Operation::EditInterviewTemplates, rolesMask(A, C), Compartment::Content},
    // Records: what is kept and what is deleted is decided by compliance officers and
    // administrators; holds override every rule until they release them.
    {Operation::ViewRecords, rolesMask(A, C), Compartment::Content},
    {Operation::ManageRecords, rolesMask(A, C), Compartment::Content},
    {Operation::PurgeRecords, rolesMask(A, C), Compartment::Content},
    // People: the roster links employees to the people of the imports, so it is content;
    // HR keeps it with compliance and the administrators. Managers get aggregates only.
    {Operation::ViewPeople, rolesMask(A, C, H), Compartment::Content},
    {Operation::ManagePeople, rolesMask(A, C, H), Compartment::Content},
};

const Grant& grantOf(Operation op)
{
    for (const Grant& g : kGrants) {
        if (g.op == op)
            return g;
    }
    Q_UNREACHABLE();
}

} // namespace

template <> std::span<const Word<Operation>> wordsOf<Operation>()
{
    return kOperations;
}

Compartment compartmentOf(Operation op)
{
    return grantOf(op).data;
}

bool allows(Role role, Operation op)
{
    return (grantOf(op).roles & rolesMask(role)) != 0;
}

QList<Role> rolesAllowed(Operation op)
{
    QList<Role> out;
    for (const Role r : all<Role>()) {
        if (allows(r, op))
            out << r;
    }
    return out;
}

Status require(Role role, Operation op)
{
    if (allows(role, op))
        return Status::success();
    QStringList names;
    for (const Role r : rolesAllowed(op))
        names << displayName(r);
    return {
        ErrorCode::PermissionDenied,
        QCoreApplication::translate("custos::domain::Permissions",
                                    "%1 is not allowed for your role (%2); it needs one of these roles: %3.")
            .arg(displayName(op), displayName(role), names.join(QStringLiteral(", ")))};
}

} // namespace custos::domain
