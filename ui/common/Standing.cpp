#include "common/Standing.h"

#include "domain/Permissions.h"
#include "roster/RosterService.h"
#include "workspace/Session.h"

#include <QStringList>

namespace custos::ui {

QString Standing::html(workspace::Session& session, qint64 personId, const QString& at, When when)
{
    if (personId <= 0 || !domain::allows(session.user().role, domain::Operation::ViewPeople))
        return {};
    // A day counts to its end.
    const QString moment = at.size() == 10 ? at + QStringLiteral("T23:59:59.999Z") : at;
    auto standing = roster::RosterService(session).standingOf(personId, moment);
    if (!standing || !standing->onRoster)
        return {};
    QStringList parts;
    if (standing->policyVersion > 0)
        parts << (standing->acknowledged ? tr("had acknowledged policy version %1 (on %2)")
                                               .arg(standing->policyVersion)
                                               .arg(standing->acknowledgedOn)
                                         : tr("had not acknowledged policy version %1, then in force").arg(standing->policyVersion));
    for (const auto& [module, complete] : standing->trainings)
        parts << (complete ? tr("%1: complete").arg(module) : tr("%1: not complete").arg(module));
    if (parts.isEmpty())
        return {};
    const QString lead = when == When::Posted ? tr("When they posted, the author") : tr("At the time of the incident, the respondent");
    return QStringLiteral("<p style='background:#e8f0fe; padding:4px;'>%1 %2</p>")
        .arg(lead.toHtmlEscaped(), parts.join(QStringLiteral(" · ")).toHtmlEscaped());
}

} // namespace custos::ui
