// Helpers the review service's source files share: the time of a decision, who may
// review, one audited transaction, and how an author is named.
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

namespace custos::review {
class Pseudonyms;

namespace support {

QString now(); // UTC, ISO 8601 with milliseconds
QJsonArray idArray(const QList<qint64>& ids);
Status requireReviewer(const workspace::Session& session);
// One audited transaction: `change` writes, then the entry is recorded, then commit.
Status audited(workspace::Session& session, const QString& action, const QString& objectType, const QString& objectId,
               const QJsonObject& details, const std::function<Status(audit::AuditedTransaction&)>& change);
// A pseudonym, or the real name once this session revealed it.
QString authorName(workspace::Session& session, const Pseudonyms& pseudonyms, qint64 personId);

} // namespace support
} // namespace custos::review
