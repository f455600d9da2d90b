// Benchmark of detection throughput: the built-in policy classifying demo-corpus posts
// in memory on one thread and on all cores (posts/s and MB/s); in the same run ripgrep
// counting matches of the same expressions over the same texts (one post per line) and
// a std::regex loop over a 10,000-post subset; then a full scan of a workspace holding
// the same posts (classification plus storing flags, audited).
// Run: build/tests/bench_scan [POSTS]   (default 200,000)
#include "TestSupport.h"
#include "detection/Classifier.h"
#include "policy/PolicyService.h"
#include "policy/ScanService.h"
#include "demo/DemoCorpus.h"
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
#include <QProcess>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <regex>

#include <atomic>

using namespace custos;
using namespace custos::demo;

namespace {

// ripgrep's regex syntax refuses escapes of characters that are not special ("\'",
// "\:", "\@" from QRegularExpression::escape): drop those backslashes.
QString forRipgrep(const QString& expression)
{
    static const QString special = QStringLiteral("\\.+*?()|[]{}^$#&-~");
    QString out;
    for (qsizetype i = 0; i < expression.size(); ++i) {
        const QChar c = expression.at(i);
        if (c == QLatin1Char('\\') && i + 1 < expression.size()) {
            const QChar next = expression.at(i + 1);
            if (!(next.unicode() < 128 && next.isLetterOrNumber()) && !special.contains(next)) {
                out += next;
                ++i;
                continue;
            }
            out += c;
            out += next;
            ++i;
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 posts = argc > 1 ? QByteArray(argv[1]).toLongLong() : 200000;
    QTemporaryDir tmp;
    if (qEnvironmentVariableIsSet("CUSTOS_BENCH_KEEP")) { // keep the texts and patterns for a look
        tmp.setAutoRemove(false);
        std::fprintf(stderr, "files kept in %s\n", qPrintable(tmp.path()));
    }
    const QString corpus = tmp.filePath(QStringLiteral("corpus"));
    if (!demo::DemoCorpus::write(corpus, posts, 3))
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
    double oneThread = 0;
    {
        // Single-thread rate again, for the ratios below (the loop above printed it).
        QElapsedTimer t;
        t.start();
        qint64 n = 0;
        for (const QString& text : std::as_const(texts))
            n += engine->analyze(text).flags.size();
        oneThread = static_cast<double>(texts.size()) / (static_cast<double>(t.nsecsElapsed()) / 1e9);
        Q_UNUSED(n);
    }
    // ripgrep: the same expressions, the same texts one per line, counting matches.
    const QString rg = QStandardPaths::findExecutable(QStringLiteral("rg"));
    if (rg.isEmpty()) {
        test::printRow(QStringLiteral("ripgrep reference"), QStringLiteral("skipped: rg is not installed (Debian package ripgrep)"));
    } else {
        QFile lines(tmp.filePath(QStringLiteral("posts.txt")));
        QFile patterns(tmp.filePath(QStringLiteral("patterns.txt")));
        if (!lines.open(QIODevice::WriteOnly) || !patterns.open(QIODevice::WriteOnly))
            return 1;
        for (const QString& text : std::as_const(texts)) {
            QString line = text;
            line.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
            lines.write(line.toUtf8() + '\n');
        }
        for (const detection::Pattern& p : engine->expressions())
            patterns.write((p.caseless ? QByteArray("(?i)") : QByteArray()) + forRipgrep(p.expression).toUtf8() + '\n');
        lines.close();
        patterns.close();
        // Runs rg on the posts with extra arguments: seconds and the match count, or -1.
        auto runRg = [&](const QStringList& args, QString& output) {
            QProcess proc;
            QElapsedTimer t;
            t.start();
            proc.start(rg, QStringList{QStringLiteral("--count-matches"), QStringLiteral("--no-config")} + args + QStringList{lines.fileName()});
            proc.waitForFinished(-1);
            const double secs = static_cast<double>(t.nsecsElapsed()) / 1e9;
            output = QString::fromUtf8(proc.readAllStandardOutput()).trimmed();
            if (proc.exitStatus() != QProcess::NormalExit || proc.exitCode() > 1) {
                output = QString::fromUtf8(proc.readAllStandardError().left(300));
                return -1.0;
            }
            return secs;
        };
        auto report = [&](const QString& what, double secs, const QString& output) {
            if (secs < 0) {
                test::printRow(what, QStringLiteral("failed: %1").arg(output));
                return;
            }
            const double rate = static_cast<double>(texts.size()) / secs;
            test::printRow(what, test::perSecond(rate, QStringLiteral("posts/s")) +
                                     QStringLiteral(", %1 MB/s, %2 matches").arg(static_cast<double>(bytes) / 1e6 / secs, 0, 'f', 1).arg(output));
            test::printRow(QStringLiteral("Custos (1 thread, with spans, validation, scores and sentiment) ÷ %1").arg(what.section(QLatin1Char(','), 0, 0)),
                           QString::number(oneThread / rate, 'f', 2));
        };
        QString out;
        double secs = runRg({QStringLiteral("-f"), patterns.fileName()}, out);
        report(QStringLiteral("ripgrep, the same %1 expressions").arg(engine->expressions().size()), secs, out);
        // ripgrep at its fastest: the policy's words as fixed strings (-F -w -i) and its
        // regular expressions with ASCII word boundaries, in two runs.
        QFile words(tmp.filePath(QStringLiteral("words.txt")));
        QFile regexes(tmp.filePath(QStringLiteral("regexes.txt")));
        if (!words.open(QIODevice::WriteOnly) || !regexes.open(QIODevice::WriteOnly))
            return 1;
        const detection::Policy policy = *detection::Policy::builtIn();
        for (const detection::Rule& r : policy.rules) {
            for (const QString& k : r.keywords + r.near.keywords + r.entities)
                words.write(k.toUtf8() + '\n');
            for (const QString& e : {r.regex, r.near.regex}) {
                if (!e.isEmpty())
                    regexes.write((r.caseSensitive ? QByteArray() : QByteArray("(?i)")) +
                                  forRipgrep(e).replace(QStringLiteral("\\b"), QStringLiteral("(?-u:\\b)")).toUtf8() + '\n');
            }
        }
        for (const detection::Pattern& p : engine->expressions()) { // the detectors' candidate patterns
            if (p.name.isEmpty())
                continue;
            const auto rule = std::find_if(policy.rules.cbegin(), policy.rules.cend(), [&](const detection::Rule& r) { return r.id == p.name; });
            if (rule != policy.rules.cend() && !rule->detector.isEmpty() && p.expression != rule->regex)
                regexes.write((p.caseless ? QByteArray("(?i)") : QByteArray()) +
                              forRipgrep(p.expression).replace(QStringLiteral("\\b"), QStringLiteral("(?-u:\\b)")).toUtf8() + '\n');
        }
        words.close();
        regexes.close();
        QString wordsOut, regexOut;
        const double wordSecs = runRg({QStringLiteral("-F"), QStringLiteral("-w"), QStringLiteral("-i"), QStringLiteral("-f"), words.fileName()}, wordsOut);
        const double regexSecs = runRg({QStringLiteral("-f"), regexes.fileName()}, regexOut);
        report(QStringLiteral("ripgrep at its fastest, words as fixed strings (-F -w -i) plus regular expressions with ASCII \\b, two runs"),
               wordSecs < 0 || regexSecs < 0 ? -1.0 : wordSecs + regexSecs, wordsOut + QStringLiteral(" + ") + regexOut);
    }
    {
        // std::regex (ECMAScript) over a 10,000-post subset, one regex per expression.
        std::vector<std::regex> regexes;
        int skipped = 0;
        for (const detection::Pattern& p : engine->expressions()) {
            try {
                auto flags = std::regex::ECMAScript | std::regex::optimize;
                if (p.caseless)
                    flags |= std::regex::icase;
                regexes.emplace_back(p.expression.toStdString(), flags);
            } catch (const std::regex_error&) {
                ++skipped; // \x{…} classes and other syntax std::regex lacks
            }
        }
        const qsizetype subset = std::min<qsizetype>(10000, texts.size());
        QList<std::string> utf8;
        for (qsizetype i = 0; i < subset; ++i)
            utf8 << texts.at(i).toStdString();
        QElapsedTimer t;
        t.start();
        qint64 matches = 0;
        for (const std::string& text : std::as_const(utf8)) {
            for (const std::regex& re : regexes)
                matches += std::distance(std::sregex_iterator(text.begin(), text.end(), re), std::sregex_iterator());
        }
        const double rate = static_cast<double>(subset) / (static_cast<double>(t.nsecsElapsed()) / 1e9);
        test::printRow(QStringLiteral("std::regex, %1 of the expressions (%2 need syntax it lacks), first %3 posts")
                           .arg(regexes.size())
                           .arg(skipped)
                           .arg(subset),
                       test::perSecond(rate, QStringLiteral("posts/s")) + QStringLiteral(", %1 matches").arg(matches));
        test::printRow(QStringLiteral("Custos (1 thread) ÷ std::regex throughput"), QString::number(oneThread / rate, 'f', 1));
    }
    auto session = test::createWorkspace(tmp.filePath(QStringLiteral("ws")));
    if (!session || !ingest::ImportService(*session).run({QStringLiteral("slack"), corpus, {}, 2000, {}}))
        return 1;
    QElapsedTimer t;
    t.start();
    auto scan = policy::ScanService(*session).scan({});
    if (!scan)
        return 1;
    const double secs = static_cast<double>(t.nsecsElapsed()) / 1e9;
    test::printRow(QStringLiteral("scan of the workspace, all cores (read, classify, store flags and sentiment, audited)"),
                   test::perSecond(static_cast<double>(scan->scanned) / secs, QStringLiteral("posts/s")));
    return 0;
}
