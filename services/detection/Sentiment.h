// A lexicon- and rule-based sentiment scorer written for Custos: word valences in
// English, German and French, negation, intensifiers, contrast ("but"), capitals and
// exclamation marks for emphasis, emoji and emoticons. Score in [-1, 1].
#pragma once

#include <QString>


namespace custos::detection {

class Sentiment final
{
public:
    static double score(const QString& text);
    // The same, reusing a normalisation already made (classification makes one).
    static double score(const QString& text, const QString& normalised);
};

} // namespace custos::detection
