// A rough estimate of how hard a passphrase is to guess, for feedback while typing.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace custos::ui {

struct PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)
public:
    enum Level
    {
        VeryWeak,
        Weak,
        Fair,
        Strong,
        VeryStrong
    };

    Level level = VeryWeak;
    double bits = 0;

    static PassphraseStrength estimate(const QString& passphrase);
    QString label() const;
    QString advice() const;
};

} // namespace custos::ui
