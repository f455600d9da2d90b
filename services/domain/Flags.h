// The words of flags and their review: severity, category, status, takedown status,
// dismiss reasons and the kinds of decision in a flag's history.
#pragma once

#include "domain/Vocabulary.h"

namespace custos::domain {

enum class Severity
{
    Low,
    Medium,
    High,
    Critical
};
template <> std::span<const Word<Severity>> wordsOf<Severity>();

enum class Category
{
    Harassment,
    Threat,
    Hate,
    Sexual,
    Profanity,
    PersonalData,
    Secret,
    Confidential,
    Reputation
};
template <> std::span<const Word<Category>> wordsOf<Category>();
// Categories about a person (insults, threats, hate, sexual remarks): the ones whose
// rules may require a target and that a policy quote or self-deprecation defuses.
bool isPersonal(Category c);
// Categories whose spans carry data to protect (personal data, secrets).
bool isSensitiveData(Category c);

enum class FlagStatus
{
    New,
    InReview,
    Escalated,
    TakedownRequested,
    TakedownApproved,
    TakedownRejected,
    Dismissed,
    Resolved
};
template <> std::span<const Word<FlagStatus>> wordsOf<FlagStatus>();
// The statuses from the most pressing to the least: a post shows the most pressing of its
// flags' statuses, and the queue sorts by it.
// The statuses of a flag a reviewer upheld (confirmed, escalated, sent for takedown).
QList<FlagStatus> confirmedStatuses();
QList<FlagStatus> statusesByUrgency();

enum class TakedownStatus
{
    Pending,
    Approved,
    Rejected,
    Done
};
template <> std::span<const Word<TakedownStatus>> wordsOf<TakedownStatus>();

enum class DismissReason
{
    FalsePositive,
    AcceptableInContext,
    Duplicate
};
template <> std::span<const Word<DismissReason>> wordsOf<DismissReason>();

// What a reviewer did to a flag, as its history lists it.
enum class DecisionKind
{
    Assign,
    Dismiss,
    Confirm,
    Comment,
    Tag,
    Escalate,
    Notify,
    TakedownRequest,
    TakedownApprove,
    TakedownReject
};
template <> std::span<const Word<DecisionKind>> wordsOf<DecisionKind>();

// The kind of channel a post was written in.
enum class ChannelKind
{
    Public,
    Private,
    DirectMessage,
    GroupMessage
};
template <> std::span<const Word<ChannelKind>> wordsOf<ChannelKind>();

} // namespace custos::domain
