// Scores a classifier against the project's labelled evaluation set
// (tests/data/detection/eval.jsonl: workplace chat with the categories a reviewer
// would expect, hard negatives and obfuscated positives): per-category precision and
// recall, the combined F1 of harassment, threat, hate and sexual, and the false-positive
// rate on hard negatives.
#pragma once

#include "detection/Classifier.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace custos::test {

struct CategoryScore
{
    int tp = 0, fp = 0, fn = 0;
    double precision() const { return tp + fp == 0 ? 1.0 : double(tp) / (tp + fp); }
    double recall() const { return tp + fn == 0 ? 1.0 : double(tp) / (tp + fn); }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
};

struct EvalReport
{
    int items = 0;
    QMap<QString, CategoryScore> byCategory;
    CategoryScore abuse; // harassment, threat, hate and sexual pooled (micro average)
    int hardNegatives = 0, hardNegativesFlagged = 0;
    int ordinary = 0, ordinaryFlagged = 0;
    QStringList mistakes; // "id: expected [..] got [..]: text"
    double hardNegativeRate() const { return hardNegatives ? double(hardNegativesFlagged) / hardNegatives : 0.0; }
};

// The watched names the set's reputation items are about.
QStringList evalWatchList();
QString evalSetPath();
EvalReport evaluate(const detection::Classifier& classifier, const QString& path = evalSetPath());

} // namespace custos::test
