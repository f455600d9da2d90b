// The shape every word of the domain shares: a stable key (stored in the database, the
// CLI, policy JSON and audit details) and a translated name for display, both from one
// table per word, so that nothing above this folder spells a key or a name again.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>
#include <span>

namespace custos::domain {

template <typename E> struct Word
{
    E value;
    const char* key;     // stable, ASCII
    const char* context; // translation context of the name
    const char* name;    // source text of the translated name (QT_TRANSLATE_NOOP)
};

// The table of one word, in its natural order (severities low to critical, statuses in
// the order a flag goes through them); specialised in the word's .cpp file.
template <typename E> std::span<const Word<E>> wordsOf();

template <typename E> QList<E> all()
{
    QList<E> out;
    for (const Word<E>& w : wordsOf<E>())
        out << w.value;
    return out;
}

template <typename E> const Word<E>& wordOf(E value)
{
    for (const Word<E>& w : wordsOf<E>()) {
        if (w.value == value)
            return w;
    }
    Q_UNREACHABLE();
}

template <typename E> QString key(E value)
{
    return QString::fromLatin1(wordOf(value).key);
}

template <typename E> QString displayName(E value)
{
    const Word<E>& w = wordOf(value);
    return QCoreApplication::translate(w.context, w.name);
}

// The value of a key (exact, ASCII case-insensitive, surrounding blanks ignored).
template <typename E> std::optional<E> fromKey(const QString& key)
{
    const QString k = key.trimmed();
    for (const Word<E>& w : wordsOf<E>()) {
        if (k.compare(QLatin1String(w.key), Qt::CaseInsensitive) == 0)
            return w.value;
    }
    return std::nullopt;
}

template <typename E> QStringList allKeys()
{
    QStringList out;
    for (const Word<E>& w : wordsOf<E>())
        out << QString::fromLatin1(w.key);
    return out;
}

} // namespace custos::domain
