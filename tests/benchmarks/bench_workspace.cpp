// Benchmark of the workspace foundation: key derivation at the calibrated cost, unlock,
// and encrypted write and read rates. Prints a Markdown table for docs/benchmarks.md.
// Run: build/tests/bench_workspace  (or: ctest -L benchmark --verbose)
#include "TestSupport.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace custos;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}


} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    std::printf("| measurement | result |\n|---|---|\n");

    QElapsedTimer t;
    t.start();
    const crypto::Argon2Params kdf = workspace::Workspace::calibrateKdf();
    test::printRow(QStringLiteral("Argon2id calibration (target 500 ms)"),
        QStringLiteral("%1 ms → m = %2 MiB, t = %3, p = %4")
            .arg(t.elapsed())
            .arg(kdf.memoryKiB / 1024)
            .arg(kdf.iterations)
            .arg(kdf.parallelism));

    const QString dir = tmp.filePath(QStringLiteral("ws"));
    t.restart();
    auto created = workspace::Workspace::create({dir, QStringLiteral("admin"), {}, test::kAdminPassphrase, kdf});
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.status().message()));
        return 1;
    }
    test::printRow(QStringLiteral("create workspace (one key slot)"), QStringLiteral("%1 ms").arg(t.elapsed()));
    created->reset();

    QList<double> unlocks;
    for (int i = 0; i < 5; ++i) {
        t.restart();
        auto s = workspace::Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
        unlocks << static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (!s)
            return 1;
    }
    test::printRow(QStringLiteral("unlock (Argon2id + AES-GCM unwrap + open + schema check), median of 5"),
        QStringLiteral("%1 ms").arg(median(unlocks), 0, 'f', 0));

    QList<double> wrong;
    for (int i = 0; i < 3; ++i) {
        t.restart();
        (void)workspace::Workspace::open(dir, QStringLiteral("admin"), QStringLiteral("wrong passphrase"));
        wrong << static_cast<double>(t.nsecsElapsed()) / 1e6;
    }
    test::printRow(QStringLiteral("rejecting a wrong passphrase, median of 3"), QStringLiteral("%1 ms").arg(median(wrong), 0, 'f', 0));

    auto session = workspace::Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
    storage::Database& db = (*session)->database();
    (void)db.exec(QStringLiteral("CREATE TABLE bench (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"));
    const int rows = 200000;
    const QString body = QStringLiteral("A typical chat message of about one hundred characters, sent in a channel of "
                                        "the company workspace.");
    t.restart();
    {
        storage::Transaction tx(db);
        storage::Statement insert = db.prepare(QStringLiteral("INSERT INTO bench (body) VALUES (?1);"));
        for (int i = 0; i < rows; ++i) {
            insert.reset();
            insert.bind(1, body);
            if (!insert.run().ok())
                return 1;
        }
        if (!tx.commit().ok())
            return 1;
    }
    const double writeSecs = static_cast<double>(t.nsecsElapsed()) / 1e9;
    test::printRow(QStringLiteral("encrypted insert, 200,000 rows of ~100 chars in one transaction"),
        QStringLiteral("%1 rows/s").arg(rows / writeSecs, 0, 'f', 0));
    t.restart();
    storage::Statement scan = db.prepare(QStringLiteral("SELECT sum(length(body)) FROM bench;"));
    scan.step();
    const double readSecs = static_cast<double>(t.nsecsElapsed()) / 1e9;
    test::printRow(QStringLiteral("encrypted full scan of the same rows"), QStringLiteral("%1 rows/s").arg(rows / readSecs, 0, 'f', 0));
    return 0;
}
