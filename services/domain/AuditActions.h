// Every action the audit log records and every kind of object an entry names: a contract
// with outside verifiers (docs/audit-log.md), so each is spelled here and nowhere else.
// Key registrations, revocations and role changes decide whose signatures count.
#pragma once

#include <QString>

namespace custos::domain {

namespace actions {
// Workspace and users
inline const QString kWorkspaceCreate =
    QStringLiteral("workspace.create"); // entry 0; registers the first key
inline const QString kLogGenesis =
    QStringLiteral("audit.genesis");                        // entry 0 of a log started on an older workspace
inline const QString kUserAdd = QStringLiteral("user.add"); // registers the new user's key
inline const QString kUserRole = QStringLiteral("user.role");
inline const QString kUserRevoke = QStringLiteral("user.revoke"); // revokes the user's key
inline const QString kUserPassphrase = QStringLiteral("user.passphrase");
// A compartment's key handed to a user whose role holds it and who lacked it
inline const QString kKeysGrant = QStringLiteral("keys.grant");
// A compartment re-encrypted under a new key, granted again to everyone who keeps it
inline const QString kKeysRekey = QStringLiteral("keys.rekey");
inline const QString kSettingsChange = QStringLiteral("settings.change");
inline const QString kAuditExport = QStringLiteral("audit.export");
// Import
inline const QString kImportStart = QStringLiteral("import.start");
inline const QString kImportResume = QStringLiteral("import.resume");
inline const QString kImportBatch = QStringLiteral("import.batch");
inline const QString kImportDone = QStringLiteral("import.done"); // the signed manifest
inline const QString kImportCancelled = QStringLiteral("import.cancelled");
inline const QString kImportFailed = QStringLiteral("import.failed");
// Policies and scans
inline const QString kPolicyPublish = QStringLiteral("policy.publish");
inline const QString kScanBatch = QStringLiteral("scan.batch");
// The dashboards' figures recomputed after an import or a scan
inline const QString kAggregatesRefresh = QStringLiteral("aggregates.refresh");
// Review
inline const QString kFlagAssign = QStringLiteral("flag.assign");
inline const QString kFlagDismiss = QStringLiteral("flag.dismiss");
inline const QString kFlagConfirm = QStringLiteral("flag.confirm");
inline const QString kFlagComment = QStringLiteral("flag.comment");
inline const QString kFlagTag = QStringLiteral("flag.tag");
inline const QString kFlagEscalate = QStringLiteral("flag.escalate");
inline const QString kFlagNotify = QStringLiteral("flag.notify");
inline const QString kPersonReveal = QStringLiteral("person.reveal");
inline const QString kTakedownRequest = QStringLiteral("takedown.request");
inline const QString kTakedownApprove = QStringLiteral("takedown.approve");
inline const QString kTakedownReject = QStringLiteral("takedown.reject");
inline const QString kTakedownDone = QStringLiteral("takedown.done");
} // namespace actions

namespace objects {
inline const QString kWorkspace = QStringLiteral("workspace");
inline const QString kUser = QStringLiteral("user");
inline const QString kCompartment = QStringLiteral("compartment");
inline const QString kSetting = QStringLiteral("setting");
inline const QString kAudit = QStringLiteral("audit");
inline const QString kImport = QStringLiteral("import");
inline const QString kPolicy = QStringLiteral("policy");
inline const QString kFlag = QStringLiteral("flag");
inline const QString kPost = QStringLiteral("post");
inline const QString kPerson = QStringLiteral("person");
inline const QString kTakedown = QStringLiteral("takedown");
} // namespace objects

} // namespace custos::domain
