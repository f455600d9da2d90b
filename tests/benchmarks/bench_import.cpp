// Benchmark of import: a demo corpus of N posts (a Slack export) imported into an
// encrypted workspace through the real Slack importer; the same export imported by the
// same code into an unencrypted database (what encryption costs); and the same rows
// loaded by the sqlite3 command-line tool (.import into a plain database) in the same
// run, once into a bare table and once into the workspace's own posts table, with its
// indexes and its FTS4 index. Prints a Markdown table for docs/benchmarks.md.
// Run: build/tests/bench_import [POSTS]   (default 1,000,000)
// CUSTOS_BENCH_CORPUS=DIR writes the corpus there once and reuses it.
#include "TestSupport.h"
#include "demo/DemoCorpus.h"
#include "ingest/ImportService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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
using namespace custos::demo;

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
    // CUSTOS_BENCH_CORPUS names a folder to keep the corpus in between runs.
    const QString kept = qEnvironmentVariable("CUSTOS_BENCH_CORPUS");
    const QString corpus = kept.isEmpty() ? tmp.filePath(QStringLiteral("corpus")) : kept;
    QElapsedTimer t;
    t.start();
    if (kept.isEmpty() || !QFileInfo::exists(QDir(kept).filePath(QStringLiteral("users.json")))) {
        auto written = demo::DemoCorpus::write(corpus, posts, 1);
        if (!written)
            return 1;
    }
    std::printf("| measurement (%lld posts) | result |\n|---|---|\n", static_cast<long long>(posts));
    test::printRow(QStringLiteral("write the demo corpus (Slack export)"),
                   t.elapsed() > 100 ? QStringLiteral("%1 s").arg(t.elapsed() / 1000.0, 0, 'f', 1) : QStringLiteral("reused"));

    ingest::ImportOptions options;
    options.format = QStringLiteral("slack");
    options.path = corpus;
    // Imports the corpus into a new workspace; its seconds, or a negative number.
    auto importInto = [&](const QString& dir, bool encrypted, QStringList* postsSchema) -> double {
        workspace::NewWorkspace spec{dir, QStringLiteral("admin"), QStringLiteral("Bench Admin"), test::kAdminPassphrase, test::fastKdf()};
        spec.encrypted = encrypted;
        auto session = workspace::Workspace::create(spec);
        if (!session)
            return -1;
        QElapsedTimer timer;
        timer.start();
        auto summary = ingest::ImportService(**session).run(options);
        const double secs = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!summary || summary->postsAdded != posts) {
            std::fprintf(stderr, "import failed: %s\n", summary ? "wrong count" : qPrintable(summary.status().message()));
            return -1;
        }
        if (postsSchema) { // the posts table, its indexes and the FTS4 table, as the workspace has them
            // (in the content compartment's file; the schema name is not part of the copy)
            storage::Statement ddl = (*session)->database().prepare(QStringLiteral(
                "SELECT sql FROM content.sqlite_master WHERE (tbl_name = 'posts' OR name = 'posts_fts') AND sql IS NOT NULL "
                "ORDER BY type = 'index', name;"));
            while (ddl.step())
                *postsSchema << ddl.text(0).replace(QStringLiteral("content."), QString()) + QLatin1Char(';');
        }
        return secs;
    };
    QStringList postsSchema;
    // Encrypted and unencrypted take turns, twice each, each into a new workspace; the
    // faster of each pair counts (the machine's disk and neighbours vary over minutes).
    double importSecs = -1, plainSecs = -1;
    for (int round = 0; round < 2; ++round) {
        const double encrypted = importInto(tmp.filePath(QStringLiteral("ws%1").arg(round)), true, &postsSchema);
        if (encrypted < 0)
            return 1;
        QDir(tmp.filePath(QStringLiteral("ws%1").arg(round))).removeRecursively();
        const double plain = importInto(tmp.filePath(QStringLiteral("ws-plain%1").arg(round)), false, nullptr);
        if (plain < 0)
            return 1;
        QDir(tmp.filePath(QStringLiteral("ws-plain%1").arg(round))).removeRecursively();
        importSecs = importSecs < 0 ? encrypted : std::min(importSecs, encrypted);
        plainSecs = plainSecs < 0 ? plain : std::min(plainSecs, plain);
        postsSchema.removeDuplicates();
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    test::printRow(QStringLiteral("Custos import into the encrypted workspace (parse, hash, FTS4 index, audited batches; best of 2)"),
        test::perSecond(static_cast<double>(posts) / importSecs, QStringLiteral("posts/s")) + QStringLiteral(" (%1 s)").arg(importSecs, 0, 'f', 1));
    test::printRow(QStringLiteral("peak memory of the process (corpus writing and import)"),
        QStringLiteral("%1 MB").arg(usage.ru_maxrss / 1024));
    test::printRow(QStringLiteral("the same import into an unencrypted database (same binary; best of 2)"),
        test::perSecond(static_cast<double>(posts) / plainSecs, QStringLiteral("posts/s")) + QStringLiteral(" (%1 s)").arg(plainSecs, 0, 'f', 1));
    test::printRow(QStringLiteral("ratio encrypted ÷ unencrypted (goal ≤ 1.25)"), QString::number(importSecs / plainSecs, 'f', 2));

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
    // Runs sqlite3 on a new plain database with the given commands; seconds or negative.
    auto runSqlite = [&](const QString& db, const QStringList& commands) -> double {
        QProcess p;
        p.setProgram(sqlite3);
        QStringList args{tmp.filePath(db)};
        for (const QString& c : commands)
            args << QStringLiteral("-cmd") << c;
        args << QStringLiteral("SELECT 1;");
        p.setArguments(args);
        QElapsedTimer timer;
        timer.start();
        p.start();
        if (!p.waitForFinished(-1) || p.exitCode() != 0 || !p.readAllStandardError().isEmpty()) {
            std::fprintf(stderr, "sqlite3 failed\n");
            return -1;
        }
        return static_cast<double>(timer.nsecsElapsed()) / 1e9;
    };
    const double bareSecs = runSqlite(QStringLiteral("bare.db"), {QStringLiteral("CREATE TABLE posts (channel TEXT, ts TEXT, user TEXT, text TEXT);"),
                                                                  QStringLiteral(".mode csv"), QStringLiteral(".import %1 posts").arg(csv)});
    if (bareSecs < 0)
        return 1;
    test::printRow(QStringLiteral("sqlite3 .import of the same rows into a bare table (no index)"),
        test::perSecond(static_cast<double>(posts) / bareSecs, QStringLiteral("posts/s")) + QStringLiteral(" (%1 s)").arg(bareSecs, 0, 'f', 1));
    test::printRow(QStringLiteral("ratio Custos ÷ sqlite3 bare table (goal ≤ 3)"), QString::number(importSecs / bareSecs, 'f', 1));

    // The same rows into the workspace's posts table: its unique key and indexes, and the
    // FTS4 index filled from it, in one transaction (channels and authors numbered as
    // the import numbers them; a random 32-byte blob stands in for the content hash).
    QStringList commands{QStringLiteral("CREATE TABLE raw (channel TEXT, ts TEXT, user TEXT, text TEXT);"), QStringLiteral(".mode csv"),
                         QStringLiteral(".import %1 raw").arg(csv), QStringLiteral("BEGIN;")};
    commands << postsSchema;
    commands << QStringLiteral("CREATE TABLE ch (id INTEGER PRIMARY KEY, name TEXT UNIQUE);")
             << QStringLiteral("CREATE TABLE pe (id INTEGER PRIMARY KEY, name TEXT UNIQUE);")
             << QStringLiteral("INSERT OR IGNORE INTO ch (name) SELECT channel FROM raw;")
             << QStringLiteral("INSERT OR IGNORE INTO pe (name) SELECT user FROM raw;")
             << QStringLiteral("INSERT INTO posts (channel_id, message_id, author_id, posted_at, text, content_hash, import_id) "
                               "SELECT (SELECT id FROM ch WHERE name = channel), ts, (SELECT id FROM pe WHERE name = user), ts, text, "
                               "randomblob(32), 1 FROM raw;")
             << QStringLiteral("INSERT INTO posts_fts (docid, text) SELECT id, text FROM posts;") << QStringLiteral("COMMIT;");
    const double schemaSecs = runSqlite(QStringLiteral("schema.db"), commands);
    if (schemaSecs < 0)
        return 1;
    test::printRow(QStringLiteral("sqlite3 .import of the same rows into the workspace's posts table (%1 indexes, FTS4)")
                       .arg(postsSchema.filter(QStringLiteral("CREATE INDEX")).size()),
        test::perSecond(static_cast<double>(posts) / schemaSecs, QStringLiteral("posts/s")) + QStringLiteral(" (%1 s)").arg(schemaSecs, 0, 'f', 1));
    test::printRow(QStringLiteral("ratio Custos ÷ sqlite3 same table"), QString::number(importSecs / schemaSecs, 'f', 1));
    return 0;
}
