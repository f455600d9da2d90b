#include "policy/ScanService.h"

#include "workspace/Aggregates.h"

#include "audit/AuditLog.h"
#include "detection/Classifier.h"
#include "domain/AuditActions.h"
#include "audit/RowCommitment.h"
#include "policy/PolicyService.h"
#include "storage/ScanRepository.h"
#include "workspace/Session.h"

#include <QDateTime>

#include <climits>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace custos::policy {
namespace {

using detection::Classifier;
using detection::Flag;
using detection::Policy;

struct Classified
{
    qint64 postId;
    QList<Flag> flags;
    double sentiment;
};

} // namespace

QJsonObject ScanSummary::toJson() const
{
    QJsonObject categories;
    for (auto it = byCategory.begin(); it != byCategory.end(); ++it)
        categories.insert(domain::key(it.key()), it.value());
    return QJsonObject{
        {QStringLiteral("policy_version"), policyVersion}, {QStringLiteral("scanned"), scanned},
        {QStringLiteral("flagged_posts"), flaggedPosts},   {QStringLiteral("flags"), flags},
        {QStringLiteral("by_category"), categories},       {QStringLiteral("cancelled"), cancelled}};
}

Result<ScanSummary> ScanService::scan(const ScanOptions& options)
{
    workspace::Session& session = m_session;
    auto row = PolicyService(session).versionToScan(options.policyVersion);
    if (!row)
        return row.status();
    storage::ScanRepository repo(session.database());
    const domain::PolicyRow policyRow = *row;
    auto policy = Policy::fromJson(policyRow.body, tr("policy version %1").arg(policyRow.version));
    if (!policy)
        return policy.status();
    auto classifier = Classifier::build(*policy);
    if (!classifier)
        return classifier.status();
    std::shared_ptr<Classifier> engine = *classifier;

    ScanSummary summary;
    summary.policyVersion = policyRow.version;
    auto total = repo.countUnscanned(policyRow.id);
    if (!total)
        return total.status();
    QThreadPool pool;
    pool.setMaxThreadCount(options.threads > 0 ? options.threads : QThread::idealThreadCount());
    qint64 afterId = 0;
    while (true) {
        auto posts = repo.unscanned(policyRow.id, afterId, std::max(1, options.batchSize));
        if (!posts)
            return posts.status();
        if (posts->isEmpty())
            break;
        const QList<Classified> results =
            QtConcurrent::blockingMapped(&pool, *posts, [engine](const storage::PostText& p) {
                const Classifier::Analysis a = engine->analyze(p.text);
                return Classified{p.id, a.flags, a.sentiment};
            });
        audit::AuditedTransaction tx(session.database(), session.signer());
        Status s = tx.status();
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        qint64 batchFlags = 0;
        // The batch's entry signs the flags it adds; each flag names that entry.
        auto seq = tx.nextSeq();
        if (!seq)
            s = seq.status();
        const qint64 batchSeq = seq ? static_cast<qint64>(*seq) : 0;
        audit::RowCommitment written;
        for (const Classified& c : results) {
            for (const Flag& f : c.flags) {
                if (s.ok()) {
                    auto added = repo.addFlag(tx.write(), {c.postId, f.rule, f.category, f.severity, f.score, f.spans},
                                              policyRow.id, now, batchSeq);
                    if (!added)
                        s = added.status();
                    else if (*added)
                        written.add((*added)->id, audit::flagRowDigest(c.postId, policyRow.id, f.rule, domain::key(f.category),
                                                                       domain::key(f.severity), (*added)->spans));
                }
                ++summary.byCategory[f.category];
                ++batchFlags;
            }
            if (s.ok())
                s = repo.markScanned(tx.write(), c.postId, policyRow.id, c.sentiment);
            summary.flaggedPosts += c.flags.isEmpty() ? 0 : 1;
        }
        if (s.ok())
            s = tx.record(domain::actions::kScanBatch, domain::objects::kPolicy,
                          QString::number(policyRow.version),
                          QJsonObject{{QStringLiteral("posts"), static_cast<qint64>(results.size())},
                                      {QStringLiteral("flags"), batchFlags},
                                      {QStringLiteral("last_post"), results.last().postId},
                                      {QStringLiteral("written"), written.toJson()}});
        if (s.ok())
            s = tx.commit();
        if (!s.ok()) {
            // This batch rolled back; the ones before are kept, and the next scan starts from it.
            if (summary.scanned == 0)
                return s;
            return Status(s.code(), ScanService::tr("%1 The scan stopped there: the %n posts of the batches before "
                                                    "are scanned and kept, and scanning again continues after them.",
                                                    nullptr, static_cast<int>(std::min<qint64>(summary.scanned, INT_MAX)))
                                        .arg(s.message()));
        }
        summary.scanned += results.size();
        summary.flags += batchFlags;
        afterId = results.last().postId;
        if (options.progress && !options.progress(summary.scanned, *total)) {
            summary.cancelled = true;
            break;
        }
    }
    if (Status a = summary.scanned > 0 ? workspace::refreshAggregates(session)
                                       : workspace::refreshAggregatesIfStale(session);
        !a.ok())
        return a;
    return summary;
}

} // namespace custos::policy
