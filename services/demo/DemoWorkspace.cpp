#include "demo/DemoWorkspace.h"

#include "workspace/Keyring.h"
#include "workspace/WorkspacePaths.h"

#include "access/AdministrationService.h"
#include "policy/PolicyService.h"
#include "policy/ScanService.h"
#include "demo/DemoCases.h"
#include "demo/DemoPeople.h"
#include "demo/DemoRecords.h"
#include "demo/DemoCorpus.h"
#include "ingest/ImportService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace custos::demo {

QString DemoWorkspace::passphrase()
{
    return QStringLiteral("custos-demo-2026");
}

QList<DemoUser> DemoWorkspace::users()
{
    return {{QStringLiteral("admin"), QStringLiteral("Ada Admin"), domain::Role::Administrator},
            {QStringLiteral("carla"), QStringLiteral("Carla Compliance"), domain::Role::ComplianceOfficer},
            {QStringLiteral("henri"), QStringLiteral("Henri Investigator"), domain::Role::HrInvestigator},
            {QStringLiteral("mona"), QStringLiteral("Mona Manager"), domain::Role::Manager},
            {QStringLiteral("otto"), QStringLiteral("Otto Auditor"), domain::Role::Auditor}};
}

Result<bool> DemoWorkspace::ensure(const QString& dir)
{
    const workspace::WorkspacePaths paths(dir);
    if (workspace::Workspace::looksLikeWorkspace(dir)) {
        if (!workspace::Keyring::isEarlierFormat(paths.keyring()))
            return false;
        // A demo made by an earlier Custos (one key for every role): its data is synthetic,
        // so it is made again in the current format rather than refused.
        for (const QString& file : paths.dataFiles())
            QFile::remove(file);
    }
    const QList<DemoUser> all = users();
    auto session = workspace::Workspace::create({dir, all.first().name, all.first().displayName, passphrase(),
                                      workspace::Workspace::calibrateKdf()});
    if (!session)
        return session.status();
    access::AdministrationService admin(**session);
    for (const DemoUser& user : all.mid(1)) {
        auto added = admin.addUser(user.name, user.displayName, user.role, passphrase());
        if (!added)
            return added.status();
    }
    // Case data: a synthetic company's chat, through the real Slack importer.
    QTemporaryDir corpus;
    if (!corpus.isValid())
        return Status(ErrorCode::Io, QCoreApplication::translate("DemoWorkspace", "No temporary folder can be created for "
                                                                                  "the demo corpus. Check the free disk space."));
    const QString exportDir = corpus.filePath(QStringLiteral("northwind-slack"));
    auto written = demo::DemoCorpus::write(exportDir, kDemoPosts, 2026);
    if (!written)
        return written.status();
    ingest::ImportOptions options;
    options.format = QStringLiteral("slack");
    options.path = exportDir;
    auto imported = ingest::ImportService(**session).run(options);
    if (!imported)
        return imported.status();
    // Scanned with the built-in policy, so that the review queue has work in it.
    auto scanned = policy::ScanService(**session).scan({});
    if (!scanned)
        return scanned.status();
    (*session).reset(); // the demo's investigator signs in next
    // Cases in each state, so that the Cases page and a timeline show at once.
    if (Status s = DemoCases::create(dir, passphrase()); !s.ok())
        return s;
    // Retention rules, legal holds and one purge, by the demo's compliance officer.
    if (Status s = DemoRecords::create(dir, passphrase()); !s.ok())
        return s;
    // HR's roster, training and policy acknowledgements, by the demo's investigator.
    if (Status s = DemoPeople::create(dir, passphrase(), exportDir); !s.ok())
        return s;
    return true;
}

QStringList DemoWorkspace::credentialLines()
{
    QStringList lines;
    for (const DemoUser& user : users())
        lines << QStringLiteral("  %1  %2  (%3)").arg(user.name, -6).arg(passphrase(), domain::key(user.role));
    return lines;
}

} // namespace custos::demo
