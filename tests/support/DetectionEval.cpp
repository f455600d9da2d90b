#include "DetectionEval.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace custos::test {

QStringList evalWatchList()
{
    return {QStringLiteral("Northwind"), QStringLiteral("Orbit"), QStringLiteral("Maria Lindqvist")};
}

QString evalSetPath()
{
    return QStringLiteral(CUSTOS_TEST_DATA_DIR "/detection/eval.jsonl");
}

EvalReport evaluate(const detection::Classifier& classifier, const QString& path)
{
    static const QStringList categories = {QStringLiteral("harassment"), QStringLiteral("threat"), QStringLiteral("hate"),
                                           QStringLiteral("sexual"), QStringLiteral("profanity"), QStringLiteral("pii"),
                                           QStringLiteral("secret"), QStringLiteral("confidential"), QStringLiteral("reputation")};
    static const QSet<QString> abuse = {QStringLiteral("harassment"), QStringLiteral("threat"), QStringLiteral("hate"),
                                        QStringLiteral("sexual")};
    EvalReport report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return report;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject item = QJsonDocument::fromJson(line).object();
        const QString text = item.value(QStringLiteral("text")).toString();
        const QString kind = item.value(QStringLiteral("kind")).toString();
        QSet<QString> expected, got;
        for (const QJsonValue& l : item.value(QStringLiteral("labels")).toArray())
            expected.insert(l.toString());
        for (const detection::Flag& f : classifier.classify(text))
            got.insert(domain::key(f.category));
        ++report.items;
        for (const QString& c : categories) {
            CategoryScore& s = report.byCategory[c];
            const bool e = expected.contains(c), g = got.contains(c);
            CategoryScore* pooled = abuse.contains(c) ? &report.abuse : nullptr;
            if (e && g) {
                ++s.tp;
                if (pooled)
                    ++pooled->tp;
            } else if (g) {
                ++s.fp;
                if (pooled)
                    ++pooled->fp;
            } else if (e) {
                ++s.fn;
                if (pooled)
                    ++pooled->fn;
            }
        }
        if (kind == QLatin1String("hard-negative")) {
            ++report.hardNegatives;
            report.hardNegativesFlagged += got.isEmpty() ? 0 : 1;
        } else if (kind == QLatin1String("ordinary")) {
            ++report.ordinary;
            report.ordinaryFlagged += got.isEmpty() ? 0 : 1;
        }
        if (expected != got) {
            QStringList e(expected.cbegin(), expected.cend()), g(got.cbegin(), got.cend());
            e.sort();
            g.sort();
            report.mistakes << QStringLiteral("%1: expected [%2] got [%3]: %4")
                                   .arg(item.value(QStringLiteral("id")).toString(), e.join(QLatin1Char(',')),
                                        g.join(QLatin1Char(',')), text);
        }
    }
    return report;
}

} // namespace custos::test
