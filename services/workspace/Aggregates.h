// Keeping the dashboards' figures in step with the posts and flags: recomputed in the
// aggregates compartment at the end of every import and scan, in an audited transaction.
#pragma once

#include "core/Status.h"
#include "workspace/Session.h"

namespace custos::workspace {

// Does nothing for a session without the content or aggregates key.
Status refreshAggregates(Session& session);

} // namespace custos::workspace
