#include "detection/ScanService.h"

#include "audit/AuditLog.h"
#include "core/Resources.h"
#include "crypto/Crypto.h"
#include "detection/Classifier.h"
#include "storage/ScanRepository.h"
#include "workspace/Session.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace custos::detection {
namespace {

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
    return QJsonObject{{QStringLiteral("policy_version"), policyVersion},
                       {QStringLiteral("scanned"), scanned},
                       {QStringLiteral("flagged_posts"), flaggedPosts},
                       {QStringLiteral("flags"), flags},
                       {QStringLiteral("by_category"), categories},
                       {QStringLiteral("cancelled"), cancelled}};
}

Result<int> ScanService::publish(workspace::Session& session, const QByteArray& json)
{
    const domain::Role role = session.user().role;
    if (role != domain::Role::Administrator && role != domain::Role::ComplianceOfficer)
        return Status(ErrorCode::PermissionDenied, tr("Only administrators and compliance officers can publish policies."));
    auto policy = Policy::fromJson(json, tr("the new policy"));
    if (!policy)
        return policy.status();
    if (auto compiled = Classifier::build(*policy); !compiled)
        return compiled.status(); // the previous version stays in force
    audit::AuditedTransaction tx(session.database(), session.signer());
    int version = 0;
    auto id = storage::ScanRepository(session.database()).publish(tx.write(), policy->name, json, session.user().id, version);
    if (!id)
        return id.status();
    Status s = tx.record(QStringLiteral("policy.publish"), QStringLiteral("policy"), QString::number(version),
                         QJsonObject{{QStringLiteral("name"), policy->name},
                                     {QStringLiteral("version"), version},
                                     {QStringLiteral("rules"), static_cast<int>(policy->rules.size())},
                                     {QStringLiteral("sha256"), QString::fromLatin1(crypto::sha256(json).toHex())}});
    if (s.ok())
        s = tx.commit();
    if (!s.ok())
        return s;
    return version;
}

bool ScanService::mayViewPolicies(domain::Role role)
{
    return mayScan(role) || role == domain::Role::Auditor;
}

bool ScanService::mayPublish(domain::Role role)
{
    return role == domain::Role::Administrator || role == domain::Role::ComplianceOfficer;
}

bool ScanService::mayScan(domain::Role role)
{
    return role == domain::Role::Administrator || role == domain::Role::ComplianceOfficer ||
           role == domain::Role::HrInvestigator;
}

Result<PolicyOverview> ScanService::overview(workspace::Session& session)
{
    if (!mayViewPolicies(session.user().role))
        return Status(ErrorCode::PermissionDenied, tr("Your role cannot see the detection policies."));
    storage::ScanRepository repo(session.database());
    PolicyOverview o;
    auto versions = repo.versions();
    if (!versions)
        return versions.status();
    o.versions = *versions;
    auto posts = repo.countPosts();
    if (!posts)
        return posts.status();
    o.posts = *posts;
    return o;
}

Result<Policy> ScanService::policy(workspace::Session& session, std::optional<int> version)
{
    if (!mayViewPolicies(session.user().role))
        return Status(ErrorCode::PermissionDenied, tr("Your role cannot see the detection policies."));
    auto row = storage::ScanRepository(session.database()).policy(version);
    if (!row)
        return row.status();
    if (!*row) {
        if (version)
            return Status(ErrorCode::NotFound, tr("There is no policy version %1.").arg(*version));
        return Policy::builtIn();
    }
    auto p = Policy::fromJson((*row)->body, tr("policy version %1").arg((*row)->version));
    if (p)
        p->version = (*row)->version;
    return p;
}

Result<ScanSummary> ScanService::scan(workspace::Session& session, const ScanOptions& options)
{
    if (!mayScan(session.user().role))
        return Status(ErrorCode::PermissionDenied,
                      tr("Only administrators, compliance officers and HR investigators can scan the workspace."));
    storage::ScanRepository repo(session.database());
    auto row = repo.policy(options.policyVersion);
    if (!row)
        return row.status();
    if (!*row) {
        if (options.policyVersion)
            return Status(ErrorCode::NotFound, tr("There is no policy version %1.").arg(*options.policyVersion));
        // The first scan publishes the built-in policy as version 1.
        initResources();
        QFile builtIn(QStringLiteral(":/custos/policies/default.json"));
        if (!builtIn.open(QIODevice::ReadOnly))
            return Status(ErrorCode::Internal, tr("The built-in policy is missing from this build."));
        auto version = publish(session, builtIn.readAll());
        if (!version)
            return version.status();
        row = repo.policy(*version);
        if (!row || !*row)
            return Status(ErrorCode::Internal, tr("The policy just published cannot be read back."));
    }
    const storage::PolicyRow policyRow = **row;
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
        const QList<Classified> results = QtConcurrent::blockingMapped(&pool, *posts, [engine](const storage::PostText& p) {
            const Classifier::Analysis a = engine->analyze(p.text);
            return Classified{p.id, a.flags, a.sentiment};
        });
        audit::AuditedTransaction tx(session.database(), session.signer());
        Status s = tx.status();
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        qint64 batchFlags = 0;
        for (const Classified& c : results) {
            for (const Flag& f : c.flags) {
                if (s.ok())
                    s = repo.addFlag(tx.write(), {c.postId, f.rule, f.category, f.severity, f.score, f.spans},
                                     policyRow.id, now);
                ++summary.byCategory[f.category];
                ++batchFlags;
            }
            if (s.ok())
                s = repo.markScanned(tx.write(), c.postId, policyRow.id, c.sentiment);
            summary.flaggedPosts += c.flags.isEmpty() ? 0 : 1;
        }
        if (s.ok())
            s = tx.record(QStringLiteral("scan.batch"), QStringLiteral("policy"), QString::number(policyRow.version),
                          QJsonObject{{QStringLiteral("posts"), static_cast<qint64>(results.size())},
                                      {QStringLiteral("flags"), batchFlags},
                                      {QStringLiteral("last_post"), results.last().postId}});
        if (s.ok())
            s = tx.commit();
        if (!s.ok())
            return s; // this batch rolled back; the next scan starts from it
        summary.scanned += results.size();
        summary.flags += batchFlags;
        afterId = results.last().postId;
        if (options.progress && !options.progress(summary.scanned, *total)) {
            summary.cancelled = true;
            break;
        }
    }
    return summary;
}

} // namespace custos::detection
