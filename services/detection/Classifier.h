// A policy's rules compiled into Hyperscan pattern sets, and classification of one text:
// keywords on the normalised text, regular expressions and validated detectors on the
// text as written, second-person targeting, self-deprecation and quoted-policy checks,
// and entity-sentiment rules for watched names. Deterministic: the same text and policy
// give the same flags.
#pragma once

#include "core/Status.h"
#include "domain/Flags.h"
#include "detection/PatternSet.h"
#include "detection/TextNormalizer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace custos::detection {

using domain::Severity;

// Proximity: a rule's match counts only when one of these terms (keywords on the
// normalised text, or a regular expression on the text as written) is at most `within`
// words away, before or after ("confidential" within 12 words of "$4.2M").
struct Proximity
{
    QStringList keywords;
    QString regex;
    int within = 10;
    bool active() const { return !keywords.isEmpty() || !regex.isEmpty(); }
};

struct Rule
{
    QString id;
    domain::Category category = domain::Category::Harassment;
    QString description;
    QString risk; // which of the six risks it manages: record keeping, data breaches, privacy,
                  // harassment and bullying, litigation, reputation
    Severity severity = Severity::Medium;
    double weight = 0.5;        // score of a match; a keyword may carry its own weight
    bool targeted = false;      // second-person targeting raises severity
    bool requiresTarget = false; // counts only when aimed at someone ("you are …", "she is …")
    QStringList keywords;       // matched on the normalised text
    QList<double> keywordWeights; // one per keyword (a weighted lexicon category)
    QString regex;              // matched on the text as written
    bool caseSensitive = false;
    QString detector;           // a built-in detector: a pattern with a validator
    Proximity near;
    // Entity-sentiment rule: a named company, product or person in a post whose
    // sentiment is at most maxSentiment. An empty list means the policy's watch list.
    bool entityRule = false;
    QStringList entities;
    double maxSentiment = -0.3;
};

struct Policy
{
    QString name;
    int version = 1;
    QList<Rule> rules;
    QStringList watch; // company, product and executive names for reputation rules

    static Result<Policy> fromJson(const QByteArray& json, const QString& source);
    static Result<Policy> builtIn(); // resources/policies/default.json
    static QStringList detectors();  // names of the built-in detectors
};

struct Flag
{
    QString rule;
    domain::Category category;
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
    // Every expression the policy compiled to (keywords, near terms, entity names,
    // regular expressions, detector patterns), for comparisons with other engines.
    const QList<Pattern>& expressions() const { return m_expressions; }
    double sentiment(const QString& text) const { return analyze(text).sentiment; }

private:
    Classifier() = default;
    enum class Role { Match, Near, Entity };
    struct PatternRole
    {
        int rule;
        Role role;
        double weight;
    };
    Policy m_policy;
    std::vector<PatternRole> m_roles;          // by pattern id, across both sets
    QList<Pattern> m_expressions;
    std::shared_ptr<PatternSet> m_normalised;  // keywords, near keywords, entity names
    std::shared_ptr<PatternSet> m_original;    // regular expressions, detectors, near expressions
};

} // namespace custos::detection
