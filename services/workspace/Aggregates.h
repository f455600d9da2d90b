// Keeping the dashboards' figures in step with the posts and flags: each import batch adds
// its posts to the per-day counts; every scan recomputes everything (sentiment and flags),
// in an audited transaction.
#pragma once

#include "core/Status.h"
#include "workspace/Session.h"

namespace custos::workspace {

// Does nothing for a session without the content or aggregates key.
Status refreshAggregates(Session& session);
// Recomputes only when the figures do not add up to the posts, scored posts and flags
// (a scan interrupted after its last batch, before its recomputation).
Status refreshAggregatesIfStale(Session& session);

} // namespace custos::workspace
