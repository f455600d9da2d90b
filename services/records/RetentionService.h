// Record keeping: retention rules, legal holds with their custodian notices, the purge
// preview, the purge itself (audited batches, each signing its tombstones) and the
// certificate of disposition a third party checks with the audit export.
#pragma once

#include "core/Status.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>

namespace custos::workspace {
class Session;
}

namespace custos::records {

struct PurgeOptions
{
    int batchSize = 10000; // posts per audited batch (each signs 8 bytes per tombstone)
    // Called with (posts done, posts planned); return false to cancel after the batch.
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct PurgeSummary
{
    qint64 purgeId = 0;
    domain::PurgeStatus status = domain::PurgeStatus::Done;
    QMap<domain::TombstoneKind, qint64> purged;
    qint64 batches = 0;
    qint64 skipped = 0;              // planned, then protected by the time their batch came
    QList<qint64> interrupted;       // earlier purges found unfinished and marked so
    QByteArray root;                 // over the batches' roots
    qint64 compactMs = 0;            // search index merged and free pages given back
    QJsonObject toJson() const;
};

class RetentionService final
{
    Q_DECLARE_TR_FUNCTIONS(RetentionService)
public:
    explicit RetentionService(workspace::Session& session) : m_session(session) {}

    // The rules a workspace starts with: one per data class, each keeping for `days`
    // (indefinitely when not given), chosen when the workspace is created.
    static QList<domain::RetentionRule> defaultRules(std::optional<int> days);

    Result<QList<domain::RetentionRule>> rules(bool withRetired = false);
    Result<domain::RetentionRule> addRule(const domain::RetentionRule& rule);
    Status retireRule(qint64 ruleId, const QString& reason);

    Result<QList<domain::LegalHold>> holds(bool withReleased = false);
    Result<domain::LegalHold> placeHold(const domain::LegalHold& hold);
    Status releaseHold(qint64 holdId, const QString& reason);
    // The custodians of the hold by pseudonym (or name, once revealed in this session),
    // with their acknowledgements; nothing is recorded.
    Result<QList<domain::HoldNotice>> custodians(qint64 holdId);
    // The notice for each custodian of the hold, addressed by name (for a hold without a named person, the
    // authors of the posts it keeps), with their acknowledgements; recorded as exported.
    Result<QList<domain::HoldNotice>> notices(qint64 holdId);
    Status acknowledge(qint64 holdId, qint64 personId, const QString& day);
    // The channels a rule or a hold can name.
    Result<QList<domain::ChannelChoice>> channels();
    // A case by number or id, for holds on a case.
    Result<qint64> caseId(const QString& numberOrId);

    // What a purge now would delete, per rule, and what is kept and why.
    Result<domain::PurgePreview> preview(int samples = 5);
    Result<PurgeSummary> purge(const PurgeOptions& options = {});
    Result<QList<domain::PurgeRecord>> purges();

    // The certificate of disposition of a purge (JSON), recorded as exported.
    Result<QJsonObject> certificate(qint64 purgeId);

private:
    // The hold, or NotFound naming it (the caller has checked the role).
    Result<domain::LegalHold> existingHold(qint64 holdId);

    workspace::Session& m_session;
};

} // namespace custos::records
