// The role matrix: every operation of the permission table, reads included, tried through
// the real services by a user of every role. A role the table allows is never refused
// for its role (the call may still fail for other reasons: the probes ask for things that
// do not exist); a role it does not allow is refused with PermissionDenied before anything
// is read or written.
#include "TestSupport.h"
#include "access/AdministrationService.h"
#include "auditing/AuditService.h"
#include "cases/CaseService.h"
#include "domain/Permissions.h"
#include "ingest/ImportService.h"
#include "policy/PolicyService.h"
#include "policy/ScanService.h"
#include "records/RetentionService.h"
#include "roster/RosterService.h"
#include "review/DecisionService.h"
#include "review/IdentityService.h"
#include "review/QueueService.h"
#include "review/TakedownService.h"

#include <QDate>
#include <QDir>
#include <QMultiMap>
#include <QTest>

using namespace custos;
using domain::Operation;
using domain::Role;

namespace {

const QString kPass = QStringLiteral("matrix passphrase");

// One call of a service operation; PermissionDenied means it was refused for the role.
using Probe = std::function<ErrorCode(workspace::Session&)>;

template <typename T> ErrorCode codeOf(const Result<T>& r)
{
    return r ? ErrorCode::None : r.status().code();
}

ErrorCode codeOf(const Status& s)
{
    return s.code();
}

ErrorCode codeOf(const audit::VerificationReport& r)
{
    return r.problem == audit::Problem::NotPermitted ? ErrorCode::PermissionDenied : ErrorCode::None;
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_busyDir; // not empty: an export there is refused after the role check
    QMultiMap<Operation, std::pair<const char*, Probe>> m_probes;
    const QList<std::pair<QString, Role>> m_users = {{QStringLiteral("admin"), Role::Administrator},
                                                     {QStringLiteral("carla"), Role::ComplianceOfficer},
                                                     {QStringLiteral("henri"), Role::HrInvestigator},
                                                     {QStringLiteral("mona"), Role::Manager},
                                                     {QStringLiteral("otto"), Role::Auditor}};

    void probe(Operation op, const char* name, Probe p) { m_probes.insert(op, {name, std::move(p)}); }

    void addProbes()
    {
        using access::AdministrationService;
        using review::DecisionService;
        using review::QueueService;
        using review::TakedownService;
        const qint64 none = 99999999;
        probe(Operation::ViewUsers, "users",
              [](auto& s) { return codeOf(AdministrationService(s).users()); });
        probe(Operation::ManageUsers, "addUser", [](auto& s) {
            return codeOf(AdministrationService(s).addUser(QString(), QString(), Role::Auditor, QString()));
        });
        probe(Operation::ManageUsers, "changeRole", [](auto& s) {
            return codeOf(AdministrationService(s).changeRole(QStringLiteral("nobody"), Role::Auditor));
        });
        probe(Operation::ManageUsers, "revokeUser",
              [](auto& s) { return codeOf(AdministrationService(s).revokeUser(QStringLiteral("nobody"))); });
        probe(Operation::ChangeSettings, "setIdleLockMinutes",
              [](auto& s) { return codeOf(AdministrationService(s).setIdleLockMinutes(0)); });
        probe(Operation::ChangeOwnPassphrase, "changeOwnPassphrase", [](auto& s) {
            return codeOf(AdministrationService(s).changeOwnPassphrase(
                QStringLiteral("not the passphrase"), QStringLiteral("a new passphrase of some length")));
        });
        probe(Operation::ViewWorkspaceInfo, "info",
              [](auto& s) { return codeOf(AdministrationService(s).info()); });
        probe(Operation::ImportExports, "import", [this](auto& s) {
            return codeOf(ingest::ImportService(s).run(
                {QStringLiteral("slack"), m_tmp.filePath(QStringLiteral("missing")), {}, 100, {}}));
        });
        probe(Operation::ViewPolicies, "overview",
              [](auto& s) { return codeOf(policy::PolicyService(s).overview()); });
        probe(Operation::ViewPolicies, "policy",
              [](auto& s) { return codeOf(policy::PolicyService(s).policy(std::nullopt)); });
        probe(Operation::ViewPolicies, "text",
              [](auto& s) { return codeOf(policy::PolicyService(s).text(999)); });
        probe(Operation::PublishPolicy, "publish",
              [](auto& s) { return codeOf(policy::PolicyService(s).publish("{ not json")); });
        probe(Operation::ScanWorkspace, "scan", [](auto& s) {
            policy::ScanOptions o;
            o.policyVersion = 999;
            return codeOf(policy::ScanService(s).scan(o));
        });
        probe(Operation::ScanWorkspace, "versionToScan",
              [](auto& s) { return codeOf(policy::PolicyService(s).versionToScan(999)); });
        probe(Operation::ReviewQueue, "listFlags",
              [](auto& s) { return codeOf(QueueService(s).listFlags({}, 10)); });
        probe(Operation::ReviewQueue, "page", [](auto& s) {
            return codeOf(QueueService(s).page({}, domain::QueueSort::Time, false, 10, 0));
        });
        probe(Operation::ReviewQueue, "count", [](auto& s) { return codeOf(QueueService(s).count({})); });
        probe(Operation::ReviewQueue, "countJob",
              [](auto& s) { return codeOf(QueueService(s).countJob({})); });
        probe(Operation::ReviewQueue, "postDetail",
              [none](auto& s) { return codeOf(QueueService(s).postDetail(none)); });
        probe(Operation::ReviewQueue, "similarFlags",
              [none](auto& s) { return codeOf(QueueService(s).similarFlags(none)); });
        probe(Operation::ReviewQueue, "filterChoices",
              [](auto& s) { return codeOf(QueueService(s).filterChoices()); });
        probe(Operation::ReviewQueue, "ruleRecords",
              [](auto& s) { return codeOf(QueueService(s).ruleRecords()); });
        probe(Operation::ReviewQueue, "totals", [](auto& s) { return codeOf(QueueService(s).totals()); });
        probe(Operation::DecideFlags, "dismiss", [](auto& s) {
            return codeOf(DecisionService(s).dismiss({}, domain::DismissReason::FalsePositive));
        });
        probe(Operation::DecideFlags, "confirm",
              [](auto& s) { return codeOf(DecisionService(s).confirm({})); });
        probe(Operation::DecideFlags, "comment",
              [none](auto& s) { return codeOf(DecisionService(s).comment(none, QStringLiteral("seen"))); });
        probe(Operation::DecideFlags, "tag",
              [](auto& s) { return codeOf(DecisionService(s).tag({}, QStringLiteral("x"))); });
        probe(Operation::DecideFlags, "assign",
              [](auto& s) { return codeOf(DecisionService(s).assign({})); });
        probe(Operation::DecideFlags, "escalate", [](auto& s) {
            return codeOf(
                DecisionService(s).escalate({}, QStringLiteral("carla"), QStringLiteral("a second look")));
        });
        probe(Operation::DecideFlags, "notificationTemplate",
              [](auto& s) { return codeOf(DecisionService(s).notificationTemplate()); });
        probe(Operation::DecideFlags, "notifyAuthor", [none](auto& s) {
            return codeOf(
                DecisionService(s).notifyAuthor(none, QStringLiteral("4.2"), QStringLiteral("delete it")));
        });
        probe(Operation::SaveQueueFilters, "savedFilters",
              [](auto& s) { return codeOf(QueueService(s).savedFilters()); });
        probe(Operation::SaveQueueFilters, "saveFilter",
              [](auto& s) { return codeOf(QueueService(s).saveFilter(QString(), {})); });
        probe(Operation::SaveQueueFilters, "deleteFilter",
              [](auto& s) { return codeOf(QueueService(s).deleteFilter(QStringLiteral("none"))); });
        probe(Operation::RevealIdentity, "reveal",
              [none](auto& s) { return codeOf(review::IdentityService(s).reveal(none, QString())); });
        probe(Operation::RequestTakedown, "request",
              [none](auto& s) { return codeOf(TakedownService(s).request(none, QString(), QString())); });
        probe(Operation::DecideTakedown, "decide", [none](auto& s) {
            return codeOf(TakedownService(s).decide(none, true, QStringLiteral("ok")));
        });
        probe(Operation::DecideTakedown, "markDone",
              [none](auto& s) { return codeOf(TakedownService(s).markDone(none)); });
        probe(Operation::ViewTakedowns, "list", [](auto& s) { return codeOf(TakedownService(s).list()); });
        probe(Operation::ExportTakedownOrder, "order",
              [none](auto& s) { return codeOf(TakedownService(s).order(none)); });
        probe(Operation::EditNotificationTemplate, "setNotificationTemplate", [](auto& s) {
            return codeOf(DecisionService(s).setNotificationTemplate(QStringLiteral("no fields")));
        });
        probe(Operation::ReadAuditLog, "entries",
              [](auto& s) { return codeOf(auditing::AuditService(s).entries({}, 0, 10)); });
        probe(Operation::ReadAuditLog, "count",
              [](auto& s) { return codeOf(auditing::AuditService(s).count({})); });
        probe(Operation::ReadAuditLog, "actions",
              [](auto& s) { return codeOf(auditing::AuditService(s).actions()); });
        probe(Operation::ReadAuditLog, "inclusionProof",
              [](auto& s) { return codeOf(auditing::AuditService(s).inclusionProof(0)); });
        probe(Operation::ReadAuditLog, "consistencyProof",
              [](auto& s) { return codeOf(auditing::AuditService(s).consistencyProof(1, 1)); });
        probe(Operation::VerifyAuditLog, "verify",
              [](auto& s) { return codeOf(auditing::AuditService(s).verify()); });
        probe(Operation::VerifyAuditLog, "verificationJob",
              [](auto& s) { return codeOf(auditing::AuditService(s).verificationJob()); });
        probe(Operation::ExportAuditLog, "exportBundle",
              [this](auto& s) { return codeOf(auditing::AuditService(s).exportBundle(m_busyDir)); });
        probe(Operation::CheckIntegrity, "checkIntegrity",
              [](auto& s) { return codeOf(auditing::AuditService(s).checkIntegrity(1, {}, {})); });
        // The log is never rekeyed: an allowed role gets InvalidArgument, nothing changes.
        probe(Operation::RekeyCompartment, "rekeyCompartment", [](auto& s) {
            return codeOf(access::AdministrationService(s).rekeyCompartment(domain::Compartment::Log));
        });
        probe(Operation::RekeyCompartment, "formerHolders", [](auto& s) {
            return codeOf(access::AdministrationService(s).formerHolders(domain::Compartment::Content));
        });
        // Cases: the probes name cases, parties and items that do not exist (NotFound once
        // the role is allowed), or are incomplete (InvalidArgument), so nothing is written.
        using cases::CaseService;
        probe(Operation::ViewCases, "list", [](auto& s) { return codeOf(CaseService(s).list({})); });
        probe(Operation::ViewCases, "count", [](auto& s) { return codeOf(CaseService(s).count({})); });
        probe(Operation::ViewCases, "find", [](auto& s) { return codeOf(CaseService(s).find(QStringLiteral("HR-1999-0001"))); });
        probe(Operation::ViewCases, "show", [none](auto& s) { return codeOf(CaseService(s).show(none)); });
        probe(Operation::ViewCases, "timeline", [none](auto& s) { return codeOf(CaseService(s).timeline(none)); });
        probe(Operation::ViewCases, "timelinePosts", [none](auto& s) { return codeOf(CaseService(s).timelinePosts(none)); });
        probe(Operation::ViewCases, "openEvidence", [none](auto& s) { return codeOf(CaseService(s).openEvidence(none)); });
        probe(Operation::ViewCases, "interviewTemplates", [](auto& s) { return codeOf(CaseService(s).interviewTemplates()); });
        probe(Operation::ViewCases, "repeatHistory", [none](auto& s) { return codeOf(CaseService(s).repeatHistory(none, none)); });
        probe(Operation::ViewCases, "authorHistory", [none](auto& s) { return codeOf(CaseService(s).authorHistory(none)); });
        probe(Operation::ViewCases, "reportHtml", [none](auto& s) { return codeOf(CaseService(s).reportHtml(none)); });
        probe(Operation::ManageCases, "open", [](auto& s) { return codeOf(CaseService(s).open({})); });
        probe(Operation::ManageCases, "addPosts", [none](auto& s) { return codeOf(CaseService(s).addPosts(none, {none}, {})); });
        probe(Operation::ManageCases, "edit", [none](auto& s) { return codeOf(CaseService(s).edit(none, {})); });
        probe(Operation::ManageCases, "setStatus",
              [none](auto& s) { return codeOf(CaseService(s).setStatus(none, domain::CaseStatus::Investigating)); });
        probe(Operation::ManageCases, "addParty", [none](auto& s) { return codeOf(CaseService(s).addParty(none, {})); });
        probe(Operation::ManageCases, "addAllegation", [none](auto& s) { return codeOf(CaseService(s).addAllegation(none, {})); });
        probe(Operation::ManageCases, "addNote",
              [none](auto& s) { return codeOf(CaseService(s).addNote(none, QStringLiteral("x"))); });
        probe(Operation::ManageCases, "recordMessage",
              [none](auto& s) { return codeOf(CaseService(s).recordMessage(none, none, QStringLiteral("x"))); });
        probe(Operation::ManageCases, "link", [none](auto& s) { return codeOf(CaseService(s).link(none, none + 1)); });
        probe(Operation::ManageCases, "addEvidence", [none](auto& s) {
            return codeOf(CaseService(s).addEvidence(none, QStringLiteral("a.txt"), QStringLiteral("text/plain"), "x"));
        });
        probe(Operation::ManageCases, "addTask",
              [none](auto& s) { return codeOf(CaseService(s).addTask(none, QStringLiteral("x"), 0, {})); });
        probe(Operation::ManageCases, "completeTask", [none](auto& s) { return codeOf(CaseService(s).completeTask(none)); });
        probe(Operation::ManageCases, "recordInterview",
              [none](auto& s) { return codeOf(CaseService(s).recordInterview(none, {})); });
        probe(Operation::ManageCases, "agreeInterview", [none](auto& s) { return codeOf(CaseService(s).agreeInterview(none)); });
        probe(Operation::ManageCases, "recordFinding", [none](auto& s) {
            return codeOf(CaseService(s).recordFinding(none, domain::Finding::Inconclusive, QStringLiteral("x")));
        });
        probe(Operation::ManageCases, "recordOutcome", [none](auto& s) {
            return codeOf(CaseService(s).recordOutcome(none, none, domain::Sanction::Coaching, QStringLiteral("x")));
        });
        probe(Operation::ManageCases, "lodgeAppeal",
              [none](auto& s) { return codeOf(CaseService(s).lodgeAppeal(none, QStringLiteral("x"))); });
        probe(Operation::AssignCases, "assign", [none](auto& s) { return codeOf(CaseService(s).assign(none, 1)); });
        probe(Operation::DecideAppeal, "decideAppeal",
              [none](auto& s) { return codeOf(CaseService(s).decideAppeal(none, true, QStringLiteral("x"))); });
        probe(Operation::EditInterviewTemplates, "saveInterviewTemplate",
              [](auto& s) { return codeOf(CaseService(s).saveInterviewTemplate({})); });
        using records::RetentionService;
        probe(Operation::ViewRecords, "rules", [](auto& s) { return codeOf(RetentionService(s).rules(true)); });
        probe(Operation::ViewRecords, "holds", [](auto& s) { return codeOf(RetentionService(s).holds(true)); });
        probe(Operation::ViewRecords, "preview", [](auto& s) { return codeOf(RetentionService(s).preview()); });
        probe(Operation::ViewRecords, "channels", [](auto& s) { return codeOf(RetentionService(s).channels()); });
        probe(Operation::ViewRecords, "custodians", [none](auto& s) { return codeOf(RetentionService(s).custodians(none)); });
        probe(Operation::ViewRecords, "purges", [](auto& s) { return codeOf(RetentionService(s).purges()); });
        probe(Operation::ViewRecords, "certificate", [none](auto& s) { return codeOf(RetentionService(s).certificate(none)); });
        probe(Operation::ViewRecords, "caseId", [](auto& s) { return codeOf(RetentionService(s).caseId(QStringLiteral("x"))); });
        probe(Operation::ManageRecords, "addRule", [](auto& s) { return codeOf(RetentionService(s).addRule({})); });
        probe(Operation::ManageRecords, "retireRule",
              [none](auto& s) { return codeOf(RetentionService(s).retireRule(none, QStringLiteral("x"))); });
        probe(Operation::ManageRecords, "placeHold", [](auto& s) { return codeOf(RetentionService(s).placeHold({})); });
        probe(Operation::ManageRecords, "releaseHold",
              [none](auto& s) { return codeOf(RetentionService(s).releaseHold(none, QStringLiteral("x"))); });
        probe(Operation::ManageRecords, "notices", [none](auto& s) { return codeOf(RetentionService(s).notices(none)); });
        probe(Operation::ManageRecords, "acknowledge",
              [none](auto& s) { return codeOf(RetentionService(s).acknowledge(none, none, {})); });
        probe(Operation::PurgeRecords, "purge", [](auto& s) { return codeOf(RetentionService(s).purge()); });
        using roster::RosterService;
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        probe(Operation::ViewPeople, "roster", [](auto& s) { return codeOf(RosterService(s).roster()); });
        probe(Operation::ViewPeople, "unmatchedPeople", [](auto& s) { return codeOf(RosterService(s).unmatchedPeople()); });
        probe(Operation::ViewPeople, "modules", [](auto& s) { return codeOf(RosterService(s).modules()); });
        probe(Operation::ViewPeople, "trainingStatus", [today](auto& s) { return codeOf(RosterService(s).status(today)); });
        probe(Operation::ViewPeople, "acknowledgements", [](auto& s) { return codeOf(RosterService(s).acknowledgements()); });
        probe(Operation::ViewPeople, "standingOf", [none](auto& s) { return codeOf(RosterService(s).standingOf(none, {})); });
        probe(Operation::ManagePeople, "importRoster",
              [](auto& s) { return codeOf(RosterService(s).importRoster(QStringLiteral("/nonexistent.csv"))); });
        probe(Operation::ManagePeople, "link", [none](auto& s) { return codeOf(RosterService(s).link(QStringLiteral("x"), none)); });
        probe(Operation::ManagePeople, "addModule", [](auto& s) { return codeOf(RosterService(s).addModule({}, 0, 0)); });
        probe(Operation::ManagePeople, "assign",
              [](auto& s) { return codeOf(RosterService(s).assign(QStringLiteral("x"), QStringLiteral("y"), {})); });
        probe(Operation::ManagePeople, "recordCompletion",
              [](auto& s) { return codeOf(RosterService(s).recordCompletion(QStringLiteral("x"), QStringLiteral("y"), {})); });
        probe(Operation::ManagePeople, "importCompletions",
              [](auto& s) { return codeOf(RosterService(s).importCompletions(QStringLiteral("/nonexistent.csv"))); });
        probe(Operation::ManagePeople, "acknowledgePolicy",
              [](auto& s) { return codeOf(RosterService(s).acknowledgePolicy(QStringLiteral("x"), 1, {})); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = m_tmp.filePath(QStringLiteral("ws"));
        auto admin = test::createWorkspace(m_dir);
        QVERIFY(admin);
        for (const auto& [name, role] : m_users) {
            if (role != Role::Administrator)
                QVERIFY(access::AdministrationService(*admin).addUser(name, name.toUpper(), role, kPass));
        }
        m_busyDir = m_tmp.filePath(QStringLiteral("busy"));
        QVERIFY(QDir().mkpath(m_busyDir));
        test::writeFile(m_busyDir + QStringLiteral("/already-here.txt"), "x");
        addProbes();
    }

    // Adding an operation to the table without a probe here fails this test.
    void everyOperationHasAProbe()
    {
        for (const Operation op : domain::all<Operation>())
            QVERIFY2(m_probes.contains(op), qPrintable(domain::key(op)));
    }

    void everyRoleIsRefusedExactlyWhereTheTableSaysSo_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("role");
        for (const auto& [name, role] : m_users)
            QTest::newRow(qPrintable(name)) << name << static_cast<int>(role);
    }

    void everyRoleIsRefusedExactlyWhereTheTableSaysSo()
    {
        QFETCH(QString, user);
        QFETCH(int, role);
        auto session = workspace::Workspace::open(
            m_dir, user, user == QLatin1String("admin") ? test::kAdminPassphrase : kPass);
        QVERIFY2(session, qPrintable(session.status().message()));
        QCOMPARE(static_cast<int>((*session)->user().role), role);
        int allowed = 0;
        for (auto it = m_probes.cbegin(); it != m_probes.cend(); ++it) {
            const bool mayDo = domain::allows((*session)->user().role, it.key());
            const qint64 entriesBefore =
                test::scalar((*session)->database(), QStringLiteral("SELECT count(*) FROM audit_entries;"));
            const ErrorCode code = it.value().second(**session);
            const QString what = QStringLiteral("%1 as %2 (%3)")
                                     .arg(QString::fromLatin1(it.value().first), user, domain::key(it.key()));
            if (mayDo) {
                ++allowed;
                QVERIFY2(code != ErrorCode::PermissionDenied,
                         qPrintable(what + QStringLiteral(" was refused")));
            } else {
                QVERIFY2(code == ErrorCode::PermissionDenied,
                         qPrintable(what + QStringLiteral(" was not refused")));
                // A refusal writes nothing.
                QCOMPARE(test::scalar((*session)->database(),
                                      QStringLiteral("SELECT count(*) FROM audit_entries;")),
                         entriesBefore);
            }
        }
        QVERIFY(allowed > 0); // every role may do something (change its passphrase at least)
    }

    // What the product promises of its roles, read off the one table.
    void theTableKeepsTheProductsPromises()
    {
        // Managers see aggregates only: never a post, a person, a takedown or the log's details.
        for (const Operation op :
             {Operation::ReviewQueue, Operation::RevealIdentity, Operation::ViewTakedowns,
              Operation::ReadAuditLog, Operation::ViewUsers, Operation::ImportExports})
            QVERIFY2(!domain::allows(Role::Manager, op), qPrintable(domain::key(op)));
        // Four eyes: only compliance officers decide takedowns.
        QCOMPARE(domain::rolesAllowed(Operation::DecideTakedown), QList<Role>{Role::ComplianceOfficer});
        // Auditors read and verify, and change nothing of the cases or the workspace.
        for (const Operation op :
             {Operation::ManageUsers, Operation::ChangeSettings, Operation::ImportExports,
              Operation::PublishPolicy, Operation::ScanWorkspace, Operation::DecideFlags,
              Operation::RequestTakedown, Operation::DecideTakedown})
            QVERIFY2(!domain::allows(Role::Auditor, op), qPrintable(domain::key(op)));
        QVERIFY(domain::allows(Role::Auditor, Operation::ReadAuditLog));
        QVERIFY(domain::allows(Role::Auditor, Operation::VerifyAuditLog));
        // Every role allowed an operation holds the key of the compartment it needs, and
        // managers and auditors hold no key to the posts at all.
        for (const Operation op : domain::all<Operation>()) {
            for (const Role r : domain::rolesAllowed(op))
                QVERIFY2(domain::holdsKey(r, domain::compartmentOf(op)),
                         qPrintable(domain::key(op) + u' ' + domain::key(r)));
        }
        QVERIFY(!domain::holdsKey(Role::Manager, domain::Compartment::Content));
        QVERIFY(!domain::holdsKey(Role::Auditor, domain::Compartment::Content));
        QVERIFY(!domain::holdsKey(Role::Auditor, domain::Compartment::Aggregates));
        QCOMPARE(domain::compartmentOf(Operation::ReviewQueue), domain::Compartment::Content);
        // Only administrators manage users.
        QCOMPARE(domain::rolesAllowed(Operation::ManageUsers), QList<Role>{Role::Administrator});
        // A refusal names what was refused and who may do it, in the user's language.
        const Status refused = domain::require(Role::Manager, Operation::DecideTakedown);
        QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
        QVERIFY(refused.message().contains(domain::displayName(Operation::DecideTakedown)));
        QVERIFY(refused.message().contains(domain::displayName(Role::ComplianceOfficer)));
        QVERIFY(domain::require(Role::ComplianceOfficer, Operation::DecideTakedown).ok());
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
