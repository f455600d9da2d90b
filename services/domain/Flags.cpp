#include "domain/Flags.h"

namespace custos::domain {

namespace {

constexpr Word<Severity> kSeverities[] = {
    {Severity::Low, "low", "custos::domain::Severity", QT_TRANSLATE_NOOP("custos::domain::Severity", "Low")},
    {Severity::Medium, "medium", "custos::domain::Severity",
     QT_TRANSLATE_NOOP("custos::domain::Severity", "Medium")},
    {Severity::High, "high", "custos::domain::Severity",
     QT_TRANSLATE_NOOP("custos::domain::Severity", "High")},
    {Severity::Critical, "critical", "custos::domain::Severity",
     QT_TRANSLATE_NOOP("custos::domain::Severity", "Critical")},
};

constexpr Word<Category> kCategories[] = {
    {Category::Harassment, "harassment", "custos::domain::Category",
     QT_TRANSLATE_NOOP("custos::domain::Category", "Harassment")},
    {Category::Threat, "threat", "custos::domain::Category",
     QT_TRANSLATE_NOOP("custos::domain::Category", "Threat")},
    {Category::Hate, "hate", "custos::domain::Category",
     QT_TRANSLATE_NOOP("custos::domain::Category", "Hate")},
    {Category::Sexual, "sexual", "custos::domain::Category",
     QT_TRANSLATE_NOOP("custos::domain::Category", "Sexual harassment")},
    {Category::Profanity, "profanity", "custos::domain::Category",
     QT_TRANSLATE_NOOP("custos::domain::Category", "Profanity")},
    {Category::PersonalData, "pii", "custos::domain::Category",
     QT_TRANSLATE_NOOP("custos::domain::Category", "Personal data")},
    {Category::Secret, "secret", "custos::domain::Category",
     QT_TRANSLATE_NOOP("custos::domain::Category", "Secret")},
    {Category::Confidential, "confidential", "custos::domain::Category",
     QT_TRANSLATE_NOOP("custos::domain::Category", "Confidential")},
    {Category::Reputation, "reputation", "custos::domain::Category",
     QT_TRANSLATE_NOOP("custos::domain::Category", "Reputation")},
};

constexpr Word<FlagStatus> kStatuses[] = {
    {FlagStatus::New, "new", "custos::domain::FlagStatus",
     QT_TRANSLATE_NOOP("custos::domain::FlagStatus", "New")},
    {FlagStatus::InReview, "in_review", "custos::domain::FlagStatus",
     QT_TRANSLATE_NOOP("custos::domain::FlagStatus", "In review")},
    {FlagStatus::Escalated, "escalated", "custos::domain::FlagStatus",
     QT_TRANSLATE_NOOP("custos::domain::FlagStatus", "Escalated")},
    {FlagStatus::TakedownRequested, "takedown_requested", "custos::domain::FlagStatus",
     QT_TRANSLATE_NOOP("custos::domain::FlagStatus", "Takedown requested")},
    {FlagStatus::TakedownApproved, "takedown_approved", "custos::domain::FlagStatus",
     QT_TRANSLATE_NOOP("custos::domain::FlagStatus", "Takedown approved")},
    {FlagStatus::TakedownRejected, "takedown_rejected", "custos::domain::FlagStatus",
     QT_TRANSLATE_NOOP("custos::domain::FlagStatus", "Takedown rejected")},
    {FlagStatus::Dismissed, "dismissed", "custos::domain::FlagStatus",
     QT_TRANSLATE_NOOP("custos::domain::FlagStatus", "Dismissed")},
    {FlagStatus::Resolved, "resolved", "custos::domain::FlagStatus",
     QT_TRANSLATE_NOOP("custos::domain::FlagStatus", "Resolved")},
};

constexpr Word<TakedownStatus> kTakedownStatuses[] = {
    {TakedownStatus::Pending, "pending", "custos::domain::TakedownStatus",
     QT_TRANSLATE_NOOP("custos::domain::TakedownStatus", "Pending")},
    {TakedownStatus::Approved, "approved", "custos::domain::TakedownStatus",
     QT_TRANSLATE_NOOP("custos::domain::TakedownStatus", "Approved")},
    {TakedownStatus::Rejected, "rejected", "custos::domain::TakedownStatus",
     QT_TRANSLATE_NOOP("custos::domain::TakedownStatus", "Rejected")},
    {TakedownStatus::Done, "done", "custos::domain::TakedownStatus",
     QT_TRANSLATE_NOOP("custos::domain::TakedownStatus", "Done")},
};

constexpr Word<DismissReason> kDismissReasons[] = {
    {DismissReason::FalsePositive, "false_positive", "custos::domain::DismissReason",
     QT_TRANSLATE_NOOP("custos::domain::DismissReason", "False positive")},
    {DismissReason::AcceptableInContext, "acceptable_in_context", "custos::domain::DismissReason",
     QT_TRANSLATE_NOOP("custos::domain::DismissReason", "Acceptable in context")},
    {DismissReason::Duplicate, "duplicate", "custos::domain::DismissReason",
     QT_TRANSLATE_NOOP("custos::domain::DismissReason", "Duplicate")},
};

constexpr Word<DecisionKind> kDecisionKinds[] = {
    {DecisionKind::Assign, "assign", "custos::domain::DecisionKind",
     QT_TRANSLATE_NOOP("custos::domain::DecisionKind", "Assigned")},
    {DecisionKind::Dismiss, "dismiss", "custos::domain::DecisionKind",
     QT_TRANSLATE_NOOP("custos::domain::DecisionKind", "Dismissed")},
    {DecisionKind::Confirm, "confirm", "custos::domain::DecisionKind",
     QT_TRANSLATE_NOOP("custos::domain::DecisionKind", "Confirmed")},
    {DecisionKind::Comment, "comment", "custos::domain::DecisionKind",
     QT_TRANSLATE_NOOP("custos::domain::DecisionKind", "Commented")},
    {DecisionKind::Tag, "tag", "custos::domain::DecisionKind",
     QT_TRANSLATE_NOOP("custos::domain::DecisionKind", "Tagged")},
    {DecisionKind::Escalate, "escalate", "custos::domain::DecisionKind",
     QT_TRANSLATE_NOOP("custos::domain::DecisionKind", "Escalated")},
    {DecisionKind::Notify, "notify", "custos::domain::DecisionKind",
     QT_TRANSLATE_NOOP("custos::domain::DecisionKind", "Author notified")},
    {DecisionKind::TakedownRequest, "takedown.request", "custos::domain::DecisionKind",
     QT_TRANSLATE_NOOP("custos::domain::DecisionKind", "Takedown requested")},
    {DecisionKind::TakedownApprove, "takedown.approve", "custos::domain::DecisionKind",
     QT_TRANSLATE_NOOP("custos::domain::DecisionKind", "Takedown approved")},
    {DecisionKind::TakedownReject, "takedown.reject", "custos::domain::DecisionKind",
     QT_TRANSLATE_NOOP("custos::domain::DecisionKind", "Takedown rejected")},
};

constexpr Word<ChannelKind> kChannelKinds[] = {
    {ChannelKind::Public, "public", "custos::domain::ChannelKind",
     QT_TRANSLATE_NOOP("custos::domain::ChannelKind", "Public channel")},
    {ChannelKind::Private, "private", "custos::domain::ChannelKind",
     QT_TRANSLATE_NOOP("custos::domain::ChannelKind", "Private channel")},
    {ChannelKind::DirectMessage, "dm", "custos::domain::ChannelKind",
     QT_TRANSLATE_NOOP("custos::domain::ChannelKind", "Direct message")},
    {ChannelKind::GroupMessage, "group", "custos::domain::ChannelKind",
     QT_TRANSLATE_NOOP("custos::domain::ChannelKind", "Group message")},
};

} // namespace

template <> std::span<const Word<Severity>> wordsOf<Severity>()
{
    return kSeverities;
}
template <> std::span<const Word<Category>> wordsOf<Category>()
{
    return kCategories;
}
template <> std::span<const Word<FlagStatus>> wordsOf<FlagStatus>()
{
    return kStatuses;
}
template <> std::span<const Word<TakedownStatus>> wordsOf<TakedownStatus>()
{
    return kTakedownStatuses;
}
template <> std::span<const Word<DismissReason>> wordsOf<DismissReason>()
{
    return kDismissReasons;
}
template <> std::span<const Word<DecisionKind>> wordsOf<DecisionKind>()
{
    return kDecisionKinds;
}
template <> std::span<const Word<ChannelKind>> wordsOf<ChannelKind>()
{
    return kChannelKinds;
}

bool isPersonal(Category c)
{
    return c == Category::Harassment || c == Category::Threat || c == Category::Hate || c == Category::Sexual;
}

bool isSensitiveData(Category c)
{
    return c == Category::PersonalData || c == Category::Secret;
}

QList<FlagStatus> confirmedStatuses()
{
    return {FlagStatus::Resolved, FlagStatus::Escalated, FlagStatus::TakedownRequested, FlagStatus::TakedownApproved,
            FlagStatus::TakedownRejected};
}

QList<FlagStatus> statusesByUrgency()
{
    return {FlagStatus::New,      FlagStatus::Escalated,        FlagStatus::TakedownRequested,
            FlagStatus::InReview, FlagStatus::TakedownApproved, FlagStatus::TakedownRejected,
            FlagStatus::Resolved, FlagStatus::Dismissed};
}

} // namespace custos::domain
