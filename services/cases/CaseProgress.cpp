// Cases: a case's header and status path, its investigators, parties, allegations, notes,
// messages and links.
#include "cases/CaseService.h"

#include "cases/CaseSupport.h"
#include "domain/AuditActions.h"
#include "domain/Permissions.h"
#include "storage/CaseRepository.h"
#include "storage/PostRepository.h"
#include "storage/UserRepository.h"
#include "workspace/Session.h"

namespace custos::cases {

using namespace custos::domain;
using namespace custos::cases::support;
using storage::CaseRepository;

Status CaseService::edit(qint64 caseId, const CaseFields& fields)
{
    workspace::Session& session = m_session;
    auto before = access(caseId, Operation::ManageCases);
    if (!before)
        return before.status();
    CaseFields f;
    if (Status s = checkFields(fields, f); !s.ok())
        return s;
    f.intake = before->row.intake; // how a case came in does not change
    return inTransaction(session, actions::kCaseEdit,
                         caseEntry(caseId, {{QStringLiteral("priority"), key(f.priority)},
                                            {QStringLiteral("title_sha256"), hashOf(f.title)},
                                            {QStringLiteral("summary_sha256"), hashOf(f.summary)},
                                            {QStringLiteral("due"), f.dueAt}}),
                         [&](audit::AuditedTransaction& tx, CaseRepository& repo, qint64 seq, Entry&) -> Status {
                             if (Status st = repo.updateCase(tx.write(), caseId, f, now()); !st.ok())
                                 return st;
                             if (f.dueAt == before->row.dueAt || f.dueAt.isEmpty())
                                 return Status::success();
                             return repo.addTimeline(tx.write(), caseId, item(TimelineKind::Deadline, f.dueAt, session.user().id, seq))
                                 .status();
                         });
}

namespace {

// Why the case may not move to `to` yet (empty: it may).
QString notReadyFor(CaseStatus to, CaseStatus from, const QString& number, const QList<CaseAllegation>& allegations,
                    const QList<CaseParty>& parties, const QList<CaseOutcome>& outcomes)
{
    if (to == CaseStatus::Findings && allegations.isEmpty())
        return CaseService::tr("Case %1 has no allegation to make findings on; add one first.").arg(number);
    if (to == CaseStatus::Outcome) {
        const int open = static_cast<int>(
            std::count_if(allegations.begin(), allegations.end(), [](const CaseAllegation& a) { return !a.finding; }));
        if (open > 0)
            return CaseService::tr("Record a finding on every allegation of case %1 first (%n without one).", nullptr, open)
                .arg(number);
    }
    if (to == CaseStatus::Closed && from == CaseStatus::Outcome) {
        const bool substantiated = std::any_of(allegations.begin(), allegations.end(),
                                               [](const CaseAllegation& a) { return a.finding == Finding::Substantiated; });
        int missing = 0;
        for (const CaseParty& p : parties) {
            if (p.role != PartyRole::Respondent || !substantiated)
                continue;
            const bool decided =
                std::any_of(outcomes.begin(), outcomes.end(), [&](const CaseOutcome& o) { return o.partyId == p.id; });
            missing += decided ? 0 : 1;
        }
        if (missing > 0)
            return CaseService::tr("Record an outcome for every respondent of case %1 before closing it (%n without one).",
                                   nullptr, missing)
                .arg(number);
    }
    return {};
}

} // namespace

Status CaseService::setStatus(qint64 caseId, CaseStatus status, const QString& reason)
{
    workspace::Session& session = m_session;
    auto record = access(caseId, Operation::ManageCases);
    if (!record)
        return record.status();
    const CaseStatus from = record->row.status;
    const QString number = record->row.number;
    if (from == status)
        return {ErrorCode::InvalidArgument, tr("Case %1 is already at %2.").arg(number, displayName(status))};
    const QList<CaseStatus> next = nextStatuses(from);
    if (!next.contains(status)) {
        QStringList names;
        for (const CaseStatus n : next)
            names << displayName(n);
        const bool backwards = all<CaseStatus>().indexOf(status) < all<CaseStatus>().indexOf(from);
        return {ErrorCode::InvalidArgument,
                (backwards ? tr("Case %1 cannot go back from %2 to %3.") : tr("Case %1 cannot skip from %2 to %3."))
                        .arg(number, displayName(from), displayName(status)) +
                    u' ' + tr("From %1 it can move to: %2.").arg(displayName(from), names.join(QStringLiteral(", ")))};
    }
    const bool reopening = from == CaseStatus::Closed;
    if (reopening && reason.trimmed().isEmpty())
        return {ErrorCode::InvalidArgument, tr("Say why case %1 is reopened.").arg(number)};
    CaseRepository repo(session.database());
    auto allegations = repo.allegations(caseId);
    auto parties = repo.parties(caseId);
    auto outcomes = repo.outcomes(caseId);
    for (const Status& st : {allegations.status(), parties.status(), outcomes.status()}) {
        if (!st.ok())
            return st;
    }
    if (const QString why = notReadyFor(status, from, number, *allegations, *parties, *outcomes); !why.isEmpty())
        return {ErrorCode::InvalidArgument, why};
    const QString at = now();
    Entry entry = caseEntry(caseId, {{QStringLiteral("from"), key(from)}, {QStringLiteral("to"), key(status)}});
    if (!reason.trimmed().isEmpty())
        entry.details.insert(QStringLiteral("reason_sha256"), hashOf(reason.trimmed()));
    return inTransaction(session, reopening ? actions::kCaseReopen : actions::kCaseStatus, entry,
                         [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, Entry&) -> Status {
                             const QString closedAt = status == CaseStatus::Closed ? at : QString();
                             if (Status st = r.setStatus(tx.write(), caseId, status, closedAt, at); !st.ok())
                                 return st;
                             return r.addTimeline(tx.write(), caseId,
                                                  item(TimelineKind::Status, at, session.user().id, seq,
                                                       statusSubject(from, status), reason.trimmed()))
                                 .status();
                         });
}

Status CaseService::assign(qint64 caseId, qint64 userId, bool assigned)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(Operation::AssignCases); !s.ok())
        return s;
    if (auto a = access(caseId, Operation::ViewCases); !a)
        return a.status();
    auto user = assigned ? assignable(session, userId, caseId) : storage::UserRepository(session.database()).byId(userId);
    if (!user)
        return user.status();
    const QString name = user->displayName.isEmpty() ? user->name : user->displayName;
    return inTransaction(session, actions::kCaseAssign,
                         caseEntry(caseId, {{QStringLiteral("user"), userId}, {QStringLiteral("assigned"), assigned}}),
                         [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, Entry&) -> Status {
                             Status st = assigned ? r.addAssignee(tx.write(), caseId, userId)
                                                  : r.removeAssignee(tx.write(), caseId, userId);
                             if (!st.ok())
                                 return st;
                             return r.addTimeline(tx.write(), caseId,
                                                  item(TimelineKind::Party, now(), session.user().id, seq,
                                                       assigned ? kAssigned : kUnassigned, name))
                                 .status();
                         });
}

Result<qint64> CaseService::addParty(qint64 caseId, const PartyInput& party)
{
    workspace::Session& session = m_session;
    if (auto a = access(caseId, Operation::ManageCases); !a)
        return a.status();
    if (Status s = checkParty(party); !s.ok())
        return s;
    if (party.personId > 0) {
        auto person = storage::PostRepository(session.database()).person(party.personId);
        if (!person)
            return person.status();
        if (!*person)
            return Status(ErrorCode::NotFound, tr("There is no person %1 in the imports.").arg(party.personId));
    }
    Entry entry = caseEntry(caseId, partyDetails(party, 0));
    entry.details.remove(QStringLiteral("party"));
    return create(session, actions::kCasePartyAdd, entry, QStringLiteral("party"),
                  [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq) {
                      return addPartyInTx(tx, r, caseId, party, session.user().id, seq);
                  });
}

Result<qint64> CaseService::addAllegation(qint64 caseId, const CaseAllegation& allegation)
{
    workspace::Session& session = m_session;
    if (auto a = access(caseId, Operation::ManageCases); !a)
        return a.status();
    if (allegation.respondentPartyId > 0) {
        if (Status s = partyOfCase(session, caseId, allegation.respondentPartyId); !s.ok())
            return s;
    }
    return create(session, actions::kCaseAllegationAdd, caseEntry(caseId, {{QStringLiteral("type"), key(allegation.type)}}),
                  QStringLiteral("allegation"), [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq) {
                      return addAllegationInTx(tx, r, caseId, allegation, session.user().id, seq);
                  });
}

namespace {

// A note or a message: a text on the timeline, signed by its hash.
Result<qint64> addText(workspace::Session& session, const QString& action, TimelineKind kind, qint64 caseId, qint64 partyId,
                       const QString& text, const QString& at)
{
    Entry entry = caseEntry(caseId, {{QStringLiteral("text_sha256"), hashOf(text)}});
    if (partyId > 0)
        entry.details.insert(QStringLiteral("party"), partyId);
    return create(session, action, entry, QStringLiteral("item"), [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq) {
        TimelineItem i = item(kind, at, session.user().id, seq, QString(), text);
        i.partyId = partyId;
        return r.addTimeline(tx.write(), caseId, i);
    });
}

} // namespace

Result<qint64> CaseService::addNote(qint64 caseId, const QString& text, const QString& at)
{
    if (auto a = access(caseId, Operation::ManageCases); !a)
        return a.status();
    if (text.trimmed().isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("A note needs some text."));
    auto when = normalisedDate(at);
    if (!when)
        return Status(ErrorCode::InvalidArgument,
                      tr("The note's date \"%1\" is not a date; write it as YYYY-MM-DD.").arg(at.trimmed()));
    return addText(m_session, actions::kCaseNote, TimelineKind::Note, caseId, 0, text.trimmed(), when->isEmpty() ? now() : *when);
}

Result<qint64> CaseService::recordMessage(qint64 caseId, qint64 partyId, const QString& text)
{
    if (auto a = access(caseId, Operation::ManageCases); !a)
        return a.status();
    if (text.trimmed().isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("A message needs some text."));
    if (Status s = partyOfCase(m_session, caseId, partyId); !s.ok())
        return s;
    return addText(m_session, actions::kCaseMessage, TimelineKind::Message, caseId, partyId, text.trimmed(), now());
}

Status CaseService::link(qint64 caseId, qint64 otherCaseId)
{
    if (caseId == otherCaseId)
        return {ErrorCode::InvalidArgument, tr("A case cannot be linked to itself.")};
    if (auto a = access(caseId, Operation::ManageCases); !a)
        return a.status();
    if (auto a = access(otherCaseId, Operation::ViewCases); !a)
        return a.status();
    return inTransaction(m_session, actions::kCaseLink, caseEntry(caseId, {{QStringLiteral("other"), otherCaseId}}),
                         [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64, Entry&) {
                             return r.link(tx.write(), caseId, otherCaseId);
                         });
}


} // namespace custos::cases
