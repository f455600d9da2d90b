// Benchmark of the review queue: `custos-cli bench queue` at 10,000 and at 1,000,000
// demo posts in one run (each builds its workspace on first use, then reuses it), and
// the ratio of each timing at 1M to its timing at 10k (goal ≤ 2), with peak memory.
// Run: build/tests/bench_queue [SMALL] [LARGE]   (defaults 10000 and 1000000)
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList sizes = {argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("10000"),
                               argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("1000000")};
    QList<QJsonObject> results;
    for (const QString& posts : sizes) {
        QProcess p;
        const QString dir = QDir(QDir::tempPath()).filePath(QStringLiteral("custos-bench-queue-%1").arg(posts));
        p.start(QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("bench"), QStringLiteral("queue"), QStringLiteral("--posts"), posts,
                                                  QStringLiteral("--dir"), dir});
        if (!p.waitForFinished(3600 * 1000) || p.exitCode() != 0) {
            std::fprintf(stderr, "bench queue --posts %s failed: %s\n", qPrintable(posts), p.readAllStandardError().constData());
            return 1;
        }
        results << QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }
    std::printf("| measurement | %s posts | %s posts | ratio (goal ≤ 2) |\n|---|---|---|---|\n", qPrintable(sizes.at(0)), qPrintable(sizes.at(1)));
    for (const char* step : {"first_page", "filter_change", "sort_change", "narrow_filter", "narrow_sort", "search"}) {
        // The first run after opening (what a reviewer waits for), the median of five,
        // the count shown after the page, and the posts that match.
        for (const char* suffix : {"_ms", "_median_ms", "_count_ms"}) {
            const QString key = QString::fromLatin1(step) + QString::fromLatin1(suffix);
            const double small = results.at(0).value(key).toDouble();
            const double large = results.at(1).value(key).toDouble();
            std::printf("| %s | %.2f ms | %.2f ms | %.2f |\n", qPrintable(key), small, large, small > 0 ? large / small : 0.0);
        }
        const QString rows = QString::fromLatin1(step) + QStringLiteral("_rows");
        std::printf("| %s | %lld | %lld | |\n", qPrintable(rows), static_cast<long long>(results.at(0).value(rows).toInteger()),
                    static_cast<long long>(results.at(1).value(rows).toInteger()));
    }
    {
        const double small = results.at(0).value(QStringLiteral("scroll_slowest_page_ms")).toDouble();
        const double large = results.at(1).value(QStringLiteral("scroll_slowest_page_ms")).toDouble();
        std::printf("| scroll_slowest_page_ms | %.2f ms | %.2f ms | %.2f |\n", small, large, small > 0 ? large / small : 0.0);
    }
    for (const char* key : {"scroll_pages", "flags", "flagged_posts", "peak_rss_mb"})
        std::printf("| %s | %lld | %lld | |\n", key, static_cast<long long>(results.at(0).value(QString::fromLatin1(key)).toInteger()),
                    static_cast<long long>(results.at(1).value(QString::fromLatin1(key)).toInteger()));
    return 0;
}
