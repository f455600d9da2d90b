#include "CliContext.h"

#include <csignal>

#include "Passphrase.h"
#include "workspace/Workspace.h"

#include <cstdio>

namespace custos::cli {

bool CliContext::parse(QCommandLineParser& parser, const QStringList& positionalNames, int minPositional,
                       int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const QString& name : positionalNames)
        parser.addPositionalArgument(name, QString());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("custos-cli")} + m_args)) {
        usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        printLine(parser.helpText());
        return false;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        usage(tr("Expected %1, got %2 argument(s).").arg(positionalNames.join(QLatin1Char(' '))).arg(n));
        return false;
    }
    return true;
}

QCommandLineOption CliContext::userOption()
{
    return {QStringLiteral("user"), tr("Sign in as NAME."), QStringLiteral("NAME")};
}

QCommandLineOption CliContext::passphraseFileOption()
{
    return {QStringLiteral("passphrase-file"),
            tr("Read the passphrase from the first line of FILE (else CUSTOS_PASSPHRASE, else a prompt)."),
            QStringLiteral("FILE")};
}

Result<std::unique_ptr<workspace::Session>> CliContext::signIn(const QCommandLineParser& parser, const QString& dir,
                                                                workspace::Workspace::Access access)
{
    const QString user = parser.value(QStringLiteral("user"));
    if (user.isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("--user NAME is required."));
    auto passphrase = Passphrase::obtain(parser.value(QStringLiteral("passphrase-file")), tr("Passphrase of %1").arg(user));
    if (!passphrase)
        return passphrase.status();
    return workspace::Workspace::open(dir, user, *passphrase, access);
}

int CliContext::fail(const Status& status)
{
    printError(status.message());
    return exitCodeFor(status.code());
}

int CliContext::usage(const QString& message)
{
    printError(message + QLatin1Char(' ') + tr("Run 'custos-cli --help' for usage."));
    return ExitUsage;
}

void CliContext::printJson(const QJsonDocument& doc)
{
    std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

void CliContext::printLine(const QString& line)
{
    std::fputs((line + QLatin1Char('\n')).toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void CliContext::printError(const QString& line)
{
    std::fputs((QStringLiteral("custos-cli: ") + line + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

namespace {
volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
}
} // namespace

void CliContext::catchInterrupts()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

bool CliContext::interrupted()
{
    return g_interrupted != 0;
}

} // namespace custos::cli
