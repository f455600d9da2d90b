// Where custos-cli takes passphrases from: a file, the CUSTOS_PASSPHRASE variable or a
// prompt on the terminal without echo. Never from a command-line argument.
#pragma once

#include "core/Status.h"

#include <QCoreApplication>

namespace custos::cli {

class Passphrase final
{
    Q_DECLARE_TR_FUNCTIONS(Passphrase)
public:
    // The acting user's passphrase: --passphrase-file, else CUSTOS_PASSPHRASE, else a prompt.
    static Result<QString> obtain(const QString& file, const QString& prompt, bool confirm = false);
    // The first line of a file (without the line break).
    static Result<QString> fromFile(const QString& file);
    static Result<QString> prompt(const QString& prompt, bool confirm);
};

} // namespace custos::cli
