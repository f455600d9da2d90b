#include "detection/Classifier.h"

#include "core/Resources.h"
#include "detection/Sentiment.h"
#include "detection/Validators.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QRegularExpression>

namespace custos::detection {
namespace {

// Built-in detectors: a pattern for candidates on the text as written, and a validator
// that keeps only real identifiers (checksums, layouts, decodings).
struct Detector
{
    const char* pattern;
    bool caseless;
    bool (*valid)(QStringView);
};

bool anything(QStringView)
{
    return true;
}

const QHash<QString, Detector>& detectorTable()
{
    static const QHash<QString, Detector> table = {
        {QStringLiteral("card"), {"\\b\\d(?:[ -]?\\d){12,18}\\b|\\b\\d{4}(?:\\.\\d{4}){3}\\b", false, validators::paymentCard}},
        {QStringLiteral("iban"), {"\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}\\b|\\b[a-z]{2}\\d{2}[a-z0-9]{11,30}\\b", false, validators::iban}},
        {QStringLiteral("ssn"), {"\\b\\d{3}-\\d{2}-\\d{4}\\b", false, validators::usSsn}},
        {QStringLiteral("de-tax-id"), {"\\b[1-9]\\d(?: ?\\d){9}\\b", false, validators::germanTaxId}},
        {QStringLiteral("fr-nir"), {"\\b[1-478] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2[AB]) ?\\d{3} ?\\d{3} ?\\d{2}\\b", false, validators::frenchNir}},
        {QStringLiteral("es-id"), {"\\b[XYZ0-9]\\d{7}-?[A-Z]\\b", false, validators::spanishId}},
        {QStringLiteral("it-fiscal-code"),
         {"\\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\\b", false, validators::italianFiscalCode}},
        {QStringLiteral("nl-bsn"), {"\\b(?:\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3})\\b", false, validators::dutchBsn}},
        {QStringLiteral("email"), {"\\b[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+\\b", false, validators::email}},
        {QStringLiteral("personal-email"),
         {"\\b[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+\\b", false, validators::personalEmail}},
        {QStringLiteral("phone-international"), {"\\+[1-9](?:[ ./()-]{0,2}\\d){7,14}\\b", false, validators::internationalPhone}},
        {QStringLiteral("phone-national"), {"(?:\\(0\\d{1,4}\\)|\\b0\\d{1,4})(?:[ ./-]{0,2}\\d){6,13}\\b", false, validators::nationalPhone}},
        {QStringLiteral("birth-date"),
         {"\\b(?:\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}|\\d{1,2}(?:st|nd|rd|th|er)?\\.? (?:of )?"
          "[A-Za-z\\x{C0}-\\x{FF}]{3,9}\\.? (?:19|20)\\d{2}|[A-Za-z\\x{C0}-\\x{FF}]{3,9}\\.? \\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\\d{2})\\b",
          true, validators::birthDate}},
        {QStringLiteral("street-address"),
         {"\\b\\d{1,5}[A-Za-z]?,? (?:[A-Z][a-z]+ ){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|"
          "Place|Pl|Close|Crescent|Terrace|Gardens)\\b|\\b[A-Z\\x{C4}\\x{D6}\\x{DC}][a-z\\x{E4}\\x{F6}\\x{FC}\\x{DF}]+"
          "(?:stra(?:ss|\\x{DF})e|str\\.|weg|allee|platz|gasse|ring|damm) ?\\d{1,4}[a-z]?\\b|"
          "\\b\\d{1,4}[a-z]?,? [A-Z\\x{C4}\\x{D6}\\x{DC}][a-z\\x{E4}\\x{F6}\\x{FC}\\x{DF}]+(?:stra(?:ss|\\x{DF})e|weg|allee|platz|gasse|ring|damm)|\\b\\d{1,4}(?: ?bis| ?ter)?,? "
          "(?:rue|avenue|boulevard|bd|place|chemin|all\\x{E9}e|impasse|quai|route) (?:de la |du |des |de l'|d')?"
          "[A-Z\\x{C0}-\\x{DD}][A-Za-z\\x{C0}-\\x{FF}'-]+",
          false, anything}},
        {QStringLiteral("jwt"), {"\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,}", false, validators::jwt}},
        {QStringLiteral("password"),
         {"\\b(?:password|passwort|passwd|pwd|pw|mot de passe|kennwort)\\s*(?:[:=]|is:?|ist:?|est:?|lautet:?)\\s*\\S{4,}", true,
          validators::passwordAssignment}},
        {QStringLiteral("connection-string"),
         {"\\b[a-z][a-z0-9+.-]{1,20}://[^\\s:/@]+:[^\\s@/]+@[^\\s/]+", true, validators::connectionString}},
        {QStringLiteral("aws-access-key"), {"\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b", false, validators::accessKeyId}},
    };
    return table;
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

// Aimed at someone: "you are …", "@name …", "Name is …", "she's …", "er ist …".
bool targeted(const QStringList& before)
{
    static const QSet<QString> person = {QStringLiteral("you"), QStringLiteral("u"), QStringLiteral("ur"), QStringLiteral("your"),
                                         QStringLiteral("you're"), QStringLiteral("youre"), QStringLiteral("du"), QStringLiteral("dich"),
                                         QStringLiteral("dir"), QStringLiteral("tu"), QStringLiteral("t'es"), QStringLiteral("toi"),
                                         QStringLiteral("he's"), QStringLiteral("she's"), QStringLiteral("hes"), QStringLiteral("shes"),
                                         QStringLiteral("they're"), QStringLiteral("il"), QStringLiteral("elle")};
    for (const QString& w : before) {
        if (person.contains(w) || w.startsWith(QLatin1Char('@')))
            return true;
    }
    // "Anna is …", "he is …": someone named or referred to right before "is/are"
    return before.size() >= 2 && (before.contains(QStringLiteral("is")) || before.contains(QStringLiteral("ist")) ||
                                  before.contains(QStringLiteral("est")) || before.contains(QStringLiteral("are")));
}

// "I feel like an idiot", "what an idiot I am": said of oneself.
bool selfDirected(const QStringList& before, const QByteArray& utf8, qsizetype matchEnd)
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
    const QByteArray after = utf8.mid(matchEnd, 8).trimmed();
    return after.startsWith("i am") || after.startsWith("i'm") || after.startsWith("me!") || after == "me";
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


QJsonObject Flag::toJson() const
{
    QJsonArray spanArray;
    for (const Span& s : spans)
        spanArray.append(QJsonArray{s.start, s.end});
    return QJsonObject{{QStringLiteral("rule"), rule},
                       {QStringLiteral("category"), domain::key(category)},
                       {QStringLiteral("severity"), domain::key(severity)},
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
    QSet<QString> ids;
    for (const QJsonValue& v : o.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject r = v.toObject();
        Rule rule;
        rule.id = r.value(QStringLiteral("id")).toString();
        const QString category = r.value(QStringLiteral("category")).toString();
        rule.description = r.value(QStringLiteral("description")).toString();
        rule.risk = r.value(QStringLiteral("risk")).toString();
        const QString severity = r.value(QStringLiteral("severity")).toString();
        rule.severity = domain::fromKey<Severity>(severity).value_or(Severity::Medium);
        rule.weight = std::clamp(r.value(QStringLiteral("weight")).toDouble(0.5), 0.0, 1.0);
        rule.targeted = r.value(QStringLiteral("targeted")).toBool();
        rule.requiresTarget = r.value(QStringLiteral("requires_target")).toBool();
        const std::optional<domain::Category> known = domain::fromKey<domain::Category>(category);
        if (rule.id.isEmpty() || !known)
            return Status(ErrorCode::BadInput, Classifier::tr("Rule %1 of the policy %2 has no id or an unknown category %3.")
                                                     .arg(rule.id, source, category));
        rule.category = *known;
        if (ids.contains(rule.id))
            return Status(ErrorCode::BadInput, Classifier::tr("The policy %1 has two rules named %2.").arg(source, rule.id));
        ids.insert(rule.id);
        // Keywords: plain strings, or {"term": ..., "weight": ...} for a weighted lexicon.
        for (const QJsonValue& k : r.value(QStringLiteral("keywords")).toArray()) {
            const QString term = k.isObject() ? k.toObject().value(QStringLiteral("term")).toString() : k.toString();
            if (term.trimmed().isEmpty())
                return Status(ErrorCode::BadInput, Classifier::tr("Rule %1 has an empty keyword.").arg(rule.id));
            rule.keywords << term;
            rule.keywordWeights << (k.isObject() ? std::clamp(k.toObject().value(QStringLiteral("weight")).toDouble(rule.weight), 0.0, 1.0)
                                                 : rule.weight);
        }
        rule.regex = r.value(QStringLiteral("regex")).toString();
        rule.caseSensitive = r.value(QStringLiteral("case_sensitive")).toBool();
        rule.detector = r.value(QStringLiteral("detector")).toString();
        if (!rule.detector.isEmpty() && !detectorTable().contains(rule.detector))
            return Status(ErrorCode::BadInput, Classifier::tr("Rule %1 names an unknown detector %2.").arg(rule.id, rule.detector));
        const QJsonObject near = r.value(QStringLiteral("near")).toObject();
        for (const QJsonValue& k : near.value(QStringLiteral("keywords")).toArray())
            rule.near.keywords << k.toString();
        rule.near.keywords.removeAll(QString());
        rule.near.regex = near.value(QStringLiteral("regex")).toString();
        rule.near.within = near.value(QStringLiteral("within")).toInt(10);
        if (r.contains(QStringLiteral("near")) && (!rule.near.active() || rule.near.within < 0))
            return Status(ErrorCode::BadInput,
                          Classifier::tr("Rule %1 has a proximity condition without terms or with a negative distance.").arg(rule.id));
        rule.entityRule = r.contains(QStringLiteral("entities"));
        for (const QJsonValue& e : r.value(QStringLiteral("entities")).toArray())
            rule.entities << e.toString();
        rule.entities.removeAll(QString());
        rule.maxSentiment = std::clamp(r.value(QStringLiteral("max_sentiment")).toDouble(-0.3), -1.0, 1.0);
        const int kinds = (r.contains(QStringLiteral("keywords")) ? 1 : 0) + (rule.regex.isEmpty() ? 0 : 1) +
                          (rule.detector.isEmpty() ? 0 : 1) + (rule.entityRule ? 1 : 0);
        if (kinds != 1)
            return Status(ErrorCode::BadInput,
                          Classifier::tr("Rule %1 must have exactly one of keywords, regex, detector or entities.").arg(rule.id));
        p.rules << rule;
    }
    return p;
}

QStringList Policy::detectors()
{
    QStringList names = detectorTable().keys();
    names.sort();
    return names;
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
    QStringList watch = policy.watch + extraWatch;
    watch.removeAll(QString());
    // Watched names feed the entity rules without names of their own; a policy without
    // one gets the standard rule.
    const bool hasWatchRule = std::any_of(policy.rules.cbegin(), policy.rules.cend(),
                                          [](const Rule& r) { return r.entityRule && r.entities.isEmpty(); });
    if (!watch.isEmpty() && !hasWatchRule) {
        Rule r;
        r.id = QStringLiteral("watched-entity-negative");
        r.category = domain::Category::Reputation;
        r.entityRule = true;
        c->m_policy.rules << r;
    }
    QList<Pattern> normalised, original;
    auto role = [&c](int rule, Role kind, double weight) {
        c->m_roles.push_back({rule, kind, weight});
        return static_cast<unsigned>(c->m_roles.size() - 1);
    };
    auto keyword = [](const QString& k) { return PatternSet::keywordExpression(NormalizedText::fromText(k).text()); };
    for (int r = 0; r < c->m_policy.rules.size(); ++r) {
        const Rule& rule = c->m_policy.rules.at(r);
        for (int k = 0; k < rule.keywords.size(); ++k)
            normalised << Pattern{role(r, Role::Match, rule.keywordWeights.value(k, rule.weight)), keyword(rule.keywords.at(k)), true,
                                  rule.id, false};
        if (!rule.regex.isEmpty())
            original << Pattern{role(r, Role::Match, rule.weight), rule.regex, !rule.caseSensitive, rule.id, false};
        if (!rule.detector.isEmpty()) {
            const Detector& d = detectorTable().value(rule.detector);
            original << Pattern{role(r, Role::Match, rule.weight), QString::fromLatin1(d.pattern), d.caseless, rule.id, false};
        }
        for (const QString& k : rule.near.keywords)
            normalised << Pattern{role(r, Role::Near, 0), keyword(k), true, rule.id, false};
        if (!rule.near.regex.isEmpty())
            original << Pattern{role(r, Role::Near, 0), rule.near.regex, !rule.caseSensitive, rule.id, false};
        if (rule.entityRule) {
            for (const QString& name : rule.entities.isEmpty() ? watch : rule.entities)
                normalised << Pattern{role(r, Role::Entity, 0), keyword(name), true, rule.id, false};
        }
    }
    // A policy that does not compile is bad input, whoever wrote it.
    auto a = PatternSet::compile(normalised);
    if (!a)
        return Status(ErrorCode::BadInput, a.status().message());
    auto b = PatternSet::compile(original);
    if (!b)
        return Status(ErrorCode::BadInput, b.status().message());
    c->m_normalised = *a;
    c->m_original = *b;
    c->m_expressions = normalised + original;
    return c;
}

Classifier::Analysis Classifier::analyze(const QString& text) const
{
    const NormalizedText normal = NormalizedText::fromText(text);
    const Utf8Text raw(text);
    QList<uint> pointsStore; // code points of the text, made when first needed
    auto codePoints = [&]() -> const QList<uint>& {
        if (pointsStore.isEmpty() && !text.isEmpty())
            pointsStore = text.toUcs4();
        return pointsStore;
    };
    struct Hits
    {
        QList<Span> spans;
        QList<Span> near;
        double weight = 0;
        bool targeted = false;
    };
    QMap<int, Hits> byRule; // ordered by rule index: deterministic output
    int quotedState = -1; // quoting a policy? looked up on the first personal match
    auto quoted = [&] {
        if (quotedState < 0)
            quotedState = quotesPolicy(normal.text()) ? 1 : 0;
        return quotedState == 1;
    };
    for (const Match& m : m_normalised->scan(normal.utf8())) {
        const PatternRole& pr = m_roles.at(m.id);
        const Rule& rule = m_policy.rules.at(pr.rule);
        const Span span = normal.originalSpan(m.from, m.to);
        Hits& h = byRule[pr.rule];
        if (pr.role != Role::Match) {
            (pr.role == Role::Near ? h.near : h.spans).append(span);
            continue;
        }
        const QStringList before = wordsBefore(normal.utf8(), m.from, 5);
        if (domain::isPersonal(rule.category) &&
            (quoted() || (rule.category != domain::Category::Threat && selfDirected(before, normal.utf8(), m.to))))
            continue;
        const bool aimed = targeted(before);
        if (rule.requiresTarget && !aimed)
            continue;
        h.spans.append(span);
        h.weight = std::max(h.weight, pr.weight);
        h.targeted = h.targeted || (rule.targeted && aimed);
    }
    // Hyperscan reports every end of a match from its leftmost start: validate the
    // longest candidate of each start first, shorter ones only when it fails.
    QList<Match> original = m_original->scan(raw.utf8());
    std::sort(original.begin(), original.end(), [](const Match& x, const Match& y) {
        return x.id != y.id ? x.id < y.id : x.from != y.from ? x.from < y.from : x.to > y.to;
    });
    for (qsizetype i = 0; i < original.size(); ++i) {
        const Match& m = original.at(i);
        const PatternRole& pr = m_roles.at(m.id);
        const Rule& rule = m_policy.rules.at(pr.rule);
        const Span span = raw.span(m.from, m.to);
        Hits& h = byRule[pr.rule];
        if (pr.role == Role::Near) {
            h.near.append(span);
            continue;
        }
        if (!rule.detector.isEmpty() && !detectorTable().value(rule.detector).valid(QStringView(slice(codePoints(), span))))
            continue;
        h.spans.append(span);
        h.weight = std::max(h.weight, pr.weight);
        while (i + 1 < original.size() && original.at(i + 1).id == m.id && original.at(i + 1).from == m.from)
            ++i; // shorter candidates of the same start
    }
    std::vector<int> wordNo; // per code point: words started at or before it (proximity)
    auto wordsBetween = [&](const Span& x, const Span& y) {
        const QList<uint>& points = codePoints();
        if (wordNo.empty()) {
            wordNo.resize(static_cast<std::size_t>(points.size()) + 1, 0);
            int n = 0;
            bool inWord = false;
            for (qsizetype p = 0; p < points.size(); ++p) {
                const bool w = QChar::isLetterOrNumber(points.at(p));
                if (w && !inWord)
                    ++n;
                inWord = w;
                wordNo[static_cast<std::size_t>(p)] = n;
            }
        }
        const Span& first = x.start <= y.start ? x : y;
        const Span& second = x.start <= y.start ? y : x;
        if (second.start < first.end)
            return 0;
        return std::max(0, wordNo[static_cast<std::size_t>(second.start)] - wordNo[static_cast<std::size_t>(first.end - 1)] - 1);
    };
    double mood = 2; // computed once, when an entity rule needs it
    const auto sentiment = [&] {
        if (mood > 1)
            mood = Sentiment::score(text, normal.text());
        return mood;
    };
    QList<Flag> flags;
    for (auto it = byRule.begin(); it != byRule.end(); ++it) {
        const Rule& rule = m_policy.rules.at(it.key());
        Hits& h = it.value();
        if (h.spans.isEmpty())
            continue;
        Flag f{rule.id, rule.category, rule.severity, h.weight, h.spans};
        if (rule.entityRule) {
            const double s = sentiment();
            if (s > rule.maxSentiment)
                continue;
            f.score = std::min(1.0, -s);
            if (s <= -0.6)
                f.severity = raise(rule.severity);
        } else if (rule.near.active()) {
            QList<Span> kept, usedNear;
            for (const Span& s : std::as_const(h.spans)) {
                for (const Span& n : std::as_const(h.near)) {
                    if (wordsBetween(s, n) <= rule.near.within) {
                        if (!kept.contains(s))
                            kept.append(s);
                        if (!usedNear.contains(n))
                            usedNear.append(n);
                    }
                }
            }
            if (kept.isEmpty())
                continue;
            f.spans = kept + usedNear;
        }
        if (h.targeted) {
            f.severity = raise(rule.severity);
            f.score = std::min(1.0, h.weight + 0.2);
        }
        // Keep the longest span among overlapping ones.
        std::sort(f.spans.begin(), f.spans.end(), [](const Span& a, const Span& b) {
            return a.start != b.start ? a.start < b.start : a.end > b.end;
        });
        QList<Span> merged;
        for (const Span& s : std::as_const(f.spans)) {
            if (!merged.isEmpty() && s.start < merged.last().end)
                merged.last().end = std::max(merged.last().end, s.end);
            else
                merged.append(s);
        }
        f.spans = merged;
        flags.append(f);
    }
    // One identifier, one flag: the digits of an IBAN or a card are not also a phone
    // number. Spans of a detector overlapping those of a weightier one in the same
    // category go.
    for (Flag& f : flags) {
        if (!domain::isSensitiveData(f.category))
            continue;
        f.spans.removeIf([&](const Span& s) {
            for (const Flag& g : std::as_const(flags)) {
                if (&g == &f || g.category != f.category || g.score <= f.score)
                    continue;
                for (const Span& t : g.spans) {
                    if (s.start < t.end && t.start < s.end)
                        return true;
                }
            }
            return false;
        });
    }
    flags.removeIf([](const Flag& f) { return f.spans.isEmpty(); });
    return {flags, sentiment()};
}

} // namespace custos::detection
