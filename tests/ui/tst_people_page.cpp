// The People page as HR uses it: the roster imported with HR's column names, an unmatched
// person linked on the review screen, a module added and assigned, a completion recorded
// long ago so that its renewal is overdue, the overdue filter, reminders written to a
// folder, and an acknowledgement bound to the policy text; no People page for a manager.
#include "TestSupport.h"
#include "access/AdministrationService.h"
#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/SessionTasks.h"
#include "crypto/Crypto.h"
#include "domain/Roster.h"
#include "ingest/ImportService.h"
#include "people/PeoplePage.h"
#include "policy/PolicyService.h"
#include "policy/ScanService.h"
#include "queue/QueuePage.h"
#include "cases/CaseService.h"
#include "cases/CaseView.h"
#include "roster/RosterService.h"
#include "shell/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace custos;
using namespace custos::domain;
using namespace custos::ui;

namespace {
const QString kPass = QStringLiteral("people page passphrase");
}

class TestPeoplePage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_dir;

    std::shared_ptr<workspace::Session> openAs(const QString& user)
    {
        auto s = workspace::Workspace::open(m_dir, user, kPass);
        return s ? std::shared_ptr<workspace::Session>(s.takeValue()) : nullptr;
    }

    static QString textAt(QTableWidget* t, int row, int column)
    {
        return t->item(row, column) ? t->item(row, column)->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Dialogs::suppressErrorsForTesting(true);
        m_dir = m_tmp.filePath(QStringLiteral("ws"));
        auto admin = test::createWorkspace(m_dir);
        QVERIFY(admin);
        access::AdministrationService users(*admin);
        QVERIFY(users.addUser(QStringLiteral("hana"), QStringLiteral("Hana"), Role::HrInvestigator, kPass));
        QVERIFY(users.addUser(QStringLiteral("mona"), QStringLiteral("Mona"), Role::Manager, kPass));
        QString csv = QStringLiteral("id,channel,author,time,text\n");
        for (int i = 0; i < 6; ++i)
            csv += QStringLiteral("m%1,general,%2,2026-11-0%3T10:00:00Z,hello %1 leak\n")
                       .arg(i)
                       .arg(i % 3 == 0 ? QStringLiteral("anna.k") : i % 3 == 1 ? QStringLiteral("ben") : QStringLiteral("bo.x"))
                       .arg(i + 1);
        const QString path = m_tmp.filePath(QStringLiteral("chat.csv"));
        test::writeFile(path, csv.toUtf8());
        ingest::ImportOptions options;
        options.format = QStringLiteral("csv");
        options.path = path;
        options.csv.id = QStringLiteral("id");
        QVERIFY(ingest::ImportService(*admin).run(options));
        QVERIFY(policy::PolicyService(*admin).publish("{\"name\":\"Social media policy\",\"rules\":[{\"id\":\"x\",\"category\":\"secret\",\"regex\":\"leak\"}]}"));
        QVERIFY(policy::ScanService(*admin).scan({}));
    }

    void hrKeepsTheRosterAndTraining()
    {
        auto session = openAs(QStringLiteral("hana"));
        QVERIFY(session);
        SessionTasks tasks(session);
        PeoplePage page(&tasks);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.rosterTable()->rowCount(), 0);
        QCOMPARE(page.unmatchedPeople()->count(), 3);

        const QString roster = m_tmp.filePath(QStringLiteral("hr.csv"));
        test::writeFile(roster, "Nr,Name,Handle,Abteilung,Eintritt\nE1,Anna Krause,anna.k,Sales,2020-01-01\n"
                                "E2,Ben Ortiz,ben,Sales,2020-01-01\nE3,Bo Xu,,Sales,2020-01-01\n,Nameless,,,\n");
        Dialogs::setNextDirectoryForTesting(roster);
        FormDialog::setNextAnswersForTesting({{{QStringLiteral("employee_id"), QStringLiteral("Nr")},
                                               {QStringLiteral("name"), QStringLiteral("Name")},
                                               {QStringLiteral("handles"), QStringLiteral("Handle")},
                                               {QStringLiteral("department"), QStringLiteral("Abteilung")},
                                               {QStringLiteral("start"), QStringLiteral("Eintritt")}}});
        page.importRoster();
        QCOMPARE(page.rosterTable()->rowCount(), 3);
        QVERIFY2(page.message()->text().contains(QStringLiteral("1 skipped")), qPrintable(page.message()->text()));
        QVERIFY(page.message()->text().contains(QStringLiteral("2 people matched")));
        // Bo Xu has no handle on the roster: linked by hand, the person shown by pseudonym.
        QCOMPARE(page.unmatchedEntries()->count(), 1);
        QCOMPARE(page.unmatchedPeople()->count(), 1);
        QVERIFY(page.unmatchedPeople()->item(0)->text() != QLatin1String("bo.x"));
        page.unmatchedEntries()->setCurrentRow(0);
        page.unmatchedPeople()->setCurrentRow(0);
        page.linkSelected();
        QCOMPARE(page.unmatchedEntries()->count(), 0);
        QCOMPARE(page.unmatchedPeople()->count(), 0);

        // A yearly module for Sales; Anna did it long ago, so her renewal is overdue.
        FormDialog::setNextAnswersForTesting({{{QStringLiteral("name"), QStringLiteral("Harassment prevention")},
                                               {QStringLiteral("every"), tr("Every year")},
                                               {QStringLiteral("days"), QStringLiteral("30")}}});
        page.addModule();
        QCOMPARE(page.modulesTable()->rowCount(), 1);
        FormDialog::setNextAnswersForTesting({{{QStringLiteral("module"), QStringLiteral("Harassment prevention")},
                                               {QStringLiteral("department"), QStringLiteral("Sales")}}});
        page.assignModule();
        QCOMPARE(page.statusTable()->rowCount(), 3);
        FormDialog::setNextAnswersForTesting({{{QStringLiteral("employee"), QStringLiteral("E1")},
                                               {QStringLiteral("module"), QStringLiteral("Harassment prevention")},
                                               {QStringLiteral("on"), QStringLiteral("2024-05-02")}}});
        page.recordCompletion();
        QCOMPARE(textAt(page.statusTable(), 0, 0), QStringLiteral("Anna Krause")); // overdue first
        QCOMPARE(textAt(page.statusTable(), 0, 3), displayName(TrainingState::Overdue));
        QCOMPARE(textAt(page.statusTable(), 0, 5), QStringLiteral("2025-05-02"));
        page.overdueOnly()->setChecked(true);
        QCOMPARE(page.statusTable()->rowCount(), 1);
        const QString reminders = m_tmp.filePath(QStringLiteral("reminders"));
        QVERIFY(QDir().mkpath(reminders));
        Dialogs::setNextDirectoryForTesting(reminders);
        page.exportReminders();
        QCOMPARE(QDir(reminders).entryList(QDir::Files).size(), 1);
        QVERIFY(test::readFile(QDir(reminders).filePath(QDir(reminders).entryList(QDir::Files).first())).contains("Anna Krause"));

        // A wrong version is refused; the right one is bound to the text's SHA-256.
        FormDialog::setNextAnswersForTesting({{{QStringLiteral("employee"), QStringLiteral("E2")},
                                               {QStringLiteral("version"), QStringLiteral("9")}}});
        page.recordAcknowledgement();
        QVERIFY(Dialogs::lastErrorForTesting().contains(QStringLiteral("9")));
        QCOMPARE(page.acknowledgementsTable()->rowCount(), 0);
        FormDialog::setNextAnswersForTesting({{{QStringLiteral("employee"), QStringLiteral("E2")},
                                               {QStringLiteral("version"), QStringLiteral("1")}}});
        page.recordAcknowledgement();
        QCOMPARE(page.acknowledgementsTable()->rowCount(), 1);
        storage::Statement body = session->database().prepare(QStringLiteral("SELECT body FROM policies WHERE version = 1;"));
        QVERIFY(body.step());
        QCOMPARE(textAt(page.acknowledgementsTable(), 0, 2), QString::fromLatin1(crypto::sha256(body.blob(0)).toHex()));
    }

    // The queue's post detail says what the author had completed and acknowledged when
    // they posted (here: not the policy, published after the posts; the module not done then).
    void theQueueShowsTheAuthorsStanding()
    {
        auto session = openAs(QStringLiteral("hana"));
        QVERIFY(session);
        SessionTasks tasks(session);
        QueuePage queue(&tasks);
        queue.resize(1280, 800);
        queue.show();
        QVERIFY(QTest::qWaitForWindowExposed(&queue));
        QTRY_VERIFY(queue.table()->model()->rowCount() > 0);
        // The module was assigned before the posts (a module assigned later does not count).
        QVERIFY(session->database().exec(QStringLiteral("UPDATE training_assignments SET created_at = '2026-10-01T00:00:00.000Z';")).ok());
        bool shown = false;
        for (int row = 0; row < queue.table()->model()->rowCount() && !shown; ++row) {
            queue.table()->selectRow(row);
            shown = queue.detailView()->toPlainText().contains(QStringLiteral("When they posted, the author"));
        }
        QVERIFY2(shown, qPrintable(queue.detailView()->toPlainText()));
        QVERIFY(queue.detailView()->toPlainText().contains(QStringLiteral("Harassment prevention: not complete")));

        // A case about Anna's posts says the same of her as respondent, at the incident.
        const QList<qint64> annasPosts = {test::scalar(session->database(),
                                                       QStringLiteral("SELECT p.id FROM posts p JOIN people pe ON pe.id = p.author_id "
                                                                      "WHERE pe.name = 'anna.k' LIMIT 1;"))};
        cases::NewCaseRequest request;
        request.fields.title = QStringLiteral("Leak in #general");
        request.fields.incidentAt = QStringLiteral("2026-11-01");
        request.postIds = annasPosts;
        auto opened = cases::CaseService(*session).open(request);
        QVERIFY2(opened, qPrintable(opened.status().message()));
        CaseView view(&tasks);
        view.showCase(*opened);
        QVERIFY2(view.detailsView()->toPlainText().contains(QStringLiteral("At the time of the incident, the respondent")),
                 qPrintable(view.detailsView()->toPlainText()));
        QVERIFY(view.detailsView()->toPlainText().contains(QStringLiteral("Harassment prevention: not complete")));
    }

    void managersHaveNoPeoplePage()
    {
        {
            auto mona = openAs(QStringLiteral("mona"));
            QVERIFY(mona);
            MainWindow window(mona);
            QVERIFY(!window.pageNames().contains(QStringLiteral("peoplePage")));
        }
        auto hana = openAs(QStringLiteral("hana"));
        QVERIFY(hana);
        MainWindow window(hana);
        QVERIFY(window.pageNames().contains(QStringLiteral("peoplePage")));
    }
};

QTEST_MAIN(TestPeoplePage)
#include "tst_people_page.moc"
