#include "ImportCommands.h"

#include "CliContext.h"
#include "Passphrase.h"
#include "demo/DemoCorpus.h"
#include "ingest/ImportService.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace custos::cli {
namespace {

// lupdate files tr() calls in this namespace under the context "custos::cli".
QString tr(const char* text)
{
    return QCoreApplication::translate("custos::cli", text);
}

} // namespace

int runImport(const QStringList& args)
{
    CliContext ctx(args);
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("format"), tr("slack, mattermost, teams or csv (default: detected)."), QStringLiteral("FORMAT")});
    p.addOption({QStringLiteral("map"), tr("CSV columns: author=COL,channel=COL,time=COL,text=COL[,id=COL][,thread=COL]."),
                 QStringLiteral("MAPPING")});
    p.addOption({QStringLiteral("batch"), tr("Records per transaction (default 25000)."), QStringLiteral("N")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE"), QStringLiteral("PATH")}, 2, 2))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QString workspaceDir = p.positionalArguments().at(0);
    ingest::ImportOptions options;
    options.path = p.positionalArguments().at(1);
    options.format = p.value(QStringLiteral("format"));
    if (options.format.isEmpty()) {
        options.format = ingest::ImportService::detectFormat(options.path);
        if (options.format.isEmpty())
            return CliContext::fail({ErrorCode::ForeignFile, tr("The format of %1 cannot be recognised; give it with --format.")
                                                                 .arg(options.path)});
    } else if (!ingest::ImportService::formats().contains(options.format)) {
        return CliContext::usage(tr("--format must be slack, mattermost, teams or csv."));
    }
    auto mapping = ingest::CsvMapping::parse(p.value(QStringLiteral("map")));
    if (!mapping)
        return CliContext::usage(mapping.status().message());
    options.csv = *mapping;
    if (p.isSet(QStringLiteral("batch"))) {
        bool ok = false;
        options.batchSize = p.value(QStringLiteral("batch")).toInt(&ok);
        if (!ok || options.batchSize < 1 || options.batchSize > 1000000)
            return CliContext::usage(tr("--batch takes a number from 1 to 1000000."));
    }
    CliContext::catchInterrupts(); // from here on, Ctrl+C stops cleanly
    auto session = CliContext::signIn(p, workspaceDir);
    if (!session)
        return CliContext::fail(session.status());
    // Progress on stderr when it is a terminal; Ctrl+C stops after the current batch.
    const bool terminal = isatty(fileno(stderr));
    options.progress = [terminal](const QJsonObject& summary) {
        if (terminal) {
            const QJsonObject c = summary.value(QStringLiteral("counts")).toObject();
            std::fprintf(stderr, "\r%s", qPrintable(tr("%1 posts added, %2 edited, %3 unchanged, %4 events, %5 skipped")
                                                        .arg(c.value(QStringLiteral("posts_added")).toInteger())
                                                        .arg(c.value(QStringLiteral("posts_edited")).toInteger())
                                                        .arg(c.value(QStringLiteral("posts_unchanged")).toInteger())
                                                        .arg(c.value(QStringLiteral("events_added")).toInteger())
                                                        .arg(c.value(QStringLiteral("skipped")).toInteger())));
        }
        return !CliContext::interrupted();
    };
    auto summary = ingest::ImportService(**session).run(options);
    if (terminal)
        std::fputs("\n", stderr);
    if (!summary)
        return CliContext::fail(summary.status());
    CliContext::printJson(QJsonDocument(summary->toJson()));
    if (summary->cancelled) {
        CliContext::printError(tr("Import interrupted; what was imported is kept, and importing the same export again resumes."));
        return ExitInterrupted;
    }
    return ExitOk;
}

int runDemoCorpus(const QStringList& args)
{
    CliContext ctx(args);
    QCommandLineParser p;
    p.addOption({QStringLiteral("out"), tr("Write the export into the new or empty folder DIR."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("posts"), tr("How many posts (default 10000)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"), tr("Seed of the generator (default 1); the same seed gives the same corpus."),
                 QStringLiteral("S")});
    if (!ctx.parse(p, {}, 0, 0))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (p.value(QStringLiteral("out")).isEmpty())
        return CliContext::usage(tr("--out DIR is required."));
    bool ok = true;
    const qint64 posts = p.isSet(QStringLiteral("posts")) ? p.value(QStringLiteral("posts")).toLongLong(&ok) : 10000;
    if (!ok)
        return CliContext::usage(tr("--posts takes a number."));
    const quint64 seed = p.isSet(QStringLiteral("seed")) ? p.value(QStringLiteral("seed")).toULongLong(&ok) : 1;
    if (!ok)
        return CliContext::usage(tr("--seed takes a number."));
    auto summary = demo::DemoCorpus::write(p.value(QStringLiteral("out")), posts, seed);
    if (!summary)
        return CliContext::fail(summary.status());
    CliContext::printJson(QJsonDocument(summary->toJson()));
    return ExitOk;
}

} // namespace custos::cli
