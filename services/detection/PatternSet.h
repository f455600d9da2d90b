// A set of patterns compiled once into a Hyperscan block-mode database, scanned with
// one scratch space per thread. Patterns are UTF-8 regular expressions; matches report
// the pattern id and the byte range (leftmost start).
#pragma once

#include "core/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>

namespace custos::detection {

struct Pattern
{
    unsigned id = 0;
    QString expression;
    bool caseless = true;
    QString name; // for messages (e.g. the rule's name)
    bool unicodeClasses = false; // \w, \d, ... by Unicode properties (Hyperscan then refuses \b)
};

struct Match
{
    unsigned id;
    qsizetype from;
    qsizetype to;
};

class PatternSet final
{
    Q_DECLARE_TR_FUNCTIONS(PatternSet)
public:
    // A pattern that does not compile is refused with a message naming it.
    static Result<std::shared_ptr<PatternSet>> compile(const QList<Pattern>& patterns);
    ~PatternSet();
    Q_DISABLE_COPY_MOVE(PatternSet)

    // Thread-safe: each thread gets its own scratch space. A fast prefilter (no
    // start-of-match tracking, first match only) runs first; only texts it matches get
    // the full scan with leftmost starts.
    QList<Match> scan(const QByteArray& utf8) const;
    bool matchesAny(const QByteArray& utf8) const;
    qsizetype size() const { return m_count; }

    // A keyword as a pattern: word boundaries (drawn-out letters are collapsed by the
    // normaliser, so "idiooot" matches "idiot" as a plain word), spaces
    // inside a phrase match any run of white space. Meant for normalised text, where
    // accents are gone, so ASCII word boundaries are the right ones.
    static QString keywordExpression(const QString& keyword);

private:
    PatternSet() = default;
    void* m_database = nullptr;  // hs_database_t*, leftmost start of match
    void* m_prefilter = nullptr; // hs_database_t*, any match
    quint64 m_serial = 0;
    qsizetype m_count = 0;
};

} // namespace custos::detection
