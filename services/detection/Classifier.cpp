#include "detection/Classifier.h"

#include "core/Resources.h"
#include "detection/Sentiment.h"
#include "detection/Validators.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

namespace custos::detection {
namespace {

// Detectors: a pattern for candidates, a validator that keeps only real identifiers.
const QHash<QString, QString>& detectorPatterns()
{
    static const QHash<QString, QString> patterns = {
        {QStringLiteral("card"), QStringLiteral("\\d(?:[ -]?\\d){12,18}")},
        {QStringLiteral("iban"), QStringLiteral("[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}")},
        {QStringLiteral("ssn"), QStringLiteral("\\d{3}-\\d{2}-\\d{4}")},
    };
    return patterns;
}

bool validate(const QString& detector, const QString& candidate)
{
    if (detector == QLatin1String("card"))
        return validators::paymentCard(candidate);
    if (detector == QLatin1String("iban"))
        return validators::iban(candidate);
    if (detector == QLatin1String("ssn"))
        return validators::usSsn(candidate);
    return true;
}

Severity raise(Severity s)
{
    return s == Severity::Critical ? s : static_cast<Severity>(static_cast<int>(s) + 1);
}

QString slice(const QList<uint>& points, const Span& s)
{
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData() + s.start), s.end - s.start);
}

// The words of the normalised text before `byte`, nearest last.
QStringList wordsBefore(const QByteArray& utf8, qsizetype byte, int count)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}@']+"));
    const QString before = QString::fromUtf8(utf8.left(byte));
    QStringList words;
    for (auto it = word.globalMatch(before); it.hasNext();)
        words << it.next().captured();
    return words.mid(std::max<qsizetype>(0, words.size() - count));
}

bool secondPerson(const QStringList& before)
{
    static const QSet<QString> you = {QStringLiteral("you"), QStringLiteral("u"), QStringLiteral("ur"), QStringLiteral("your"),
                                      QStringLiteral("you're"), QStringLiteral("youre"), QStringLiteral("du"), QStringLiteral("dich"),
                                      QStringLiteral("dir"), QStringLiteral("tu"), QStringLiteral("t'es"), QStringLiteral("toi")};
    for (const QString& w : before) {
        if (you.contains(w) || w.startsWith(QLatin1Char('@')))
            return true;
    }
    // "@name is …", "Name is the most …": a person named right before "is/are"
    return before.size() >= 2 && (before.contains(QStringLiteral("is")) || before.contains(QStringLiteral("ist")) ||
                                  before.contains(QStringLiteral("est")));
}

bool selfDirected(const QStringList& before)
{
    const QString joined = before.join(QLatin1Char(' '));
    static const QStringList self = {QStringLiteral("i feel like an"), QStringLiteral("i feel like a"), QStringLiteral("i'm such an"),
                                     QStringLiteral("i'm such a"), QStringLiteral("i am such an"), QStringLiteral("i am such a"),
                                     QStringLiteral("i'm an"), QStringLiteral("i am an"), QStringLiteral("i'm a"), QStringLiteral("i am a"),
                                     QStringLiteral("what an idiot i"), QStringLiteral("ich bin so ein"), QStringLiteral("je suis")};
    for (const QString& s : self) {
        if (joined.endsWith(s))
            return true;
    }
    return false;
}

bool quotesPolicy(const QString& normalised)
{
    static const QStringList markers = {QStringLiteral("code of conduct"), QStringLiteral("our policy"), QStringLiteral("the policy"),
                                        QStringLiteral("such as calling"), QStringLiteral("is not tolerated"),
                                        QStringLiteral("are not tolerated"), QStringLiteral("verhaltenskodex"),
                                        QStringLiteral("code de conduite")};
    for (const QString& m : markers) {
        if (normalised.contains(m))
            return true;
    }
    return false;
}

} // namespace

QString severityKey(Severity s)
{
    switch (s) {
    case Severity::Low: return QStringLiteral("low");
    case Severity::Medium: return QStringLiteral("medium");
    case Severity::High: return QStringLiteral("high");
    case Severity::Critical: return QStringLiteral("critical");
    }
    return {};
}

QJsonObject Flag::toJson() const
{
    QJsonArray spanArray;
    for (const Span& s : spans)
        spanArray.append(QJsonArray{s.start, s.end});
    return QJsonObject{{QStringLiteral("rule"), rule},
                       {QStringLiteral("category"), category},
                       {QStringLiteral("severity"), severityKey(severity)},
                       {QStringLiteral("score"), std::round(score * 1000.0) / 1000.0},
                       {QStringLiteral("spans"), spanArray}};
}

Result<Policy> Policy::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Status(ErrorCode::BadInput, Classifier::tr("The policy %1 is not valid JSON at byte %2: %3.")
                                                 .arg(source)
                                                 .arg(error.offset)
                                                 .arg(error.errorString()));
    const QJsonObject o = doc.object();
    Policy p;
    p.name = o.value(QStringLiteral("name")).toString();
    p.version = o.value(QStringLiteral("version")).toInt(1);
    for (const QJsonValue& w : o.value(QStringLiteral("watch")).toArray())
        p.watch << w.toString();
    static const QStringList categories = {QStringLiteral("harassment"), QStringLiteral("threat"), QStringLiteral("hate"),
                                           QStringLiteral("sexual"), QStringLiteral("profanity"), QStringLiteral("pii"),
                                           QStringLiteral("secret"), QStringLiteral("confidential"), QStringLiteral("reputation")};
    for (const QJsonValue& v : o.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject r = v.toObject();
        Rule rule;
        rule.id = r.value(QStringLiteral("id")).toString();
        rule.category = r.value(QStringLiteral("category")).toString();
        const QString severity = r.value(QStringLiteral("severity")).toString(QStringLiteral("medium"));
        rule.severity = severity == QLatin1String("low") ? Severity::Low
                        : severity == QLatin1String("high") ? Severity::High
                        : severity == QLatin1String("critical") ? Severity::Critical
                                                                 : Severity::Medium;
        rule.weight = std::clamp(r.value(QStringLiteral("weight")).toDouble(0.5), 0.0, 1.0);
        rule.targeted = r.value(QStringLiteral("targeted")).toBool();
        for (const QJsonValue& k : r.value(QStringLiteral("keywords")).toArray())
            rule.keywords << k.toString();
        rule.regex = r.value(QStringLiteral("regex")).toString();
        rule.caseSensitive = r.value(QStringLiteral("case_sensitive")).toBool();
        rule.detector = r.value(QStringLiteral("detector")).toString();
        if (rule.id.isEmpty() || !categories.contains(rule.category))
            return Status(ErrorCode::BadInput, Classifier::tr("Rule %1 of the policy %2 has no id or an unknown category %3.")
                                                     .arg(rule.id, source, rule.category));
        if (!rule.detector.isEmpty() && !detectorPatterns().contains(rule.detector))
            return Status(ErrorCode::BadInput, Classifier::tr("Rule %1 names an unknown detector %2.").arg(rule.id, rule.detector));
        p.rules << rule;
    }
    return p;
}

Result<Policy> Policy::builtIn()
{
    initResources();
    QFile file(QStringLiteral(":/custos/policies/default.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Status(ErrorCode::Internal, Classifier::tr("The built-in policy is missing from this build."));
    return fromJson(file.readAll(), QStringLiteral("default.json"));
}

Result<std::shared_ptr<Classifier>> Classifier::build(const Policy& policy, const QStringList& extraWatch)
{
    std::shared_ptr<Classifier> c(new Classifier);
    c->m_policy = policy;
    c->m_watch = policy.watch + extraWatch;
    c->m_watch.removeAll(QString());
    QList<Pattern> normalised, original, watched;
    for (int r = 0; r < policy.rules.size(); ++r) {
        const Rule& rule = policy.rules.at(r);
        for (int k = 0; k < rule.keywords.size(); ++k) {
            const QString folded = NormalizedText::fromText(rule.keywords.at(k)).text();
            normalised << Pattern{static_cast<unsigned>(r * 1000 + k), PatternSet::keywordExpression(folded), true, rule.id, false};
        }
        if (!rule.regex.isEmpty())
            original << Pattern{static_cast<unsigned>(r), rule.regex, !rule.caseSensitive, rule.id, false};
        if (!rule.detector.isEmpty())
            original << Pattern{static_cast<unsigned>(r), detectorPatterns().value(rule.detector), false, rule.id, false};
    }
    for (int w = 0; w < c->m_watch.size(); ++w)
        watched << Pattern{static_cast<unsigned>(w), PatternSet::keywordExpression(NormalizedText::fromText(c->m_watch.at(w)).text()),
                           true, c->m_watch.at(w), false};
    // A policy that does not compile is bad input, whoever wrote it.
    auto a = PatternSet::compile(normalised);
    if (!a)
        return Status(ErrorCode::BadInput, a.status().message());
    auto b = PatternSet::compile(original);
    if (!b)
        return Status(ErrorCode::BadInput, b.status().message());
    auto w = PatternSet::compile(watched);
    if (!w)
        return w.status();
    c->m_normalised = *a;
    c->m_original = *b;
    c->m_watched = *w;
    return c;
}

Classifier::Analysis Classifier::analyze(const QString& text) const
{
    const NormalizedText normal = NormalizedText::fromText(text);
    const Utf8Text raw(text);
    const QList<uint> points = text.toUcs4();
    QMap<int, Flag> byRule; // ordered by rule index: deterministic output
    auto add = [&](int r, const Span& span, bool targeted) {
        const Rule& rule = m_policy.rules.at(r);
        auto it = byRule.find(r);
        if (it == byRule.end())
            it = byRule.insert(r, Flag{rule.id, rule.category, rule.severity, rule.weight, {}});
        if (!it->spans.contains(span))
            it->spans.append(span);
        if (targeted && it->score == rule.weight) {
            it->severity = raise(rule.severity);
            it->score = std::min(1.0, rule.weight + 0.2);
        }
    };
    const bool quoted = quotesPolicy(normal.text());
    for (const Match& m : m_normalised->scan(normal.utf8())) {
        const int r = static_cast<int>(m.id / 1000);
        const Rule& rule = m_policy.rules.at(r);
        const QStringList before = wordsBefore(normal.utf8(), m.from, 5);
        if ((rule.category == QLatin1String("harassment") || rule.category == QLatin1String("hate")) &&
            (quoted || selfDirected(before)))
            continue;
        add(r, normal.originalSpan(m.from, m.to), rule.targeted && secondPerson(before));
    }
    for (const Match& m : m_original->scan(raw.utf8())) {
        const int r = static_cast<int>(m.id);
        const Rule& rule = m_policy.rules.at(r);
        const Span span = raw.span(m.from, m.to);
        if (!rule.detector.isEmpty() && !validate(rule.detector, slice(points, span)))
            continue;
        add(r, span, false);
    }
    QList<Flag> flags;
    for (Flag& f : byRule) {
        // Hyperscan reports every end of a match: keep the longest span among overlapping ones.
        std::sort(f.spans.begin(), f.spans.end(), [](const Span& a, const Span& b) {
            return a.start != b.start ? a.start < b.start : a.end > b.end;
        });
        QList<Span> merged;
        for (const Span& s : f.spans) {
            if (!merged.isEmpty() && s.start < merged.last().end)
                merged.last().end = std::max(merged.last().end, s.end);
            else
                merged.append(s);
        }
        f.spans = merged;
        flags.append(f);
    }
    const double mood = Sentiment::score(text, normal.text());
    // Reputation: a watched name in a negative post.
    if (!m_watch.isEmpty()) {
        const QList<Match> names = m_watched->scan(normal.utf8());
        if (!names.isEmpty() && mood <= -0.3) {
            Flag f{QStringLiteral("watched-entity-negative"), QStringLiteral("reputation"),
                   mood <= -0.6 ? Severity::High : Severity::Medium, std::min(1.0, -mood), {}};
            for (const Match& m : names) {
                const Span s = normal.originalSpan(m.from, m.to);
                if (!f.spans.contains(s))
                    f.spans.append(s);
            }
            flags.append(f);
        }
    }
    return {flags, mood};
}

} // namespace custos::detection
