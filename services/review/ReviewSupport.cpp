#include "review/ReviewSupport.h"

#include "storage/ReviewRepository.h"
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

Result<QJsonObject> flagStatuses(audit::AuditedTransaction& tx, const QList<qint64>& flags)
{
    auto states = storage::ReviewRepository(tx.db()).flags(flags);
    if (!states)
        return states.status();
    QJsonObject out;
    for (const domain::FlagState& f : *states)
        out.insert(QString::number(f.id), domain::key(f.status));
    return out;
}

Status audited(workspace::Session& session, const QString& action, const QString& objectType,
               const QString& objectId, const QJsonObject& details,
               const std::function<Status(audit::AuditedTransaction&)>& change, const QList<qint64>& flags)
{
    audit::AuditedTransaction tx(session.database(), session.signer());
    Status s = tx.status();
    if (s.ok())
        s = change(tx);
    QJsonObject signedDetails = details;
    if (s.ok() && !flags.isEmpty()) {
        auto statuses = flagStatuses(tx, flags);
        if (statuses)
            signedDetails.insert(QStringLiteral("flag_status"), *statuses);
        else
            s = statuses.status();
    }
    if (s.ok())
        s = tx.record(action, objectType, objectId, signedDetails);
    if (s.ok())
        s = tx.commit();
    return s;
}

} // namespace custos::review::support
