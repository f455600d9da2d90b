// custos-cli bench retention: N posts imported (half of them older than the retention
// period), then the purge preview and the purge, in one run on a workspace of its own.
#include "RecordsCommands.h"

#include "CliContext.h"
#include "ingest/ImportService.h"
#include "records/RetentionService.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTextStream>

#include <cmath>

namespace custos::cli {
using namespace custos::domain;
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("custos::cli", text);
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

// A CSV of `posts` posts in 20 channels by 500 authors: the even ones three years old, the
// odd ones from the last month.
Status writeCorpus(const QString& path, qint64 posts)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {ErrorCode::Io, tr("%1 cannot be written: %2.").arg(path, file.errorString())};
    QTextStream out(&file);
    out << "id,channel,author,time,text\n";
    static const char* const words[] = {"quarterly", "report", "deadline", "meeting", "customer", "invoice", "review",
                                        "launch",    "budget", "sprint",   "backlog", "release",  "coffee",  "team",
                                        "office",    "travel", "training", "server",  "deploy",   "figures"};
    QRandomGenerator rng(20261202);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qint64 i = 0; i < posts; ++i) {
        const qint64 secondsBack = (i % 2 == 0 ? 3 * 365 * 86400LL : 0) + static_cast<qint64>(rng.bounded(30 * 86400));
        QString text;
        for (int w = 0; w < 12; ++w)
            text += QLatin1String(words[rng.bounded(20)]) + u' ';
        out << "m" << i << ",channel-" << (i % 20) << ",user" << rng.bounded(500) << ','
            << now.addSecs(-secondsBack).toString(Qt::ISODate) << ',' << text << i << '\n';
    }
    out.flush();
    return file.error() == QFile::NoError ? Status::success()
                                          : Status(ErrorCode::Io, tr("%1 cannot be written: %2.").arg(path, file.errorString()));
}

} // namespace

int runBenchRetention(const QStringList& args)
{
    CliContext ctx(args);
    QCommandLineParser p;
    p.addOption({QStringLiteral("posts"), tr("Posts in the workspace, half of them expired (default 1000000)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("dir"), tr("The workspace to build (default: a new one in the cache folder)."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("batch"), tr("Posts per audited purge batch (default 10000)."), QStringLiteral("N")});
    if (!ctx.parse(p, {}, 0, 0))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    bool ok = true;
    const qint64 posts = p.isSet(QStringLiteral("posts")) ? p.value(QStringLiteral("posts")).toLongLong(&ok) : 1000000;
    if (!ok || posts < 100 || posts > 100000000)
        return CliContext::usage(tr("--posts takes a number from 100 to 100000000."));
    const QString dir = p.isSet(QStringLiteral("dir"))
                            ? p.value(QStringLiteral("dir"))
                            : QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("bench-retention"));
    if (workspace::Workspace::looksLikeWorkspace(dir))
        return CliContext::usage(tr("%1 already holds a workspace; the benchmark purges, so it needs a new folder.").arg(dir));
    QDir().mkpath(QFileInfo(dir).absolutePath());
    const QString csv = dir + QStringLiteral(".csv");
    if (Status s = writeCorpus(csv, posts); !s.ok())
        return CliContext::fail(s);
    auto session = workspace::Workspace::create({dir, QStringLiteral("admin"), QStringLiteral("Bench Admin"),
                                                 QStringLiteral("custos bench retention"), workspace::Workspace::calibrateKdf()});
    if (!session)
        return CliContext::fail(session.status());
    QJsonObject out{{QStringLiteral("posts"), posts}, {QStringLiteral("workspace"), dir}};

    ingest::ImportOptions import;
    import.format = QStringLiteral("csv");
    import.path = csv;
    import.csv.id = QStringLiteral("id");
    QElapsedTimer t;
    t.start();
    auto imported = ingest::ImportService(**session).run(import);
    if (!imported)
        return CliContext::fail(imported.status());
    const double importMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    QFile::remove(csv);
    const double importRate = static_cast<double>(imported->postsAdded) / (importMs / 1000.0);
    out.insert(QStringLiteral("import_ms"), round2(importMs));
    out.insert(QStringLiteral("import_posts_per_s"), std::round(importRate));

    records::RetentionService service(**session);
    for (RetentionRule rule : records::RetentionService::defaultRules(2 * 365)) {
        if (auto added = service.addRule(rule); !added)
            return CliContext::fail(added.status());
    }
    t.restart();
    auto preview = service.preview(5);
    if (!preview)
        return CliContext::fail(preview.status());
    out.insert(QStringLiteral("preview_ms"), round2(static_cast<double>(t.nsecsElapsed()) / 1e6));
    out.insert(QStringLiteral("preview_posts_to_purge"), preview->postsToPurge());

    t.restart();
    records::PurgeOptions purgeOptions;
    if (p.isSet(QStringLiteral("batch")))
        purgeOptions.batchSize = std::max(1, p.value(QStringLiteral("batch")).toInt());
    out.insert(QStringLiteral("purge_batch"), purgeOptions.batchSize);
    auto purged = service.purge(purgeOptions);
    if (!purged)
        return CliContext::fail(purged.status());
    const double purgeMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    const qint64 gone = purged->purged.value(TombstoneKind::Post);
    const double deleteMs = purgeMs - static_cast<double>(purged->compactMs);
    out.insert(QStringLiteral("purged_posts"), gone);
    out.insert(QStringLiteral("purge_ms"), round2(purgeMs));
    out.insert(QStringLiteral("purge_compact_ms"), purged->compactMs);
    out.insert(QStringLiteral("purge_posts_per_s"), std::round(static_cast<double>(gone) / (purgeMs / 1000.0)));
    out.insert(QStringLiteral("purge_batches_posts_per_s"), std::round(static_cast<double>(gone) / (deleteMs / 1000.0)));
    out.insert(QStringLiteral("purge_to_import_ratio"),
               round2(static_cast<double>(gone) / (purgeMs / 1000.0) / importRate));
    CliContext::printJson(QJsonDocument(out));
    return ExitOk;
}

} // namespace custos::cli
