// Benchmark of detection throughput: the built-in policy classifying demo-corpus posts
// in memory on one thread and on all cores (posts/s and MB/s), and a full scan of a
// workspace holding the same posts (classification plus storing flags, audited).
// Run: build/tests/bench_scan [POSTS]   (default 200,000)
#include "TestSupport.h"
#include "detection/Classifier.h"
#include "detection/ScanService.h"
#include "ingest/DemoCorpus.h"
#include "ingest/ImportService.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>

using namespace custos;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 posts = argc > 1 ? QByteArray(argv[1]).toLongLong() : 200000;
    QTemporaryDir tmp;
    const QString corpus = tmp.filePath(QStringLiteral("corpus"));
    if (!ingest::DemoCorpus::write(corpus, posts, 3))
        return 1;
    QStringList texts;
    qint64 bytes = 0;
    test::forEachExportMessage(corpus, [&](const QString&, const QJsonObject& m) {
        texts << m.value(QStringLiteral("text")).toString();
        bytes += texts.last().toUtf8().size();
    });
    auto classifier = detection::Classifier::build(*detection::Policy::builtIn());
    if (!classifier)
        return 1;
    std::shared_ptr<detection::Classifier> engine = *classifier;
    std::printf("| measurement (%lld posts, %.1f MB of text) | result |\n|---|---|\n", static_cast<long long>(texts.size()),
                static_cast<double>(bytes) / 1e6);
    for (int threads : {1, QThread::idealThreadCount()}) {
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        std::atomic<qint64> flags{0};
        QElapsedTimer t;
        t.start();
        QtConcurrent::blockingMap(&pool, texts, [&](const QString& text) {
            flags += engine->analyze(text).flags.size();
        });
        const double secs = static_cast<double>(t.nsecsElapsed()) / 1e9;
        test::printRow(QStringLiteral("classify in memory (flags and sentiment), %1 thread(s)").arg(threads),
                       test::perSecond(static_cast<double>(texts.size()) / secs, QStringLiteral("posts/s")) +
                           QStringLiteral(", %1 MB/s, %2 flags").arg(static_cast<double>(bytes) / 1e6 / secs, 0, 'f', 1).arg(flags.load()));
    }
    auto session = test::createWorkspace(tmp.filePath(QStringLiteral("ws")));
    if (!session || !ingest::ImportService::run(*session, {QStringLiteral("slack"), corpus, {}, 2000, {}}))
        return 1;
    QElapsedTimer t;
    t.start();
    auto scan = detection::ScanService::scan(*session, {});
    if (!scan)
        return 1;
    const double secs = static_cast<double>(t.nsecsElapsed()) / 1e9;
    test::printRow(QStringLiteral("scan of the workspace, all cores (read, classify, store flags and sentiment, audited)"),
                   test::perSecond(static_cast<double>(scan->scanned) / secs, QStringLiteral("posts/s")));
    return 0;
}
