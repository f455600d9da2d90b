// Measures the detection engine (built-in policy) on data nobody tuned it to:
// the offensive-language dev split and the two sentiment ground-truth files in
// ../shared/data/third_party (read in place), and the planted ground truth of a demo
// corpus. Prints a Markdown table for docs/benchmarks.md.
// Run: build/tests/eval_detection
#include "DetectionEval.h"
#include "TestSupport.h"
#include "detection/Classifier.h"
#include "detection/Sentiment.h"
#include "ingest/CsvReader.h"
#include "demo/DemoCorpus.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace custos;
using namespace custos::demo;

namespace {

const QSet<QString> kAbuse = {QStringLiteral("harassment"), QStringLiteral("threat"), QStringLiteral("hate"),
                              QStringLiteral("sexual"), QStringLiteral("profanity")};

QSet<QString> categoriesOf(const detection::Classifier& c, const QString& text)
{
    QSet<QString> out;
    for (const detection::Flag& f : c.classify(text))
        out.insert(domain::key(f.category));
    return out;
}

double pearson(const QList<double>& x, const QList<double>& y)
{
    const double n = static_cast<double>(x.size());
    double mx = 0, my = 0;
    for (qsizetype i = 0; i < x.size(); ++i) {
        mx += x.at(i);
        my += y.at(i);
    }
    mx /= n;
    my /= n;
    double sxy = 0, sxx = 0, syy = 0;
    for (qsizetype i = 0; i < x.size(); ++i) {
        sxy += (x.at(i) - mx) * (y.at(i) - my);
        sxx += (x.at(i) - mx) * (x.at(i) - mx);
        syy += (y.at(i) - my) * (y.at(i) - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    auto classifier = detection::Classifier::build(*detection::Policy::builtIn(), test::evalWatchList());
    if (!classifier)
        return 1;
    std::printf("| measurement | result |\n|---|---|\n");
    {
        // The project's labelled evaluation set (tests/data/detection/eval.jsonl).
        const test::EvalReport r = test::evaluate(**classifier);
        for (auto it = r.byCategory.cbegin(); it != r.byCategory.cend(); ++it)
            test::printRow(QStringLiteral("evaluation set (%1 items): %2 precision / recall").arg(r.items).arg(it.key()),
                           QStringLiteral("%1 / %2 (tp %3, fp %4, fn %5)")
                               .arg(it->precision(), 0, 'f', 3)
                               .arg(it->recall(), 0, 'f', 3)
                               .arg(it->tp)
                               .arg(it->fp)
                               .arg(it->fn));
        test::printRow(QStringLiteral("evaluation set: harassment, threat, hate and sexual pooled, F1"),
                       QStringLiteral("%1 (precision %2, recall %3)")
                           .arg(r.abuse.f1(), 0, 'f', 3)
                           .arg(r.abuse.precision(), 0, 'f', 3)
                           .arg(r.abuse.recall(), 0, 'f', 3));
        test::printRow(QStringLiteral("evaluation set: hard negatives flagged"),
                       QStringLiteral("%1 / %2 (%3 %)").arg(r.hardNegativesFlagged).arg(r.hardNegatives).arg(100.0 * r.hardNegativeRate(), 0, 'f', 1));
        test::printRow(QStringLiteral("evaluation set: ordinary messages flagged"),
                       QStringLiteral("%1 / %2").arg(r.ordinaryFlagged).arg(r.ordinary));
        if (qEnvironmentVariableIsSet("CUSTOS_EVAL_MISTAKES")) {
            for (const QString& m : r.mistakes)
                std::fprintf(stderr, "%s\n", qPrintable(m));
        }
    }
    const QString shared = test::sharedDataDir();
    if (!shared.isEmpty()) {
        // Davidson et al., offensive-language dev split: classes 0 (hate) and 1 (offensive) are abuse.
        QFile csv(shared + QStringLiteral("/third_party/offensive-language-dev.csv"));
        if (csv.open(QIODevice::ReadOnly)) {
            QStringList fields;
            qint64 line = 0;
            QString error;
            ingest::readCsvRecord(csv, fields, line, error); // header
            int tp = 0, fp = 0, fn = 0, tn = 0;
            while (ingest::readCsvRecord(csv, fields, line, error)) {
                if (fields.size() < 7)
                    continue;
                const bool truth = fields.at(5).trimmed() != QLatin1String("2");
                const bool predicted = categoriesOf(**classifier, fields.at(6)).intersects(kAbuse);
                tp += truth && predicted;
                fp += !truth && predicted;
                fn += truth && !predicted;
                tn += !truth && !predicted;
            }
            const double precision = tp / std::max(1.0, static_cast<double>(tp + fp));
            const double recall = tp / std::max(1.0, static_cast<double>(tp + fn));
            test::printRow(QStringLiteral("offensive-language dev split (%1 tweets): any abuse category, F1").arg(tp + fp + fn + tn),
                           QStringLiteral("%1 (precision %2, recall %3)")
                               .arg(2 * precision * recall / std::max(1e-9, precision + recall), 0, 'f', 3)
                               .arg(precision, 0, 'f', 3)
                               .arg(recall, 0, 'f', 3));
        }
        for (const QString& name : {QStringLiteral("sentiment-tweets-groundtruth.tsv"),
                                    QStringLiteral("sentiment-product-reviews-groundtruth.tsv")}) {
            QFile tsv(shared + QStringLiteral("/third_party/") + name);
            if (!tsv.open(QIODevice::ReadOnly))
                continue;
            QList<double> ours, human;
            while (!tsv.atEnd()) {
                const QList<QByteArray> parts = tsv.readLine().trimmed().split('\t');
                if (parts.size() < 3)
                    continue;
                bool ok = false;
                const double mean = parts.at(1).toDouble(&ok);
                if (!ok)
                    continue;
                human << mean;
                ours << detection::Sentiment::score(QString::fromUtf8(parts.mid(2).join('\t')));
            }
            test::printRow(QStringLiteral("sentiment Pearson r, %1 (%2 texts)").arg(name).arg(ours.size()),
                           QString::number(pearson(ours, human), 'f', 3));
        }
    } else {
        test::printRow(QStringLiteral("third-party data"), QStringLiteral("skipped: ../shared/data is absent"));
    }

    // The planted ground truth of a demo corpus.
    QTemporaryDir tmp;
    const QString corpus = tmp.filePath(QStringLiteral("corpus"));
    if (!demo::DemoCorpus::write(corpus, 50000, 11))
        return 1;
    QHash<QString, QPair<int, int>> recall; // category -> (found, planted)
    int hardNegatives = 0, hardNegativeFlags = 0;
    QSet<QString> plantedKeys;
    QFile labels(corpus + QStringLiteral("/labels.jsonl"));
    if (!labels.open(QIODevice::ReadOnly))
        return 1;
    while (!labels.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(labels.readLine()).object();
        const QString category = o.value(QStringLiteral("category")).toString();
        const QSet<QString> got = categoriesOf(**classifier, o.value(QStringLiteral("text")).toString());
        plantedKeys.insert(o.value(QStringLiteral("ts")).toString());
        if (category == QLatin1String("hard_negative")) {
            ++hardNegatives;
            hardNegativeFlags += got.isEmpty() ? 0 : 1;
        } else {
            auto& r = recall[category];
            ++r.second;
            r.first += got.contains(category) ? 1 : 0;
        }
    }
    int ordinary = 0, ordinaryFlagged = 0;
    test::forEachExportMessage(corpus, [&](const QString&, const QJsonObject& m) {
        if (plantedKeys.contains(m.value(QStringLiteral("ts")).toString()))
            return;
        ++ordinary;
        ordinaryFlagged += categoriesOf(**classifier, m.value(QStringLiteral("text")).toString()).isEmpty() ? 0 : 1;
    });
    QStringList cats = recall.keys();
    cats.sort();
    for (const QString& c : cats)
        test::printRow(QStringLiteral("demo corpus: recall of planted %1").arg(c),
                       QStringLiteral("%1 / %2").arg(recall.value(c).first).arg(recall.value(c).second));
    test::printRow(QStringLiteral("demo corpus: hard negatives flagged"),
                   QStringLiteral("%1 / %2").arg(hardNegativeFlags).arg(hardNegatives));
    test::printRow(QStringLiteral("demo corpus: ordinary posts flagged"), QStringLiteral("%1 / %2").arg(ordinaryFlagged).arg(ordinary));
    return 0;
}
