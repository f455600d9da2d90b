#include "workspace/Aggregates.h"

#include "audit/AuditLog.h"
#include "domain/AuditActions.h"
#include "storage/AggregateRepository.h"

#include <QJsonObject>

namespace custos::workspace {

Status refreshAggregates(Session& session)
{
    if (!session.holds(domain::Compartment::Content) || !session.holds(domain::Compartment::Aggregates))
        return Status::success();
    audit::AuditedTransaction tx(session.database(), session.signer());
    Status s = tx.status();
    storage::AggregateRepository repo(session.database());
    if (s.ok())
        s = repo.refresh(tx.write());
    auto totals = repo.totals();
    if (s.ok() && !totals)
        s = totals.status();
    if (s.ok())
        s = tx.record(domain::actions::kAggregatesRefresh, domain::objects::kWorkspace, session.workspaceId(),
                      QJsonObject{{QStringLiteral("days"), totals->days},
                                  {QStringLiteral("posts"), totals->posts},
                                  {QStringLiteral("flags"), totals->flags}});
    return s.ok() ? tx.commit() : s;
}

Status refreshAggregatesIfStale(Session& session)
{
    if (!session.holds(domain::Compartment::Content) || !session.holds(domain::Compartment::Aggregates))
        return Status::success();
    auto stale = storage::AggregateRepository(session.database()).isStale();
    if (!stale)
        return stale.status();
    return *stale ? refreshAggregates(session) : Status::success();
}

} // namespace custos::workspace
