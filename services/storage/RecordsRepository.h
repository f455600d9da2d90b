// Retention rules, legal holds, custodian acknowledgements, purges and tombstones; the
// facts a purge plan is computed from; and the deletion of expired records with what
// stays of them.
#pragma once

#include "core/Status.h"
#include "domain/Records.h"
#include "storage/Connection.h"

#include <QHash>
#include <QSet>
#include <functional>

namespace custos::storage {

struct PostFacts
{
    qint64 id = 0;
    qint64 channelId = 0;
    qint64 authorId = 0;
    QString postedAt;
};

struct FlagFacts
{
    qint64 id = 0;
    qint64 postId = 0;
    qint64 channelId = 0;
    QString category;
    QString status;
    QString decidedAt; // the last change (or when it was raised)
    qint64 decisions = 0;
};

struct TakedownFacts
{
    qint64 postId = 0;
    QString status;
    QString decidedAt;
};

struct CaseFacts
{
    qint64 id = 0;
    QString number;
    QString status;
    QString closedAt;
    QList<qint64> posts;
    QList<qint64> partyPeople;
    QStringList allegationTypes;
    qint64 evidence = 0;
};

struct ManifestFacts
{
    qint64 importId = 0;
    QString at; // finished (or started)
};

// One expired post to delete, with the rule that deletes it.
struct PostDisposal
{
    qint64 postId = 0;
    qint64 ruleId = 0;
    QString eventAt;
};

class RecordsRepository final
{
public:
    explicit RecordsRepository(Database& db) : m_db(db) {}

    // Rules
    Result<qint64> addRule(WriteAccess& write, const domain::RetentionRule& rule);
    Status retireRule(WriteAccess& write, qint64 id, const QString& at, qint64 by, qint64 entrySeq);
    Result<QList<domain::RetentionRule>> rules(bool withRetired);
    Result<std::optional<domain::RetentionRule>> rule(qint64 id);

    // Holds
    Result<qint64> addHold(WriteAccess& write, const domain::LegalHold& hold);
    Status releaseHold(WriteAccess& write, qint64 id, const QString& at, qint64 by, const QString& reason, qint64 entrySeq);
    Result<QList<domain::LegalHold>> holds(bool withReleased);
    Result<std::optional<domain::LegalHold>> hold(qint64 id);
    // What changes whenever a hold is placed or released (a purge under way replans).
    Result<QString> holdsSignature();
    // The custodians of a hold: its person, or the authors of the posts it keeps (up to
    // `limit`), with their acknowledgements.
    Result<QList<domain::HoldNotice>> custodians(const domain::LegalHold& hold, int limit);
    Status acknowledge(WriteAccess& write, qint64 holdId, qint64 personId, const QString& at, qint64 by, qint64 entrySeq);
    Result<bool> personExists(qint64 personId);
    Result<bool> channelExists(qint64 channelId);
    Result<QList<domain::ChannelChoice>> channels();
    Result<std::optional<qint64>> caseIdOf(const QString& numberOrId);

    // Facts for the plan
    Status forEachPost(const std::function<void(const PostFacts&)>& visit);
    Result<QHash<qint64, QString>> channelKinds();
    Result<QList<FlagFacts>> flags();
    Result<QList<TakedownFacts>> takedowns();
    Result<QList<CaseFacts>> cases();
    Result<QList<ManifestFacts>> manifests();
    Result<QHash<qint64, int>> versionCounts();
    // Posts a full-text query matches (a hold by saved search); InvalidArgument when the
    // query is not one FTS4 takes.
    Result<QSet<qint64>> postsMatching(const QString& query);
    // Of `posts`, those that now have an undecided flag or takedown request or belong to a
    // case: a purge under way re-checks each batch just before it deletes.
    Result<QSet<qint64>> protectedAmong(const QList<qint64>& posts, const QStringList& undecidedStatuses);

    // Purges
    Result<qint64> startPurge(WriteAccess& write, const QString& at, qint64 by, qint64 entrySeq);
    // Purges left running by a process that ended: now interrupted. Their ids.
    Result<QList<qint64>> interruptRunning(WriteAccess& write);
    Status finishPurge(WriteAccess& write, qint64 id, domain::PurgeStatus status, const QString& at,
                       const QString& countsJson, const QByteArray& root, qint64 entrySeq);
    Result<QList<domain::PurgeRecord>> purges();
    Result<std::optional<domain::PurgeRecord>> purge(qint64 id);

    // Deletes the posts with their versions, search entries, flags, decisions and takedown
    // records, and writes a tombstone for each post, version and flag (the tombstones come
    // back, with their ids).
    Result<QList<domain::Tombstone>> purgePosts(WriteAccess& write, qint64 purgeId, qint64 batchSeq,
                                                const QList<PostDisposal>& posts, const QString& purgedAt);
    // Deletes a closed case with everything it holds; one tombstone for it.
    Result<domain::Tombstone> purgeCase(WriteAccess& write, qint64 purgeId, qint64 batchSeq, qint64 caseId, qint64 ruleId,
                                        const QString& closedAt, const QString& purgedAt);
    // Clears what the imports table keeps of an import (its manifest and path).
    Result<domain::Tombstone> purgeManifest(WriteAccess& write, qint64 purgeId, qint64 batchSeq, qint64 importId,
                                            qint64 ruleId, const QString& at, const QString& purgedAt);
    Status forEachTombstone(qint64 purgeId, const std::function<bool(const domain::Tombstone&)>& visit);
    // The tombstones of every purge, batch by batch, for the deep verification (nothing
    // when the workspace predates record keeping).
    Status forEachTombstoneOfEveryPurge(const std::function<bool(const domain::Tombstone&)>& visit);

    // After a purge: merges the search index (dropping the deleted posts' terms) and gives
    // the freed pages back, so that no deleted text stays in the file.
    Status compactContent();

private:
    Database& m_db;
};

} // namespace custos::storage
