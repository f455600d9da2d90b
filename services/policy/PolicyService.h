// Versioned policies in the workspace: the published versions with their scan progress,
// the policy of a version, and publishing a new version, which is refused when it does
// not compile (naming the rule) and audited with the SHA-256 of its text.
#pragma once

#include "core/Status.h"
#include "detection/Classifier.h"
#include "domain/Policy.h"

#include <QCoreApplication>
#include <optional>

namespace custos::workspace {
class Session;
}

namespace custos::policy {

struct PolicyOverview
{
    QList<domain::PolicyVersionRow> versions; // newest first
    qint64 posts = 0;                          // in the workspace; -1 (as the versions' scan
                                               // figures) for a role without the posts' key
};

class PolicyService final
{
    Q_DECLARE_TR_FUNCTIONS(PolicyService)
public:
    explicit PolicyService(workspace::Session& session) : m_session(session) {}

    Result<PolicyOverview> overview();
    // The policy of a version (the newest when none), or the built-in one when nothing
    // has been published yet.
    Result<detection::Policy> policy(std::optional<int> version);
    // The JSON text of a published version, as it was published.
    Result<QByteArray> text(int version);
    // Publishes `json` as the next policy version; refused when it does not compile.
    Result<int> publish(const QByteArray& json);
    // The policy row of a version (the newest when none); with no version published yet,
    // the built-in policy is published first as version 1.
    Result<domain::PolicyRow> versionToScan(std::optional<int> version);

private:
    workspace::Session& m_session;
};

} // namespace custos::policy
