#include "ReviewCommands.h"

#include "CaseCommands.h"
#include "RecordsCommands.h"
#include "CliContext.h"
#include "access/AdministrationService.h"
#include "policy/PolicyService.h"
#include "policy/ScanService.h"
#include "demo/DemoCorpus.h"
#include "ingest/ImportService.h"
#include "review/DecisionService.h"
#include "review/IdentityService.h"
#include "review/QueueService.h"
#include "review/TakedownService.h"
#include "workspace/FileWarmUp.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <sys/resource.h>

namespace custos::cli {
namespace {

// lupdate files tr() calls in this namespace under the context "custos::cli".
QString tr(const char* text)
{
    return QCoreApplication::translate("custos::cli", text);
}

} // namespace

int runFlags(const QStringList& args)
{
    CliContext ctx(args);
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("status"), tr("Only flags with status S (new, in_review, dismissed, escalated, takedown_requested, "
                                              "takedown_approved, takedown_rejected, resolved)."), QStringLiteral("S")});
    p.addOption({QStringLiteral("category"), tr("Only flags of category C."), QStringLiteral("C")});
    p.addOption({QStringLiteral("severity"), tr("Only flags of severity low, medium, high or critical."), QStringLiteral("S")});
    p.addOption({QStringLiteral("search"), tr("Only flags of posts matching the full-text query Q."), QStringLiteral("Q")});
    p.addOption({QStringLiteral("rule"), tr("Only flags raised by rule R."), QStringLiteral("R")});
    p.addOption({QStringLiteral("policy-version"), tr("Only flags raised by policy version V."), QStringLiteral("V")});
    p.addOption({QStringLiteral("channel"), tr("Only flags of posts in the channel named NAME."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("department"), tr("Only flags of posts by people of this department (the roster's for a linked person)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("assignee"), tr("Only flags assigned to the user NAME."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("from"), tr("Only flags of posts from this day on (YYYY-MM-DD, UTC)."), QStringLiteral("DAY")});
    p.addOption({QStringLiteral("to"), tr("Only flags of posts up to and including this day (YYYY-MM-DD, UTC)."), QStringLiteral("DAY")});
    p.addOption({QStringLiteral("limit"), tr("At most N flags (default 1000)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("format"), tr("text (default) or jsonl."), QStringLiteral("FORMAT")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    domain::FlagFilter filter;
    // An option naming a word of the domain: unset, or one of the word's keys.
    auto word = [&p]<typename E>(const char* option, std::optional<E>& into) {
        const QString value = p.value(QString::fromLatin1(option));
        if (value.isEmpty())
            return true;
        into = domain::fromKey<E>(value);
        return into.has_value();
    };
    if (!word("status", filter.status))
        return CliContext::usage(tr("--status takes one of: %1.").arg(domain::allKeys<domain::FlagStatus>().join(QStringLiteral(", "))));
    if (!word("category", filter.category))
        return CliContext::usage(tr("--category takes one of: %1.").arg(domain::allKeys<domain::Category>().join(QStringLiteral(", "))));
    if (!word("severity", filter.severity))
        return CliContext::usage(tr("--severity takes one of: %1.").arg(domain::allKeys<domain::Severity>().join(QStringLiteral(", "))));
    filter.search = p.value(QStringLiteral("search"));
    filter.rule = p.value(QStringLiteral("rule"));
    filter.channel = p.value(QStringLiteral("channel"));
    filter.department = p.value(QStringLiteral("department"));
    filter.assignee = p.value(QStringLiteral("assignee"));
    if (p.isSet(QStringLiteral("policy-version"))) {
        bool ok = false;
        filter.policyVersion = p.value(QStringLiteral("policy-version")).toInt(&ok);
        if (!ok || filter.policyVersion < 1)
            return CliContext::usage(tr("--policy-version takes a version number (1, 2, ...)."));
    }
    for (const auto& [option, bound, days] : {std::tuple{"from", &filter.from, 0}, std::tuple{"to", &filter.to, 1}}) {
        const QString value = p.value(QString::fromLatin1(option));
        if (value.isEmpty())
            continue;
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (!day.isValid())
            return CliContext::usage(tr("--%1 takes a day as YYYY-MM-DD, for example 2024-01-31.").arg(QString::fromLatin1(option)));
        *bound = day.addDays(days).toString(Qt::ISODate); // the end day included: before the next one
    }
    const QString format = p.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("text") : p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("jsonl"))
        return CliContext::usage(tr("--format takes text or jsonl."));
    int limit = 1000;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return CliContext::usage(tr("--limit takes a positive number."));
    }
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    auto items = review::QueueService(**session).listFlags(filter, limit);
    if (!items)
        return CliContext::fail(items.status());
    for (const review::FlagItem& item : *items) {
        const domain::FlagListRow& r = item.row;
        if (format == QLatin1String("jsonl")) {
            const QJsonObject o{{QStringLiteral("flag"), r.flagId},
                                {QStringLiteral("post"), r.postId},
                                {QStringLiteral("posted_at"), r.postedAt},
                                {QStringLiteral("channel"), r.channel},
                                {QStringLiteral("author"), item.author},
                                {QStringLiteral("category"), domain::key(r.category)},
                                {QStringLiteral("severity"), domain::key(r.severity)},
                                {QStringLiteral("score"), r.score},
                                {QStringLiteral("rule"), r.rule},
                                {QStringLiteral("status"), domain::key(r.status)},
                                {QStringLiteral("assignee"), r.assignee.isEmpty() ? QJsonValue() : QJsonValue(r.assignee)},
                                {QStringLiteral("policy_version"), r.policyVersion},
                                {QStringLiteral("spans"), [&r] {
                                     QJsonArray spans;
                                     for (const domain::Span& span : r.spans)
                                         spans.append(QJsonArray{span.start, span.end});
                                     return spans;
                                 }()},
                                {QStringLiteral("text"), r.text}};
            std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
        } else {
            QString text = r.text.simplified();
            if (text.size() > 60)
                text = text.left(59) + QStringLiteral("…");
            CliContext::printLine(QStringLiteral("%1  %2  #%3  %4  %5/%6  %7  %8  %9")
                                      .arg(r.flagId, 6)
                                      .arg(r.postedAt.left(16), r.channel, item.author, domain::key(r.category), domain::key(r.severity), r.rule,
                                           domain::key(r.status), text));
        }
    }
    std::fflush(stdout);
    return ExitOk;
}

int runBench(const QStringList& args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("cases"))
        return runBenchCases(args.mid(1));
    if (!args.isEmpty() && args.first() == QLatin1String("retention"))
        return runBenchRetention(args.mid(1));
    if (args.isEmpty() || args.first() != QLatin1String("queue"))
        return CliContext::usage(tr("custos-cli bench needs a subcommand: queue, cases or retention."));
    CliContext ctx(args.mid(1));
    QCommandLineParser p;
    p.addOption({QStringLiteral("posts"), tr("Demo posts in the workspace (default 10000)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("dir"), tr("The workspace to build or reuse (default: in the cache folder)."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("warm-up"), tr("Read the workspace file into the system's file cache first, as the console does "
                                               "when a workspace opens.")});
    if (!ctx.parse(p, {}, 0, 0))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    bool ok = true;
    const qint64 posts = p.isSet(QStringLiteral("posts")) ? p.value(QStringLiteral("posts")).toLongLong(&ok) : 10000;
    if (!ok || posts < 100 || posts > 100000000)
        return CliContext::usage(tr("--posts takes a number from 100 to 100000000."));
    const QString dir = p.isSet(QStringLiteral("dir"))
                            ? p.value(QStringLiteral("dir"))
                            : QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("bench-queue-%1").arg(posts));
    // The benchmark's own workspace, with its own fixed passphrase: no real data in it.
    const QString passphrase = QStringLiteral("custos bench queue");
    QJsonObject out{{QStringLiteral("posts"), posts}, {QStringLiteral("workspace"), dir}};
    QElapsedTimer t;
    if (!workspace::Workspace::looksLikeWorkspace(dir)) {
        t.start();
        QDir().mkpath(QFileInfo(dir).absolutePath());
        auto admin = workspace::Workspace::create({dir, QStringLiteral("admin"), QStringLiteral("Bench Admin"), passphrase,
                                                   workspace::Workspace::calibrateKdf()});
        if (!admin)
            return CliContext::fail(admin.status());
        auto added = access::AdministrationService(**admin).addUser(QStringLiteral("reviewer"), QStringLiteral("Bench Reviewer"),
                                                                     domain::Role::ComplianceOfficer, passphrase);
        if (!added)
            return CliContext::fail(added.status());
        QTemporaryDir corpus;
        const QString exportDir = corpus.filePath(QStringLiteral("export"));
        if (auto w = demo::DemoCorpus::write(exportDir, posts, 7); !w)
            return CliContext::fail(w.status());
        ingest::ImportOptions options;
        options.format = QStringLiteral("slack");
        options.path = exportDir;
        if (auto imported = ingest::ImportService(**admin).run(options); !imported)
            return CliContext::fail(imported.status());
        if (auto scanned = policy::ScanService(**admin).scan({}); !scanned)
            return CliContext::fail(scanned.status());
        // The demo corpus flags about 1 % of its posts; a busy workspace has about 10 %
        // (100k flags in 1M posts). A second version of the policy adds a low-severity
        // rule on everyday words to reach that volume, and the workspace is scanned again.
        if (!detection::Policy::builtIn())
            return CliContext::fail(Status(ErrorCode::Internal, tr("The built-in policy is missing from this build.")));
        QFile builtIn(QStringLiteral(":/custos/policies/default.json"));
        if (!builtIn.open(QIODevice::ReadOnly))
            return CliContext::fail(Status(ErrorCode::Internal, tr("The built-in policy is missing from this build.")));
        QJsonObject policy = QJsonDocument::fromJson(builtIn.readAll()).object();
        QJsonArray rules = policy.value(QStringLiteral("rules")).toArray();
        rules.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("bench-volume")},
                                 {QStringLiteral("description"), QStringLiteral("Everyday words, to give the benchmark a busy queue.")},
                                 {QStringLiteral("risk"), QStringLiteral("reputation")},
                                 {QStringLiteral("category"), QStringLiteral("reputation")},
                                 {QStringLiteral("severity"), QStringLiteral("low")},
                                 {QStringLiteral("weight"), 0.3},
                                 {QStringLiteral("keywords"), QJsonArray{QStringLiteral("lunch"), QStringLiteral("printer"),
                                                                         QStringLiteral("coffee")}}});
        policy.insert(QStringLiteral("rules"), rules);
        policy.insert(QStringLiteral("name"), QStringLiteral("Benchmark policy"));
        if (auto published = policy::PolicyService(**admin).publish(QJsonDocument(policy).toJson()); !published)
            return CliContext::fail(published.status());
        if (auto scanned = policy::ScanService(**admin).scan({}); !scanned)
            return CliContext::fail(scanned.status());
        out.insert(QStringLiteral("build_seconds"), static_cast<double>(t.elapsed()) / 1000.0);
    }
    auto session = workspace::Workspace::open(dir, QStringLiteral("reviewer"), passphrase);
    if (!session)
        return CliContext::fail(session.status());
    workspace::Session& s = **session;
    if (p.isSet(QStringLiteral("warm-up"))) {
        QElapsedTimer timer;
        timer.start();
        const std::atomic<bool> never = false;
        const qint64 bytes = workspace::FileWarmUp::read(s.paths().database(), workspace::FileWarmUp::defaultLimit, never);
        out.insert(QStringLiteral("warm_up_ms"), static_cast<double>(timer.nsecsElapsed()) / 1e6);
        out.insert(QStringLiteral("warm_up_mb"), static_cast<double>(bytes) / (1024.0 * 1024.0));
    }
    // What the queue does on each action: load the first page, then, once it is on
    // screen, count the matching posts for the label above the table.
    auto page = [&s](const domain::FlagFilter& filter, domain::QueueSort sort, bool ascending, qint64& rows,
                     double& countMs) -> Result<double> {
        QElapsedTimer timer;
        timer.start();
        auto first = review::QueueService(s).page(filter, sort, ascending, 200, 0);
        if (!first)
            return first.status();
        const double pageMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        auto total = review::QueueService(s).count(filter);
        if (!total)
            return total.status();
        countMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        rows = *total;
        return pageMs;
    };
    // The triage view (new flags) fills a page at every size; personal data is a narrow
    // filter (at 10k posts it matches less than a page).
    // What the filters offer (the Queue page reads it when it opens), and the author
    // with the most flags and the last thirty days, as a reviewer picks them there.
    QElapsedTimer choicesTimer;
    choicesTimer.start();
    auto choices = review::QueueService(s).filterChoices();
    if (!choices)
        return CliContext::fail(choices.status());
    out.insert(QStringLiteral("filter_choices_ms"), static_cast<double>(choicesTimer.nsecsElapsed()) / 1e6);
    out.insert(QStringLiteral("filter_choices_authors"), static_cast<qint64>(choices->authors.size()));
    domain::FlagFilter none, fresh, pii, search, author, month;
    fresh.status = domain::FlagStatus::New;
    pii.category = domain::Category::PersonalData;
    search.search = QStringLiteral("\"password\"*");
    auto totals = review::QueueService(s).totals();
    if (!totals)
        return CliContext::fail(totals.status());
    author.author = totals->mostFlaggedAuthor;
    const QDate newest = QDate::fromString(totals->newestPostedAt.left(10), Qt::ISODate);
    month.to = newest.addDays(1).toString(Qt::ISODate);
    month.from = newest.addDays(-29).toString(Qt::ISODate);
    const struct
    {
        const char* key;
        domain::FlagFilter filter;
        domain::QueueSort sort;
        bool ascending;
    } steps[] = {{"first_page", none, domain::QueueSort::Time, false},
                 {"filter_change", fresh, domain::QueueSort::Time, false},
                 {"sort_change", fresh, domain::QueueSort::Severity, false},
                 {"narrow_filter", pii, domain::QueueSort::Time, false},
                 {"narrow_sort", pii, domain::QueueSort::Severity, false},
                 {"search", search, domain::QueueSort::Time, false},
                 {"author_filter", author, domain::QueueSort::Time, false},
                 {"month_by_severity", month, domain::QueueSort::Severity, false}};
    auto rounded = [](double ms) { return std::round(ms * 100.0) / 100.0; };
    for (const auto& step : steps) {
        qint64 rows = 0;
        double countMs = 0;
        // The first run (what a reviewer waits for on a click) and the median of five
        // (with the pages it needs already in SQLite's cache).
        QList<double> times;
        for (int run = 0; run < 5; ++run) {
            auto ms = page(step.filter, step.sort, step.ascending, rows, countMs);
            if (!ms)
                return CliContext::fail(ms.status());
            times << *ms;
        }
        const double firstRun = times.first();
        std::sort(times.begin(), times.end());
        const QString key = QString::fromLatin1(step.key);
        out.insert(key + QStringLiteral("_ms"), rounded(firstRun));
        out.insert(key + QStringLiteral("_median_ms"), rounded(times.at(2)));
        out.insert(key + QStringLiteral("_count_ms"), rounded(countMs));
        out.insert(key + QStringLiteral("_rows"), rows);
    }
    // Scrolling to the end of the unfiltered queue, page by page as the view asks: the
    // slowest page, and the pages.
    {
        domain::QueueCursor cursor;
        double slowest = 0;
        qint64 pages = 0;
        while (!cursor.done) {
            QElapsedTimer timer;
            timer.start();
            auto next = review::QueueService(s).page(none, domain::QueueSort::Time, false, 200, 0, &cursor);
            if (!next)
                return CliContext::fail(next.status());
            slowest = std::max(slowest, static_cast<double>(timer.nsecsElapsed()) / 1e6);
            if (next->isEmpty())
                break;
            ++pages;
        }
        out.insert(QStringLiteral("scroll_pages"), pages);
        out.insert(QStringLiteral("scroll_slowest_page_ms"), rounded(slowest));
    }
    out.insert(QStringLiteral("flags"), totals->flags);
    out.insert(QStringLiteral("flagged_posts"), totals->flaggedPosts);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out.insert(QStringLiteral("peak_rss_mb"), static_cast<qint64>(usage.ru_maxrss / 1024));
    CliContext::printJson(QJsonDocument(out));
    return ExitOk;
}

} // namespace custos::cli
