// The words of record keeping and the rows it is read as: data classes a retention rule
// covers, why something is kept, how a purge ended, legal holds, tombstones and the
// digest that ties a tombstone to the purge entry that signed it.
#pragma once

#include "domain/Flags.h"
#include "domain/Vocabulary.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace custos::domain {

// What a retention rule covers.
enum class DataClass
{
    Posts,     // posts, their earlier versions, deleted records kept from the export, their search entries
    Flags,     // flags with their spans, decisions and takedown records, counted from the decision
    Cases,     // closed cases with their evidence, counted from the day they closed
    Manifests, // what the imports table keeps of each imported file, counted from the import
};
template <> std::span<const Word<DataClass>> wordsOf<DataClass>();

// Why an expired record stays (or why a record is not yet expired).
enum class KeepReason
{
    LegalHold,
    OpenCase,
    CaseFile,     // part of a closed case whose own retention has not ended
    Undecided,    // a flag or takedown request not yet decided
    DecisionsKept, // the flags' decisions about it are kept longer
    NotExpired,
    NoRule,       // no rule covers it, or one keeps it indefinitely
};
template <> std::span<const Word<KeepReason>> wordsOf<KeepReason>();

enum class PurgeStatus
{
    Running,
    Done,
    Cancelled,
    Interrupted, // the process ended during the purge; its committed batches stand
};
template <> std::span<const Word<PurgeStatus>> wordsOf<PurgeStatus>();

// What a tombstone stands for.
enum class TombstoneKind
{
    Post,
    Version,
    Flag,
    Case,
    Manifest,
};
template <> std::span<const Word<TombstoneKind>> wordsOf<TombstoneKind>();

// The periods offered when a workspace is created and a rule is written, in days;
// std::nullopt keeps indefinitely.
QList<std::optional<int>> offeredRetentionPeriods();
// "14 days", "7 years", "Keep indefinitely"
QString periodName(std::optional<int> days);

struct RetentionRule
{
    qint64 id = 0;
    QString name;
    DataClass dataClass = DataClass::Posts;
    std::optional<ChannelKind> channelKind; // any kind when not set
    std::optional<qint64> channelId;        // any channel when not set
    QString channelName;                    // read back for display
    std::optional<Category> category;       // any category when not set (posts: flagged in it)
    std::optional<int> periodDays;          // indefinitely when not set
    QString reason;                         // the regulation or reason it serves
    QString createdAt;
    qint64 createdBy = 0;
    qint64 entrySeq = 0;
    QString retiredAt;
    bool active() const { return retiredAt.isEmpty(); }
};

// A legal hold: every criterion that is set must match (a custodian's posts in a channel
// in a date range, or a saved search alone, which keeps catching new matches).
struct LegalHold
{
    qint64 id = 0;
    QString matter;      // the lawsuit, inquiry or audit it serves
    QString requestedBy; // who asked for it (counsel, a regulator)
    QString note;
    std::optional<qint64> personId; // custodian
    QString personName;             // read back (the custodian's pseudonym for display)
    std::optional<qint64> channelId;
    QString channelName;
    std::optional<qint64> caseId;
    QString caseNumber;
    QString from; // posted on or after (YYYY-MM-DD)
    QString to;   // posted on or before (YYYY-MM-DD)
    QString query; // full-text search, as the case search takes it
    QString placedAt;
    qint64 placedBy = 0;
    qint64 placeEntry = 0;
    QString releasedAt;
    qint64 releasedBy = 0;
    QString releaseReason;
    bool active() const { return releasedAt.isEmpty(); }
    bool hasCriterion() const
    {
        return personId || channelId || caseId || !from.isEmpty() || !to.isEmpty() || !query.trimmed().isEmpty();
    }
};

struct HoldNotice
{
    qint64 holdId = 0;
    qint64 personId = 0;
    QString personName;
    QString acknowledgedAt;
    QString text; // the notice to send, filled in for the custodian
};

// A channel a rule or a hold can name.
struct ChannelChoice
{
    qint64 id = 0;
    QString name;
    ChannelKind kind = ChannelKind::Public;
};

struct Tombstone
{
    qint64 id = 0;
    qint64 purgeId = 0;
    qint64 batchSeq = 0; // the purge batch entry that signs it
    TombstoneKind kind = TombstoneKind::Post;
    qint64 objectId = 0;     // the post, version, flag, case or import id
    qint64 postId = 0;       // the post it belonged to (posts, versions, flags)
    QByteArray contentHash;  // posts and versions: the content hash the import signed
    QByteArray leaf;         // the row digest the import or scan batch signed (or the SHA-256 of what went)
    qint64 writtenSeq = 0;   // the import or scan batch that wrote the row (0: unknown)
    qint64 ruleId = 0;
    QString eventAt;         // posted, decided, closed or imported: what the period counts from
    QString purgedAt;
};

// The digest of a tombstone that a purge batch entry signs (a Merkle leaf) and a
// disposition certificate is checked with: every field, in a fixed order.
QByteArray tombstoneDigest(const Tombstone& t);

// The preview of a purge: per rule, what would go; what is kept and why, with samples.
struct RuleDisposal
{
    qint64 ruleId = 0;
    QString ruleName;
    qint64 posts = 0;
    qint64 versions = 0;
    qint64 flags = 0;
    qint64 decisions = 0;
    qint64 cases = 0;
    qint64 evidence = 0;
    qint64 manifests = 0;
    QList<qint64> samplePosts;
};

struct KeptSample
{
    TombstoneKind kind = TombstoneKind::Post;
    qint64 id = 0;
    KeepReason reason = KeepReason::NotExpired;
    QString detail; // the hold's matter, the case's number
};

struct PurgePreview
{
    QString asOf;
    QList<RuleDisposal> rules;
    // What stays, by kind (posts, cases, manifests) and reason
    QMap<TombstoneKind, QMap<KeepReason, qint64>> kept;
    QList<KeptSample> keptSamples;
    qint64 postsConsidered = 0;
    qint64 postsToPurge() const;
    qint64 casesToPurge() const;
    qint64 manifestsToPurge() const;
};

struct PurgeRecord
{
    qint64 id = 0;
    QString startedAt;
    qint64 startedBy = 0;
    QString startedByName;
    QString finishedAt;
    PurgeStatus status = PurgeStatus::Running;
    qint64 startEntry = 0;
    qint64 doneEntry = 0;
    QMap<TombstoneKind, qint64> counts;
    QByteArray root; // over the batches' roots, when done
};

} // namespace custos::domain
