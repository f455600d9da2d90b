#include "Passphrase.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace custos::cli {
namespace {

QString readLineWithoutEcho(FILE* in, FILE* out, const QString& prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), out);
    std::fflush(out);
    const int fd = fileno(in);
    termios saved{};
    const bool tty = tcgetattr(fd, &saved) == 0;
    if (tty) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    char buffer[1024] = {};
    const bool got = std::fgets(buffer, sizeof buffer, in) != nullptr;
    if (tty) {
        tcsetattr(fd, TCSAFLUSH, &saved);
        std::fputs("\n", out);
    }
    QString line = got ? QString::fromLocal8Bit(buffer) : QString();
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

} // namespace

Result<QString> Passphrase::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status(ErrorCode::InvalidArgument,
                      tr("The passphrase file %1 cannot be read: %2.").arg(path, file.errorString()));
    QString line = QString::fromUtf8(file.readLine(4096));
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    if (line.isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("The passphrase file %1 is empty.").arg(path));
    return line;
}

Result<QString> Passphrase::prompt(const QString& text, bool confirm)
{
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return Status(ErrorCode::InvalidArgument,
                      tr("No passphrase given and no terminal to ask on. Use --passphrase-file FILE or set "
                         "CUSTOS_PASSPHRASE."));
    QString first = readLineWithoutEcho(tty, tty, text + QStringLiteral(": "));
    if (confirm) {
        const QString second = readLineWithoutEcho(tty, tty, tr("Repeat the passphrase: "));
        if (second != first) {
            std::fclose(tty);
            return Status(ErrorCode::InvalidArgument, tr("The two passphrases differ; nothing was changed."));
        }
    }
    std::fclose(tty);
    if (first.isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("The passphrase is empty."));
    return first;
}

Result<QString> Passphrase::obtain(const QString& file, const QString& promptText, bool confirm)
{
    if (!file.isEmpty())
        return fromFile(file);
    if (qEnvironmentVariableIsSet("CUSTOS_PASSPHRASE")) {
        const QString value = qEnvironmentVariable("CUSTOS_PASSPHRASE");
        if (value.isEmpty())
            return Status(ErrorCode::InvalidArgument, tr("CUSTOS_PASSPHRASE is set but empty."));
        return value;
    }
    return prompt(promptText, confirm);
}

} // namespace custos::cli
