// Normalises post text for matching — compatibility forms (NFKC/NFKD), accents and
// case removed, leetspeak in words undone, spaced-out letters joined — while keeping
// a map from every normalised character back to the code points of the original, so
// that a match always points at the exact span of the post as written.
#pragma once

#include "domain/Span.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace custos::detection {

using domain::Span;

class NormalizedText
{
public:
    static NormalizedText fromText(const QString& original);

    const QString& text() const { return m_text; }
    const QByteArray& utf8() const { return m_utf8; }
    int originalLength() const { return m_originalLength; } // in code points
    // The original span (code points) behind the UTF-8 byte range [from, to) of utf8().
    Span originalSpan(qsizetype byteFrom, qsizetype byteTo) const;

private:
    static bool fromAscii(const QString& original, NormalizedText& result);
    QString m_text;
    QByteArray m_utf8;
    QList<Span> m_origin; // per code point of m_text (empty when m_identity)
    bool m_identity = false; // ASCII text mapped one to one: byte = code point = original offset
    int m_originalLength = 0;
};

// UTF-8 bytes of the original text with a byte -> code point map, for detectors that
// must see the text as written (card numbers, keys, ...).
class Utf8Text
{
public:
    explicit Utf8Text(const QString& text);
    const QByteArray& utf8() const { return m_utf8; }
    Span span(qsizetype byteFrom, qsizetype byteTo) const;

private:
    QByteArray m_utf8;
};

} // namespace custos::detection
