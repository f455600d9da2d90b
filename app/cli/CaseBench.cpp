// custos-cli bench cases: a case with a long timeline opened, and the case list at 100
// and at 10,000 cases, in one run, on a workspace of its own.
#include "CaseCommands.h"

#include "CliContext.h"
#include "access/AdministrationService.h"
#include "cases/CaseService.h"
#include "demo/DemoCorpus.h"
#include "ingest/ImportService.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

namespace custos::cli {
using namespace custos::domain;
namespace {

// lupdate files tr() calls in this namespace under the context "custos::cli".
QString tr(const char* text)
{
    return QCoreApplication::translate("custos::cli", text);
}

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
