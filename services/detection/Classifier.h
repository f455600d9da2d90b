// A policy's rules compiled into Hyperscan pattern sets, and classification of one text:
// keywords on the normalised text, regular expressions and validated detectors on the
// text as written, second-person targeting, self-deprecation and quoted-policy checks,
// and entity-sentiment rules for watched names. Deterministic: the same text and policy
// give the same flags.
#pragma once

#include "core/Status.h"
#include "detection/PatternSet.h"
#include "detection/TextNormalizer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace custos::detection {

enum class Severity { Low, Medium, High, Critical };
QString severityKey(Severity s);

struct Rule
{
    QString id;
    QString category; // harassment, threat, hate, sexual, profanity, pii, secret, confidential, reputation
    Severity severity = Severity::Medium;
    double weight = 0.5;
    bool targeted = false;      // second-person targeting raises severity
    QStringList keywords;       // matched on the normalised text
    QString regex;              // matched on the text as written
    bool caseSensitive = false;
    QString detector;           // card, iban, ssn: a regex with a validator
};

struct Policy
{
    QString name;
    int version = 1;
    QList<Rule> rules;
    QStringList watch; // company, product and executive names for reputation rules

    static Result<Policy> fromJson(const QByteArray& json, const QString& source);
    static Result<Policy> builtIn(); // resources/policies/default.json
};

struct Flag
{
    QString rule;
    QString category;
    Severity severity;
    double score;
    QList<Span> spans;
    QJsonObject toJson() const;
};

class Classifier final
{
    Q_DECLARE_TR_FUNCTIONS(Classifier)
public:
    static Result<std::shared_ptr<Classifier>> build(const Policy& policy, const QStringList& extraWatch = {});
    struct Analysis
    {
        QList<Flag> flags;
        double sentiment = 0;
    };
    // Flags and sentiment from one normalisation of the text.
    Analysis analyze(const QString& text) const;
    QList<Flag> classify(const QString& text) const { return analyze(text).flags; }
    double sentiment(const QString& text) const { return analyze(text).sentiment; }

private:
    Classifier() = default;
    Policy m_policy;
    QStringList m_watch;
    std::shared_ptr<PatternSet> m_normalised; // ids: rule index * 1000 + keyword index
    std::shared_ptr<PatternSet> m_original;   // ids: rule index
    std::shared_ptr<PatternSet> m_watched;    // ids: watch index
};

} // namespace custos::detection
