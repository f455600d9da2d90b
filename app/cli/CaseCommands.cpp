#include "CaseCommands.h"

#include "CliContext.h"
#include "cases/CaseService.h"
#include "workspace/Workspace.h"
#include "print/HtmlPdf.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QSaveFile>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeDatabase>

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

// A signed-in session and the case its positional CASE names (number or id), for the
// commands that act on one case.
struct OpenedCase
{
    std::unique_ptr<workspace::Session> session;
    qint64 id = 0;
};

Result<OpenedCase> openCase(const QCommandLineParser& p)
{
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return session.status();
    auto id = cases::CaseService(**session).find(p.positionalArguments().at(1));
    if (!id)
        return id.status();
    return OpenedCase{session.takeValue(), *id};
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
    auto opened = openCase(p);
    if (!opened)
        return CliContext::fail(opened.status());
    cases::CaseService service(*opened->session);
    const qint64 caseId = opened->id;
    auto view = service.show(caseId);
    if (!view)
        return CliContext::fail(view.status());
    auto items = service.timeline(caseId);
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
    auto opened = openCase(p);
    if (!opened)
        return CliContext::fail(opened.status());
    cases::CaseService service(*opened->session);
    const qint64 caseId = opened->id;
    auto note = service.addNote(caseId, text, at);
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
    auto opened = openCase(p);
    if (!opened)
        return CliContext::fail(opened.status());
    cases::CaseService service(*opened->session);
    const qint64 caseId = opened->id;
    if (Status s = service.setStatus(caseId, *status, p.value(QStringLiteral("reason"))); !s.ok())
        return CliContext::fail(s);
    auto view = service.show(caseId);
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
    auto opened = openCase(p);
    if (!opened)
        return CliContext::fail(opened.status());
    cases::CaseService service(*opened->session);
    const qint64 caseId = opened->id;
    auto added = service.addEvidence(caseId, QFileInfo(path).fileName(), mediaType, content, p.value(QStringLiteral("description")));
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
    auto opened = openCase(p);
    if (!opened)
        return CliContext::fail(opened.status());
    cases::CaseService service(*opened->session);
    const qint64 caseId = opened->id;
    auto html = service.reportHtml(caseId);
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

