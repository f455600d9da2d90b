// Benchmark of import: a demo corpus of N posts (a Slack export) imported into an
// encrypted workspace through the real Slack importer, beside the same rows loaded
// by the sqlite3 command-line tool (.import into a plain database) in the same run.
// Prints a Markdown table for docs/benchmarks.md.
// Run: build/tests/bench_import [POSTS]   (default 1,000,000)
#include "TestSupport.h"
#include "ingest/DemoCorpus.h"
#include "ingest/ImportService.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace custos;

namespace {

QString csvField(QString s)
{
    return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 posts = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir tmp;
    const QString corpus = tmp.filePath(QStringLiteral("corpus"));
    QElapsedTimer t;
    t.start();
    auto written = ingest::DemoCorpus::write(corpus, posts, 1);
    if (!written)
        return 1;
    std::printf("| measurement (%lld posts) | result |\n|---|---|\n", static_cast<long long>(posts));
    test::printRow(QStringLiteral("write the demo corpus (Slack export)"), QStringLiteral("%1 s").arg(t.elapsed() / 1000.0, 0, 'f', 1));

    auto session = test::createWorkspace(tmp.filePath(QStringLiteral("ws")));
    if (!session)
        return 1;
    ingest::ImportOptions options;
    options.format = QStringLiteral("slack");
    options.path = corpus;
    t.restart();
    auto summary = ingest::ImportService::run(*session, options);
    const double importSecs = static_cast<double>(t.nsecsElapsed()) / 1e9;
    if (!summary || summary->postsAdded != posts) {
        std::fprintf(stderr, "import failed: %s\n", summary ? "wrong count" : qPrintable(summary.status().message()));
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    test::printRow(QStringLiteral("Custos import into the encrypted workspace (parse, hash, FTS4 index, audited batches)"),
        test::perSecond(static_cast<double>(posts) / importSecs, QStringLiteral("posts/s")) + QStringLiteral(" (%1 s)").arg(importSecs, 0, 'f', 1));
    test::printRow(QStringLiteral("peak memory of the process (corpus writing and import)"),
        QStringLiteral("%1 MB").arg(usage.ru_maxrss / 1024));

    // The same rows for sqlite3: channel, ts, user, text.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        test::printRow(QStringLiteral("sqlite3 reference"), QStringLiteral("skipped: sqlite3 is not installed"));
        return 0;
    }
    const QString csv = tmp.filePath(QStringLiteral("posts.csv"));
    {
        QFile out(csv);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        test::forEachExportMessage(corpus, [&](const QString& channel, const QJsonObject& m) {
            out.write((csvField(channel) + QLatin1Char(',') + csvField(m.value(QStringLiteral("ts")).toString()) +
                       QLatin1Char(',') + csvField(m.value(QStringLiteral("user")).toString()) + QLatin1Char(',') +
                       csvField(m.value(QStringLiteral("text")).toString()) + QLatin1Char('\n'))
                          .toUtf8());
        });
    }
    QProcess p;
    p.setProgram(sqlite3);
    p.setArguments({tmp.filePath(QStringLiteral("plain.db")), QStringLiteral("-cmd"),
                    QStringLiteral("CREATE TABLE posts (channel TEXT, ts TEXT, user TEXT, text TEXT);"),
                    QStringLiteral("-cmd"), QStringLiteral(".mode csv"), QStringLiteral(".import %1 posts").arg(csv)});
    t.restart();
    p.start();
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", p.readAllStandardError().constData());
        return 1;
    }
    const double sqliteSecs = static_cast<double>(t.nsecsElapsed()) / 1e9;
    test::printRow(QStringLiteral("sqlite3 .import of the same rows into a plain database"),
        test::perSecond(static_cast<double>(posts) / sqliteSecs, QStringLiteral("posts/s")) + QStringLiteral(" (%1 s)").arg(sqliteSecs, 0, 'f', 1));
    test::printRow(QStringLiteral("ratio Custos ÷ sqlite3 (goal ≤ 3)"), QString::number(importSecs / sqliteSecs, 'f', 1));
    return 0;
}
