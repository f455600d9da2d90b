// Four-eyes takedowns: a reviewer requests, a different compliance officer approves or
// rejects (the requester never decides their own request, whatever their roles); the
// approved order, carrying both signatures, is exported for the platform administrator
// and tracked until it is marked done.
#pragma once

#include "core/Status.h"
#include "domain/Review.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace custos::workspace {
class Session;
}

namespace custos::review {

class TakedownService final
{
    Q_DECLARE_TR_FUNCTIONS(TakedownService)
public:
    explicit TakedownService(workspace::Session& session) : m_session(session) {}

    Result<qint64> request(qint64 postId, const QString& reason, const QString& clause);
    Status decide(qint64 takedownId, bool approve, const QString& comment);
    Status markDone(qint64 takedownId);
    // Newest first; all when no status is given.
    Result<QList<domain::TakedownRecord>> list(std::optional<domain::TakedownStatus> status = std::nullopt);
    // The order for the platform administrator: what to remove and where, why, and both
    // signatures (the audit entries of the request and of the approval).
    Result<QJsonObject> order(qint64 takedownId);

private:
    workspace::Session& m_session;
};

} // namespace custos::review
