#include "DetectionCommands.h"

#include "CliContext.h"
#include "detection/Classifier.h"
#include "policy/PolicyService.h"
#include "policy/ScanService.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
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

int runClassify(const QStringList& args)
{
    CliContext ctx(args);
    QCommandLineParser p;
    p.addOption({QStringLiteral("policy"), tr("Use the policy in FILE (JSON) instead of the built-in one."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("watch"), tr("Watched names for reputation rules, separated by commas."), QStringLiteral("NAMES")});
    p.addOption({QStringLiteral("format"), tr("text (one text per line, the default) or jsonl ({\"id\", \"text\"} per line)."),
                 QStringLiteral("FORMAT")});
    if (!ctx.parse(p, {}, 0, 0))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QString format = p.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("text") : p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("jsonl"))
        return CliContext::usage(tr("--format must be text or jsonl."));
    Result<detection::Policy> policy = Status(ErrorCode::Internal, QString());
    if (p.isSet(QStringLiteral("policy"))) {
        QFile file(p.value(QStringLiteral("policy")));
        if (!file.open(QIODevice::ReadOnly))
            return CliContext::fail({ErrorCode::NotFound, tr("The policy file %1 cannot be read: %2.")
                                                              .arg(file.fileName(), file.errorString())});
        policy = detection::Policy::fromJson(file.readAll(), file.fileName());
    } else {
        policy = detection::Policy::builtIn();
    }
    if (!policy)
        return CliContext::fail(policy.status());
    QStringList watch;
    for (const QString& name : p.value(QStringLiteral("watch")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        watch << name.trimmed();
    auto classifier = detection::Classifier::build(*policy, watch);
    if (!classifier)
        return CliContext::fail(classifier.status());

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return CliContext::fail({ErrorCode::Io, tr("Standard input cannot be read.")});
    qint64 line = 0;
    bool malformed = false;
    while (!in.atEnd()) {
        QByteArray raw = in.readLine();
        if (raw.isEmpty())
            break; // end of input (a blank line still holds its line break)
        ++line;
        while (raw.endsWith('\n') || raw.endsWith('\r'))
            raw.chop(1);
        QJsonValue id = line;
        QString text = QString::fromUtf8(raw);
        QJsonObject out;
        if (format == QLatin1String("jsonl")) {
            QJsonParseError error{};
            const QJsonObject o = QJsonDocument::fromJson(raw, &error).object();
            if (error.error != QJsonParseError::NoError || !o.value(QStringLiteral("text")).isString()) {
                malformed = true;
                out = {{QStringLiteral("id"), id},
                       {QStringLiteral("error"), tr("line %1 is not an object with a \"text\" string").arg(line)}};
                std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
                continue;
            }
            id = o.value(QStringLiteral("id"));
            text = o.value(QStringLiteral("text")).toString();
        }
        const detection::Classifier::Analysis analysis = (*classifier)->analyze(text);
        QJsonArray flags;
        for (const detection::Flag& f : analysis.flags)
            flags.append(f.toJson());
        out = {{QStringLiteral("id"), id},
               {QStringLiteral("flags"), flags},
               {QStringLiteral("sentiment"), std::round(analysis.sentiment * 1000.0) / 1000.0}};
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    }
    std::fflush(stdout);
    return malformed ? ExitBadData : ExitOk;
}

int runScan(const QStringList& args)
{
    CliContext ctx(args);
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("policy-version"), tr("Scan with policy version V (default: the newest)."), QStringLiteral("V")});
    p.addOption({QStringLiteral("threads"), tr("Classify on N threads (default: all cores)."), QStringLiteral("N")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    policy::ScanOptions options;
    bool ok = true;
    if (p.isSet(QStringLiteral("policy-version")))
        options.policyVersion = p.value(QStringLiteral("policy-version")).toInt(&ok);
    if (!ok || (options.policyVersion && *options.policyVersion < 1))
        return CliContext::usage(tr("--policy-version takes a version number."));
    if (p.isSet(QStringLiteral("threads"))) {
        options.threads = p.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || options.threads < 1 || options.threads > 256)
            return CliContext::usage(tr("--threads takes a number from 1 to 256."));
    }
    CliContext::catchInterrupts(); // from here on, Ctrl+C stops cleanly
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    // Progress on stderr when it is a terminal; Ctrl+C stops after the current batch.
    const bool terminal = isatty(fileno(stderr));
    options.progress = [terminal](qint64 done, qint64 total) {
        if (terminal)
            std::fprintf(stderr, "\r%s", qPrintable(tr("%1 of %2 posts scanned").arg(done).arg(total)));
        return !CliContext::interrupted();
    };
    auto summary = policy::ScanService(**session).scan(options);
    if (terminal)
        std::fputs("\n", stderr);
    if (!summary)
        return CliContext::fail(summary.status());
    CliContext::printJson(QJsonDocument(summary->toJson()));
    if (summary->cancelled) {
        CliContext::printError(tr("Scan interrupted; what was scanned is kept, and scanning again continues from there."));
        return ExitInterrupted;
    }
    return ExitOk;
}

int runPolicy(const QStringList& args)
{
    if (args.isEmpty() || args.first() != QLatin1String("publish"))
        return CliContext::usage(tr("custos-cli policy needs a subcommand: publish."));
    CliContext ctx(args.mid(1));
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE"), QStringLiteral("FILE")}, 2, 2))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    QFile file(p.positionalArguments().at(1));
    if (!file.open(QIODevice::ReadOnly))
        return CliContext::fail({ErrorCode::NotFound, tr("The policy file %1 cannot be read: %2.").arg(file.fileName(), file.errorString())});
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    auto version = policy::PolicyService(**session).publish(file.readAll());
    if (!version)
        return CliContext::fail(version.status());
    CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("published_version"), *version}}));
    return ExitOk;
}

} // namespace custos::cli
