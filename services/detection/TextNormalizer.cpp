#include "detection/TextNormalizer.h"

#include <span>
#include <string>
#include <vector>

namespace custos::detection {
namespace {

struct Unit
{
    char32_t cp;
    Span origin;
};

bool isMark(char32_t cp)
{
    if (cp < 0x300) // below the combining diacritical marks: no marks, no table lookup
        return false;
    const auto c = QChar::category(cp);
    return c == QChar::Mark_NonSpacing || c == QChar::Mark_SpacingCombining || c == QChar::Mark_Enclosing;
}

bool isLetter(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z');
    return QChar::isLetter(cp);
}

bool isSpace(char32_t cp)
{
    if (cp < 0x80)
        return cp == U' ' || (cp >= U'\t' && cp <= U'\r');
    return QChar::isSpace(cp);
}

char32_t leet(char32_t cp)
{
    switch (cp) {
    case U'0': return U'o';
    case U'1': return U'i';
    case U'3': return U'e';
    case U'4': return U'a';
    case U'5': return U's';
    case U'7': return U't';
    case U'@': return U'a';
    case U'$': return U's';
    case U'!': return U'i';
    case U'|': return U'l';
    default: return cp;
    }
}

bool isLeetSymbol(char32_t cp)
{
    return leet(cp) != cp;
}

void appendUtf8(QByteArray& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

Unit& at(std::vector<Unit>& v, qsizetype i)
{
    return v[static_cast<std::size_t>(i)];
}

qsizetype size(const std::vector<Unit>& v)
{
    return static_cast<qsizetype>(v.size());
}

} // namespace

// ASCII text, the common case, without code point tables: lower case and leetspeak
// exactly as the general path does them, byte by byte. Text in which letters might be
// spaced out or drawn out goes the general way (false).
bool NormalizedText::fromAscii(const QString& original, NormalizedText& result)
{
    const qsizetype n = original.size();
    static thread_local std::string a;
    a.resize(static_cast<std::size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = original.at(i).unicode();
        if (c >= 0x80)
            return false;
        a[static_cast<std::size_t>(i)] = static_cast<char>(c >= u'A' && c <= u'Z' ? c + 32 : c);
    }
    auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    auto leetChar = [](char c) { return static_cast<char>(leet(static_cast<char32_t>(c))); };
    auto ch = [&](qsizetype i) { return a[static_cast<std::size_t>(i)]; };
    for (qsizetype i = 0; i < n;) {
        qsizetype j = i;
        int letters = 0, leets = 0;
        while (j < n && !space(ch(j))) {
            letters += letter(ch(j)) ? 1 : 0;
            const bool trailing = ch(j) == '!' && (j + 1 == n || space(ch(j + 1)));
            leets += leetChar(ch(j)) != ch(j) && !trailing ? 1 : 0;
            ++j;
        }
        if (letters > 0 && leets > 0 && letters + leets >= 3) {
            for (qsizetype k = i; k < j; ++k) {
                const bool trailingBang = ch(k) == '!' && (k + 1 == j || !letter(ch(k + 1)));
                if (!trailingBang)
                    a[static_cast<std::size_t>(k)] = leetChar(ch(k));
            }
        }
        i = j == i ? i + 1 : j;
    }
    auto single = [&](qsizetype k) { return k < n && letter(ch(k)) && (k == 0 || !letter(ch(k - 1))) && (k + 1 >= n || !letter(ch(k + 1))); };
    for (qsizetype k = 0; k + 2 < n; ++k) {
        const char sep = ch(k + 1);
        if (single(k) && (sep == ' ' || sep == '.' || sep == '-' || sep == '_') && single(k + 2))
            return false; // perhaps spaced-out letters
        if (letter(ch(k)) && ch(k) == ch(k + 1) && ch(k) == ch(k + 2))
            return false; // drawn-out letters
    }
    result.m_originalLength = static_cast<int>(n);
    result.m_identity = true;
    result.m_utf8 = QByteArray(a.data(), n);
    result.m_text = QString::fromLatin1(result.m_utf8);
    return true;
}

NormalizedText NormalizedText::fromText(const QString& original)
{
    {
        NormalizedText fast;
        if (fromAscii(original, fast))
            return fast;
    }
    // Code points of the original, decoded into a per-thread buffer.
    static thread_local std::vector<char32_t> pointBuffer;
    pointBuffer.clear();
    bool ascii = true;
    for (qsizetype i = 0; i < original.size(); ++i) {
        const QChar c = original.at(i);
        if (c.isHighSurrogate() && i + 1 < original.size() && original.at(i + 1).isLowSurrogate()) {
            pointBuffer.push_back(QChar::surrogateToUcs4(c, original.at(i + 1)));
            ++i;
        } else {
            pointBuffer.push_back(c.unicode());
        }
        ascii = ascii && c.unicode() < 0x80;
    }
    const std::span<const char32_t> points(pointBuffer);
    NormalizedText result;
    result.m_originalLength = static_cast<int>(points.size());

    // 1. Clusters (a base and its combining marks) -> NFKD, marks dropped, case folded.
    //    The working buffers are kept per thread: no allocation once they have grown.
    static thread_local std::vector<Unit> units;
    static thread_local std::vector<Unit> joined;
    units.clear();
    joined.clear();
    units.reserve(static_cast<std::size_t>(points.size()));
    const qsizetype pointCount = static_cast<qsizetype>(points.size());
    auto point = [&points](qsizetype k) { return points[static_cast<std::size_t>(k)]; };
    for (qsizetype i = 0; i < pointCount;) {
        qsizetype j = i + 1;
        while (j < pointCount && isMark(point(j)))
            ++j;
        // Fast path: plain ASCII needs no decomposition, only lower case.
        if (j == i + 1 && point(i) < 0x80) {
            const char32_t c = point(i);
            units.push_back({c >= U'A' && c <= U'Z' ? c + 32 : c, Span{static_cast<int>(i), static_cast<int>(j)}});
            i = j;
            continue;
        }
        const QString cluster = QString::fromUcs4(points.data() + i, j - i);
        const QString folded = cluster.normalized(QString::NormalizationForm_KD).toCaseFolded();
        const Span origin{static_cast<int>(i), static_cast<int>(j)};
        for (const uint cp : folded.toUcs4()) {
            if (cp == U'\u2019' || cp == U'\u2018' || cp == U'\u02BC') { // typographic apostrophes
                units.push_back({U'\'', origin});
            } else if (cp == U'\u00DF') { // ß: full case folding gives "ss"
                units.push_back({U's', origin});
                units.push_back({U's', origin});
            } else if (!isMark(cp)) {
                units.push_back({cp, origin});
            }
        }
        i = j;
    }

    // 2. Leetspeak inside words: digits and symbols become letters only in a token of at
    //    least three such characters that has a letter ("l0s3r", "1d10t", not "2024").
    for (qsizetype i = 0; i < size(units);) {
        qsizetype j = i;
        int letters = 0, leets = 0;
        while (j < size(units) && !isSpace(at(units, j).cp)) {
            letters += isLetter(at(units, j).cp) ? 1 : 0;
            const bool trailing = (at(units, j).cp == U'!') && (j + 1 == size(units) || isSpace(at(units, j + 1).cp));
            leets += isLeetSymbol(at(units, j).cp) && !trailing ? 1 : 0;
            ++j;
        }
        if (letters > 0 && leets > 0 && letters + leets >= 3) {
            for (qsizetype k = i; k < j; ++k) {
                // Keep a trailing "!" as punctuation.
                const bool trailingBang = at(units, k).cp == U'!' && (k + 1 == j || !isLetter(at(units, k + 1).cp));
                if (!trailingBang)
                    at(units, k).cp = leet(at(units, k).cp);
            }
        }
        i = j == i ? i + 1 : j;
    }

    // 3. Spaced-out letters: four or more single letters separated by single spaces
    //    ("i d i o t"), or three or more separated by dots, dashes or underscores
    //    ("l.o.s.e.r"), are joined. ("u r a" stays: three spaced letters are chat shorthand.)
    auto single = [&](qsizetype k) {
        return k < size(units) && isLetter(at(units, k).cp) &&
               (k == 0 || !isLetter(at(units, k - 1).cp)) && (k + 1 >= size(units) || !isLetter(at(units, k + 1).cp));
    };
    auto separator = [&](qsizetype k) {
        if (k >= size(units))
            return false;
        const char32_t c = at(units, k).cp;
        return c == U' ' || c == U'.' || c == U'-' || c == U'_';
    };
    for (qsizetype i = 0; i < size(units);) {
        qsizetype j = i;
        int count = 0;
        bool spacesOnly = true;
        while (single(j)) {
            ++count;
            if (separator(j + 1) && single(j + 2)) {
                spacesOnly &= at(units, j + 1).cp == U' ';
                j += 2;
            } else {
                ++j;
                break;
            }
        }
        if (count >= (spacesOnly ? 4 : 3)) {
            for (qsizetype k = i; k < j; ++k) {
                if (isLetter(at(units, k).cp))
                    joined.push_back(at(units, k));
            }
            i = j;
        } else {
            joined.push_back(at(units, i));
            ++i;
        }
    }

    // 3b. Drawn-out letters: a run of three or more of the same letter becomes one
    //     ("idiooot", "loserrrr", "pathetiiic"); pairs stay ("committee", "bullshit").
    //     Keywords are normalised the same way, so they match as plain words.
    {
        qsizetype out = 0;
        const qsizetype n = size(joined);
        for (qsizetype i = 0; i < n;) {
            qsizetype j = i + 1;
            const char32_t c = at(joined, i).cp;
            while (j < n && at(joined, j).cp == c && isLetter(c))
                ++j;
            if (j - i >= 3) {
                Unit u = at(joined, i);
                u.origin.end = at(joined, j - 1).origin.end;
                at(joined, out++) = u;
            } else {
                for (qsizetype k = i; k < j; ++k)
                    at(joined, out++) = at(joined, k);
            }
            i = j;
        }
        joined.resize(static_cast<std::size_t>(out));
    }

    // 4. Text, UTF-8 and the maps. ASCII text that kept every character in place (the
    //    common case) maps one to one and needs no table.
    if (ascii && size(joined) == pointCount) {
        bool identity = true;
        for (qsizetype p = 0; identity && p < pointCount; ++p)
            identity = at(joined, p).origin.start == p;
        if (identity) {
            result.m_identity = true;
            result.m_utf8.resize(pointCount);
            char* out = result.m_utf8.data();
            for (qsizetype p = 0; p < pointCount; ++p)
                out[p] = static_cast<char>(at(joined, p).cp);
            result.m_text = QString::fromLatin1(result.m_utf8);
            return result;
        }
    }
    result.m_origin.reserve(size(joined));
    result.m_text.reserve(size(joined));
    result.m_utf8.reserve(size(joined) * 2);
    for (qsizetype p = 0; p < size(joined); ++p) {
        const Unit& u = at(joined, p);
        if (QChar::requiresSurrogates(u.cp)) {
            result.m_text.append(QChar(QChar::highSurrogate(u.cp)));
            result.m_text.append(QChar(QChar::lowSurrogate(u.cp)));
        } else {
            result.m_text.append(QChar(static_cast<char16_t>(u.cp)));
        }
        appendUtf8(result.m_utf8, u.cp);
        result.m_origin.append(u.origin);
    }
    return result;
}

Span NormalizedText::originalSpan(qsizetype byteFrom, qsizetype byteTo) const
{
    if (byteTo <= byteFrom)
        return {};
    if (m_identity) { // ASCII, one to one
        const int from = static_cast<int>(std::clamp<qsizetype>(byteFrom, 0, m_utf8.size()));
        return {from, static_cast<int>(std::clamp<qsizetype>(byteTo, from, m_utf8.size()))};
    }
    if (m_origin.isEmpty())
        return {};
    // Code points of the normalised text before a byte offset, counted on demand: most
    // texts never have a match to map.
    auto pointAt = [this](qsizetype byte) {
        int points = 0;
        const qsizetype end = std::clamp<qsizetype>(byte, 0, m_utf8.size());
        for (qsizetype b = 0; b < end; ++b)
            points += (static_cast<unsigned char>(m_utf8.at(b)) & 0xC0) != 0x80 ? 1 : 0;
        return points;
    };
    const int lastIndex = static_cast<int>(m_origin.size()) - 1;
    const int first = std::min(pointAt(byteFrom), lastIndex);
    const int last = std::clamp(pointAt(byteTo) - 1, first, lastIndex);
    return {m_origin.at(first).start, m_origin.at(last).end};
}

Utf8Text::Utf8Text(const QString& text)
    : m_utf8(text.toUtf8())
{
}

Span Utf8Text::span(qsizetype byteFrom, qsizetype byteTo) const
{
    // Code points are counted on demand: most texts never have a match to map.
    auto pointAt = [this](qsizetype byte) {
        int points = 0;
        const qsizetype end = std::clamp<qsizetype>(byte, 0, m_utf8.size());
        for (qsizetype b = 0; b < end; ++b)
            points += (static_cast<unsigned char>(m_utf8.at(b)) & 0xC0) != 0x80 ? 1 : 0;
        return points;
    };
    const int start = pointAt(byteFrom);
    return {start, std::max(start, pointAt(byteTo))};
}

} // namespace custos::detection
