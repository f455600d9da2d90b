#include "review/ReviewSupport.h"

#include "workspace/Session.h"

#include <QDateTime>

namespace custos::review::support {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray a;
    for (const qint64 id : ids)
        a.append(id);
    return a;
}

Status audited(workspace::Session& session, const QString& action, const QString& objectType,
               const QString& objectId, const QJsonObject& details,
               const std::function<Status(audit::AuditedTransaction&)>& change)
{
    audit::AuditedTransaction tx(session.database(), session.signer());
    Status s = tx.status();
    if (s.ok())
        s = change(tx);
    if (s.ok())
        s = tx.record(action, objectType, objectId, details);
    if (s.ok())
        s = tx.commit();
    return s;
}

} // namespace custos::review::support
