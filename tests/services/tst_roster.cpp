// The roster, training and policy acknowledgements against hand-made cases: a roster CSV
// with HR's own column names matched to the people of an import by handle (and one linked
// by hand), bad rows skipped with their reason and a broken file refused whole; training
// recurrence and overdue on a fixed day; completions imported by e-mail; an
// acknowledgement bound to the policy text's SHA-256; and what an author had done when
// they posted.
#include "TestSupport.h"
#include "access/AdministrationService.h"
#include "crypto/Crypto.h"
#include "domain/AuditActions.h"
#include "ingest/ImportService.h"
#include "policy/PolicyService.h"
#include "policy/ScanService.h"
#include "review/QueueService.h"
#include "roster/RosterService.h"

#include <QDate>
#include <QDateTime>
#include <QTest>

using namespace custos;
using namespace custos::domain;
using roster::RosterService;

namespace {
const QString kPass = QStringLiteral("hr passphrase 2026");
}

class TestRoster : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<workspace::Session> m_session;

    QString file(const QString& name, const QString& text)
    {
        const QString path = m_tmp.filePath(name);
        test::writeFile(path, text.toUtf8());
        return path;
    }

    const TrainingStatus* find(const QList<TrainingStatus>& all, const QString& employee, const QString& module)
    {
        for (const TrainingStatus& s : all)
            if (s.employeeId == employee && s.moduleName == module)
                return &s;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("ws"));
        {
            auto admin = test::createWorkspace(dir);
            QVERIFY(admin);
            QVERIFY(access::AdministrationService(*admin).addUser(QStringLiteral("hana"), QStringLiteral("Hana"),
                                                                  Role::HrInvestigator, kPass));
            // Chat by four people: anna.k, ben, chloe and a stranger nobody rostered.
            QString csv = QStringLiteral("id,channel,author,time,text\n");
            const QStringList authors = {QStringLiteral("anna.k"), QStringLiteral("ben"), QStringLiteral("chloe"),
                                         QStringLiteral("stranger")};
            for (int i = 0; i < 8; ++i)
                csv += QStringLiteral("m%1,general,%2,2026-11-%3T10:00:00Z,hello %1\n").arg(i).arg(authors.at(i % 4)).arg(10 + i);
            ingest::ImportOptions options;
            options.format = QStringLiteral("csv");
            options.path = file(QStringLiteral("chat.csv"), csv);
            options.csv.id = QStringLiteral("id");
            QVERIFY(ingest::ImportService(*admin).run(options));
            QVERIFY(policy::PolicyService(*admin).publish(
                "{\"name\":\"Social media policy\",\"rules\":[{\"id\":\"hello\",\"category\":\"secret\",\"regex\":\"hello\"}]}"));
            QVERIFY(policy::ScanService(*admin).scan({})); // every post flagged, for the queue's department filter
        }
        auto hana = workspace::Workspace::open(dir, QStringLiteral("hana"), kPass);
        QVERIFY(hana);
        m_session = hana.takeValue();
    }

    void rosterIsImportedAndMatched()
    {
        RosterService service(*m_session);
        // A broken file (an unterminated quote) is refused whole: nothing is imported.
        const QString broken = file(QStringLiteral("broken.csv"), QStringLiteral("Personalnummer,Name\nE1,\"Anna\n"));
        auto refused = service.importRoster(broken, *roster::RosterMapping::parse(
                                                        QStringLiteral("employee_id=Personalnummer,name=Name")));
        QVERIFY(!refused);
        QCOMPARE(service.roster()->size(), 0);
        QCOMPARE(service.importRoster(m_tmp.filePath(QStringLiteral("missing.csv"))).status().code(), ErrorCode::NotFound);
        // Columns that are not there are named.
        auto noColumns = service.importRoster(file(QStringLiteral("other.csv"), QStringLiteral("a,b\n1,2\n")));
        QVERIFY(!noColumns);
        QVERIFY(noColumns.status().message().contains(QStringLiteral("employee_id")));
        QVERIFY(!roster::RosterMapping::parse(QStringLiteral("nonsense=Column")));

        const QString csv = QStringLiteral(
            "Personalnummer,Name,E-Mail,Handles,Abteilung,Vorgesetzte,Eintritt,Austritt\n"
            "E1,Anna Krause,anna@example.com,anna.k,Sales,E9,2020-03-01,\n"
            "E2,Ben Ortiz,ben@example.com,ben;bortiz,Sales,E9,01.06.2019,\n"
            "E3,Chloe Martin,chloe@example.com,,Engineering,E9,2021-09-15,\n"
            "E4,Dora New,dora@example.com,dora,Sales,E9,2026-11-25,\n"
            "E5,Emil Gone,emil@example.com,emil,Sales,E9,2018-01-01,2026-10-01\n"
            ",No Id,x@example.com,,Sales,,,\n"
            "E6,Bad Date,,,Sales,,someday,\n"
            "E1,Anna Again,,,Sales,,,\n");
        const auto mapping = roster::RosterMapping::parse(
            QStringLiteral("employee_id=Personalnummer,name=Name,email=E-Mail,handles=Handles,department=Abteilung,"
                           "manager=Vorgesetzte,start=Eintritt,leave=Austritt"));
        QVERIFY(mapping);
        auto imported = service.importRoster(file(QStringLiteral("roster.csv"), csv), *mapping);
        QVERIFY2(imported, qPrintable(imported.status().message()));
        QCOMPARE(imported->added, 5);
        QCOMPARE(imported->skipped, 3);
        QCOMPARE(imported->skippedSamples.size(), 3);
        QVERIFY(imported->skippedSamples.at(2).second.contains(QStringLiteral("twice")));
        // anna.k and ben by handle; chloe has no handle on the roster, the stranger no entry.
        QCOMPARE(imported->linked, 2);
        QCOMPARE(imported->unmatchedEntries, 3); // E3, E4, E5
        QCOMPARE(imported->unmatchedPeople, 2);  // chloe, stranger
        auto entries = service.roster();
        QVERIFY(entries);
        const auto e2 = std::find_if(entries->begin(), entries->end(), [](const RosterEntry& e) { return e.employeeId == QLatin1String("E2"); });
        QCOMPARE(e2->startDay, QStringLiteral("2019-06-01")); // a German date read
        QCOMPARE(e2->handles, QStringList({QStringLiteral("ben"), QStringLiteral("bortiz")}));
        QCOMPARE(service.departments().value(), QStringList({QStringLiteral("Engineering"), QStringLiteral("Sales")}));

        // The review screen: the unmatched people by pseudonym, one linked by hand.
        auto people = service.unmatchedPeople();
        QVERIFY(people);
        QCOMPARE(people->size(), 2);
        QVERIFY(people->first().pseudonym != QLatin1String("chloe"));
        const qint64 chloe = test::scalar(m_session->database(), QStringLiteral("SELECT id FROM people WHERE name = 'chloe';"));
        QCOMPARE(service.link(QStringLiteral("E404"), chloe).code(), ErrorCode::NotFound);
        QCOMPARE(service.link(QStringLiteral("E3"), 987654).code(), ErrorCode::NotFound);
        QVERIFY(service.link(QStringLiteral("E3"), chloe).ok());
        QCOMPARE(service.unmatchedPeople()->size(), 1);
        QCOMPARE(service.unmatchedEntries()->size(), 2);

        // The same file again changes nothing; a changed department is an update.
        auto again = service.importRoster(file(QStringLiteral("roster.csv"), csv), *mapping);
        QVERIFY(again);
        QCOMPARE(again->unchanged, 5);
        QCOMPARE(again->added + again->updated, 0);
        QString moved = csv;
        moved.replace(QStringLiteral("E3,Chloe Martin,chloe@example.com,,Engineering"), QStringLiteral("E3,Chloe Martin,chloe@example.com,,Sales"));
        auto changed = service.importRoster(file(QStringLiteral("roster2.csv"), moved), *mapping);
        QVERIFY(changed);
        QCOMPARE(changed->updated, 1);
        QCOMPARE(test::scalar(m_session->database(), QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'roster.import';")), 3);
        // The log keeps counts and the file's hash, never a name.
        QCOMPARE(test::scalar(m_session->database(), QStringLiteral("SELECT count(*) FROM audit_entries WHERE details LIKE '%Krause%';")), 0);
    }

    void departmentsComeFromTheRoster()
    {
        // After the roster above: anna.k and ben by handle, chloe by hand, then moved to Sales.
        auto inSales = [&](const char* name) {
            return test::scalar(m_session->database(),
                                QStringLiteral("SELECT coalesce(department, '') = 'Sales' FROM people WHERE name = '%1';")
                                    .arg(QLatin1String(name)));
        };
        QCOMPARE(inSales("anna.k"), 1);
        QCOMPARE(inSales("chloe"), 1);
        QCOMPARE(inSales("stranger"), 0);
        QVERIFY(test::scalar(m_session->database(),
                             QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'roster.import' AND "
                                            "details LIKE '%\"departments_changed\":1%';")) >= 1);

        // The queue filters by it: anna.k, ben and chloe wrote six of the eight posts.
        review::QueueService queue(*m_session);
        auto choices = queue.filterChoices();
        QVERIFY(choices);
        QCOMPARE(choices->departments, QStringList({QStringLiteral("Sales")}));
        FlagFilter sales;
        sales.department = QStringLiteral("Sales");
        QCOMPARE(queue.count(sales).value(), 6);
        auto page = queue.page(sales, QueueSort::Time, false, 50, 0);
        QVERIFY(page);
        QCOMPARE(page->size(), 6);
        FlagFilter engineering;
        engineering.department = QStringLiteral("Engineering");
        QCOMPARE(queue.count(engineering).value(), 0);
        QCOMPARE(queue.listFlags(engineering, 50)->size(), 0);
        // A saved filter keeps it.
        QVERIFY(queue.saveFilter(QStringLiteral("Sales team"), sales).ok());
        QCOMPARE(queue.savedFilters()->value(QStringLiteral("Sales team")).department, QStringLiteral("Sales"));

        // And so do the dashboards' figures, recomputed in the roster's transaction.
        QCOMPARE(test::scalar(m_session->database(),
                              QStringLiteral("SELECT coalesce(sum(posts), 0) FROM aggregates.daily_posts WHERE department = 'Sales';")),
                 6);
        QCOMPARE(test::scalar(m_session->database(),
                              QStringLiteral("SELECT coalesce(sum(flags), 0) FROM aggregates.daily_flags WHERE department = 'Sales';")),
                 6);
    }

    void trainingRecurrenceAndOverdue()
    {
        RosterService service(*m_session);
        auto yearly = service.addModule(QStringLiteral("Harassment prevention"), 12, 30);
        QVERIFY(yearly);
        QCOMPARE(service.addModule(QStringLiteral("harassment PREVENTION"), 12, 30).status().code(), ErrorCode::AlreadyExists);
        QVERIFY(service.addModule(QStringLiteral("Data handling"), 0, 14));
        QCOMPARE(service.assign(QStringLiteral("Harassment prevention"), {}, {}).code(), ErrorCode::InvalidArgument);
        QCOMPARE(service.assign(QStringLiteral("Unknown"), QStringLiteral("Sales"), {}).code(), ErrorCode::NotFound);
        // Both assigned a year ago (as the learning system did), so that a first completion
        // is already late for the long-serving; not from a day to come, nor from no day.
        QCOMPARE(service.assign(QStringLiteral("Data handling"), {}, QStringLiteral("E1"),
                                QDate::currentDate().addDays(1).toString(Qt::ISODate))
                     .code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(service.assign(QStringLiteral("Data handling"), {}, QStringLiteral("E1"), QStringLiteral("01.11.2025")).code(),
                 ErrorCode::InvalidArgument);
        QVERIFY(service.assign(QStringLiteral("Harassment prevention"), QStringLiteral("Sales"), {}, QStringLiteral("2025-11-01")).ok());
        QVERIFY(service.assign(QStringLiteral("Data handling"), {}, QStringLiteral("E1"), QStringLiteral("2025-11-01")).ok());
        QCOMPARE(test::scalar(m_session->database(),
                              QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'training.assign' AND "
                                             "details LIKE '%\"since\":\"2025-11-01\"%';")),
                 2);

        QCOMPARE(service.recordCompletion(QStringLiteral("E1"), QStringLiteral("Harassment prevention"), QStringLiteral("2026-13-01")).code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(service.recordCompletion(QStringLiteral("E1"), QStringLiteral("Harassment prevention"),
                                          QDate::currentDate().addDays(3).toString(Qt::ISODate))
                     .code(),
                 ErrorCode::InvalidArgument);
        QVERIFY(service.recordCompletion(QStringLiteral("E1"), QStringLiteral("Harassment prevention"), QStringLiteral("2026-01-10")).ok());
        // From the learning system, by e-mail; unknown people and courses are skipped.
        const QString lms = QStringLiteral("User,Course,Completion date\n"
                                           "ben@example.com,Harassment prevention,2025-06-01\n"
                                           "anna@example.com,Data handling,2026-02-01\n"
                                           "nobody@example.com,Data handling,2026-02-01\n"
                                           "anna@example.com,Knitting,2026-02-01\n"
                                           "anna@example.com,Data handling,tomorrow\n");
        auto imported = service.importCompletions(file(QStringLiteral("lms.csv"), lms),
                                                  *roster::CompletionMapping::parse(
                                                      QStringLiteral("employee=User,module=Course,completed=Completion date")));
        QVERIFY2(imported, qPrintable(imported.status().message()));
        QCOMPARE(imported->added, 2);
        QCOMPARE(imported->skipped, 3);

        // On a fixed day: 2026-12-01.
        auto all = service.status(QStringLiteral("2026-12-01"));
        QVERIFY(all);
        const QString h = QStringLiteral("Harassment prevention");
        // E1 did it in January: complete until next January.
        QCOMPARE(find(*all, QStringLiteral("E1"), h)->state, TrainingState::Complete);
        QCOMPARE(find(*all, QStringLiteral("E1"), h)->dueOn, QStringLiteral("2027-01-10"));
        // E2 last did it in June 2025: the yearly renewal was due in June 2026.
        QCOMPARE(find(*all, QStringLiteral("E2"), h)->state, TrainingState::Overdue);
        QCOMPARE(find(*all, QStringLiteral("E2"), h)->dueOn, QStringLiteral("2026-06-01"));
        // E3 moved to Sales and never did it: 30 days after the assignment, long past.
        QCOMPARE(find(*all, QStringLiteral("E3"), h)->state, TrainingState::Overdue);
        QCOMPARE(find(*all, QStringLiteral("E3"), h)->dueOn, QStringLiteral("2025-12-01"));
        // E4 started a week ago: 30 days from the start.
        QCOMPARE(find(*all, QStringLiteral("E4"), h)->state, TrainingState::Due);
        QCOMPARE(find(*all, QStringLiteral("E4"), h)->dueOn, QStringLiteral("2026-12-25"));
        // E5 has left: not listed. The one-off module, done once, is done for good.
        QVERIFY(!find(*all, QStringLiteral("E5"), h));
        QCOMPARE(find(*all, QStringLiteral("E1"), QStringLiteral("Data handling"))->state, TrainingState::Complete);
        QCOMPARE(find(*all, QStringLiteral("E1"), QStringLiteral("Data handling"))->dueOn, QString());
        // On 9 January 2026, before E1 did it, the yearly one was late for her too.
        auto before = service.status(QStringLiteral("2026-01-09"));
        QCOMPARE(find(*before, QStringLiteral("E1"), h)->state, TrainingState::Overdue);
        // Before the modules were assigned, nobody had any to do.
        auto earlier = service.status(QStringLiteral("2025-10-31"));
        QVERIFY(earlier);
        QVERIFY(earlier->isEmpty());

        auto departments = service.byDepartment(QStringLiteral("2026-12-01"));
        QVERIFY(departments);
        const auto sales = std::find_if(departments->begin(), departments->end(), [&](const DepartmentTraining& d) {
            return d.department == QLatin1String("Sales") && d.moduleName == h;
        });
        QVERIFY(sales != departments->end());
        QCOMPARE(sales->assigned, 4);
        QCOMPARE(sales->complete, 1);
        QCOMPARE(sales->overdue, 2);

        auto reminders = service.reminders(QStringLiteral("2026-12-01"));
        QVERIFY(reminders);
        QCOMPARE(reminders->size(), 2);
        QVERIFY(reminders->first().second.contains(h));
        QVERIFY(std::any_of(reminders->begin(), reminders->end(), [](const auto& r) {
            return r.second.contains(QStringLiteral("Ben Ortiz")) && r.second.contains(QStringLiteral("2025-06-01"));
        }));
    }

    void acknowledgementsAndWhatAnAuthorHadDone()
    {
        RosterService service(*m_session);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(service.acknowledgePolicy(QStringLiteral("E1"), 7, today).code(), ErrorCode::NotFound);
        QCOMPARE(service.acknowledgePolicy(QStringLiteral("E1"), 1, QStringLiteral("2020-01-01")).code(), ErrorCode::InvalidArgument);
        QCOMPARE(service.acknowledgePolicy(QStringLiteral("E404"), 1, today).code(), ErrorCode::NotFound);
        QVERIFY(service.acknowledgePolicy(QStringLiteral("E1"), 1, today).ok());
        auto acks = service.acknowledgements(QStringLiteral("E1"));
        QVERIFY(acks);
        QCOMPARE(acks->size(), 1);
        // Bound to the text that was published as version 1.
        storage::Statement body = m_session->database().prepare(QStringLiteral("SELECT body FROM policies WHERE version = 1;"));
        QVERIFY(body.step());
        QCOMPARE(acks->first().bodySha256, crypto::sha256(body.blob(0)));
        QCOMPARE(test::scalar(m_session->database(), QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'policy.acknowledge';")), 1);

        const qint64 anna = test::scalar(m_session->database(), QStringLiteral("SELECT id FROM people WHERE name = 'anna.k';"));
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        auto standing = service.standingOf(anna, now);
        QVERIFY(standing);
        QVERIFY(standing->onRoster);
        QCOMPARE(standing->employee.employeeId, QStringLiteral("E1"));
        QCOMPARE(standing->policyVersion, 1);
        QVERIFY(standing->acknowledged);
        QCOMPARE(standing->trainings.size(), 2);
        QVERIFY(std::all_of(standing->trainings.begin(), standing->trainings.end(), [](const auto& t) { return t.second; }));
        // Before she acknowledged it (and before the policy): nothing to acknowledge yet, or not acknowledged.
        auto earlier = service.standingOf(anna, QStringLiteral("2026-01-05T09:00:00.000Z"));
        QVERIFY(earlier);
        QVERIFY(!earlier->acknowledged);
        QVERIFY(std::any_of(earlier->trainings.begin(), earlier->trainings.end(), [](const auto& t) { return !t.second; }));
        // The stranger is on no roster.
        const qint64 stranger = test::scalar(m_session->database(), QStringLiteral("SELECT id FROM people WHERE name = 'stranger';"));
        auto unknown = service.standingOf(stranger, now);
        QVERIFY(unknown);
        QVERIFY(!unknown->onRoster);
    }
};

QTEST_GUILESS_MAIN(TestRoster)
#include "tst_roster.moc"
