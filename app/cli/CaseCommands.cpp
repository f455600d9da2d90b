#include "CaseCommands.h"

#include "CliContext.h"
#include "access/AdministrationService.h"
#include "cases/CaseService.h"
#include "demo/DemoCorpus.h"
#include "ingest/ImportService.h"
#include "workspace/Workspace.h"
#include "print/HtmlPdf.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QSaveFile>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeDatabase>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace custos::cli {
namespace {

using namespace custos::domain;

// lupdate files tr() calls in this namespace under the context "custos::cli".
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("custos::cli", text, disambiguation, n);
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

template <typename E> QString choices()
{
    return allKeys<E>().join(QStringLiteral(", "));
}

// --flags 12,13 and --posts 7: comma-separated ids.
bool ids(const QString& value, QList<qint64>& out)
{
    for (const QString& part : value.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id < 1)
            return false;
        out << id;
    }
    return true;
}

// A date option: empty, or YYYY-MM-DD.
bool day(const QCommandLineParser& p, const char* option, QString& into)
{
    const QString value = p.value(QString::fromLatin1(option));
    if (value.isEmpty())
        return true;
    if (!QDate::fromString(value, Qt::ISODate).isValid())
        return false;
    into = value;
    return true;
}

int badDay(const char* option)
{
    return CliContext::usage(tr("--%1 takes a day as YYYY-MM-DD, for example 2024-01-31.").arg(QString::fromLatin1(option)));
}

// The user named NAME among those who work cases.
Result<qint64> investigatorId(cases::CaseService& service, const QString& name)
{
    auto users = service.investigators();
    if (!users)
        return users.status();
    for (const UserRecord& u : *users)
        if (u.name == name)
            return u.id;
    return Status(ErrorCode::InvalidArgument, tr("There is no active user %1 who works cases.").arg(name));
}

QJsonObject rowJson(const CaseRow& r)
{
    QJsonArray assignees;
    for (const QString& a : r.assignees)
        assignees.append(a);
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("number"), r.number},
                       {QStringLiteral("title"), r.title},
                       {QStringLiteral("status"), key(r.status)},
                       {QStringLiteral("priority"), key(r.priority)},
                       {QStringLiteral("intake"), key(r.intake)},
                       {QStringLiteral("opened_at"), r.openedAt},
                       {QStringLiteral("due_at"), orNull(r.dueAt)},
                       {QStringLiteral("closed_at"), orNull(r.closedAt)},
                       {QStringLiteral("assignees"), assignees},
                       {QStringLiteral("overdue"), r.overdue},
                       {QStringLiteral("open_tasks"), r.openTasks},
                       {QStringLiteral("overdue_tasks"), r.overdueTasks}};
}

// The case selected by the positional CASE (its number or id).
Result<qint64> caseOf(cases::CaseService& service, const QString& numberOrId)
{
    return service.find(numberOrId);
}

int caseOpen(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("title"), tr("The case's title."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("summary"), tr("What was reported, in a few sentences."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("priority"), tr("critical, high, moderate (default) or low."), QStringLiteral("P")});
    p.addOption({QStringLiteral("intake"), tr("How it reached you: %1.").arg(choices<IntakeChannel>()), QStringLiteral("C")});
    p.addOption({QStringLiteral("flags"), tr("Flagged posts the case starts from (flag ids, comma-separated)."), QStringLiteral("IDS")});
    p.addOption({QStringLiteral("posts"), tr("Posts the case starts from (post ids, comma-separated)."), QStringLiteral("IDS")});
    p.addOption({QStringLiteral("allegation"), tr("An allegation (%1), optionally with its policy clause after a colon; repeatable.")
                                                   .arg(choices<AllegationType>()),
                 QStringLiteral("TYPE[:CLAUSE]")});
    p.addOption({QStringLiteral("complainant"), tr("The complainant's name, entered by hand."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("anonymous-reporter"), tr("The report came from someone who gave no name; none is stored.")});
    p.addOption({QStringLiteral("assign"), tr("Assign the investigator NAME; repeatable."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("incident"), tr("When it happened (YYYY-MM-DD)."), QStringLiteral("DAY")});
    p.addOption({QStringLiteral("reported"), tr("When it was reported (YYYY-MM-DD)."), QStringLiteral("DAY")});
    p.addOption({QStringLiteral("due"), tr("When the investigation is due (YYYY-MM-DD)."), QStringLiteral("DAY")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    cases::NewCaseRequest request;
    request.fields.title = p.value(QStringLiteral("title"));
    if (request.fields.title.trimmed().isEmpty())
        return CliContext::usage(tr("--title TEXT is required."));
    request.fields.summary = p.value(QStringLiteral("summary"));
    if (p.isSet(QStringLiteral("priority"))) {
        const auto priority = fromKey<CasePriority>(p.value(QStringLiteral("priority")));
        if (!priority)
            return CliContext::usage(tr("--priority takes one of: %1.").arg(choices<CasePriority>()));
        request.fields.priority = *priority;
    }
    if (p.isSet(QStringLiteral("intake"))) {
        const auto intake = fromKey<IntakeChannel>(p.value(QStringLiteral("intake")));
        if (!intake)
            return CliContext::usage(tr("--intake takes one of: %1.").arg(choices<IntakeChannel>()));
        request.fields.intake = *intake;
    } else if (p.isSet(QStringLiteral("flags")) || p.isSet(QStringLiteral("posts"))) {
        request.fields.intake = IntakeChannel::QueueFlag;
    }
    if (!ids(p.value(QStringLiteral("flags")), request.flagIds) || !ids(p.value(QStringLiteral("posts")), request.postIds))
        return CliContext::usage(tr("--flags and --posts take ids separated by commas, for example 12,17."));
    for (const QString& value : p.values(QStringLiteral("allegation"))) {
        const QString typeKey = value.section(u':', 0, 0);
        const auto type = fromKey<AllegationType>(typeKey);
        if (!type)
            return CliContext::usage(tr("--allegation takes one of: %1.").arg(choices<AllegationType>()));
        CaseAllegation a;
        a.type = *type;
        a.clause = value.section(u':', 1);
        request.allegations << a;
    }
    if (p.isSet(QStringLiteral("complainant")) && p.isSet(QStringLiteral("anonymous-reporter")))
        return CliContext::usage(tr("--complainant and --anonymous-reporter exclude each other."));
    if (p.isSet(QStringLiteral("complainant"))) {
        PartyInput complainant;
        complainant.role = PartyRole::Complainant;
        complainant.name = p.value(QStringLiteral("complainant"));
        request.parties << complainant;
    } else if (p.isSet(QStringLiteral("anonymous-reporter"))) {
        PartyInput reporter;
        reporter.role = PartyRole::Complainant;
        reporter.anonymous = true;
        request.parties << reporter;
        if (!p.isSet(QStringLiteral("intake")))
            request.fields.intake = IntakeChannel::Anonymous;
    }
    if (!day(p, "incident", request.fields.incidentAt))
        return badDay("incident");
    if (!day(p, "reported", request.fields.reportedAt))
        return badDay("reported");
    if (!day(p, "due", request.fields.dueAt))
        return badDay("due");
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    cases::CaseService service(**session);
    for (const QString& name : p.values(QStringLiteral("assign"))) {
        auto id = investigatorId(service, name);
        if (!id)
            return CliContext::fail(id.status());
        request.assignees << *id;
    }
    auto opened = service.open(request);
    if (!opened)
        return CliContext::fail(opened.status());
    auto view = service.show(*opened);
    if (!view)
        return CliContext::fail(view.status());
    CliContext::printJson(QJsonDocument(rowJson(view->record.row)));
    return ExitOk;
}

int caseList(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("status"), tr("Only cases with status S (%1).").arg(choices<CaseStatus>()), QStringLiteral("S")});
    p.addOption({QStringLiteral("open"), tr("Only cases still being worked.")});
    p.addOption({QStringLiteral("priority"), tr("Only cases of priority P (%1).").arg(choices<CasePriority>()), QStringLiteral("P")});
    p.addOption({QStringLiteral("allegation"), tr("Only cases with an allegation of type T (%1).").arg(choices<AllegationType>()),
                 QStringLiteral("T")});
    p.addOption({QStringLiteral("assignee"), tr("Only cases assigned to the user NAME."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("mine"), tr("Only cases assigned to you.")});
    p.addOption({QStringLiteral("overdue"), tr("Only cases past their due date or with an overdue task.")});
    p.addOption({QStringLiteral("search"), tr("Only cases whose number or title contains TEXT."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("sort"), tr("Sort by %1 (default opened, newest first).").arg(choices<CaseSort>()), QStringLiteral("KEY")});
    p.addOption({QStringLiteral("ascending"), tr("Sort in ascending order.")});
    p.addOption({QStringLiteral("limit"), tr("At most N cases (default 200)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("format"), tr("text (default) or jsonl."), QStringLiteral("FORMAT")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    CaseFilter filter;
    if (p.isSet(QStringLiteral("status")) && !(filter.status = fromKey<CaseStatus>(p.value(QStringLiteral("status")))))
        return CliContext::usage(tr("--status takes one of: %1.").arg(choices<CaseStatus>()));
    if (p.isSet(QStringLiteral("priority")) && !(filter.priority = fromKey<CasePriority>(p.value(QStringLiteral("priority")))))
        return CliContext::usage(tr("--priority takes one of: %1.").arg(choices<CasePriority>()));
    if (p.isSet(QStringLiteral("allegation")) &&
        !(filter.allegation = fromKey<AllegationType>(p.value(QStringLiteral("allegation")))))
        return CliContext::usage(tr("--allegation takes one of: %1.").arg(choices<AllegationType>()));
    filter.openOnly = p.isSet(QStringLiteral("open"));
    filter.overdue = p.isSet(QStringLiteral("overdue"));
    filter.search = p.value(QStringLiteral("search"));
    CaseSort sort = CaseSort::Opened;
    if (p.isSet(QStringLiteral("sort"))) {
        const auto s = fromKey<CaseSort>(p.value(QStringLiteral("sort")));
        if (!s)
            return CliContext::usage(tr("--sort takes one of: %1.").arg(choices<CaseSort>()));
        sort = *s;
    }
    int limit = 200;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return CliContext::usage(tr("--limit takes a positive number."));
    }
    const QString format = p.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("text") : p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("jsonl"))
        return CliContext::usage(tr("--format takes text or jsonl."));
    if (p.isSet(QStringLiteral("mine")) && p.isSet(QStringLiteral("assignee")))
        return CliContext::usage(tr("--mine and --assignee exclude each other."));
    auto session = CliContext::signIn(p, p.positionalArguments().first(), workspace::Workspace::Access::ReadOnly);
    if (!session)
        return CliContext::fail(session.status());
    cases::CaseService service(**session);
    if (p.isSet(QStringLiteral("mine")))
        filter.assignee = (*session)->user().id;
    if (p.isSet(QStringLiteral("assignee"))) {
        auto id = investigatorId(service, p.value(QStringLiteral("assignee")));
        if (!id)
            return CliContext::fail(id.status());
        filter.assignee = *id;
    }
    auto rows = service.list(filter, sort, p.isSet(QStringLiteral("ascending")), limit, 0);
    if (!rows)
        return CliContext::fail(rows.status());
    for (const CaseRow& r : *rows) {
        if (format == QLatin1String("jsonl")) {
            std::fputs(QJsonDocument(rowJson(r)).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
        } else {
            CliContext::printLine(QStringLiteral("%1  %2  %3  %4  %5  %6%7")
                                      .arg(r.number)
                                      .arg(key(r.status), -15)
                                      .arg(key(r.priority), -8)
                                      .arg(r.dueAt.isEmpty() ? QStringLiteral("-") : r.dueAt.left(10), -10)
                                      .arg(r.assignees.join(u','), r.title,
                                           r.overdue ? QStringLiteral("  [") + tr("overdue") + u']' : QString()));
        }
    }
    std::fflush(stdout);
    return ExitOk;
}

int caseShow(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE"), QStringLiteral("CASE")}, 2, 2))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    cases::CaseService service(**session);
    auto id = caseOf(service, p.positionalArguments().at(1));
    if (!id)
        return CliContext::fail(id.status());
    auto view = service.show(*id);
    if (!view)
        return CliContext::fail(view.status());
    auto items = service.timeline(*id);
    if (!items)
        return CliContext::fail(items.status());
    const cases::CaseView& v = *view;
    QJsonObject o = rowJson(v.record.row);
    o.insert(QStringLiteral("summary"), v.record.summary);
    o.insert(QStringLiteral("incident_at"), orNull(v.record.incidentAt));
    o.insert(QStringLiteral("reported_at"), orNull(v.record.reportedAt));
    QJsonArray parties, allegations, tasks, outcomes, appeals, evidence, related, timeline, next;
    for (const cases::PartyView& pv : v.parties)
        parties.append(QJsonObject{{QStringLiteral("id"), pv.party.id},
                                   {QStringLiteral("role"), key(pv.party.role)},
                                   {QStringLiteral("name"), pv.displayName},
                                   {QStringLiteral("anonymous"), pv.party.anonymous}});
    for (const CaseAllegation& a : v.allegations)
        allegations.append(QJsonObject{{QStringLiteral("id"), a.id},
                                       {QStringLiteral("type"), key(a.type)},
                                       {QStringLiteral("clause"), orNull(a.clause)},
                                       {QStringLiteral("finding"), a.finding ? QJsonValue(key(*a.finding)) : QJsonValue()}});
    for (const CaseTask& t : v.tasks)
        tasks.append(QJsonObject{{QStringLiteral("id"), t.id},
                                 {QStringLiteral("title"), t.title},
                                 {QStringLiteral("owner"), v.users.value(t.ownerId)},
                                 {QStringLiteral("due_at"), orNull(t.dueAt)},
                                 {QStringLiteral("done_at"), orNull(t.doneAt)},
                                 {QStringLiteral("overdue"), t.overdue}});
    for (const CaseOutcome& out : v.outcomes)
        outcomes.append(QJsonObject{{QStringLiteral("id"), out.id},
                                    {QStringLiteral("respondent"), v.partyName(out.partyId)},
                                    {QStringLiteral("sanction"), key(out.sanction)},
                                    {QStringLiteral("expires_at"), orNull(out.expiresAt)},
                                    {QStringLiteral("set_aside"), out.setAside}});
    for (const CaseAppeal& a : v.appeals)
        appeals.append(QJsonObject{{QStringLiteral("id"), a.id},
                                   {QStringLiteral("outcome"), a.outcomeId},
                                   {QStringLiteral("status"), key(a.status)}});
    for (const EvidenceItem& e : v.evidence)
        evidence.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("file"), e.fileName},
                                    {QStringLiteral("media_type"), e.mediaType},
                                    {QStringLiteral("size"), e.size},
                                    {QStringLiteral("sha256"), QString::fromLatin1(e.sha256.toHex())}});
    for (const RelatedCase& rc : v.related)
        related.append(QJsonObject{{QStringLiteral("number"), rc.number},
                                   {QStringLiteral("linked"), rc.linked},
                                   {QStringLiteral("reasons"), QJsonArray::fromStringList(rc.reasons)}});
    for (const TimelineItem& i : *items)
        timeline.append(QJsonObject{{QStringLiteral("kind"), key(i.kind)},
                                    {QStringLiteral("at"), i.at},
                                    {QStringLiteral("title"), i.title},
                                    {QStringLiteral("body"), orNull(i.body)},
                                    {QStringLiteral("post"), i.postId > 0 ? QJsonValue(i.postId) : QJsonValue()},
                                    {QStringLiteral("entry"), i.entrySeq},
                                    {QStringLiteral("entry_hash"), QString::fromLatin1(i.entryHash.toHex())}});
    for (CaseStatus s : v.nextStatuses)
        next.append(key(s));
    o.insert(QStringLiteral("parties"), parties);
    o.insert(QStringLiteral("allegations"), allegations);
    o.insert(QStringLiteral("tasks"), tasks);
    o.insert(QStringLiteral("outcomes"), outcomes);
    o.insert(QStringLiteral("appeals"), appeals);
    o.insert(QStringLiteral("evidence"), evidence);
    o.insert(QStringLiteral("related"), related);
    o.insert(QStringLiteral("next_statuses"), next);
    o.insert(QStringLiteral("timeline"), timeline);
    CliContext::printJson(QJsonDocument(o));
    return ExitOk;
}

int caseNote(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("text"), tr("The note."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("text-file"), tr("Read the note from FILE (UTF-8)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("at"), tr("When it happened (YYYY-MM-DD; default now)."), QStringLiteral("DAY")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE"), QStringLiteral("CASE")}, 2, 2))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    QString text = p.value(QStringLiteral("text"));
    if (p.isSet(QStringLiteral("text-file"))) {
        if (!text.isEmpty())
            return CliContext::usage(tr("--text and --text-file exclude each other."));
        QFile file(p.value(QStringLiteral("text-file")));
        if (!file.open(QIODevice::ReadOnly))
            return CliContext::fail(Status(ErrorCode::Io, tr("%1 cannot be read: %2.").arg(file.fileName(), file.errorString())));
        text = QString::fromUtf8(file.readAll());
    }
    if (text.trimmed().isEmpty())
        return CliContext::usage(tr("--text TEXT or --text-file FILE is required."));
    QString at;
    if (!day(p, "at", at))
        return badDay("at");
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    cases::CaseService service(**session);
    auto id = caseOf(service, p.positionalArguments().at(1));
    if (!id)
        return CliContext::fail(id.status());
    auto note = service.addNote(*id, text, at);
    if (!note)
        return CliContext::fail(note.status());
    CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("case"), p.positionalArguments().at(1)},
                                                    {QStringLiteral("note"), *note}}));
    return ExitOk;
}

int caseStatus(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("reason"), tr("Why (required to reopen a closed case)."), QStringLiteral("TEXT")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE"), QStringLiteral("CASE"), QStringLiteral("STATUS")}, 3, 3))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const auto status = fromKey<CaseStatus>(p.positionalArguments().at(2));
    if (!status)
        return CliContext::usage(tr("STATUS is one of: %1.").arg(choices<CaseStatus>()));
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    cases::CaseService service(**session);
    auto id = caseOf(service, p.positionalArguments().at(1));
    if (!id)
        return CliContext::fail(id.status());
    if (Status s = service.setStatus(*id, *status, p.value(QStringLiteral("reason"))); !s.ok())
        return CliContext::fail(s);
    auto view = service.show(*id);
    if (!view)
        return CliContext::fail(view.status());
    CliContext::printJson(QJsonDocument(rowJson(view->record.row)));
    return ExitOk;
}

int caseEvidence(CliContext& ctx)
{
    if (ctx.args().isEmpty() || ctx.args().first() != QLatin1String("add"))
        return CliContext::usage(tr("custos-cli case evidence needs a subcommand: add."));
    CliContext sub(ctx.args().mid(1));
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("description"), tr("What the file shows."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("media-type"), tr("The file's media type (default: from its name and content)."), QStringLiteral("TYPE")});
    if (!sub.parse(p, {QStringLiteral("WORKSPACE"), QStringLiteral("CASE"), QStringLiteral("FILE")}, 3, 3))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QString path = p.positionalArguments().at(2);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CliContext::fail(Status(ErrorCode::Io, tr("%1 cannot be read: %2.").arg(path, file.errorString())));
    if (file.size() > cases::CaseService::kMaxEvidenceBytes)
        return CliContext::fail(Status(ErrorCode::InvalidArgument, tr("%1 is larger than %2 MiB and cannot be attached.")
                                                                       .arg(path)
                                                                       .arg(cases::CaseService::kMaxEvidenceBytes / (1024 * 1024))));
    const QByteArray content = file.readAll();
    const QString mediaType = p.isSet(QStringLiteral("media-type")) ? p.value(QStringLiteral("media-type"))
                                                                    : QMimeDatabase().mimeTypeForFileNameAndData(path, content).name();
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    cases::CaseService service(**session);
    auto id = caseOf(service, p.positionalArguments().at(1));
    if (!id)
        return CliContext::fail(id.status());
    auto added = service.addEvidence(*id, QFileInfo(path).fileName(), mediaType, content, p.value(QStringLiteral("description")));
    if (!added)
        return CliContext::fail(added.status());
    CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("evidence"), *added},
                                                    {QStringLiteral("file"), QFileInfo(path).fileName()},
                                                    {QStringLiteral("media_type"), mediaType},
                                                    {QStringLiteral("size"), content.size()},
                                                    {QStringLiteral("sha256"), QString::fromLatin1(
                                                                                   QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())}}));
    return ExitOk;
}

int caseReport(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("out"), tr("Write the report to FILE (.pdf, or .html for HTML)."), QStringLiteral("FILE")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE"), QStringLiteral("CASE")}, 2, 2))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return CliContext::usage(tr("--out FILE is required."));
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    cases::CaseService service(**session);
    auto id = caseOf(service, p.positionalArguments().at(1));
    if (!id)
        return CliContext::fail(id.status());
    auto html = service.reportHtml(*id);
    if (!html)
        return CliContext::fail(html.status());
    if (out.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) || out.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive)) {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(html->toUtf8()) < 0 || !file.commit())
            return CliContext::fail(Status(ErrorCode::Io, tr("The report cannot be written to %1: %2.").arg(out, file.errorString())));
    } else if (Status s = print::HtmlPdf::write(*html, p.positionalArguments().at(1), out); !s.ok()) {
        return CliContext::fail(s);
    }
    CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("case"), p.positionalArguments().at(1)},
                                                    {QStringLiteral("report"), out}}));
    return ExitOk;
}

} // namespace

bool caseNeedsGui(const QStringList& args)
{
    return args.size() >= 2 && args.at(0) == QLatin1String("case") && args.at(1) == QLatin1String("report");
}

int runCase(const QStringList& args)
{
    const QString sub = args.isEmpty() ? QString() : args.first();
    CliContext ctx(args.mid(1));
    if (sub == QLatin1String("open"))
        return caseOpen(ctx);
    if (sub == QLatin1String("list"))
        return caseList(ctx);
    if (sub == QLatin1String("show"))
        return caseShow(ctx);
    if (sub == QLatin1String("note"))
        return caseNote(ctx);
    if (sub == QLatin1String("status"))
        return caseStatus(ctx);
    if (sub == QLatin1String("evidence"))
        return caseEvidence(ctx);
    if (sub == QLatin1String("report"))
        return caseReport(ctx);
    return CliContext::usage(tr("custos-cli case needs a subcommand: open, list, show, note, status, evidence add, report."));
}

} // namespace custos::cli

namespace custos::cli {
using namespace custos::domain;
namespace {

double msSince(const QElapsedTimer& t)
{
    return std::round(static_cast<double>(t.nsecsElapsed()) / 1e4) / 100.0;
}

// The first run and the median of five of `step`, in milliseconds.
template <typename F> Result<std::pair<double, double>> timed(F step)
{
    QList<double> times;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        if (Status s = step(); !s.ok())
            return s;
        times << msSince(t);
    }
    const double first = times.first();
    std::sort(times.begin(), times.end());
    return std::pair{first, times.at(2)};
}

// Opens cases until there are `target`: priorities in turn, every third investigating,
// every fifth past its due date, each about one of the posts.
Status fillCases(cases::CaseService& svc, const QList<qint64>& posts, int from, int target)
{
    const QString past = QDate::currentDate().addDays(-10).toString(Qt::ISODate);
    const QString future = QDate::currentDate().addDays(20).toString(Qt::ISODate);
    for (int i = from; i < target; ++i) {
        cases::NewCaseRequest r;
        r.fields.title = QStringLiteral("Benchmark case %1 about team %2").arg(i).arg(i % 17);
        r.fields.priority = static_cast<CasePriority>(i % 4);
        r.fields.dueAt = i % 5 == 0 ? past : future;
        r.postIds = {posts.at(i % posts.size())};
        CaseAllegation a;
        a.type = static_cast<AllegationType>(i % 9);
        r.allegations = {a};
        auto id = svc.open(r);
        if (!id)
            return id.status();
        if (i % 3 == 0) {
            if (Status s = svc.setStatus(*id, CaseStatus::Investigating); !s.ok())
                return s;
        }
    }
    return Status::success();
}

} // namespace

int runBenchCases(const QStringList& args)
{
    CliContext ctx(args);
    QCommandLineParser p;
    p.addOption({QStringLiteral("dir"), tr("The workspace to build (default: a new one in the cache folder)."), QStringLiteral("DIR")});
    if (!ctx.parse(p, {}, 0, 0))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QString dir = p.isSet(QStringLiteral("dir"))
                            ? p.value(QStringLiteral("dir"))
                            : QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("bench-cases"));
    if (workspace::Workspace::looksLikeWorkspace(dir))
        return CliContext::usage(tr("%1 already holds a workspace; bench cases builds its own. Remove it or choose another --dir.")
                                     .arg(dir));
    // The benchmark's own workspace, with its own fixed passphrase: no real data in it.
    const QString passphrase = QStringLiteral("custos bench cases");
    QJsonObject out{{QStringLiteral("workspace"), dir}};
    QElapsedTimer build;
    build.start();
    QDir().mkpath(QFileInfo(dir).absolutePath());
    {
        auto admin = workspace::Workspace::create({dir, QStringLiteral("admin"), QStringLiteral("Bench Admin"), passphrase,
                                                   workspace::Workspace::calibrateKdf()});
        if (!admin)
            return CliContext::fail(admin.status());
        auto added = access::AdministrationService(**admin).addUser(QStringLiteral("investigator"), QStringLiteral("Bench Investigator"),
                                                                     Role::HrInvestigator, passphrase);
        if (!added)
            return CliContext::fail(added.status());
        QTemporaryDir corpus;
        const QString exportDir = corpus.filePath(QStringLiteral("export"));
        if (auto w = demo::DemoCorpus::write(exportDir, 3000, 11); !w)
            return CliContext::fail(w.status());
        ingest::ImportOptions options;
        options.format = QStringLiteral("slack");
        options.path = exportDir;
        if (auto imported = ingest::ImportService(**admin).run(options); !imported)
            return CliContext::fail(imported.status());
    }
    auto session = workspace::Workspace::open(dir, QStringLiteral("investigator"), passphrase);
    if (!session)
        return CliContext::fail(session.status());
    cases::CaseService svc(**session);
    QList<qint64> postIds;
    for (const QString& word : {QStringLiteral("the"), QStringLiteral("we"), QStringLiteral("is"), QStringLiteral("to")}) {
        auto found = svc.findPosts(word, 3000);
        if (!found)
            return CliContext::fail(found.status());
        for (const cases::FoundPost& f : *found)
            if (!postIds.contains(f.postId))
                postIds << f.postId;
        if (postIds.size() >= 1000)
            break;
    }
    if (postIds.size() < 1000)
        return CliContext::fail(Status(ErrorCode::Internal, tr("The benchmark corpus has too few posts.")));
    const QList<qint64>* posts = &postIds;

    // One case with 2,000 timeline items: 1,000 posts and 1,000 notes, and opening it as the
    // case view does (the case, its timeline and the timeline's posts with their spans).
    cases::NewCaseRequest big;
    big.fields.title = QStringLiteral("Benchmark case with a long timeline");
    big.postIds = posts->mid(0, 1000);
    auto bigId = svc.open(big);
    if (!bigId)
        return CliContext::fail(bigId.status());
    for (int i = 0; i < 1000; ++i) {
        if (auto n = svc.addNote(*bigId, QStringLiteral("Benchmark note %1").arg(i),
                                 QDate(2024, 1, 1).addDays(i % 365).toString(Qt::ISODate));
            !n)
            return CliContext::fail(n.status());
    }
    qint64 items = 0;
    auto openBig = timed([&]() -> Status {
        auto v = svc.show(*bigId);
        if (!v)
            return v.status();
        auto t = svc.timeline(*bigId);
        if (!t)
            return t.status();
        auto tp = svc.timelinePosts(*bigId);
        if (!tp)
            return tp.status();
        items = t->size();
        return Status::success();
    });
    if (!openBig)
        return CliContext::fail(openBig.status());
    out.insert(QStringLiteral("timeline_items"), items);
    out.insert(QStringLiteral("timeline_open_ms"), openBig->first);
    out.insert(QStringLiteral("timeline_open_median_ms"), openBig->second);

    // The case list at 100 and at 10,000 cases: the first page of kListPage rows (open
    // cases, newest first),
    // a filter change (the status box: investigating) and two filters at once
    // (investigating and critical), as the Cases page asks for them.
    CaseFilter firstPage;
    firstPage.openOnly = true;
    CaseFilter changed;
    changed.status = CaseStatus::Investigating;
    CaseFilter two = changed;
    two.priority = CasePriority::Critical;
    auto measure = [&](const char* at) -> Status {
        for (const auto& [name, which] : {std::pair{"list_first_page", firstPage}, std::pair{"list_filter_change", changed},
                                          std::pair{"list_two_filters", two}}) {
            const CaseFilter filter = which; // a structured binding cannot be captured before C++20 in every compiler
            // The page on screen first, then the count for the label under the list.
            qint64 rows = 0;
            auto page = timed([&]() -> Status { return svc.list(filter, CaseSort::Opened, false, cases::CaseService::kListPage, 0).status(); });
            if (!page)
                return page.status();
            auto count = timed([&]() -> Status {
                auto n = svc.count(filter);
                rows = n ? *n : 0;
                return n.status();
            });
            if (!count)
                return count.status();
            const QString key = QString::fromLatin1(name) + QLatin1Char('_') + QString::fromLatin1(at);
            out.insert(key + QStringLiteral("_ms"), page->first);
            out.insert(key + QStringLiteral("_median_ms"), page->second);
            out.insert(key + QStringLiteral("_count_ms"), count->second);
            out.insert(key + QStringLiteral("_rows"), rows);
        }
        return Status::success();
    };
    QElapsedTimer filling;
    filling.start();
    if (Status s = fillCases(svc, *posts, 1, 100); !s.ok())
        return CliContext::fail(s);
    if (Status s = measure("100"); !s.ok())
        return CliContext::fail(s);
    if (Status s = fillCases(svc, *posts, 100, 10000); !s.ok())
        return CliContext::fail(s);
    out.insert(QStringLiteral("cases_opened_per_second"), std::round(9900.0 / (static_cast<double>(filling.elapsed()) / 1000.0)));
    if (Status s = measure("10000"); !s.ok())
        return CliContext::fail(s);
    // 10,000 against 100 cases; and per row shown, since a filter that matches a few of 100
    // cases shows fewer rows than a full page of 10,000.
    auto ratio = [&](const char* name) {
        const QString k = QString::fromLatin1(name);
        const double small = out.value(k + QStringLiteral("_100_median_ms")).toDouble();
        const double large = out.value(k + QStringLiteral("_10000_median_ms")).toDouble();
        const double smallRows = std::min<qint64>(cases::CaseService::kListPage, out.value(k + QStringLiteral("_100_rows")).toInteger());
        const double largeRows = std::min<qint64>(cases::CaseService::kListPage, out.value(k + QStringLiteral("_10000_rows")).toInteger());
        out.insert(k + QStringLiteral("_ratio"), small > 0 ? std::round(large / small * 100.0) / 100.0 : 0.0);
        if (small > 0 && smallRows > 0 && largeRows > 0)
            out.insert(k + QStringLiteral("_per_row_ratio"), std::round((large / largeRows) / (small / smallRows) * 100.0) / 100.0);
    };
    ratio("list_first_page");
    ratio("list_filter_change");
    ratio("list_two_filters");
    out.insert(QStringLiteral("build_seconds"), static_cast<double>(build.elapsed()) / 1000.0);
    CliContext::printJson(QJsonDocument(out));
    return ExitOk;
}

} // namespace custos::cli
