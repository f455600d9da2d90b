// The one table of who may do what: every service asks it before an operation (reads
// included), and the UI reads it to decide what to offer. A role not listed for an
// operation is refused in the service, whatever the UI shows.
#pragma once

#include "core/Status.h"
#include "domain/Compartment.h"
#include "domain/Role.h"

namespace custos::domain {

enum class Operation
{
    ViewUsers,      // the roster of users and their roles
    ManageUsers,    // add users, change roles, revoke access
    ChangeSettings, // workspace settings (idle-lock time)
    ChangeOwnPassphrase,
    ViewWorkspaceInfo, // schema version and row counts
    ImportExports,
    ViewPolicies,
    PublishPolicy,
    ScanWorkspace,
    ReviewQueue, // read flags, posts, their context and history
    DecideFlags, // assign, dismiss, confirm, comment, tag, escalate, notify
    SaveQueueFilters,
    RevealIdentity,
    RequestTakedown,
    DecideTakedown, // approve, reject, mark done (never one's own request)
    ViewTakedowns,
    ExportTakedownOrder,
    EditNotificationTemplate,
    ReadAuditLog, // entries and their proofs
    VerifyAuditLog,
    ExportAuditLog,
    CheckIntegrity, // the files' integrity and the log's signatures, on the compartments one holds
    RekeyCompartment, // re-encrypt a compartment one holds under a new key, for its current holders only
    ViewCases,        // the case list and the cases one may see (investigators: those assigned to them)
    ManageCases,      // open cases and work them: parties, allegations, notes, evidence, tasks, interviews,
                      // findings, outcomes, appeals lodged
    AssignCases,      // assign investigators to a case
    DecideAppeal,     // decide an appeal (never on one's own outcome)
    EditInterviewTemplates,
    ViewRecords,   // retention rules, legal holds, purge previews and history, disposition certificates
    ManageRecords, // write and retire retention rules; place and release legal holds; custodian notices
    PurgeRecords,  // run a purge under the rules in force
    ViewPeople,    // the roster, training status and policy acknowledgements of employees
    ManagePeople,  // import the roster and training completions, match people, record acknowledgements
};
template <> std::span<const Word<Operation>> wordsOf<Operation>();

bool allows(Role role, Operation op);
QList<Role> rolesAllowed(Operation op);
// The compartment whose key the operation needs.
Compartment compartmentOf(Operation op);
// Success, or PermissionDenied with a translated sentence naming what is refused and
// which roles may do it.
Status require(Role role, Operation op);

} // namespace custos::domain
