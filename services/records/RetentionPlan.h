// What a purge would delete now and what it keeps, computed from the rules, the holds and
// the facts of the workspace in one pass over its posts (services/records only).
#pragma once

#include "core/Status.h"
#include "domain/Records.h"
#include "storage/Connection.h"
#include "storage/RecordsRepository.h"

#include <QDateTime>
#include <QHash>

namespace custos::records::plan {

struct CaseDisposal
{
    qint64 caseId = 0;
    qint64 ruleId = 0;
    QString closedAt;
};

struct ManifestDisposal
{
    qint64 importId = 0;
    qint64 ruleId = 0;
    QString at;
};

struct Plan
{
    QList<storage::PostDisposal> posts;
    QList<CaseDisposal> cases;
    QList<ManifestDisposal> manifests;
    domain::PurgePreview preview;
    QString holdsSignature;
};

// The flag statuses that are not yet a decision.
QStringList undecidedStatuses();

Result<Plan> compute(storage::Database& db, const QDateTime& now, int samples);

} // namespace custos::records::plan
