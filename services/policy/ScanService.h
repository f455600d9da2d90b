// Scanning a workspace's posts with a published policy version: incremental (only posts
// not yet scanned with that version), multi-threaded, cancellable, with progress; flags
// and each post's sentiment are written in audited batches.
#pragma once

#include "core/Status.h"
#include "domain/Flags.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <functional>
#include <optional>

namespace custos::workspace {
class Session;
}

namespace custos::policy {

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

class ScanService final
{
    Q_DECLARE_TR_FUNCTIONS(ScanService)
public:
    explicit ScanService(workspace::Session& session) : m_session(session) {}

    Result<ScanSummary> scan(const ScanOptions& options);

private:
    workspace::Session& m_session;
};

} // namespace custos::policy
