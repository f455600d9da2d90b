// What the case service's files share: one audited transaction around a change (knowing
// the seq of the entry that signs it), timeline rows, dates as the case tables keep them,
// and who the signed-in user is as parties are matched against them. Private to cases/.
#pragma once

#include "audit/AuditLog.h"
#include "core/Status.h"
#include "domain/Cases.h"
#include "domain/User.h"
#include "storage/CaseRepository.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace custos::workspace {
class Session;
}

namespace custos::cases::support {

QString now();   // UTC, ISO 8601 with milliseconds
QString today(); // the local date, ISO 8601
QString hashOf(const QString& text); // SHA-256 of the UTF-8 text, hex: what entries sign of a text
// A date or a time as ISO 8601, or empty; nullopt when `text` is neither.
std::optional<QString> normalisedDate(const QString& text);

// What the entry of a change signs; a change may add to it (the id of what it created).
struct Entry
{
    QString objectType;
    QString objectId;
    QJsonObject details;
};
// The entry of a change to case `caseId`: object "case", details {"case": id, …more}.
Entry caseEntry(qint64 caseId, QJsonObject more = {});

using Change = std::function<Status(audit::AuditedTransaction&, storage::CaseRepository&, qint64 seq, Entry&)>;
// One audited transaction: `change` writes, then the entry is recorded, then commit.
Status inTransaction(workspace::Session& session, const QString& action, Entry entry, const Change& change);
// The same for a change that creates one row: its id is returned and signed as
// details[idKey].
using Creation = std::function<Result<qint64>(audit::AuditedTransaction&, storage::CaseRepository&, qint64 seq)>;
Result<qint64> create(workspace::Session& session, const QString& action, Entry entry, const QString& idKey,
                      const Creation& change);
// An entry that records a read (case.view, case.evidence.open): nothing changes with it.
Status recordRead(workspace::Session& session, const QString& action, Entry entry);

// A timeline row recorded now by `actor`, signed by entry `seq`.
domain::TimelineItem item(domain::TimelineKind kind, const QString& at, qint64 actor, qint64 seq, const QString& subject = {},
                          const QString& body = {});
// The subjects timeline rows keep (language-neutral; the service words them when read).
QString statusSubject(domain::CaseStatus from, domain::CaseStatus to); // "triage>investigating"
QString decisionSubject(const QString& what, const QString& key);     // "finding:substantiated"
inline const QString kFinding = QStringLiteral("finding");
inline const QString kOutcome = QStringLiteral("outcome");
inline const QString kAppeal = QStringLiteral("appeal");
inline const QString kAssigned = QStringLiteral("assigned");
inline const QString kUnassigned = QStringLiteral("unassigned");
inline const QString kDone = QStringLiteral("done"); // a task's row when it is done

Status caseNotFound(const QString& what);
// InvalidArgument unless `partyId` is a party to case `caseId`.
Status partyOfCase(workspace::Session& session, qint64 caseId, qint64 partyId);

// A party or an allegation written with its timeline row.
Result<qint64> addPartyInTx(audit::AuditedTransaction& tx, storage::CaseRepository& repo, qint64 caseId,
                            const domain::PartyInput& in, qint64 actor, qint64 seq);
Result<qint64> addAllegationInTx(audit::AuditedTransaction& tx, storage::CaseRepository& repo, qint64 caseId,
                                 const domain::CaseAllegation& in, qint64 actor, qint64 seq);
// The header's fields trimmed and its dates normalised, or why they cannot be.
Status checkFields(const domain::CaseFields& f, domain::CaseFields& out);
Status checkParty(const domain::PartyInput& p);
// The user, when they may be assigned to investigate case `caseId` (0: a case being opened).
Result<domain::UserRecord> assignable(workspace::Session& session, qint64 userId, qint64 caseId);
// What an entry signs of a party: its id, role, whether anonymous, and its person record.
QJsonObject partyDetails(const domain::PartyInput& p, qint64 id);

// The signed-in user as the case list and the party check see them.
Result<storage::CaseViewer> viewerOf(workspace::Session& session);

} // namespace custos::cases::support
