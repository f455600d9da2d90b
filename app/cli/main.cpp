// custos-cli: the console's non-interactive jobs on the same services as the GUI.
#include "AuditCommands.h"
#include "CaseCommands.h"
#include "CliContext.h"
#include "DetectionCommands.h"
#include "RecordsCommands.h"
#include "RosterCommands.h"
#include "ReviewCommands.h"
#include "ImportCommands.h"
#include "WorkspaceCommands.h"

#include "core/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

const char* const kUsage = QT_TRANSLATE_NOOP("custos::cli::main",
    "Usage: custos-cli COMMAND [ARGS]\n"
    "\n"
    "Commands:\n"
    "  init WORKSPACE --admin NAME [--display-name TEXT] [--retention DAYS|indefinite]\n"
    "      Create a workspace folder with NAME as its first administrator and the default retention period.\n"
    "  user add WORKSPACE --user ADMIN --name NAME --role ROLE --new-passphrase-file FILE [--display-name TEXT]\n"
    "  user list WORKSPACE --user NAME\n"
    "  user role WORKSPACE --user ADMIN --name NAME --role ROLE\n"
    "  user revoke WORKSPACE --user ADMIN --name NAME\n"
    "  user passwd WORKSPACE --user NAME [--new-passphrase-file FILE]\n"
    "  keys rekey WORKSPACE --user NAME --compartment content|aggregates\n"
    "      Re-encrypt a compartment under a new key for its current holders (after someone left it).\n"
    "  info WORKSPACE --user NAME\n"
    "      Print the workspace's schema version, users and table counts as JSON.\n"
    "  import WORKSPACE PATH --user NAME [--format slack|mattermost|teams|csv] [--map FIELD=COLUMN,...]\n"
    "      Import a platform export (folder, .zip, .jsonl, .json or .csv); prints a JSON summary.\n"
    "  demo-corpus --out DIR [--posts N] [--seed S]\n"
    "      Write a synthetic company as a Slack export, with labels.jsonl recording what was planted.\n"
    "  audit verify WORKSPACE --user NAME [--threads N] [--expect-size N --expect-root HEX] [--deep]\n"
    "  audit verify --export DIR [--threads N] [--expect-size N --expect-root HEX]\n"
    "      Check the signed audit log; exit 4 naming the first bad entry.\n"
    "  check WORKSPACE --user NAME [--threads N]\n"
    "      Check every file you hold the key of (SQLite's integrity check) and the audit log; read-only.\n"
    "  audit export WORKSPACE DIR --user NAME\n"
    "      Write the audit log, its checkpoints and public keys for verification elsewhere.\n"
    "  classify [--policy FILE] [--watch \"Name One,Name Two\"] [--format text|jsonl]\n"
    "      Classify texts from stdin (one per line); print one JSON object per line.\n"
    "  scan WORKSPACE --user NAME [--policy-version V] [--threads N]\n"
    "      Scan the posts not yet scanned with the policy version; prints a JSON summary.\n"
    "  policy publish WORKSPACE FILE --user NAME\n"
    "      Publish FILE (JSON) as the next policy version after checking that it compiles.\n"
    "  flags WORKSPACE --user NAME [--status S] [--category C] [--severity S] [--search Q] [--rule R] [--policy-version V]\n"
    "        [--channel NAME] [--assignee NAME] [--from DAY] [--to DAY] [--limit N] [--format text|jsonl]\n"
    "      List flagged posts, newest first, authors as pseudonyms (compliance officers, HR investigators).\n"
    "  case open WORKSPACE --user NAME --title TEXT [--flags IDS] [--posts IDS] [--allegation TYPE[:CLAUSE]]...\n"
    "        [--complainant NAME | --anonymous-reporter] [--assign NAME]... [--priority P] [--intake C] [--due DAY]\n"
    "      Open an investigation case, from flagged posts or from a report; prints its number as JSON.\n"
    "  case list WORKSPACE --user NAME [--status S] [--open] [--priority P] [--allegation T] [--mine | --assignee NAME]\n"
    "        [--overdue] [--search TEXT] [--sort KEY] [--ascending] [--limit N] [--format text|jsonl]\n"
    "  case show WORKSPACE CASE --user NAME\n"
    "      The case (number or id) with its parties, allegations, tasks, outcomes and timeline as JSON; recorded as read.\n"
    "  case note WORKSPACE CASE --user NAME (--text TEXT | --text-file FILE) [--at DAY]\n"
    "  case status WORKSPACE CASE STATUS --user NAME [--reason TEXT]\n"
    "  case evidence add WORKSPACE CASE FILE --user NAME [--description TEXT] [--media-type TYPE]\n"
    "      Attach FILE into the encrypted workspace with its SHA-256.\n"
    "  case report WORKSPACE CASE --user NAME --out FILE.pdf\n"
    "      Write the case report as PDF (or HTML for FILE.html), each step with its audit entry.\n"
    "  retention rules WORKSPACE --user NAME [--all]\n"
    "  retention rule add WORKSPACE --user NAME --name TEXT --class CLASS --period DAYS|indefinite --reason TEXT\n"
    "        [--channel-kind KIND] [--channel ID] [--category C]\n"
    "  retention rule retire WORKSPACE RULE --user NAME --reason TEXT\n"
    "  retention preview WORKSPACE --user NAME [--samples N]\n"
    "      What a purge now would delete per rule, and what is kept and why, as JSON.\n"
    "  retention purge WORKSPACE --user NAME [--batch N] [--quiet]\n"
    "      Delete what has expired, in audited batches that sign a tombstone for each record (for cron: --quiet).\n"
    "  retention purges WORKSPACE --user NAME\n"
    "  hold add WORKSPACE --user NAME --matter TEXT --requested-by TEXT [--custodian ID] [--channel ID] [--case CASE]\n"
    "        [--from DAY] [--to DAY] [--query TEXT] [--note TEXT]\n"
    "  hold release WORKSPACE HOLD --user NAME --reason TEXT\n"
    "  hold list WORKSPACE --user NAME [--all]\n"
    "  hold notices WORKSPACE HOLD --user NAME [--out DIR]\n"
    "      The notice for each custodian (written, never sent).\n"
    "  hold ack WORKSPACE HOLD PERSON --user NAME [--on DAY]\n"
    "  disposition export WORKSPACE PURGE --user NAME --out FILE\n"
    "      The certificate of disposition of a purge: its tombstones and the entries that signed them.\n"
    "  disposition verify CERTIFICATE AUDIT_EXPORT\n"
    "      Check a certificate with an audit export alone; exit 4 naming each item that does not match.\n"
    "  roster import WORKSPACE FILE --user NAME [--map employee_id=COL,name=COL,email=COL,handles=COL,...]\n"
    "      Import the employee roster (CSV) and match it to the imports' people by e-mail or handle.\n"
    "  roster list|unmatched WORKSPACE --user NAME\n"
    "  roster link WORKSPACE EMPLOYEE PERSON --user NAME\n"
    "  roster acknowledge WORKSPACE EMPLOYEE POLICY_VERSION --user NAME [--on DAY]\n"
    "  training module add WORKSPACE --user NAME --name TEXT [--every MONTHS] [--due-days N]\n"
    "  training assign WORKSPACE MODULE --user NAME (--department NAME | --employee ID)\n"
    "  training complete WORKSPACE EMPLOYEE MODULE --user NAME [--on DAY]\n"
    "  training import WORKSPACE FILE --user NAME [--map employee=COL,module=COL,completed=COL]\n"
    "  training status|reminders WORKSPACE --user NAME [--on DAY] [--department NAME] [--overdue | --out DIR]\n"
    "  bench queue [--posts N] [--dir DIR] [--warm-up]\n"
    "      Build or reuse a workspace of N demo posts; print JSON timings of the review queue.\n"
    "  selftest\n"
    "      Run the cryptographic known-answer tests.\n"
    "\n"
    "ROLE is administrator, compliance, investigator, manager or auditor.\n"
    "The passphrase comes from --passphrase-file FILE, else CUSTOS_PASSPHRASE, else a prompt.\n"
    "Exit codes: 0 success, 2 usage, 3 authentication, 4 bad input or data, 5 workspace locked, 130 interrupted, 1 other.");

} // namespace

int main(int argc, char* argv[])
{
    // The PDF report lays text out with Qt GUI; without a display it renders offscreen.
    QStringList early;
    for (int i = 1; i < argc; ++i)
        early << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application;
    if (custos::cli::caseNeedsGui(early)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("custos-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Custos"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUSTOS_VERSION));

    const auto translators = custos::installTranslations();

    QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    using namespace custos::cli;
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        CliContext::printLine(QCoreApplication::translate("custos::cli::main", kUsage));
        return command.isEmpty() ? custos::ExitUsage : custos::ExitOk;
    }
    if (command == QLatin1String("--version")) {
        CliContext::printLine(QStringLiteral("custos-cli ") + QCoreApplication::applicationVersion());
        return custos::ExitOk;
    }
    if (command == QLatin1String("init"))
        return runInit(args);
    if (command == QLatin1String("user"))
        return runUser(args);
    if (command == QLatin1String("keys"))
        return runKeys(args);
    if (command == QLatin1String("info"))
        return runInfo(args);
    if (command == QLatin1String("import"))
        return runImport(args);
    if (command == QLatin1String("demo-corpus"))
        return runDemoCorpus(args);
    if (command == QLatin1String("audit"))
        return runAudit(args);
    if (command == QLatin1String("check"))
        return runCheck(args);
    if (command == QLatin1String("classify"))
        return runClassify(args);
    if (command == QLatin1String("scan"))
        return runScan(args);
    if (command == QLatin1String("policy"))
        return runPolicy(args);
    if (command == QLatin1String("flags"))
        return runFlags(args);
    if (command == QLatin1String("case"))
        return runCase(args);
    if (command == QLatin1String("retention"))
        return runRetention(args);
    if (command == QLatin1String("hold"))
        return runHold(args);
    if (command == QLatin1String("disposition"))
        return runDisposition(args);
    if (command == QLatin1String("roster"))
        return runRoster(args);
    if (command == QLatin1String("training"))
        return runTraining(args);
    if (command == QLatin1String("bench"))
        return runBench(args);
    if (command == QLatin1String("selftest"))
        return runSelfTest(args);
    return CliContext::usage(QCoreApplication::translate("custos::cli::main", "Unknown command '%1'.").arg(command));
}
