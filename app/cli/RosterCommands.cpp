#include "RosterCommands.h"

#include "CliContext.h"
#include "roster/RosterService.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace custos::cli {
namespace {

using namespace custos::domain;
using roster::RosterService;

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("custos::cli", text, disambiguation, n);
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

QJsonObject entryJson(const RosterEntry& e)
{
    QJsonArray people;
    for (const qint64 id : e.personIds)
        people.append(id);
    return QJsonObject{{QStringLiteral("employee_id"), e.employeeId},
                       {QStringLiteral("name"), e.name},
                       {QStringLiteral("email"), e.email},
                       {QStringLiteral("handles"), QJsonArray::fromStringList(e.handles)},
                       {QStringLiteral("department"), e.department},
                       {QStringLiteral("manager"), e.managerEmployeeId},
                       {QStringLiteral("start"), e.startDay},
                       {QStringLiteral("leave"), e.leaveDay},
                       {QStringLiteral("people"), people}};
}

QJsonObject statusJson(const TrainingStatus& s)
{
    return QJsonObject{{QStringLiteral("employee_id"), s.employeeId},
                       {QStringLiteral("name"), s.employeeName},
                       {QStringLiteral("department"), s.department},
                       {QStringLiteral("module"), s.moduleName},
                       {QStringLiteral("state"), key(s.state)},
                       {QStringLiteral("last_completed"), s.lastCompleted},
                       {QStringLiteral("due"), s.dueOn}};
}

// The options every command here shares, and signing in.
struct Command
{
    QCommandLineParser p;
    Command()
    {
        p.addOption(CliContext::userOption());
        p.addOption(CliContext::passphraseFileOption());
    }
};

int rosterImport(CliContext& ctx)
{
    Command c;
    c.p.addOption({QStringLiteral("map"), tr("Which column holds what: employee_id=COL,name=COL,email=COL,handles=COL,"
                                             "department=COL,manager=COL,start=COL,leave=COL."),
                   QStringLiteral("SPEC")});
    if (!ctx.parse(c.p, {QStringLiteral("WORKSPACE"), QStringLiteral("FILE")}, 2, 2))
        return c.p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    auto mapping = roster::RosterMapping::parse(c.p.value(QStringLiteral("map")));
    if (!mapping)
        return CliContext::usage(mapping.status().message());
    auto session = CliContext::signIn(c.p, c.p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    auto summary = RosterService(**session).importRoster(c.p.positionalArguments().at(1), *mapping);
    if (!summary)
        return CliContext::fail(summary.status());
    CliContext::printJson(QJsonDocument(summary->toJson()));
    return ExitOk;
}

int rosterList(CliContext& ctx, bool unmatched)
{
    Command c;
    if (!ctx.parse(c.p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return c.p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    auto session = CliContext::signIn(c.p, c.p.positionalArguments().first(), workspace::Workspace::Access::ReadOnly);
    if (!session)
        return CliContext::fail(session.status());
    RosterService service(**session);
    auto entries = unmatched ? service.unmatchedEntries() : service.roster();
    if (!entries)
        return CliContext::fail(entries.status());
    QJsonArray list;
    for (const RosterEntry& e : *entries)
        list.append(entryJson(e));
    if (!unmatched) {
        CliContext::printJson(QJsonDocument(list));
        return ExitOk;
    }
    auto people = service.unmatchedPeople();
    if (!people)
        return CliContext::fail(people.status());
    QJsonArray others;
    for (const roster::UnmatchedPerson& p : *people)
        others.append(QJsonObject{{QStringLiteral("person"), p.personId}, {QStringLiteral("pseudonym"), p.pseudonym}});
    CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("entries"), list}, {QStringLiteral("people"), others}}));
    return ExitOk;
}

int rosterLink(CliContext& ctx)
{
    Command c;
    if (!ctx.parse(c.p, {QStringLiteral("WORKSPACE"), QStringLiteral("EMPLOYEE"), QStringLiteral("PERSON")}, 3, 3))
        return c.p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    bool ok = false;
    const qint64 person = c.p.positionalArguments().at(2).toLongLong(&ok);
    if (!ok)
        return CliContext::usage(tr("PERSON is a person id (see custos-cli roster unmatched)."));
    auto session = CliContext::signIn(c.p, c.p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    if (Status s = RosterService(**session).link(c.p.positionalArguments().at(1), person); !s.ok())
        return CliContext::fail(s);
    CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("employee_id"), c.p.positionalArguments().at(1)},
                                                    {QStringLiteral("person"), person}}));
    return ExitOk;
}

int rosterAcknowledge(CliContext& ctx)
{
    Command c;
    c.p.addOption({QStringLiteral("on"), tr("The day they acknowledged it (default today)."), QStringLiteral("DAY")});
    if (!ctx.parse(c.p, {QStringLiteral("WORKSPACE"), QStringLiteral("EMPLOYEE"), QStringLiteral("POLICY_VERSION")}, 3, 3))
        return c.p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    bool ok = false;
    const int version = c.p.positionalArguments().at(2).toInt(&ok);
    if (!ok || version < 1)
        return CliContext::usage(tr("POLICY_VERSION is a published policy version, a number."));
    auto session = CliContext::signIn(c.p, c.p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    const QString day = c.p.isSet(QStringLiteral("on")) ? c.p.value(QStringLiteral("on")) : today();
    if (Status s = RosterService(**session).acknowledgePolicy(c.p.positionalArguments().at(1), version, day); !s.ok())
        return CliContext::fail(s);
    CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("employee_id"), c.p.positionalArguments().at(1)},
                                                    {QStringLiteral("policy_version"), version},
                                                    {QStringLiteral("acknowledged_on"), day}}));
    return ExitOk;
}

int trainingModule(CliContext& ctx)
{
    if (ctx.args().isEmpty() || ctx.args().first() != QLatin1String("add"))
        return CliContext::usage(tr("custos-cli training module needs a subcommand: add."));
    CliContext sub(ctx.args().mid(1));
    Command c;
    c.p.addOption({QStringLiteral("name"), tr("The module's name."), QStringLiteral("TEXT")});
    c.p.addOption({QStringLiteral("every"), tr("Repeat every N months (0 or absent: once)."), QStringLiteral("MONTHS")});
    c.p.addOption({QStringLiteral("due-days"), tr("Days to complete it the first time (default 30)."), QStringLiteral("N")});
    if (!sub.parse(c.p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return c.p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    auto session = CliContext::signIn(c.p, c.p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    const int every = c.p.value(QStringLiteral("every")).toInt();
    const int due = c.p.isSet(QStringLiteral("due-days")) ? c.p.value(QStringLiteral("due-days")).toInt() : 30;
    auto m = RosterService(**session).addModule(c.p.value(QStringLiteral("name")), every, due);
    if (!m)
        return CliContext::fail(m.status());
    CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), m->id},
                                                    {QStringLiteral("name"), m->name},
                                                    {QStringLiteral("recurrence_months"), m->recurrenceMonths},
                                                    {QStringLiteral("due_days"), m->dueDays}}));
    return ExitOk;
}

int trainingAssign(CliContext& ctx)
{
    Command c;
    c.p.addOption({QStringLiteral("department"), tr("Assign it to everyone in this department."), QStringLiteral("NAME")});
    c.p.addOption({QStringLiteral("employee"), tr("Assign it to this employee."), QStringLiteral("ID")});
    c.p.addOption({QStringLiteral("since"), tr("Count it from this day (YYYY-MM-DD; default: today)."), QStringLiteral("DAY")});
    if (!ctx.parse(c.p, {QStringLiteral("WORKSPACE"), QStringLiteral("MODULE")}, 2, 2))
        return c.p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    auto session = CliContext::signIn(c.p, c.p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    if (Status s = RosterService(**session).assign(c.p.positionalArguments().at(1), c.p.value(QStringLiteral("department")),
                                                   c.p.value(QStringLiteral("employee")), c.p.value(QStringLiteral("since")));
        !s.ok())
        return CliContext::fail(s);
    CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("assigned"), c.p.positionalArguments().at(1)}}));
    return ExitOk;
}

int trainingComplete(CliContext& ctx)
{
    Command c;
    c.p.addOption({QStringLiteral("on"), tr("The day it was completed (default today)."), QStringLiteral("DAY")});
    if (!ctx.parse(c.p, {QStringLiteral("WORKSPACE"), QStringLiteral("EMPLOYEE"), QStringLiteral("MODULE")}, 3, 3))
        return c.p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    auto session = CliContext::signIn(c.p, c.p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    const QString day = c.p.isSet(QStringLiteral("on")) ? c.p.value(QStringLiteral("on")) : today();
    if (Status s = RosterService(**session).recordCompletion(c.p.positionalArguments().at(1), c.p.positionalArguments().at(2), day);
        !s.ok())
        return CliContext::fail(s);
    CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("employee_id"), c.p.positionalArguments().at(1)},
                                                    {QStringLiteral("module"), c.p.positionalArguments().at(2)},
                                                    {QStringLiteral("completed_on"), day}}));
    return ExitOk;
}

int trainingImport(CliContext& ctx)
{
    Command c;
    c.p.addOption({QStringLiteral("map"), tr("Which column holds what: employee=COL (an employee id or e-mail),module=COL,"
                                             "completed=COL."),
                   QStringLiteral("SPEC")});
    if (!ctx.parse(c.p, {QStringLiteral("WORKSPACE"), QStringLiteral("FILE")}, 2, 2))
        return c.p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    auto mapping = roster::CompletionMapping::parse(c.p.value(QStringLiteral("map")));
    if (!mapping)
        return CliContext::usage(mapping.status().message());
    auto session = CliContext::signIn(c.p, c.p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    auto summary = RosterService(**session).importCompletions(c.p.positionalArguments().at(1), *mapping);
    if (!summary)
        return CliContext::fail(summary.status());
    CliContext::printJson(QJsonDocument(summary->toJson()));
    return ExitOk;
}

int trainingStatus(CliContext& ctx, bool reminders)
{
    Command c;
    c.p.addOption({QStringLiteral("on"), tr("The day to measure against (default today)."), QStringLiteral("DAY")});
    c.p.addOption({QStringLiteral("department"), tr("Only this department."), QStringLiteral("NAME")});
    if (!reminders)
        c.p.addOption({QStringLiteral("overdue"), tr("Only what is overdue.")});
    else
        c.p.addOption({QStringLiteral("out"), tr("Write one text file per reminder into this folder."), QStringLiteral("DIR")});
    if (!ctx.parse(c.p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return c.p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QString out = reminders ? c.p.value(QStringLiteral("out")) : QString();
    if (!out.isEmpty() && !QFileInfo(out).isDir())
        return CliContext::usage(tr("The folder %1 does not exist.").arg(out));
    auto session = CliContext::signIn(c.p, c.p.positionalArguments().first(), workspace::Workspace::Access::ReadOnly);
    if (!session)
        return CliContext::fail(session.status());
    const QString day = c.p.isSet(QStringLiteral("on")) ? c.p.value(QStringLiteral("on")) : today();
    const QString department = c.p.value(QStringLiteral("department"));
    RosterService service(**session);
    QJsonArray list;
    if (!reminders) {
        auto all = service.status(day);
        if (!all)
            return CliContext::fail(all.status());
        for (const TrainingStatus& s : *all) {
            if ((!department.isEmpty() && s.department != department) ||
                (c.p.isSet(QStringLiteral("overdue")) && s.state != TrainingState::Overdue))
                continue;
            list.append(statusJson(s));
        }
        CliContext::printJson(QJsonDocument(list));
        return ExitOk;
    }
    auto all = service.reminders(day);
    if (!all)
        return CliContext::fail(all.status());
    for (const auto& [s, text] : *all) {
        if (!department.isEmpty() && s.department != department)
            continue;
        QJsonObject o = statusJson(s);
        if (out.isEmpty()) {
            o.insert(QStringLiteral("text"), text);
        } else {
            const QString path = QDir(out).filePath(QStringLiteral("reminder-%1-module-%2.txt").arg(s.employeeId).arg(s.moduleId));
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit())
                return CliContext::fail(Status(ErrorCode::Io, tr("%1 cannot be written: %2. Check the folder and the free space.")
                                                                  .arg(path, f.errorString())));
            o.insert(QStringLiteral("file"), path);
        }
        list.append(o);
    }
    CliContext::printJson(QJsonDocument(list));
    return ExitOk;
}

} // namespace

int runRoster(const QStringList& args)
{
    const QString sub = args.isEmpty() ? QString() : args.first();
    CliContext ctx(args.mid(1));
    if (sub == QLatin1String("import"))
        return rosterImport(ctx);
    if (sub == QLatin1String("list"))
        return rosterList(ctx, false);
    if (sub == QLatin1String("unmatched"))
        return rosterList(ctx, true);
    if (sub == QLatin1String("link"))
        return rosterLink(ctx);
    if (sub == QLatin1String("acknowledge"))
        return rosterAcknowledge(ctx);
    return CliContext::usage(tr("custos-cli roster needs a subcommand: import, list, unmatched, link, acknowledge."));
}

int runTraining(const QStringList& args)
{
    const QString sub = args.isEmpty() ? QString() : args.first();
    CliContext ctx(args.mid(1));
    if (sub == QLatin1String("module"))
        return trainingModule(ctx);
    if (sub == QLatin1String("assign"))
        return trainingAssign(ctx);
    if (sub == QLatin1String("complete"))
        return trainingComplete(ctx);
    if (sub == QLatin1String("import"))
        return trainingImport(ctx);
    if (sub == QLatin1String("status"))
        return trainingStatus(ctx, false);
    if (sub == QLatin1String("reminders"))
        return trainingStatus(ctx, true);
    return CliContext::usage(tr("custos-cli training needs a subcommand: module add, assign, complete, import, status, reminders."));
}

} // namespace custos::cli
