// Shared plumbing of custos-cli commands: option parsing, messages on stderr, JSON on
// stdout, and the mapping from service errors to exit codes.
#pragma once

#include "core/Status.h"
#include "workspace/Session.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>

namespace custos::cli {

class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    explicit CliContext(QStringList args) : m_args(std::move(args)) {}

    // Parses `m_args` (the command's own arguments) with `parser`; positional names are for --help.
    // Returns false after printing a usage error.
    bool parse(QCommandLineParser& parser, const QStringList& positionalNames, int minPositional, int maxPositional);

    // --user NAME and --passphrase-file FILE, shared by every command that signs in.
    static QCommandLineOption userOption();
    static QCommandLineOption passphraseFileOption();
    // Signs in as --user with the passphrase from --passphrase-file, CUSTOS_PASSPHRASE or a prompt.
    // Commands that only read pass Access::ReadOnly: they never write to the workspace.
    static Result<std::unique_ptr<workspace::Session>> signIn(
        const QCommandLineParser& parser, const QString& dir,
        workspace::Workspace::Access access = workspace::Workspace::Access::ReadWrite);

    static int fail(const Status& status);
    static int usage(const QString& message);
    static void printJson(const QJsonDocument& doc);
    static void printLine(const QString& line);
    static void printError(const QString& line);
    // Ctrl+C (SIGINT) and SIGTERM during a long command: the command stops at its next
    // batch boundary, keeps what it committed, and says so. Exit code 130.
    static void catchInterrupts();
    static bool interrupted();

    const QStringList& args() const { return m_args; }

private:
    QStringList m_args;
};

} // namespace custos::cli
