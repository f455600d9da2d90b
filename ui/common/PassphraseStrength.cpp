#include "common/PassphraseStrength.h"

#include <QSet>
#include <cmath>

namespace custos::ui {

PassphraseStrength PassphraseStrength::estimate(const QString& passphrase)
{
    // Character-pool entropy, discounted for repeated characters and well-known choices.
    static const QStringList common = {QStringLiteral("password"),   QStringLiteral("passwort"),
                                       QStringLiteral("motdepasse"), QStringLiteral("123456"),
                                       QStringLiteral("qwerty"),     QStringLiteral("azerty"),
                                       QStringLiteral("letmein"),    QStringLiteral("welcome"),
                                       QStringLiteral("admin"),      QStringLiteral("custos")};
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
        distinct.insert(c);
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    PassphraseStrength s;
    if (passphrase.isEmpty() || pool == 0)
        return s;
    const double variety =
        std::min(1.0, static_cast<double>(distinct.size()) / std::max<qsizetype>(1, passphrase.size()) * 2.0);
    s.bits = static_cast<double>(passphrase.size()) * std::log2(pool) * variety;
    const QString folded = passphrase.toCaseFolded();
    for (const QString& word : common) {
        if (folded.contains(word)) // a well-known word is worth about 10 bits, not its letters
            s.bits -= static_cast<double>(word.size()) * std::log2(pool) - 10;
    }
    s.bits = std::max(0.0, s.bits);
    s.level = s.bits < 28   ? VeryWeak
              : s.bits < 40 ? Weak
              : s.bits < 60 ? Fair
              : s.bits < 80 ? Strong
                            : VeryStrong;
    return s;
}

QString PassphraseStrength::label() const
{
    switch (level) {
    case VeryWeak:
        return tr("Very weak");
    case Weak:
        return tr("Weak");
    case Fair:
        return tr("Fair");
    case Strong:
        return tr("Strong");
    case VeryStrong:
        return tr("Very strong");
    }
    return {};
}

QString PassphraseStrength::advice() const
{
    if (level >= Strong)
        return tr("Good: this passphrase protects the case data well.");
    return tr("Add words or characters: four or five unrelated words make a strong passphrase.");
}

} // namespace custos::ui
