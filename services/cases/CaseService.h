// Investigation cases from intake to outcome: opening a case from flagged posts or from a
// report, its parties, allegations, linked posts, notes, messages, evidence files, tasks,
// interviews, findings, outcomes and appeals, and the timeline of all of it. Every change
// is one audited transaction; viewing a case is recorded once per session.
//
// Who may see a case: the investigators assigned to it, compliance officers and
// administrators (the role table says which roles may at all). A user who is a party to
// a case — matched on the people records of imports (same user name, display name or
// e-mail local part) or on a name entered by hand — is refused whatever their role, and
// never sees the case in the list.
#pragma once

#include "core/Status.h"
#include "domain/Cases.h"
#include "domain/Permissions.h"
#include "domain/Span.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

namespace custos::workspace {
class Session;
}
namespace custos::storage {
class CaseRepository;
}

namespace custos::cases {

// What opening a case takes: its header, the flags or posts it starts from (their
// posts join the timeline, their authors become respondents, their categories
// allegations), the parties and allegations known at intake and the investigators.
struct NewCaseRequest
{
    domain::CaseFields fields;
    QList<qint64> flagIds;
    QList<qint64> postIds;
    QList<domain::PartyInput> parties;
    QList<domain::CaseAllegation> allegations; // type, clause and description
    QList<qint64> assignees;                   // users; the opener is assigned when an investigator
};

// A party with the name the viewer may see: a pseudonym until revealed in the session,
// the name entered by hand, or "Anonymous reporter".
struct PartyView
{
    domain::CaseParty party;
    QString displayName;
};

struct CaseView
{
    domain::CaseRecord record;
    QList<PartyView> parties;
    QList<domain::CaseAllegation> allegations;
    QList<domain::CaseTask> tasks;
    QList<domain::CaseInterview> interviews;
    QList<domain::CaseOutcome> outcomes;
    QList<domain::CaseAppeal> appeals;
    QList<domain::EvidenceItem> evidence;
    QList<domain::RelatedCase> related;
    QList<domain::CaseStatus> nextStatuses;
    QHash<qint64, QString> users; // display names of the users the case names
    QString partyName(qint64 partyId) const;
};

// A linked post on the timeline, with what the queue highlights in it.
struct TimelinePost
{
    qint64 postId = 0;
    QString channel;
    QString author; // pseudonym unless revealed
    QList<domain::Span> spans;
};

// A post found for a report ("which posts"), as the viewer may see it.
struct FoundPost
{
    qint64 postId = 0;
    QString postedAt;
    QString channel;
    QString author; // pseudonym unless revealed
    QString text;
};

class CaseService final
{
    Q_DECLARE_TR_FUNCTIONS(CaseService)
public:
    explicit CaseService(workspace::Session& session) : m_session(session) {}

    // The case's number: "HR-2026-0042".
    static QString numberOf(int year, int yearSeq);
    // The rows the case list reads at a time: a screenful and more; the next page is read
    // when the view scrolls to it.
    static constexpr int kListPage = 50;
    // The largest evidence file that can be attached.
    static constexpr qint64 kMaxEvidenceBytes = 256LL * 1024 * 1024;

    // The active users whose role works cases: who may be assigned, own a task or attend.
    Result<QList<domain::UserRecord>> investigators();

    Result<qint64> open(const NewCaseRequest& request);
    // Up to `limit` posts matching a full-text query (as the queue's search box takes it),
    // shown newest first, for attaching to a case opened from a report.
    Result<QList<FoundPost>> findPosts(const QString& query, int limit = 50);
    // "Add to case": posts (or the posts of flags) join an open case's timeline, their
    // authors as respondents and their categories as allegations where new.
    Status addPosts(qint64 caseId, const QList<qint64>& flagIds, const QList<qint64>& postIds);

    Result<QList<domain::CaseRow>> list(const domain::CaseFilter& filter, domain::CaseSort sort = domain::CaseSort::Opened,
                                        bool ascending = false, int limit = 200, int offset = 0);
    Result<qint64> count(const domain::CaseFilter& filter);
    // A case by its number ("HR-2026-0042", any case) or id.
    Result<qint64> find(const QString& numberOrId);
    // The case; recorded as case.view the first time in this session.
    Result<CaseView> show(qint64 caseId);
    Result<QList<domain::TimelineItem>> timeline(qint64 caseId, const domain::TimelineFilter& filter = {});
    // The posts on the timeline with their channel, author and spans, by post id.
    Result<QHash<qint64, TimelinePost>> timelinePosts(qint64 caseId);

    Status edit(qint64 caseId, const domain::CaseFields& fields);
    // One step along the case's path (domain::nextStatuses); reopening a closed case needs
    // a reason; moving to findings needs an allegation; to outcome, a finding on every
    // allegation; closing after an outcome, an outcome for each respondent of a
    // substantiated allegation.
    Status setStatus(qint64 caseId, domain::CaseStatus status, const QString& reason = {});
    Status assign(qint64 caseId, qint64 userId, bool assigned = true);
    Result<qint64> addParty(qint64 caseId, const domain::PartyInput& party);
    Result<qint64> addAllegation(qint64 caseId, const domain::CaseAllegation& allegation);
    // `at` is when it happened (empty: now).
    Result<qint64> addNote(qint64 caseId, const QString& text, const QString& at = {});
    // A message to a party, recorded on the timeline (Custos sends nothing).
    Result<qint64> recordMessage(qint64 caseId, qint64 partyId, const QString& text);
    Status link(qint64 caseId, qint64 otherCaseId);

    // The file's bytes go into the encrypted workspace with their SHA-256 taken now.
    Result<qint64> addEvidence(qint64 caseId, const QString& fileName, const QString& mediaType, const QByteArray& content,
                               const QString& description = {});
    // The file's bytes for viewing or saving, checked against the SHA-256 taken at intake;
    // recorded as case.evidence.open.
    Result<QByteArray> openEvidence(qint64 evidenceId, domain::EvidenceItem* item = nullptr);

    Result<qint64> addTask(qint64 caseId, const QString& title, qint64 ownerId, const QString& dueAt);
    Status completeTask(qint64 taskId);

    Result<QList<domain::InterviewTemplate>> interviewTemplates();
    // The templates a new workspace starts with, one per allegation type that has one.
    static QList<domain::InterviewTemplate> defaultInterviewTemplates();
    Result<qint64> saveInterviewTemplate(const domain::InterviewTemplate& t);
    Result<qint64> recordInterview(qint64 caseId, const domain::CaseInterview& interview);
    // The interview was read back to the interviewee and agreed.
    Status agreeInterview(qint64 interviewId);

    Status recordFinding(qint64 allegationId, domain::Finding finding, const QString& reasoning);
    Result<qint64> recordOutcome(qint64 caseId, qint64 partyId, domain::Sanction sanction, const QString& reasoning);
    // A respondent's earlier cases, findings, sanctions still in force and confirmed flags.
    Result<domain::RepeatHistory> repeatHistory(qint64 caseId, qint64 partyId);
    // The same for the author of a post in the queue, with their open cases.
    Result<domain::RepeatHistory> authorHistory(qint64 personId, QList<domain::CaseRow>* openCases = nullptr);

    Result<qint64> lodgeAppeal(qint64 outcomeId, const QString& grounds);
    // Decided by someone other than who decided the outcome; `upheld` keeps it, otherwise
    // it is set aside.
    Status decideAppeal(qint64 appealId, bool upheld, const QString& reasoning);

    // The case report as HTML for printing or a PDF: every step with the audit entry
    // (sequence number and entry hash) that records it. Recorded as case.report.
    Result<QString> reportHtml(qint64 caseId);

private:
    // The case, when the user may do `op` on it: the role allows it, an investigator is
    // assigned to it, and the user is no party to it.
    Result<domain::CaseRecord> access(qint64 caseId, domain::Operation op);
    // The same for the case that a row of it belongs to: `caseOf` finds it (0: no such
    // row, refused with `notFound`), after the role check.
    Result<domain::CaseRecord> accessVia(domain::Operation op,
                                         const std::function<Result<qint64>(storage::CaseRepository&)>& caseOf,
                                         const QString& notFound);
    // Each party's name as the viewer may see it.
    QHash<qint64, QString> partyNames(const QList<domain::CaseParty>& parties) const;
    workspace::Session& m_session;
};

} // namespace custos::cases
