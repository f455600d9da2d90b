#include "AuditCommands.h"

#include "CliContext.h"
#include "Passphrase.h"
#include "auditing/AuditService.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <cstdio>
#include <unistd.h>

namespace custos::cli {
namespace {

// lupdate files tr() calls in this namespace under the context "custos::cli".
QString tr(const char* text)
{
    return QCoreApplication::translate("custos::cli", text);
}

int report(const audit::VerificationReport& r)
{
    QJsonObject json{{QStringLiteral("ok"), r.ok()},
                     {QStringLiteral("entries"), static_cast<qint64>(r.entriesChecked)},
                     {QStringLiteral("checkpoints"), static_cast<qint64>(r.checkpointsChecked)},
                     {QStringLiteral("root_hash"), QString::fromLatin1(r.root.toHex())},
                     {QStringLiteral("problem"), audit::VerificationReport::problemKey(r.problem)},
                     {QStringLiteral("message"), r.message}};
    if (r.entry)
        json.insert(QStringLiteral("entry"), static_cast<qint64>(*r.entry));
    if (!r.differences.isEmpty())
        json.insert(QStringLiteral("differences"), QJsonArray::fromStringList(r.differences));
    CliContext::printJson(QJsonDocument(json));
    if (r.ok())
        return ExitOk;
    CliContext::printError(r.message);
    return r.problem == audit::Problem::NotPermitted ? ExitAuthentication : ExitBadData;
}

QCommandLineOption threadsOption()
{
    return {QStringLiteral("threads"), tr("Check signatures on N threads (default: all cores)."), QStringLiteral("N")};
}

// --threads N (1 to 256), else every core; nullopt after printing a usage error.
std::optional<int> threadsFrom(const QCommandLineParser& p)
{
    if (!p.isSet(QStringLiteral("threads")))
        return QThread::idealThreadCount();
    bool ok = false;
    const int threads = p.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || threads < 1 || threads > 256) {
        (void)CliContext::usage(tr("--threads takes a number from 1 to 256."));
        return std::nullopt;
    }
    return threads;
}

audit::Progress terminalProgress()
{
    if (!isatty(fileno(stderr)))
        return {};
    return [](quint64 done, quint64 total) {
        std::fprintf(stderr, "\r%llu / %llu", static_cast<unsigned long long>(done), static_cast<unsigned long long>(total));
        if (done >= total)
            std::fputs("\n", stderr);
        return true;
    };
}

} // namespace

int runAudit(const QStringList& args)
{
    if (args.isEmpty())
        return CliContext::usage(tr("custos-cli audit needs a subcommand: verify or export."));
    const QString sub = args.first();
    CliContext ctx(args.mid(1));
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption(threadsOption());
    const bool verify = sub == QLatin1String("verify");
    if (verify) {
        p.addOption({QStringLiteral("export"), tr("Verify the exported bundle in DIR instead of a workspace."),
                     QStringLiteral("DIR")});
        p.addOption({QStringLiteral("expect-size"),
                     tr("Refuse a log with fewer than N entries (a checkpoint seen before)."), QStringLiteral("N")});
        p.addOption({QStringLiteral("expect-root"),
                     tr("With --expect-size: the root hash (hex) the first N entries must have."), QStringLiteral("HEX")});
        p.addOption({QStringLiteral("deep"),
                     tr("Also check every post, version, flag and decision against the entries that signed them "
                        "(needs the content key).")});
    }
    else if (sub != QLatin1String("export"))
        return CliContext::usage(tr("Unknown audit subcommand '%1'.").arg(sub));
    const QStringList names = verify ? QStringList{QStringLiteral("WORKSPACE")}
                                     : QStringList{QStringLiteral("WORKSPACE"), QStringLiteral("DIR")};
    if (!ctx.parse(p, names, verify ? 0 : 2, verify ? 1 : 2))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    const std::optional<int> parsedThreads = threadsFrom(p);
    if (!parsedThreads)
        return ExitUsage;
    const int threads = *parsedThreads;
    std::optional<audit::Witness> witness;
    if (verify && (p.isSet(QStringLiteral("expect-size")) || p.isSet(QStringLiteral("expect-root")))) {
        bool ok = false;
        const qulonglong size = p.value(QStringLiteral("expect-size")).toULongLong(&ok);
        const QByteArray root = QByteArray::fromHex(p.value(QStringLiteral("expect-root")).toLatin1());
        if (!ok || size == 0 || root.size() != 32)
            return CliContext::usage(tr("--expect-size N and --expect-root HEX go together: a number of entries and "
                                        "the 64 hex digits of a checkpoint's root."));
        witness = audit::Witness{size, root};
    }
    if (verify && p.isSet(QStringLiteral("export"))) {
        if (!p.positionalArguments().isEmpty())
            return CliContext::usage(tr("Give either WORKSPACE or --export DIR, not both."));
        if (p.isSet(QStringLiteral("deep")))
            return CliContext::usage(tr("--deep checks a workspace's content; an exported bundle holds none."));
        return report(audit::verifyBundle(p.value(QStringLiteral("export")), threads, terminalProgress(), witness));
    }
    if (p.positionalArguments().isEmpty())
        return CliContext::usage(tr("Expected WORKSPACE or --export DIR."));
    // Verifying only reads; exporting records an audit.export entry.
    auto session = CliContext::signIn(p, p.positionalArguments().first(),
                                      verify ? workspace::Workspace::Access::ReadOnly : workspace::Workspace::Access::ReadWrite);
    if (!session)
        return CliContext::fail(session.status());
    if (verify)
        return report(auditing::AuditService(**session).verify(threads, terminalProgress(), witness,
                                                               p.isSet(QStringLiteral("deep"))));
    const QString dir = p.positionalArguments().at(1);
    if (Status s = auditing::AuditService(**session).exportBundle(dir); !s.ok())
        return CliContext::fail(s);
    // The seal the export ends with: keep it, and give it to `audit verify --expect-size/--expect-root`.
    QJsonObject out{{QStringLiteral("exported"), dir}};
    if (auto sealed = auditing::AuditService(**session).newestCheckpoint(); sealed && *sealed) {
        out.insert(QStringLiteral("checkpoint"), audit::witnessJson(**sealed));
    }
    CliContext::printJson(QJsonDocument(out));
    return ExitOk;
}

int runCheck(const QStringList& args)
{
    CliContext ctx(args);
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption(threadsOption());
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const std::optional<int> parsedThreads = threadsFrom(p);
    if (!parsedThreads)
        return ExitUsage;
    const int threads = *parsedThreads;
    auto session = CliContext::signIn(p, p.positionalArguments().first(), workspace::Workspace::Access::ReadOnly);
    if (!session)
        return CliContext::fail(session.status());
    const auto stage = [](const QString& what) { CliContext::printError(what); };
    auto report = auditing::AuditService(**session).checkIntegrity(threads, stage, terminalProgress());
    if (!report)
        return CliContext::fail(report.status());
    QJsonArray files;
    for (const auto& c : report->compartments) {
        QJsonObject o{{QStringLiteral("compartment"), domain::key(c.compartment)}, {QStringLiteral("checked"), c.checked}};
        if (c.checked) {
            o.insert(QStringLiteral("ok"), c.findings.isEmpty());
            o.insert(QStringLiteral("findings"), QJsonArray::fromStringList(c.findings));
        }
        files.append(o);
    }
    const audit::VerificationReport& log = report->log;
    QJsonObject logJson{{QStringLiteral("ok"), log.ok()},
                        {QStringLiteral("entries"), static_cast<qint64>(log.entriesChecked)},
                        {QStringLiteral("checkpoints"), static_cast<qint64>(log.checkpointsChecked)},
                        {QStringLiteral("problem"), audit::VerificationReport::problemKey(log.problem)},
                        {QStringLiteral("message"), log.message}};
    if (!log.differences.isEmpty())
        logJson.insert(QStringLiteral("differences"), QJsonArray::fromStringList(log.differences));
    CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("ok"), report->ok()},
                                                    {QStringLiteral("files"), files},
                                                    {QStringLiteral("audit_log"), logJson}}));
    if (report->ok())
        return ExitOk;
    for (const auto& c : report->compartments) {
        if (!c.findings.isEmpty())
            CliContext::printError(tr("The file of \"%1\" is damaged; the first problem SQLite found: %2. Restore "
                                      "the workspace from a backup.")
                                       .arg(domain::displayName(c.compartment), c.findings.first()));
    }
    if (!log.ok())
        CliContext::printError(log.message);
    return ExitBadData;
}

} // namespace custos::cli
