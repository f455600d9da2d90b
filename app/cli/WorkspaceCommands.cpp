#include "WorkspaceCommands.h"

#include "CliContext.h"
#include "RecordsCommands.h"
#include "records/RetentionService.h"
#include "Passphrase.h"
#include "access/AdministrationService.h"
#include "crypto/SelfTest.h"
#include "domain/Permissions.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace custos::cli {
namespace {

// lupdate files tr() calls in this namespace under the context "custos::cli".
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("custos::cli", text, disambiguation, n);
}

QJsonObject userJson(const domain::UserRecord& u)
{
    return QJsonObject{{QStringLiteral("name"), u.name},
                       {QStringLiteral("display_name"), u.displayName},
                       {QStringLiteral("role"), domain::key(u.role)},
                       {QStringLiteral("active"), u.isActive()},
                       {QStringLiteral("signing_key_id"), crypto::keyId(u.signingPublicKey)},
                       {QStringLiteral("created_at"), u.createdAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("revoked_at"),
                        u.isActive() ? QJsonValue() : QJsonValue(u.revokedAt.toString(Qt::ISODateWithMs))}};
}

int userAdd(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("name"), tr("Name of the new user."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("display-name"), tr("Full name shown in the console."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("role"), tr("administrator, compliance, investigator, manager or auditor."),
                 QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("new-passphrase-file"), tr("Read the new user's first passphrase from FILE."),
                 QStringLiteral("FILE")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const auto role = domain::fromKey<domain::Role>(p.value(QStringLiteral("role")));
    if (!role)
        return CliContext::usage(tr("--role must be one of administrator, compliance, investigator, manager, auditor."));
    if (p.value(QStringLiteral("name")).isEmpty())
        return CliContext::usage(tr("--name NAME is required."));
    if (p.value(QStringLiteral("new-passphrase-file")).isEmpty())
        return CliContext::usage(tr("--new-passphrase-file FILE is required."));
    auto first = Passphrase::fromFile(p.value(QStringLiteral("new-passphrase-file")));
    if (!first)
        return CliContext::fail(first.status());
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    access::AdministrationService admin(**session);
    auto user = admin.addUser(p.value(QStringLiteral("name")), p.value(QStringLiteral("display-name")), *role, *first);
    if (!user)
        return CliContext::fail(user.status());
    CliContext::printJson(QJsonDocument(userJson(*user)));
    return ExitOk;
}

int userList(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    auto users = access::AdministrationService(**session).users();
    if (!users)
        return CliContext::fail(users.status());
    QJsonArray list;
    for (const auto& u : *users)
        list.append(userJson(u));
    CliContext::printJson(QJsonDocument(list));
    return ExitOk;
}

// After a role change or a revocation: whoever left a compartment may have kept its key;
// say so, and how to rekey it.
void offerRekey(access::AdministrationService& admin, const QString& workspace, const QString& user)
{
    for (const domain::Compartment c : {domain::Compartment::Content, domain::Compartment::Aggregates}) {
        auto former = admin.formerHolders(c);
        if (!former || former->isEmpty())
            continue;
        CliContext::printError(tr("%n user(s) (%1) held the key of the %2 compartment and no longer do; a copy they "
                                  "kept still opens it. To re-encrypt it for its current holders only, run: "
                                  "custos-cli keys rekey %3 --user %4 --compartment %5",
                                  nullptr, static_cast<int>(former->size()))
                                   .arg(former->join(QStringLiteral(", ")), domain::displayName(c), workspace, user,
                                        domain::key(c)));
    }
}

int userRoleOrRevoke(CliContext& ctx, bool revoke)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("name"), tr("The user to change."), QStringLiteral("NAME")});
    if (!revoke)
        p.addOption({QStringLiteral("role"), tr("The new role."), QStringLiteral("ROLE")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (p.value(QStringLiteral("name")).isEmpty())
        return CliContext::usage(tr("--name NAME is required."));
    std::optional<domain::Role> role;
    if (!revoke) {
        role = domain::fromKey<domain::Role>(p.value(QStringLiteral("role")));
        if (!role)
            return CliContext::usage(
                tr("--role must be one of administrator, compliance, investigator, manager, auditor."));
    }
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    access::AdministrationService admin(**session);
    const QString name = p.value(QStringLiteral("name"));
    Status status = revoke ? admin.revokeUser(name) : admin.changeRole(name, *role);
    if (!status.ok())
        return CliContext::fail(status);
    offerRekey(admin, p.positionalArguments().first(), p.value(QStringLiteral("user")));
    return ExitOk;
}

int keysRekey(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("compartment"), tr("The compartment to rekey: content or aggregates."),
                 QStringLiteral("NAME")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const auto compartment = domain::fromKey<domain::Compartment>(p.value(QStringLiteral("compartment")));
    if (!compartment || *compartment == domain::Compartment::Log)
        return CliContext::usage(tr("--compartment must be content or aggregates."));
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    auto rekeyed = access::AdministrationService(**session).rekeyCompartment(*compartment);
    if (!rekeyed)
        return CliContext::fail(rekeyed.status());
    CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("compartment"), domain::key(rekeyed->compartment)},
                                                    {QStringLiteral("generation"), rekeyed->generation},
                                                    {QStringLiteral("holders"), QJsonArray::fromStringList(rekeyed->holders)}}));
    return ExitOk;
}

int userPasswd(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("new-passphrase-file"), tr("Read the new passphrase from FILE."),
                 QStringLiteral("FILE")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QString user = p.value(QStringLiteral("user"));
    if (user.isEmpty())
        return CliContext::usage(tr("--user NAME is required."));
    auto current = Passphrase::obtain(p.value(QStringLiteral("passphrase-file")), tr("Current passphrase of %1").arg(user));
    if (!current)
        return CliContext::fail(current.status());
    const QString newFile = p.value(QStringLiteral("new-passphrase-file"));
    auto next = newFile.isEmpty() ? Passphrase::prompt(tr("New passphrase"), true) : Passphrase::fromFile(newFile);
    if (!next)
        return CliContext::fail(next.status());
    auto session = workspace::Workspace::open(p.positionalArguments().first(), user, *current);
    if (!session)
        return CliContext::fail(session.status());
    Status status = access::AdministrationService(**session).changeOwnPassphrase(*current, *next);
    return status.ok() ? ExitOk : CliContext::fail(status);
}

} // namespace

int runInit(const QStringList& args)
{
    CliContext ctx(args);
    QCommandLineParser p;
    p.addOption({QStringLiteral("admin"), tr("Name of the first administrator."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("display-name"), tr("Full name of the administrator."), QStringLiteral("TEXT")});
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("retention"),
                 tr("The default retention period: a number of days (14 is common) or \"indefinite\". Without it "
                    "the workspace keeps everything until an administrator writes retention rules."),
                 QStringLiteral("DAYS")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const bool retention = p.isSet(QStringLiteral("retention"));
    std::optional<int> retentionDays;
    if (retention) {
        if (!parseRetentionPeriod(p.value(QStringLiteral("retention")), retentionDays))
            return CliContext::usage(tr("--retention takes a number of days (at least 1) or \"indefinite\"."));
    }
    const QString admin = p.value(QStringLiteral("admin"));
    if (admin.isEmpty())
        return CliContext::usage(tr("--admin NAME is required."));
    if (Status s = workspace::Workspace::validateUserName(admin); !s.ok())
        return CliContext::fail(s);
    auto passphrase = Passphrase::obtain(p.value(QStringLiteral("passphrase-file")),
                                         tr("Passphrase for %1").arg(admin), true);
    if (!passphrase)
        return CliContext::fail(passphrase.status());
    workspace::NewWorkspace spec{p.positionalArguments().first(), admin, p.value(QStringLiteral("display-name")),
                                 *passphrase, workspace::Workspace::calibrateKdf()};
    auto session = workspace::Workspace::create(spec);
    if (!session)
        return CliContext::fail(session.status());
    QJsonValue retentionJson;
    if (retention) {
        records::RetentionService service(**session);
        for (const domain::RetentionRule& rule : records::RetentionService::defaultRules(retentionDays)) {
            auto added = service.addRule(rule);
            if (!added)
                return CliContext::fail(added.status());
        }
        retentionJson = retentionDays ? QJsonValue(*retentionDays) : QJsonValue(QStringLiteral("indefinite"));
    } else {
        CliContext::printError(tr("No retention period was chosen: the workspace keeps everything until retention rules "
                                  "are written (custos-cli retention rule add)."));
    }
    CliContext::printJson(QJsonDocument(QJsonObject{
        {QStringLiteral("workspace"), (*session)->paths().dir()},
        {QStringLiteral("retention_days"), retentionJson},
        {QStringLiteral("workspace_id"), (*session)->workspaceId()},
        {QStringLiteral("administrator"), admin},
        {QStringLiteral("kdf"), QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("argon2id")},
                                            {QStringLiteral("memory_kib"), static_cast<qint64>(spec.kdf.memoryKiB)},
                                            {QStringLiteral("iterations"), static_cast<qint64>(spec.kdf.iterations)},
                                            {QStringLiteral("parallelism"), static_cast<qint64>(spec.kdf.parallelism)}}},
    }));
    return ExitOk;
}

int runUser(const QStringList& args)
{
    if (args.isEmpty())
        return CliContext::usage(tr("custos-cli user needs a subcommand: add, list, role, revoke or passwd."));
    const QString sub = args.first();
    CliContext ctx(args.mid(1));
    if (sub == QLatin1String("add"))
        return userAdd(ctx);
    if (sub == QLatin1String("list"))
        return userList(ctx);
    if (sub == QLatin1String("role"))
        return userRoleOrRevoke(ctx, false);
    if (sub == QLatin1String("revoke"))
        return userRoleOrRevoke(ctx, true);
    if (sub == QLatin1String("passwd"))
        return userPasswd(ctx);
    return CliContext::usage(tr("Unknown user subcommand '%1'.").arg(sub));
}

int runKeys(const QStringList& args)
{
    if (args.isEmpty() || args.first() != QLatin1String("rekey"))
        return CliContext::usage(tr("custos-cli keys needs a subcommand: rekey."));
    CliContext ctx(args.mid(1));
    return keysRekey(ctx);
}

int runInfo(const QStringList& args)
{
    CliContext ctx(args);
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    auto session = CliContext::signIn(p, p.positionalArguments().first(), workspace::Workspace::Access::ReadOnly);
    if (!session)
        return CliContext::fail(session.status());
    workspace::Session& s = **session;
    access::AdministrationService administration(s);
    auto info = administration.info();
    if (!info)
        return CliContext::fail(info.status());
    QJsonObject tables;
    for (const auto& [name, count] : info->tableCounts)
        tables.insert(name, count);
    // The roster for roles that may see it.
    QJsonArray userList;
    if (domain::allows(s.user().role, domain::Operation::ViewUsers)) {
        auto users = administration.users();
        if (!users)
            return CliContext::fail(users.status());
        for (const auto& u : *users)
            userList.append(userJson(u));
    }
    CliContext::printJson(QJsonDocument(QJsonObject{
        {QStringLiteral("workspace"), s.paths().dir()},
        {QStringLiteral("workspace_id"), s.workspaceId()},
        {QStringLiteral("schema_version"), info->schemaVersion},
        {QStringLiteral("signed_in_as"), QJsonObject{{QStringLiteral("name"), s.user().name},
                                                     {QStringLiteral("role"), domain::key(s.user().role)}}},
        {QStringLiteral("idle_lock_minutes"), s.idleLockMinutes()},
        {QStringLiteral("users"), userList},
        {QStringLiteral("tables"), tables},
    }));
    return ExitOk;
}

int runSelfTest(const QStringList& args)
{
    if (!args.isEmpty())
        return CliContext::usage(tr("custos-cli selftest takes no arguments."));
    Status status = crypto::SelfTest::runUncached();
    if (!status.ok())
        return CliContext::fail(status);
    CliContext::printLine(tr("Self-tests passed: SHA-256, AES-256-GCM, Argon2id, Ed25519."));
    return ExitOk;
}

} // namespace custos::cli
