// Benchmark of the audit log: append rate, full verification of N entries on one thread
// and on all cores, beside the raw Ed25519 verification rate of Botan on this machine
// in the same run. Prints a Markdown table for docs/benchmarks.md.
// Run: build/tests/bench_audit [ENTRIES]   (default 1,000,000)
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "audit/Verification.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace custos;


int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const quint64 entries = argc > 1 ? QByteArray(argv[1]).toULongLong() : 1000000;
    const int cores = QThread::idealThreadCount();
    QTemporaryDir tmp;
    auto session = test::createWorkspace(tmp.filePath(QStringLiteral("ws")));
    if (!session)
        return 1;
    std::printf("| measurement (%llu entries, %d cores) | result |\n|---|---|\n",
                static_cast<unsigned long long>(entries), cores);

    // Raw Ed25519: Botan verifying one key's signatures in a loop, no storage, no hashing.
    const crypto::Ed25519KeyPair pair = crypto::generateEd25519();
    QList<QByteArray> messages;
    QList<QByteArray> signatures;
    for (int i = 0; i < 2000; ++i) {
        messages << crypto::sha256(QByteArray::number(i));
        signatures << crypto::ed25519Sign(pair.seed, messages.last());
    }
    crypto::Ed25519Verifier raw(pair.publicKey);
    QElapsedTimer t;
    t.start();
    int verified = 0;
    for (int round = 0; round < 10; ++round) {
        for (qsizetype i = 0; i < messages.size(); ++i)
            verified += raw.verify(messages.at(i), signatures.at(i)) ? 1 : 0;
    }
    const double rawRate = verified / (static_cast<double>(t.nsecsElapsed()) / 1e9);
    test::printRow(QStringLiteral("raw Ed25519 verification, Botan, one core"), test::perSecond(rawRate));

    // Append: one audited transaction per 1,000 entries (each entry hashed, signed, stored).
    t.restart();
    const quint64 perTx = 1000;
    for (quint64 done = 0; done < entries;) {
        audit::AuditedTransaction tx(session->database(), session->signer());
        for (quint64 i = 0; i < perTx && done < entries; ++i, ++done) {
            if (!tx.record(QStringLiteral("flag.review"), QStringLiteral("flag"), QString::number(done),
                           QJsonObject{{QStringLiteral("decision"), QStringLiteral("dismiss")},
                                       {QStringLiteral("note"), QStringLiteral("benign look-alike")}})
                     .ok())
                return 1;
        }
        if (!tx.commit().ok())
            return 1;
    }
    const double appendSecs = static_cast<double>(t.nsecsElapsed()) / 1e9;
    test::printRow(QStringLiteral("append (hash, sign, store; 1,000 per transaction)"), test::perSecond(static_cast<double>(entries) / appendSecs));

    const quint64 total = entries + 1; // and the workspace's creation entry
    double singleRate = 0;
    for (int threads : {1, cores}) {
        t.restart();
        const audit::VerificationReport r = audit::verifyDatabase(session->database(), threads);
        const double secs = static_cast<double>(t.nsecsElapsed()) / 1e9;
        if (!r.ok() || r.entriesChecked != total) {
            std::fprintf(stderr, "verification failed: %s\n", qPrintable(r.message));
            return 1;
        }
        const double perSecond = static_cast<double>(total) / secs;
        if (threads == 1)
            singleRate = perSecond;
        test::printRow(QStringLiteral("full verification, %1 thread(s) (%2 checkpoints)").arg(threads).arg(r.checkpointsChecked),
            test::perSecond(perSecond) + QStringLiteral(" (%1 s)").arg(secs, 0, 'f', 1));
    }
    test::printRow(QStringLiteral("single-thread verification ÷ raw Ed25519 rate"),
        QString::number(singleRate / rawRate, 'f', 2) + QStringLiteral(" (floor 0.70)"));
    return singleRate / rawRate >= 0.7 ? 0 : 2;
}
