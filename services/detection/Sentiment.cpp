#include "detection/Sentiment.h"

#include "detection/TextNormalizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <cmath>
#include <cstring>
#include <vector>

namespace custos::detection {
namespace {

const QHash<QString, double>& lexicon()
{
    static const QHash<QString, double> words = {
        // English
        {QStringLiteral("crashed"), -1.6}, {QStringLiteral("disaster"), -3.1}, {QStringLiteral("disastrous"), -3.0}, {QStringLiteral("dirt"), -1.4}, {QStringLiteral("ashamed"), -2.1}, {QStringLiteral("shame"), -2.1}, {QStringLiteral("disgrace"), -2.8}, {QStringLiteral("disgraceful"), -2.8}, {QStringLiteral("lied"), -1.9}, {QStringLiteral("lying"), -2.0}, {QStringLiteral("toxic"), -2.4}, {QStringLiteral("mess"), -1.5}, {QStringLiteral("destroying"), -2.3}, {QStringLiteral("destroyed"), -2.3}, {QStringLiteral("destroy"), -2.2}, {QStringLiteral("joke"), -0.9}, {QStringLiteral("dishonest"), -2.7}, {QStringLiteral("incompetent"), -2.3}, {QStringLiteral("insulting"), -2.3}, {QStringLiteral("furieux"), -2.5}, {QStringLiteral("furieuse"), -2.5}, {QStringLiteral("furious"), -2.7},
        {QStringLiteral("good"), 1.9}, {QStringLiteral("great"), 3.1}, {QStringLiteral("excellent"), 3.2},
        {QStringLiteral("amazing"), 2.8}, {QStringLiteral("awesome"), 3.1}, {QStringLiteral("love"), 3.2},
        {QStringLiteral("loved"), 2.9}, {QStringLiteral("like"), 1.5}, {QStringLiteral("nice"), 1.8},
        {QStringLiteral("happy"), 2.7}, {QStringLiteral("thanks"), 1.9}, {QStringLiteral("thank"), 1.5},
        {QStringLiteral("best"), 3.2}, {QStringLiteral("better"), 1.9}, {QStringLiteral("well"), 1.1},
        {QStringLiteral("fantastic"), 2.6}, {QStringLiteral("perfect"), 2.7}, {QStringLiteral("glad"), 2.0},
        {QStringLiteral("fun"), 2.3}, {QStringLiteral("helpful"), 1.8}, {QStringLiteral("recommend"), 1.5},
        {QStringLiteral("win"), 2.8}, {QStringLiteral("wonderful"), 2.7}, {QStringLiteral("enjoy"), 2.2},
        {QStringLiteral("easy"), 1.9}, {QStringLiteral("works"), 1.0}, {QStringLiteral("fine"), 0.8},
        {QStringLiteral("bad"), -2.5}, {QStringLiteral("terrible"), -2.8}, {QStringLiteral("awful"), -2.0},
        {QStringLiteral("horrible"), -2.5}, {QStringLiteral("hate"), -2.7}, {QStringLiteral("hated"), -3.2},
        {QStringLiteral("worst"), -3.1}, {QStringLiteral("worse"), -2.1}, {QStringLiteral("garbage"), -2.5},
        {QStringLiteral("broken"), -2.1}, {QStringLiteral("useless"), -1.8}, {QStringLiteral("sad"), -2.1},
        {QStringLiteral("angry"), -2.3}, {QStringLiteral("annoying"), -1.7}, {QStringLiteral("disappointed"), -1.9},
        {QStringLiteral("disappointing"), -2.2}, {QStringLiteral("poor"), -2.1}, {QStringLiteral("fail"), -2.5},
        {QStringLiteral("failed"), -2.3}, {QStringLiteral("problem"), -1.7}, {QStringLiteral("wrong"), -2.1},
        {QStringLiteral("liar"), -3.1}, {QStringLiteral("clueless"), -1.5}, {QStringLiteral("stupid"), -2.4},
        {QStringLiteral("idiot"), -2.3}, {QStringLiteral("slow"), -1.0}, {QStringLiteral("waste"), -1.8},
        {QStringLiteral("misled"), -1.9}, {QStringLiteral("scam"), -2.9}, {QStringLiteral("sucks"), -1.5},
        {QStringLiteral("boring"), -1.3}, {QStringLiteral("ugly"), -2.3}, {QStringLiteral("pain"), -2.3},
        {QStringLiteral("regret"), -1.8}, {QStringLiteral("lazy"), -1.5}, {QStringLiteral("crap"), -1.6},
        {QStringLiteral("kill"), -3.7}, {QStringLiteral("hurt"), -2.4}, {QStringLiteral("ruined"), -2.5},
        // More general English sentiment vocabulary
        {QStringLiteral("afraid"), -2.2},
        {QStringLiteral("agree"), 1.5},
        {QStringLiteral("alone"), -1.0},
        {QStringLiteral("angry"), -2.3},
        {QStringLiteral("annoyed"), -1.6},
        {QStringLiteral("appreciate"), 1.7},
        {QStringLiteral("ass"), -2.5},
        {QStringLiteral("awful"), -2.0},
        {QStringLiteral("bad"), -2.5},
        {QStringLiteral("beautiful"), 2.9},
        {QStringLiteral("best"), 3.2},
        {QStringLiteral("bitch"), -2.8},
        {QStringLiteral("bless"), 1.8},
        {QStringLiteral("blessed"), 2.9},
        {QStringLiteral("boring"), -1.3},
        {QStringLiteral("brilliant"), 2.8},
        {QStringLiteral("broke"), -1.8},
        {QStringLiteral("broken"), -2.1},
        {QStringLiteral("bug"), -0.8},
        {QStringLiteral("calm"), 1.3},
        {QStringLiteral("cheap"), -0.5},
        {QStringLiteral("clean"), 1.1},
        {QStringLiteral("comfortable"), 1.5},
        {QStringLiteral("complain"), -1.6},
        {QStringLiteral("complaint"), -1.5},
        {QStringLiteral("congrats"), 2.4},
        {QStringLiteral("congratulations"), 2.9},
        {QStringLiteral("cool"), 1.3},
        {QStringLiteral("crap"), -1.6},
        {QStringLiteral("crash"), -1.8},
        {QStringLiteral("crashes"), -1.8},
        {QStringLiteral("crime"), -2.5},
        {QStringLiteral("cry"), -2.1},
        {QStringLiteral("crying"), -2.1},
        {QStringLiteral("cute"), 2.0},
        {QStringLiteral("damn"), -1.7},
        {QStringLiteral("dead"), -3.3},
        {QStringLiteral("death"), -2.9},
        {QStringLiteral("defective"), -2.0},
        {QStringLiteral("delighted"), 2.9},
        {QStringLiteral("depressed"), -2.3},
        {QStringLiteral("die"), -2.9},
        {QStringLiteral("died"), -2.6},
        {QStringLiteral("difficult"), -1.5},
        {QStringLiteral("disappointed"), -1.9},
        {QStringLiteral("disappointing"), -2.2},
        {QStringLiteral("disappointment"), -2.3},
        {QStringLiteral("disgusting"), -2.4},
        {QStringLiteral("dumb"), -2.3},
        {QStringLiteral("easier"), 1.8},
        {QStringLiteral("enjoyed"), 2.3},
        {QStringLiteral("enjoying"), 2.4},
        {QStringLiteral("error"), -1.7},
        {QStringLiteral("evil"), -3.4},
        {QStringLiteral("excited"), 1.4},
        {QStringLiteral("exciting"), 2.2},
        {QStringLiteral("expensive"), -1.0},
        {QStringLiteral("fail"), -2.5},
        {QStringLiteral("failed"), -2.3},
        {QStringLiteral("failure"), -2.3},
        {QStringLiteral("fake"), -2.1},
        {QStringLiteral("fast"), 1.0},
        {QStringLiteral("favorite"), 2.0},
        {QStringLiteral("favourite"), 2.0},
        {QStringLiteral("fear"), -2.2},
        {QStringLiteral("free"), 1.2},
        {QStringLiteral("fresh"), 1.3},
        {QStringLiteral("friendly"), 2.2},
        {QStringLiteral("fuck"), -2.5},
        {QStringLiteral("fucking"), -1.8},
        {QStringLiteral("fun"), 2.3},
        {QStringLiteral("funny"), 1.9},
        {QStringLiteral("garbage"), -2.5},
        {QStringLiteral("glory"), 2.4},
        {QStringLiteral("gorgeous"), 3.0},
        {QStringLiteral("grateful"), 2.0},
        {QStringLiteral("gross"), -2.1},
        {QStringLiteral("haha"), 1.8},
        {QStringLiteral("hard"), -0.4},
        {QStringLiteral("hate"), -2.7},
        {QStringLiteral("hates"), -2.3},
        {QStringLiteral("hating"), -2.3},
        {QStringLiteral("healthy"), 1.7},
        {QStringLiteral("heaven"), 2.3},
        {QStringLiteral("hell"), -3.6},
        {QStringLiteral("hero"), 2.6},
        {QStringLiteral("hope"), 1.9},
        {QStringLiteral("hopefully"), 1.7},
        {QStringLiteral("horrible"), -2.5},
        {QStringLiteral("hurt"), -2.4},
        {QStringLiteral("hurts"), -2.2},
        {QStringLiteral("idiot"), -2.3},
        {QStringLiteral("ill"), -1.8},
        {QStringLiteral("impressive"), 2.4},
        {QStringLiteral("improved"), 1.9},
        {QStringLiteral("improvement"), 2.0},
        {QStringLiteral("incredible"), 2.9},
        {QStringLiteral("issue"), -0.6},
        {QStringLiteral("issues"), -0.6},
        {QStringLiteral("joy"), 2.8},
        {QStringLiteral("junk"), -2.2},
        {QStringLiteral("kill"), -3.7},
        {QStringLiteral("killed"), -3.5},
        {QStringLiteral("kind"), 1.6},
        {QStringLiteral("lame"), -1.8},
        {QStringLiteral("laugh"), 2.2},
        {QStringLiteral("liar"), -3.1},
        {QStringLiteral("lie"), -1.6},
        {QStringLiteral("lies"), -1.8},
        {QStringLiteral("like"), 1.5},
        {QStringLiteral("liked"), 1.8},
        {QStringLiteral("likes"), 1.8},
        {QStringLiteral("lol"), 1.8},
        {QStringLiteral("lonely"), -2.0},
        {QStringLiteral("lose"), -1.7},
        {QStringLiteral("loser"), -2.4},
        {QStringLiteral("losing"), -1.6},
        {QStringLiteral("lost"), -1.3},
        {QStringLiteral("love"), 3.2},
        {QStringLiteral("lovely"), 2.8},
        {QStringLiteral("loves"), 2.7},
        {QStringLiteral("loving"), 2.9},
        {QStringLiteral("lucky"), 1.8},
        {QStringLiteral("mad"), -2.2},
        {QStringLiteral("miss"), -1.0},
        {QStringLiteral("missing"), -1.2},
        {QStringLiteral("nasty"), -2.6},
        {QStringLiteral("never"), -0.3},
        {QStringLiteral("no"), -1.2},
        {QStringLiteral("ok"), 0.9},
        {QStringLiteral("okay"), 0.9},
        {QStringLiteral("outstanding"), 3.0},
        {QStringLiteral("pain"), -2.3},
        {QStringLiteral("painful"), -2.4},
        {QStringLiteral("peace"), 2.5},
        {QStringLiteral("pleasant"), 2.3},
        {QStringLiteral("pleased"), 1.9},
        {QStringLiteral("poor"), -2.1},
        {QStringLiteral("positive"), 2.3},
        {QStringLiteral("problem"), -1.7},
        {QStringLiteral("problems"), -1.7},
        {QStringLiteral("proud"), 2.1},
        {QStringLiteral("quality"), 1.0},
        {QStringLiteral("recommended"), 1.8},
        {QStringLiteral("refund"), -0.9},
        {QStringLiteral("reliable"), 1.8},
        {QStringLiteral("return"), -0.3},
        {QStringLiteral("returned"), -0.8},
        {QStringLiteral("rich"), 1.5},
        {QStringLiteral("sad"), -2.1},
        {QStringLiteral("sadly"), -1.9},
        {QStringLiteral("safe"), 1.9},
        {QStringLiteral("satisfied"), 1.8},
        {QStringLiteral("scared"), -1.9},
        {QStringLiteral("shit"), -2.6},
        {QStringLiteral("shitty"), -2.2},
        {QStringLiteral("sick"), -2.3},
        {QStringLiteral("slow"), -1.0},
        {QStringLiteral("smile"), 1.5},
        {QStringLiteral("smiling"), 1.6},
        {QStringLiteral("smooth"), 1.0},
        {QStringLiteral("solid"), 1.2},
        {QStringLiteral("sorry"), -0.3},
        {QStringLiteral("stress"), -1.8},
        {QStringLiteral("stressed"), -1.4},
        {QStringLiteral("strong"), 2.3},
        {QStringLiteral("stupid"), -2.4},
        {QStringLiteral("sturdy"), 1.2},
        {QStringLiteral("success"), 2.7},
        {QStringLiteral("successful"), 2.8},
        {QStringLiteral("suck"), -1.5},
        {QStringLiteral("sucked"), -2.0},
        {QStringLiteral("sucks"), -1.5},
        {QStringLiteral("superb"), 3.1},
        {QStringLiteral("sweet"), 2.0},
        {QStringLiteral("terrible"), -2.8},
        {QStringLiteral("thank"), 1.5},
        {QStringLiteral("thankful"), 2.7},
        {QStringLiteral("tired"), -1.9},
        {QStringLiteral("trash"), -2.1},
        {QStringLiteral("ugh"), -1.8},
        {QStringLiteral("ugly"), -2.3},
        {QStringLiteral("unfortunately"), -1.6},
        {QStringLiteral("upset"), -1.6},
        {QStringLiteral("useful"), 1.9},
        {QStringLiteral("useless"), -1.8},
        {QStringLiteral("value"), 1.4},
        {QStringLiteral("war"), -2.9},
        {QStringLiteral("waste"), -1.8},
        {QStringLiteral("wasted"), -2.2},
        {QStringLiteral("welcome"), 2.0},
        {QStringLiteral("win"), 2.8},
        {QStringLiteral("winner"), 2.8},
        {QStringLiteral("won"), 2.7},
        {QStringLiteral("wonder"), 1.3},
        {QStringLiteral("works"), 1.0},
        {QStringLiteral("worried"), -1.2},
        {QStringLiteral("worry"), -1.9},
        {QStringLiteral("worst"), -3.1},
        {QStringLiteral("worth"), 0.9},
        {QStringLiteral("wow"), 2.8},
        {QStringLiteral("wrong"), -2.1},
        {QStringLiteral("wtf"), -2.8},
        {QStringLiteral("yay"), 2.4},
        {QStringLiteral("yes"), 1.7},
        // German
        {QStringLiteral("gut"), 1.9}, {QStringLiteral("super"), 2.9}, {QStringLiteral("toll"), 2.5},
        {QStringLiteral("danke"), 1.9}, {QStringLiteral("prima"), 2.2}, {QStringLiteral("schlecht"), -2.5},
        {QStringLiteral("schrecklich"), -2.8}, {QStringLiteral("mist"), -1.8}, {QStringLiteral("furchtbar"), -2.6},
        // French
        {QStringLiteral("bien"), 1.5}, {QStringLiteral("bon"), 1.8}, {QStringLiteral("merci"), 1.9},
        {QStringLiteral("genial"), 2.8}, {QStringLiteral("mauvais"), -2.5}, {QStringLiteral("nul"), -2.2},
        {QStringLiteral("horrible"), -2.5}, {QStringLiteral("deteste"), -2.7},
    };
    return words;
}

const QSet<QString>& negations()
{
    static const QSet<QString> words = {QStringLiteral("not"), QStringLiteral("no"), QStringLiteral("never"),
        QStringLiteral("isn't"), QStringLiteral("don't"), QStringLiteral("doesn't"), QStringLiteral("didn't"),
        QStringLiteral("wasn't"), QStringLiteral("aren't"), QStringLiteral("can't"), QStringLiteral("won't"),
        QStringLiteral("nothing"), QStringLiteral("nicht"), QStringLiteral("kein"), QStringLiteral("keine"),
        QStringLiteral("nie"), QStringLiteral("pas"), QStringLiteral("jamais"), QStringLiteral("rien")};
    return words;
}

const QHash<QString, double>& intensifiers()
{
    static const QHash<QString, double> words = {{QStringLiteral("very"), 0.293}, {QStringLiteral("really"), 0.293},
        {QStringLiteral("extremely"), 0.293}, {QStringLiteral("so"), 0.293}, {QStringLiteral("totally"), 0.293},
        {QStringLiteral("absolutely"), 0.293}, {QStringLiteral("incredibly"), 0.293}, {QStringLiteral("most"), 0.293},
        {QStringLiteral("sehr"), 0.293}, {QStringLiteral("total"), 0.293}, {QStringLiteral("tres"), 0.293},
        {QStringLiteral("vraiment"), 0.293}, {QStringLiteral("slightly"), -0.293}, {QStringLiteral("somewhat"), -0.293},
        {QStringLiteral("kind"), -0.2}, {QStringLiteral("bit"), -0.2}};
    return words;
}

double emojiValence(char32_t cp)
{
    switch (cp) {
    case U'\U0001F600': case U'\U0001F603': case U'\U0001F604': case U'\U0001F60A': case U'\U0001F642':
    case U'\U0001F44D': case U'\U0001F389': case U'\U0001F60D': case U'\U0001F970': case U'\u2764':
    case U'\U0001F382': case U'\U0001F44F':
        return 2.0;
    case U'\U0001F620': case U'\U0001F621': case U'\U0001F44E': case U'\U0001F622': case U'\U0001F62D':
    case U'\U0001F612': case U'\U0001F624': case U'\U0001F92C':
        return -2.0;
    default:
        return 0;
    }
}

// A word list as an open-addressing table with a cheap hash (FNV-1a over UTF-16 code
// units): a lookup per token costs a few nanoseconds and allocates nothing.
class WordTable
{
public:
    template <typename Words>
    explicit WordTable(const Words& words)
    {
        std::size_t capacity = 16;
        while (capacity < static_cast<std::size_t>(words.size()) * 3)
            capacity *= 2;
        m_slots.resize(capacity);
        for (auto it = words.cbegin(); it != words.cend(); ++it)
            insert(key(it), value(it));
    }
    double value(QStringView word, double fallback = 0.0) const
    {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash(word) & mask;; i = (i + 1) & mask) {
            const Slot& s = m_slots[i];
            if (s.word.isNull())
                return fallback;
            if (s.word == word)
                return s.value;
        }
    }

private:
    struct Slot
    {
        QString word;
        double value = 0;
    };
    static std::size_t hash(QStringView w)
    {
        std::size_t h = 1469598103934665603ull;
        for (const QChar c : w)
            h = (h ^ c.unicode()) * 1099511628211ull;
        return h;
    }
    template <typename It>
    static QString key(It it)
    {
        if constexpr (requires { it.key(); })
            return it.key();
        else
            return *it;
    }
    template <typename It>
    static double value(It it)
    {
        if constexpr (requires { it.value(); })
            return it.value();
        else
            return 1.0;
    }
    void insert(const QString& word, double v)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = hash(word) & mask;
        while (!m_slots[i].word.isNull() && m_slots[i].word != word)
            i = (i + 1) & mask;
        m_slots[i] = {word, v};
    }
    std::vector<Slot> m_slots;
};

const WordTable& lexiconViews()
{
    static const WordTable t(lexicon());
    return t;
}

const WordTable& intensifierViews()
{
    static const WordTable t(intensifiers());
    return t;
}

bool isNegation(QStringView w)
{
    static const WordTable t(negations());
    return t.value(w, 0.0) != 0.0 || w.endsWith(QLatin1String("n't"));
}

// A word's valence; German and French adjectives also by their stem ("schrecklicher",
// "schreckliche" → "schrecklich"; "nulle" → "nul").
double valence(QStringView word)
{
    const double v = lexiconViews().value(word, 0.0);
    if (v != 0 || word.size() < 5)
        return v;
    for (const char* ending : {"er", "es", "en", "em", "e"}) {
        if (word.endsWith(QLatin1String(ending)))
            return lexiconViews().value(word.chopped(static_cast<qsizetype>(std::strlen(ending))), 0.0);
    }
    return 0;
}

// Words (letters, digits, apostrophes) and the emoticons :) :-) :( :D ;) ;P.
void tokenize(QStringView text, QVarLengthArray<QStringView, 64>& tokens)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber() || c == QLatin1Char('\'') || c.isSurrogate()) {
            qsizetype j = i;
            while (j < n) {
                const QChar d = text.at(j);
                if (d.isHighSurrogate() && j + 1 < n) {
                    const char32_t cp = QChar::surrogateToUcs4(d, text.at(j + 1));
                    if (!QChar::isLetterOrNumber(cp))
                        break;
                    j += 2;
                } else if (d.isLetterOrNumber() || d == QLatin1Char('\'')) {
                    ++j;
                } else {
                    break;
                }
            }
            if (j == i) {
                ++i;
                continue;
            }
            tokens.append(text.mid(i, j - i));
            i = j;
        } else if ((c == QLatin1Char(':') || c == QLatin1Char(';')) && i + 1 < n) {
            qsizetype j = i + 1;
            if (text.at(j) == QLatin1Char('-') && j + 1 < n)
                ++j;
            const QChar e = text.at(j);
            if (e == QLatin1Char('(') || e == QLatin1Char(')') || e == QLatin1Char('D') || e == QLatin1Char('P')) {
                tokens.append(text.mid(i, j + 1 - i));
                i = j + 1;
            } else {
                ++i;
            }
        } else {
            ++i;
        }
    }
}

} // namespace

double Sentiment::score(const QString& text)
{
    return score(text, NormalizedText::fromText(text).text());
}

double Sentiment::score(const QString& text, const QString& folded)
{
    QVarLengthArray<QStringView, 64> tokens, originals;
    tokenize(folded, tokens);
    bool anyLower = false;
    for (const QChar c : text) {
        if (c.isLower()) {
            anyLower = true;
            break;
        }
    }
    const bool mostlyCaps = !anyLower;
    bool originalsDone = false;
    double sum = 0;
    qsizetype butAt = -1;
    for (qsizetype i = 0; i < tokens.size() && butAt < 0; ++i) {
        const QStringView t = tokens.at(i);
        if (t == QLatin1String("but") || t == QLatin1String("aber") || t == QLatin1String("mais"))
            butAt = i;
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QStringView t = tokens.at(i);
        double v = 0;
        if (t == QLatin1String(":)") || t == QLatin1String(":-)") || t == QLatin1String(":D") || t == QLatin1String(";)"))
            v = 2.0;
        else if (t == QLatin1String(":(") || t == QLatin1String(":-("))
            v = -2.0;
        else
            v = valence(t);
        if (v == 0)
            continue;
        for (qsizetype k = std::max<qsizetype>(0, i - 3); k < i; ++k) {
            const double boost = intensifierViews().value(tokens.at(k), 0.0);
            v += v > 0 ? boost : -boost;
            if (isNegation(tokens.at(k)))
                v *= -0.74;
        }
        if (!mostlyCaps) {
            if (!originalsDone) {
                tokenize(text, originals);
                originalsDone = true;
            }
            if (i < originals.size()) {
                const QStringView o = originals.at(i);
                bool upper = o.size() > 1 && o.front().isLetter();
                for (qsizetype k = 0; upper && k < o.size(); ++k)
                    upper = !o.at(k).isLower();
                if (upper)
                    v += v > 0 ? 0.733 : -0.733;
            }
        }
        if (butAt >= 0)
            v *= i < butAt ? 0.5 : 1.5;
        sum += v;
    }
    int bangs = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('!')) {
            ++bangs;
        } else if (c.isHighSurrogate() && i + 1 < text.size()) {
            sum += emojiValence(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else if (c.unicode() >= 0x2700) {
            sum += emojiValence(c.unicode());
        }
    }
    if (sum != 0)
        sum += (sum > 0 ? 1 : -1) * 0.292 * std::min(4, bangs);
    return sum / std::sqrt(sum * sum + 15.0);
}

} // namespace custos::detection
