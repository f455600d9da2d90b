// Scanning a workspace's posts with a published policy version: incremental (only posts
// not yet scanned with that version), multi-threaded, cancellable, with progress; flags
// and each post's sentiment are written in audited batches. Publishing a policy version
// (validated by compiling it) is an audited action too.
#pragma once

#include "domain/Role.h"
#include "core/Status.h"
#include "detection/Classifier.h"
#include "storage/ScanRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

#include <functional>
#include <optional>

namespace custos::workspace {
class Session;
}

namespace custos::detection {

struct ScanOptions
{
    std::optional<int> policyVersion; // newest when not given
    int threads = 0;                  // 0: all cores
    int batchSize = 2000;
    std::function<bool(qint64 done, qint64 total)> progress; // false: cancel
};

struct ScanSummary
{
    int policyVersion = 0;
    qint64 scanned = 0;
    qint64 flaggedPosts = 0;
    qint64 flags = 0;
    QMap<domain::Category, qint64> byCategory;
    bool cancelled = false;
    QJsonObject toJson() const;
};

struct PolicyOverview
{
    QList<storage::PolicyVersionRow> versions; // newest first
    qint64 posts = 0;                          // in the workspace
};

class ScanService final
{
    Q_DECLARE_TR_FUNCTIONS(ScanService)
public:
    // Who may see the policies: administrators, compliance officers, HR investigators
    // and auditors (which version was in force is theirs to check). Managers may not.
    static bool mayViewPolicies(domain::Role role);
    static bool mayPublish(domain::Role role);
    static bool mayScan(domain::Role role);
    static Result<PolicyOverview> overview(workspace::Session& session);
    // The policy of a version (the newest when none), or the built-in one when nothing
    // has been published yet.
    static Result<Policy> policy(workspace::Session& session, std::optional<int> version);
    // Publishes `json` as the next policy version; refused when it does not compile.
    static Result<int> publish(workspace::Session& session, const QByteArray& json);
    static Result<ScanSummary> scan(workspace::Session& session, const ScanOptions& options);
};

} // namespace custos::detection
