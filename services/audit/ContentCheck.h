// The deep verification: every post, earlier version, flag and decision against what the
// signed log commits to. Import and scan batch entries sign the rows they wrote (ids and a
// Merkle root); decision entries sign each flag's new status and count as one decision
// per flag. A text edited, a post or flag deleted or added, a status set without a
// decision, a decision row removed: each is named.
#pragma once

#include "core/Status.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QStringList>

namespace custos::audit {

class ContentCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ContentCheck)
};

struct ContentReport
{
    QStringList differences; // one translated sentence each
    qint64 posts = 0;        // posts and versions read
    qint64 flags = 0;
    qint64 unsigned_ = 0;    // rows from before batches signed their rows (not provable)
};

// Needs the content compartment. Reads the log's batch and decision entries (they are
// verified by the log's own verification) and the content tables.
Result<ContentReport> checkContent(storage::Database& db);

} // namespace custos::audit
