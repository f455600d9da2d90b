#include "policy/PolicyService.h"

#include "audit/AuditLog.h"
#include "core/Resources.h"
#include "crypto/Crypto.h"
#include "domain/AuditActions.h"
#include "domain/Permissions.h"
#include "storage/ScanRepository.h"
#include "workspace/Session.h"

#include <QFile>

namespace custos::policy {

using detection::Classifier;
using detection::Policy;

Result<int> PolicyService::publish(const QByteArray& json)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(domain::Operation::PublishPolicy); !s.ok())
        return s;
    auto policy = Policy::fromJson(json, tr("the new policy"));
    if (!policy)
        return policy.status();
    if (auto compiled = Classifier::build(*policy); !compiled)
        return compiled.status(); // the previous version stays in force
    audit::AuditedTransaction tx(session.database(), session.signer());
    int version = 0;
    auto id = storage::ScanRepository(session.database())
                  .publish(tx.write(), policy->name, json, session.user().id, version);
    if (!id)
        return id.status();
    Status s =
        tx.record(domain::actions::kPolicyPublish, domain::objects::kPolicy, QString::number(version),
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

Result<PolicyOverview> PolicyService::overview()
{
    workspace::Session& session = m_session;
    if (Status s = session.require(domain::Operation::ViewPolicies); !s.ok())
        return s;
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

Result<Policy> PolicyService::policy(std::optional<int> version)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(domain::Operation::ViewPolicies); !s.ok())
        return s;
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

Result<QByteArray> PolicyService::text(int version)
{
    if (Status s = m_session.require(domain::Operation::ViewPolicies); !s.ok())
        return s;
    auto row = storage::ScanRepository(m_session.database()).policy(version);
    if (!row)
        return row.status();
    if (!*row)
        return Status(ErrorCode::NotFound, tr("There is no policy version %1.").arg(version));
    return (*row)->body;
}

Result<domain::PolicyRow> PolicyService::versionToScan(std::optional<int> version)
{
    if (Status s = m_session.require(domain::Operation::ScanWorkspace); !s.ok())
        return s;
    storage::ScanRepository repo(m_session.database());
    auto row = repo.policy(version);
    if (!row)
        return row.status();
    if (*row)
        return **row;
    if (version)
        return Status(ErrorCode::NotFound, tr("There is no policy version %1.").arg(*version));
    // The first scan publishes the built-in policy as version 1.
    initResources();
    QFile builtIn(QStringLiteral(":/custos/policies/default.json"));
    if (!builtIn.open(QIODevice::ReadOnly))
        return Status(ErrorCode::Internal, tr("The built-in policy is missing from this build."));
    auto published = publish(builtIn.readAll());
    if (!published)
        return published.status();
    row = repo.policy(*published);
    if (!row || !*row)
        return Status(ErrorCode::Internal, tr("The policy just published cannot be read back."));
    return **row;
}

} // namespace custos::policy
