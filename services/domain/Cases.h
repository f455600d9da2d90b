// The words of an investigation case and the rows a case is read as, from storage up to
// the screen: statuses and how a case moves between them, priorities, intake channels,
// allegation types, parties, timeline kinds, findings, the consequence ladder, appeals.
#pragma once

#include "domain/Flags.h"
#include "domain/Vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace custos::domain {

enum class CaseStatus
{
    Triage,
    NoInvestigation, // closed at triage: nothing to investigate
    Referred,        // handed to another function (security, legal, the works council)
    Investigating,
    Findings,
    Outcome,
    Closed
};
template <> std::span<const Word<CaseStatus>> wordsOf<CaseStatus>();

// The statuses a case may move to from `from` (reopening a closed case included).
QList<CaseStatus> nextStatuses(CaseStatus from);
// Whether the case is still being worked (not closed, not ended at triage).
bool isOpen(CaseStatus status);

enum class CasePriority
{
    Critical,
    High,
    Moderate,
    Low
};
template <> std::span<const Word<CasePriority>> wordsOf<CasePriority>();

// How the matter reached the investigators.
enum class IntakeChannel
{
    QueueFlag,
    EmployeeReport,
    Hotline,
    ManagerReferral,
    Anonymous
};
template <> std::span<const Word<IntakeChannel>> wordsOf<IntakeChannel>();

enum class AllegationType
{
    Bullying,
    Harassment,
    SexualHarassment,
    Discrimination,
    ThreatOrViolence,
    Retaliation,
    ConfidentialLeak,
    MisuseOfSystems,
    Other
};
template <> std::span<const Word<AllegationType>> wordsOf<AllegationType>();
// The allegation a flag of `category` proposes when its post opens a case.
AllegationType allegationFor(Category category);

enum class PartyRole
{
    Complainant,
    Respondent,
    Witness,
    Other
};
template <> std::span<const Word<PartyRole>> wordsOf<PartyRole>();

// What one entry of a case's timeline is.
enum class TimelineKind
{
    Post,      // a linked post, with its thread and spans
    Note,
    Interview,
    Evidence,  // a file attached into the workspace
    Task,
    Decision,  // findings, outcomes, appeals and their decisions
    Status,    // the case opened, moved, closed or reopened
    Deadline,  // a due date set or moved
    Message,   // a message to a party, recorded (never sent)
    Party,     // a party or an investigator added or removed
    Allegation
};
template <> std::span<const Word<TimelineKind>> wordsOf<TimelineKind>();

enum class Finding
{
    Substantiated,
    NotSubstantiated,
    Inconclusive
};
template <> std::span<const Word<Finding>> wordsOf<Finding>();

// The consequence ladder, mildest first.
enum class Sanction
{
    NoAction,
    Coaching,
    WrittenWarning,
    FinalWarning,
    MandatoryTraining,
    Suspension,
    Termination
};
template <> std::span<const Word<Sanction>> wordsOf<Sanction>();
// How many months a sanction counts for repeat history (0: it does not expire; no action
// and termination never count as "in force").
int defaultSanctionMonths(Sanction sanction);

enum class AppealStatus
{
    Pending,
    Upheld,     // the original outcome stands
    Overturned, // the outcome is set aside
};
template <> std::span<const Word<AppealStatus>> wordsOf<AppealStatus>();

// What a case is opened with, and what editing its header changes.
struct CaseFields
{
    QString title;
    QString summary;
    CasePriority priority = CasePriority::Moderate;
    IntakeChannel intake = IntakeChannel::EmployeeReport;
    QString incidentAt; // dates (ISO 8601), may be empty
    QString reportedAt;
    QString dueAt;
};

// A party as the investigator enters it: a person record, a name entered by hand, or an
// anonymous reporter (no name at all).
struct PartyInput
{
    PartyRole role = PartyRole::Other;
    qint64 personId = 0;
    QString name;
    bool anonymous = false;
    QString note;
};

// Filters of the case list; empty members do not filter.
struct CaseFilter
{
    std::optional<CaseStatus> status;
    bool openOnly = false; // any status but closed and ended at triage
    std::optional<CasePriority> priority;
    std::optional<AllegationType> allegation;
    qint64 assignee = 0;   // users.id; 0: anyone
    bool overdue = false;  // past the due date and still open, or with an overdue task
    QString search;        // number or title, case-insensitive substring
    QString today;         // the date overdue is measured against (ISO 8601); empty: now
};

enum class CaseSort
{
    Number,
    Opened,
    Due,
    Priority,
    Status,
    Title
};
template <> std::span<const Word<CaseSort>> wordsOf<CaseSort>();

// One row of the case list.
struct CaseRow
{
    qint64 id = 0;
    QString number; // "HR-2026-0042"
    QString title;
    CaseStatus status = CaseStatus::Triage;
    CasePriority priority = CasePriority::Moderate;
    IntakeChannel intake = IntakeChannel::EmployeeReport;
    QString openedAt;
    QString dueAt;   // a date, may be empty
    QString closedAt;
    QList<qint64> respondents; // people.id of respondents linked to a person record
    QStringList respondentNames; // respondents entered by hand
    QStringList assignees;       // user names
    bool overdue = false;
    int openTasks = 0;
    int overdueTasks = 0;
};

// A case's header, as the case page shows it.
struct CaseRecord
{
    CaseRow row;
    QString summary;
    QString incidentAt;
    QString reportedAt;
    qint64 openedBy = 0;
    QList<qint64> assigneeIds;
    qint64 openEntry = 0; // the audit entry that opened it
};

struct CaseParty
{
    qint64 id = 0;
    PartyRole role = PartyRole::Other;
    qint64 personId = 0; // people.id; 0 when entered by hand or anonymous
    QString name;        // entered by hand; empty for a person record or an anonymous reporter
    bool anonymous = false;
    QString note;
    qint64 entrySeq = 0;
};

struct CaseAllegation
{
    qint64 id = 0;
    AllegationType type = AllegationType::Other;
    QString clause;
    QString description;
    qint64 respondentPartyId = 0; // 0: the case's respondents in general
    std::optional<Finding> finding;
    QString findingReason;
    qint64 findingBy = 0;
    QString findingAt;
    qint64 findingEntry = 0;
    qint64 entrySeq = 0;
};

struct CaseTask
{
    qint64 id = 0;
    QString title;
    qint64 ownerId = 0;
    QString dueAt; // a date
    QString doneAt;
    qint64 entrySeq = 0;
    bool overdue = false;
};

struct CaseOutcome
{
    qint64 id = 0;
    qint64 partyId = 0; // the respondent
    Sanction sanction = Sanction::NoAction;
    QString reasoning;
    qint64 decidedBy = 0;
    QString decidedAt;
    QString expiresAt; // empty: does not expire
    qint64 entrySeq = 0;
    bool setAside = false; // overturned on appeal
};

struct CaseAppeal
{
    qint64 id = 0;
    qint64 outcomeId = 0;
    QString grounds;
    qint64 lodgedBy = 0;
    QString lodgedAt;
    AppealStatus status = AppealStatus::Pending;
    qint64 decidedBy = 0;
    QString decidedAt;
    QString decisionReason;
    qint64 entrySeq = 0;
    qint64 decisionEntry = 0;
};

struct InterviewTemplate
{
    qint64 id = 0;
    AllegationType type = AllegationType::Other;
    QString name;
    QStringList questions;
};

struct CaseInterview
{
    qint64 id = 0;
    qint64 partyId = 0;
    qint64 templateId = 0;
    QString heldAt;
    QString attendees;
    QStringList questions;
    QStringList answers; // one per question
    QString notes;
    bool agreed = false; // read back to the interviewee and agreed
    QString agreedAt;
    qint64 entrySeq = 0;
};

struct EvidenceItem
{
    qint64 id = 0;
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QByteArray sha256; // taken at intake
    QString addedAt;
    qint64 addedBy = 0;
    qint64 entrySeq = 0;
};

// One entry of a case's timeline, in time order.
struct TimelineItem
{
    qint64 id = 0;
    TimelineKind kind = TimelineKind::Note;
    QString at;       // when it happened (a post's time, an interview's date, …)
    QString recordedAt;
    qint64 actorId = 0; // the user who recorded it
    QString title;    // one line: "Status: Triage → Investigating", the evidence file's name, …
    QString body;     // a note's text, a message, a post's text
    qint64 postId = 0;
    qint64 partyId = 0;
    qint64 allegationId = 0;
    qint64 refId = 0; // the evidence, task, interview, outcome or appeal it stands for
    qint64 entrySeq = 0; // the audit entry that records it
    QByteArray entryHash;
};

struct TimelineFilter
{
    QList<TimelineKind> kinds; // empty: every kind
    qint64 partyId = 0;
    qint64 allegationId = 0;
    QString from; // at or after
    QString to;   // before
};

// A case related to another: the same respondent or complainant, or a shared post.
struct RelatedCase
{
    qint64 caseId = 0;
    QString number;
    QString title;
    CaseStatus status = CaseStatus::Triage;
    QStringList reasons; // translated: "same respondent", "shared post", "linked"
    bool linked = false;
};

// What a respondent's earlier record shows beside the outcome field and in the queue.
struct RepeatHistory
{
    struct EarlierCase
    {
        qint64 caseId = 0;
        QString number;
        CaseStatus status = CaseStatus::Triage;
        QString openedAt;
        QList<Finding> findings;
    };
    struct SanctionInForce
    {
        QString caseNumber;
        Sanction sanction = Sanction::NoAction;
        QString decidedAt;
        QString expiresAt;
    };
    QList<EarlierCase> cases;
    QList<SanctionInForce> sanctions;
    int confirmedFlags = 0;
    QStringList confirmedCategories; // keys, most frequent first
};

} // namespace custos::domain
