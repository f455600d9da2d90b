#include "domain/Cases.h"

namespace custos::domain {

namespace {

constexpr Word<CaseStatus> kCaseStatusWords[] = {
    {CaseStatus::Triage, "triage", "custos::domain::CaseStatus", QT_TRANSLATE_NOOP("custos::domain::CaseStatus", "Triage")},
    {CaseStatus::NoInvestigation, "no_investigation", "custos::domain::CaseStatus", QT_TRANSLATE_NOOP("custos::domain::CaseStatus", "No investigation required")},
    {CaseStatus::Referred, "referred", "custos::domain::CaseStatus", QT_TRANSLATE_NOOP("custos::domain::CaseStatus", "Referred elsewhere")},
    {CaseStatus::Investigating, "investigating", "custos::domain::CaseStatus", QT_TRANSLATE_NOOP("custos::domain::CaseStatus", "Investigating")},
    {CaseStatus::Findings, "findings", "custos::domain::CaseStatus", QT_TRANSLATE_NOOP("custos::domain::CaseStatus", "Findings")},
    {CaseStatus::Outcome, "outcome", "custos::domain::CaseStatus", QT_TRANSLATE_NOOP("custos::domain::CaseStatus", "Outcome")},
    {CaseStatus::Closed, "closed", "custos::domain::CaseStatus", QT_TRANSLATE_NOOP("custos::domain::CaseStatus", "Closed")},
};

constexpr Word<CasePriority> kCasePriorityWords[] = {
    {CasePriority::Critical, "critical", "custos::domain::CasePriority", QT_TRANSLATE_NOOP("custos::domain::CasePriority", "Critical")},
    {CasePriority::High, "high", "custos::domain::CasePriority", QT_TRANSLATE_NOOP("custos::domain::CasePriority", "High")},
    {CasePriority::Moderate, "moderate", "custos::domain::CasePriority", QT_TRANSLATE_NOOP("custos::domain::CasePriority", "Moderate")},
    {CasePriority::Low, "low", "custos::domain::CasePriority", QT_TRANSLATE_NOOP("custos::domain::CasePriority", "Low")},
};

constexpr Word<IntakeChannel> kIntakeChannelWords[] = {
    {IntakeChannel::QueueFlag, "queue_flag", "custos::domain::IntakeChannel", QT_TRANSLATE_NOOP("custos::domain::IntakeChannel", "Flag in the queue")},
    {IntakeChannel::EmployeeReport, "employee_report", "custos::domain::IntakeChannel", QT_TRANSLATE_NOOP("custos::domain::IntakeChannel", "Report by an employee")},
    {IntakeChannel::Hotline, "hotline", "custos::domain::IntakeChannel", QT_TRANSLATE_NOOP("custos::domain::IntakeChannel", "Hotline")},
    {IntakeChannel::ManagerReferral, "manager_referral", "custos::domain::IntakeChannel", QT_TRANSLATE_NOOP("custos::domain::IntakeChannel", "Manager referral")},
    {IntakeChannel::Anonymous, "anonymous", "custos::domain::IntakeChannel", QT_TRANSLATE_NOOP("custos::domain::IntakeChannel", "Anonymous report")},
};

constexpr Word<AllegationType> kAllegationTypeWords[] = {
    {AllegationType::Bullying, "bullying", "custos::domain::AllegationType", QT_TRANSLATE_NOOP("custos::domain::AllegationType", "Bullying")},
    {AllegationType::Harassment, "harassment", "custos::domain::AllegationType", QT_TRANSLATE_NOOP("custos::domain::AllegationType", "Harassment")},
    {AllegationType::SexualHarassment, "sexual_harassment", "custos::domain::AllegationType", QT_TRANSLATE_NOOP("custos::domain::AllegationType", "Sexual harassment")},
    {AllegationType::Discrimination, "discrimination", "custos::domain::AllegationType", QT_TRANSLATE_NOOP("custos::domain::AllegationType", "Discrimination")},
    {AllegationType::ThreatOrViolence, "threat_violence", "custos::domain::AllegationType", QT_TRANSLATE_NOOP("custos::domain::AllegationType", "Threat or violence")},
    {AllegationType::Retaliation, "retaliation", "custos::domain::AllegationType", QT_TRANSLATE_NOOP("custos::domain::AllegationType", "Retaliation")},
    {AllegationType::ConfidentialLeak, "confidential_leak", "custos::domain::AllegationType", QT_TRANSLATE_NOOP("custos::domain::AllegationType", "Confidential leak")},
    {AllegationType::MisuseOfSystems, "misuse_of_systems", "custos::domain::AllegationType", QT_TRANSLATE_NOOP("custos::domain::AllegationType", "Misuse of systems")},
    {AllegationType::Other, "other", "custos::domain::AllegationType", QT_TRANSLATE_NOOP("custos::domain::AllegationType", "Other")},
};

constexpr Word<PartyRole> kPartyRoleWords[] = {
    {PartyRole::Complainant, "complainant", "custos::domain::PartyRole", QT_TRANSLATE_NOOP("custos::domain::PartyRole", "Complainant")},
    {PartyRole::Respondent, "respondent", "custos::domain::PartyRole", QT_TRANSLATE_NOOP("custos::domain::PartyRole", "Respondent")},
    {PartyRole::Witness, "witness", "custos::domain::PartyRole", QT_TRANSLATE_NOOP("custos::domain::PartyRole", "Witness")},
    {PartyRole::Other, "other", "custos::domain::PartyRole", QT_TRANSLATE_NOOP("custos::domain::PartyRole", "Other party")},
};

constexpr Word<TimelineKind> kTimelineKindWords[] = {
    {TimelineKind::Post, "post", "custos::domain::TimelineKind", QT_TRANSLATE_NOOP("custos::domain::TimelineKind", "Post")},
    {TimelineKind::Note, "note", "custos::domain::TimelineKind", QT_TRANSLATE_NOOP("custos::domain::TimelineKind", "Note")},
    {TimelineKind::Interview, "interview", "custos::domain::TimelineKind", QT_TRANSLATE_NOOP("custos::domain::TimelineKind", "Interview")},
    {TimelineKind::Evidence, "evidence", "custos::domain::TimelineKind", QT_TRANSLATE_NOOP("custos::domain::TimelineKind", "Evidence")},
    {TimelineKind::Task, "task", "custos::domain::TimelineKind", QT_TRANSLATE_NOOP("custos::domain::TimelineKind", "Task")},
    {TimelineKind::Decision, "decision", "custos::domain::TimelineKind", QT_TRANSLATE_NOOP("custos::domain::TimelineKind", "Decision")},
    {TimelineKind::Status, "status", "custos::domain::TimelineKind", QT_TRANSLATE_NOOP("custos::domain::TimelineKind", "Status")},
    {TimelineKind::Deadline, "deadline", "custos::domain::TimelineKind", QT_TRANSLATE_NOOP("custos::domain::TimelineKind", "Deadline")},
    {TimelineKind::Message, "message", "custos::domain::TimelineKind", QT_TRANSLATE_NOOP("custos::domain::TimelineKind", "Message")},
    {TimelineKind::Party, "party", "custos::domain::TimelineKind", QT_TRANSLATE_NOOP("custos::domain::TimelineKind", "Party")},
    {TimelineKind::Allegation, "allegation", "custos::domain::TimelineKind", QT_TRANSLATE_NOOP("custos::domain::TimelineKind", "Allegation")},
};

constexpr Word<Finding> kFindingWords[] = {
    {Finding::Substantiated, "substantiated", "custos::domain::Finding", QT_TRANSLATE_NOOP("custos::domain::Finding", "Substantiated")},
    {Finding::NotSubstantiated, "not_substantiated", "custos::domain::Finding", QT_TRANSLATE_NOOP("custos::domain::Finding", "Not substantiated")},
    {Finding::Inconclusive, "inconclusive", "custos::domain::Finding", QT_TRANSLATE_NOOP("custos::domain::Finding", "Inconclusive")},
};

constexpr Word<Sanction> kSanctionWords[] = {
    {Sanction::NoAction, "no_action", "custos::domain::Sanction", QT_TRANSLATE_NOOP("custos::domain::Sanction", "No action")},
    {Sanction::Coaching, "coaching", "custos::domain::Sanction", QT_TRANSLATE_NOOP("custos::domain::Sanction", "Coaching")},
    {Sanction::WrittenWarning, "written_warning", "custos::domain::Sanction", QT_TRANSLATE_NOOP("custos::domain::Sanction", "Written warning")},
    {Sanction::FinalWarning, "final_warning", "custos::domain::Sanction", QT_TRANSLATE_NOOP("custos::domain::Sanction", "Final warning")},
    {Sanction::MandatoryTraining, "mandatory_training", "custos::domain::Sanction", QT_TRANSLATE_NOOP("custos::domain::Sanction", "Mandatory training")},
    {Sanction::Suspension, "suspension", "custos::domain::Sanction", QT_TRANSLATE_NOOP("custos::domain::Sanction", "Suspension")},
    {Sanction::Termination, "termination", "custos::domain::Sanction", QT_TRANSLATE_NOOP("custos::domain::Sanction", "Termination")},
};

constexpr Word<AppealStatus> kAppealStatusWords[] = {
    {AppealStatus::Pending, "pending", "custos::domain::AppealStatus", QT_TRANSLATE_NOOP("custos::domain::AppealStatus", "Pending")},
    {AppealStatus::Upheld, "upheld", "custos::domain::AppealStatus", QT_TRANSLATE_NOOP("custos::domain::AppealStatus", "Upheld")},
    {AppealStatus::Overturned, "overturned", "custos::domain::AppealStatus", QT_TRANSLATE_NOOP("custos::domain::AppealStatus", "Overturned")},
};

constexpr Word<CaseSort> kCaseSortWords[] = {
    {CaseSort::Number, "number", "custos::domain::CaseSort", QT_TRANSLATE_NOOP("custos::domain::CaseSort", "Number")},
    {CaseSort::Opened, "opened", "custos::domain::CaseSort", QT_TRANSLATE_NOOP("custos::domain::CaseSort", "Opened")},
    {CaseSort::Due, "due", "custos::domain::CaseSort", QT_TRANSLATE_NOOP("custos::domain::CaseSort", "Due")},
    {CaseSort::Priority, "priority", "custos::domain::CaseSort", QT_TRANSLATE_NOOP("custos::domain::CaseSort", "Priority")},
    {CaseSort::Status, "status", "custos::domain::CaseSort", QT_TRANSLATE_NOOP("custos::domain::CaseSort", "Status")},
    {CaseSort::Title, "title", "custos::domain::CaseSort", QT_TRANSLATE_NOOP("custos::domain::CaseSort", "Title")},
};

} // namespace

template <> std::span<const Word<CaseStatus>> wordsOf<CaseStatus>()
{
    return kCaseStatusWords;
}
template <> std::span<const Word<CasePriority>> wordsOf<CasePriority>()
{
    return kCasePriorityWords;
}
template <> std::span<const Word<IntakeChannel>> wordsOf<IntakeChannel>()
{
    return kIntakeChannelWords;
}
template <> std::span<const Word<AllegationType>> wordsOf<AllegationType>()
{
    return kAllegationTypeWords;
}
template <> std::span<const Word<PartyRole>> wordsOf<PartyRole>()
{
    return kPartyRoleWords;
}
template <> std::span<const Word<TimelineKind>> wordsOf<TimelineKind>()
{
    return kTimelineKindWords;
}
template <> std::span<const Word<Finding>> wordsOf<Finding>()
{
    return kFindingWords;
}
template <> std::span<const Word<Sanction>> wordsOf<Sanction>()
{
    return kSanctionWords;
}
template <> std::span<const Word<AppealStatus>> wordsOf<AppealStatus>()
{
    return kAppealStatusWords;
}
template <> std::span<const Word<CaseSort>> wordsOf<CaseSort>()
{
    return kCaseSortWords;
}

QList<CaseStatus> nextStatuses(CaseStatus from)
{
    switch (from) {
    case CaseStatus::Triage:
        return {CaseStatus::Investigating, CaseStatus::NoInvestigation, CaseStatus::Referred};
    case CaseStatus::NoInvestigation:
    case CaseStatus::Referred:
        return {CaseStatus::Closed};
    case CaseStatus::Investigating:
        return {CaseStatus::Findings};
    case CaseStatus::Findings:
        return {CaseStatus::Outcome};
    case CaseStatus::Outcome:
        return {CaseStatus::Closed};
    case CaseStatus::Closed:
        return {CaseStatus::Investigating}; // reopening, recorded with its reason
    }
    Q_UNREACHABLE();
}

bool isOpen(CaseStatus status)
{
    return status != CaseStatus::Closed;
}

AllegationType allegationFor(Category category)
{
    switch (category) {
    case Category::Harassment:
        return AllegationType::Harassment;
    case Category::Profanity:
        return AllegationType::Bullying;
    case Category::Threat:
        return AllegationType::ThreatOrViolence;
    case Category::Hate:
        return AllegationType::Discrimination;
    case Category::Sexual:
        return AllegationType::SexualHarassment;
    case Category::PersonalData:
    case Category::Secret:
    case Category::Confidential:
        return AllegationType::ConfidentialLeak;
    case Category::Reputation:
        return AllegationType::MisuseOfSystems;
    }
    Q_UNREACHABLE();
}

int defaultSanctionMonths(Sanction sanction)
{
    switch (sanction) {
    case Sanction::NoAction:
    case Sanction::Termination:
        return 0;
    case Sanction::Coaching:
        return 6;
    case Sanction::WrittenWarning:
    case Sanction::MandatoryTraining:
        return 12;
    case Sanction::FinalWarning:
    case Sanction::Suspension:
        return 24;
    }
    Q_UNREACHABLE();
}

} // namespace custos::domain
