#include "demo/DemoPeople.h"

#include "roster/RosterService.h"
#include "workspace/Session.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace custos::demo {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("custos::demo::DemoPeople", text);
}

// A small deterministic generator, so that the demo is the same every time.
quint32 mix(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

QString csvField(const QString& s)
{
    return s.contains(u',') || s.contains(u'"') ? u'"' + QString(s).replace(u'"', QStringLiteral("\"\"")) + u'"' : s;
}

Status writeFile(const QString& path, const QString& text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
        return {ErrorCode::Io, tr("%1 cannot be written.").arg(path)};
    return Status::success();
}

// The day the learning system went live and the modules were first assigned: months
// before the demo chat begins (2 January 2024).
const QDate kLearningSince(2023, 9, 1);

} // namespace

Status DemoPeople::create(const QString& dir, const QString& passphrase, const QString& exportDir)
{
    QFile usersFile(QDir(exportDir).filePath(QStringLiteral("users.json")));
    if (!usersFile.open(QIODevice::ReadOnly))
        return {ErrorCode::NotFound, tr("The demo export has no users.json.")};
    const QJsonArray users = QJsonDocument::fromJson(usersFile.readAll()).array();
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return {ErrorCode::Io, tr("No temporary folder can be created for the demo roster. Check the free disk space.")};

    const QDate today = QDate::currentDate();
    QString roster = QStringLiteral("Personalnummer,Name,E-Mail,Abteilung,Vorgesetzte,Eintritt,Austritt\n");
    QString lms = QStringLiteral("User,Course,Completion date\n");
    QStringList employees;
    const QStringList modules = {tr("Harassment and bullying prevention"), tr("Data protection and confidentiality"),
                                 tr("Social media policy")};
    for (int i = 0; i < users.size(); ++i) {
        const QJsonObject u = users.at(i).toObject();
        if (i % 15 == 7)
            continue; // not on HR's list: shows up as an unmatched person
        const QString employee = QStringLiteral("N%1").arg(10000 + i);
        QString email = u.value(QStringLiteral("profile")).toObject().value(QStringLiteral("email")).toString();
        if (i % 23 == 5)
            email = u.value(QStringLiteral("name")).toString() + QStringLiteral("@old-domain.example"); // matches no one
        const QString department = u.value(QStringLiteral("profile")).toObject().value(QStringLiteral("title")).toString();
        const QDate start = QDate(2014, 1, 1).addDays(static_cast<qint64>(mix(static_cast<quint32>(i)) % 4300));
        const QString leave = i % 41 == 3 ? today.addDays(-60).toString(QStringLiteral("dd.MM.yyyy")) : QString();
        roster += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                      .arg(employee, csvField(u.value(QStringLiteral("real_name")).toString()), email, department,
                           QStringLiteral("N%1").arg(10000 + (i / 10) * 10), start.toString(QStringLiteral("dd.MM.yyyy")), leave);
        employees << employee;
        for (int m = 0; m < modules.size(); ++m) {
            const quint32 r = mix(static_cast<quint32>(i * 7 + m));
            // Completions since the learning system went live, before and during the chat's
            // period, so that a post's author shows what they had done when they wrote it.
            if (r % 100 < 78)
                lms += QStringLiteral("%1,%2,%3\n").arg(email, csvField(modules.at(m)),
                                                         kLearningSince.addDays(static_cast<qint64>(r % 200) + 14).toString(Qt::ISODate));
            if (r % 100 < 70)
                lms += QStringLiteral("%1,%2,%3\n").arg(email, csvField(modules.at(m)),
                                                         today.addDays(-static_cast<qint64>(r % 420) - 1).toString(Qt::ISODate));
        }
    }
    const QString rosterPath = scratch.filePath(QStringLiteral("hr-roster.csv"));
    const QString lmsPath = scratch.filePath(QStringLiteral("lms-completions.csv"));
    if (Status s = writeFile(rosterPath, roster); !s.ok())
        return s;
    if (Status s = writeFile(lmsPath, lms); !s.ok())
        return s;

    auto session = workspace::Workspace::open(dir, QStringLiteral("henri"), passphrase);
    if (!session)
        return session.status();
    roster::RosterService service(**session);
    auto mapping = roster::RosterMapping::parse(QStringLiteral(
        "employee_id=Personalnummer,name=Name,email=E-Mail,department=Abteilung,manager=Vorgesetzte,start=Eintritt,leave=Austritt"));
    if (!mapping)
        return mapping.status();
    if (auto imported = service.importRoster(rosterPath, *mapping); !imported)
        return imported.status();
    const QList<std::pair<int, int>> schedule = {{12, 30}, {24, 30}, {0, 14}};
    for (int m = 0; m < modules.size(); ++m) {
        if (auto added = service.addModule(modules.at(m), schedule.at(m).first, schedule.at(m).second); !added)
            return added.status();
    }
    auto departments = service.departments();
    if (!departments)
        return departments.status();
    const QString since = kLearningSince.toString(Qt::ISODate);
    for (const QString& d : *departments) {
        if (Status s = service.assign(modules.at(0), d, {}, since); !s.ok())
            return s;
        if (Status s = service.assign(modules.at(2), d, {}, since); !s.ok())
            return s;
        if (d == QLatin1String("Finance") || d == QLatin1String("Engineering") || d == QLatin1String("HR") ||
            d == QLatin1String("Legal")) {
            if (Status s = service.assign(modules.at(1), d, {}, since); !s.ok())
                return s;
        }
    }
    auto completions = roster::CompletionMapping::parse(QStringLiteral("employee=User,module=Course,completed=Completion date"));
    if (!completions)
        return completions.status();
    if (auto imported = service.importCompletions(lmsPath, *completions); !imported)
        return imported.status();
    // Most have acknowledged the policy in force (published when the demo was scanned).
    for (int i = 0; i < employees.size(); ++i) {
        if (mix(static_cast<quint32>(i + 991)) % 100 >= 82)
            continue;
        if (Status s = service.acknowledgePolicy(employees.at(i), 1, today.toString(Qt::ISODate)); !s.ok())
            return s;
    }
    return Status::success();
}

} // namespace custos::demo
