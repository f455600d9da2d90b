// Helpers the review services share: the time of a decision, id lists for audit
// details, and one audited transaction around a change.
#pragma once

#include "audit/AuditLog.h"
#include "core/Status.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace custos::workspace {
class Session;
}

namespace custos::review::support {

QString now(); // UTC, ISO 8601 with milliseconds
QJsonArray idArray(const QList<qint64>& ids);
// One audited transaction: `change` writes, then the entry is recorded, then commit. The
// entry also signs the status each of `flags` has after the change ("flag_status"), so
// that the deep verification can tell a status set without a decision.
Status audited(workspace::Session& session, const QString& action, const QString& objectType, const QString& objectId,
               const QJsonObject& details, const std::function<Status(audit::AuditedTransaction&)>& change,
               const QList<qint64>& flags = {});
// {"<flag id>": "<status>"} for the flags as they are in the transaction.
Result<QJsonObject> flagStatuses(audit::AuditedTransaction& tx, const QList<qint64>& flags);

} // namespace custos::review::support
