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
// Cases: ids, keys, counts and the SHA-256 of what was written, never a name or a text
inline const QString kCaseOpen = QStringLiteral("case.open");
inline const QString kCaseView = QStringLiteral("case.view"); // once per user, case and session
inline const QString kCaseEdit = QStringLiteral("case.edit"); // title, summary, priority, dates
inline const QString kCaseStatus = QStringLiteral("case.status");
inline const QString kCaseReopen = QStringLiteral("case.reopen");
inline const QString kCaseAssign = QStringLiteral("case.assign");
inline const QString kCasePartyAdd = QStringLiteral("case.party.add");
inline const QString kCaseAllegationAdd = QStringLiteral("case.allegation.add");
inline const QString kCasePostAdd = QStringLiteral("case.post.add");
inline const QString kCaseNote = QStringLiteral("case.note");
inline const QString kCaseMessage = QStringLiteral("case.message"); // recorded, never sent
inline const QString kCaseEvidenceAdd = QStringLiteral("case.evidence.add"); // with the file's SHA-256
inline const QString kCaseEvidenceOpen = QStringLiteral("case.evidence.open");
inline const QString kCaseTaskAdd = QStringLiteral("case.task.add");
inline const QString kCaseTaskDone = QStringLiteral("case.task.done");
inline const QString kCaseInterview = QStringLiteral("case.interview");
inline const QString kCaseInterviewAgree = QStringLiteral("case.interview.agree");
inline const QString kCaseFinding = QStringLiteral("case.finding");
inline const QString kCaseOutcome = QStringLiteral("case.outcome");
inline const QString kCaseAppeal = QStringLiteral("case.appeal");
inline const QString kCaseAppealDecide = QStringLiteral("case.appeal.decide");
inline const QString kCaseLink = QStringLiteral("case.link");
inline const QString kCaseReport = QStringLiteral("case.report");
inline const QString kInterviewTemplate = QStringLiteral("case.template");
// Records: rules, holds and purges; a purge's batches sign their tombstones (a Merkle root
// and each tombstone's digest), its last entry the root over its batches
inline const QString kRetentionRule = QStringLiteral("retention.rule");
inline const QString kRetentionRuleRetire = QStringLiteral("retention.rule.retire");
inline const QString kHoldPlace = QStringLiteral("hold.place");
inline const QString kHoldRelease = QStringLiteral("hold.release");
inline const QString kHoldNotice = QStringLiteral("hold.notice"); // notices exported, never sent
inline const QString kHoldAcknowledge = QStringLiteral("hold.acknowledge");
inline const QString kPurgeStart = QStringLiteral("retention.purge.start");
inline const QString kPurgeBatch = QStringLiteral("retention.purge.batch");
inline const QString kPurgeDone = QStringLiteral("retention.purge.done");
inline const QString kDispositionExport = QStringLiteral("disposition.export");
// People: the roster, training and policy acknowledgements (ids, counts and the SHA-256
// of imported files, never a name)
inline const QString kRosterImport = QStringLiteral("roster.import");
inline const QString kRosterLink = QStringLiteral("roster.link");
inline const QString kTrainingModule = QStringLiteral("training.module");
inline const QString kTrainingAssign = QStringLiteral("training.assign");
inline const QString kTrainingComplete = QStringLiteral("training.complete");
inline const QString kTrainingImport = QStringLiteral("training.import");
inline const QString kPolicyAcknowledge = QStringLiteral("policy.acknowledge");
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
inline const QString kCase = QStringLiteral("case");
inline const QString kInterviewTemplate = QStringLiteral("interview_template");
inline const QString kRetentionRule = QStringLiteral("retention_rule");
inline const QString kHold = QStringLiteral("hold");
inline const QString kPurge = QStringLiteral("purge");
inline const QString kRoster = QStringLiteral("roster");
inline const QString kEmployee = QStringLiteral("employee");
inline const QString kTrainingModule = QStringLiteral("training_module");
} // namespace objects

} // namespace custos::domain
