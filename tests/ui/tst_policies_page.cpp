// The Policies page as a compliance officer uses it: the built-in policy before any
// scan, a scan from the page with progress that publishes version 1, the test bench,
// publishing a broken file (refused naming the rule, the version in force stays) and a
// good one, saving a version as JSON; and what other roles see.
#include "TestSupport.h"
#include "access/AdministrationService.h"
#include "common/Dialogs.h"
#include "common/SessionTasks.h"
#include "demo/DemoCorpus.h"
#include "ingest/ImportService.h"
#include "policies/PoliciesPage.h"
#include "shell/MainWindow.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace custos;
using namespace custos::demo;
using namespace custos::ui;

class TestPoliciesPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_dir;

    std::shared_ptr<workspace::Session> openAs(const QString& user, const QString& passphrase)
    {
        auto s = workspace::Workspace::open(m_dir, user, passphrase);
        if (!s)
            qFatal("%s", qPrintable(s.status().message()));
        return std::shared_ptr<workspace::Session>(s.takeValue());
    }

    static QStringList column(QTableWidget* t, int c)
    {
        QStringList out;
        for (int r = 0; r < t->rowCount(); ++r)
            out << t->item(r, c)->text();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::suppressErrorsForTesting(true);
        m_dir = m_tmp.filePath(QStringLiteral("ws"));
        auto session = test::createWorkspace(m_dir);
        QVERIFY(session);
        access::AdministrationService admin(*session);
        QVERIFY(admin.addUser(QStringLiteral("carla"), QStringLiteral("Carla"), domain::Role::ComplianceOfficer,
                              QStringLiteral("carla's passphrase")));
        QVERIFY(admin.addUser(QStringLiteral("otto"), QStringLiteral("Otto"), domain::Role::Auditor,
                              QStringLiteral("otto's passphrase")));
        QVERIFY(admin.addUser(QStringLiteral("mia"), QStringLiteral("Mia"), domain::Role::Manager,
                              QStringLiteral("mia's passphrase")));
        const QString corpus = m_tmp.filePath(QStringLiteral("corpus"));
        QVERIFY(demo::DemoCorpus::write(corpus, 3000, 9));
        QVERIFY(ingest::ImportService(*session).run({QStringLiteral("slack"), corpus, {}, 2000, {}}));
    }

    void complianceOfficerScansTestsAndPublishes()
    {
        auto session = openAs(QStringLiteral("carla"), QStringLiteral("carla's passphrase"));
        SessionTasks tasks(session);
        PoliciesPage page(&tasks);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Before any scan: nothing published, the built-in rules shown.
        QCOMPARE(page.versionsTable()->rowCount(), 0);
        QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("built-in")), qPrintable(page.statusLabel()->text()));
        QVERIFY(column(page.rulesTable(), 0).contains(QStringLiteral("payment-card")));
        // The built-in policy covers the six risks, and every rule names its risk.
        const QStringList risks = column(page.rulesTable(), 1);
        for (const char* risk : {"Record keeping", "Data breaches", "Privacy", "Harassment and bullying", "Litigation", "Reputation"})
            QVERIFY2(risks.contains(QString::fromUtf8(risk)), risk);
        QVERIFY(!risks.contains(QString()));
        QVERIFY(page.publishButton()->isVisible());
        QVERIFY(page.scanButton()->isVisible());

        // The test bench classifies with the shown version.
        QTRY_VERIFY_WITH_TIMEOUT(page.isTestBenchReady(), 20000);
        page.testInput()->setPlainText(QStringLiteral("Anna you are a useless idiot, my card is 4111 1111 1111 1111"));
        QTRY_VERIFY(page.testResult()->toPlainText().contains(QStringLiteral("insult")));
        QVERIFY(page.testResult()->toPlainText().contains(QStringLiteral("payment-card")));
        QVERIFY(page.testResult()->toHtml().contains(QStringLiteral("background-color")));
        page.testInput()->setPlainText(QStringLiteral("This deadline is killing me"));
        QTRY_VERIFY(page.testResult()->toPlainText().contains(QStringLiteral("No flags")));

        // A scan from the page publishes version 1 and scans every post.
        QSignalSpy finished(&page, &PoliciesPage::scanFinished);
        page.scanButton()->click();
        QVERIFY(page.isScanning());
        QVERIFY(finished.wait(120000));
        QVERIFY(!page.isScanning());
        QCOMPARE(page.versionsTable()->rowCount(), 1);
        QCOMPARE(page.versionsTable()->item(0, 0)->text(), QStringLiteral("1"));
        QCOMPARE(page.versionsTable()->item(0, 3)->text(), QStringLiteral("Carla"));
        QVERIFY2(page.versionsTable()->item(0, 4)->text().startsWith(QStringLiteral("3,000 of 3,000")),
                 qPrintable(page.versionsTable()->item(0, 4)->text()));
        QVERIFY(page.versionsTable()->item(0, 5)->text().toInt() > 0);
        QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("3,000 posts scanned")), qPrintable(page.statusLabel()->text()));

        // A policy that does not compile is refused naming the rule; version 1 stays.
        const QString bad = m_tmp.filePath(QStringLiteral("bad.json"));
        test::writeFile(bad, "{\"name\":\"Tightened\",\"rules\":[{\"id\":\"broken-rule\",\"category\":\"secret\",\"regex\":\"(unclosed\"}]}");
        Dialogs::setNextDirectoryForTesting(bad);
        page.publishButton()->click();
        QTRY_VERIFY(!tasks.isBusy());
        QTRY_VERIFY(Dialogs::lastErrorForTesting().contains(QStringLiteral("broken-rule")));
        QCOMPARE(page.versionsTable()->rowCount(), 1);

        // Save version 1, publish it back as version 2.
        const QString saved = m_tmp.filePath(QStringLiteral("saved.json"));
        Dialogs::setNextDirectoryForTesting(saved);
        page.saveButton()->click();
        QVERIFY(QFile::exists(saved));
        QVERIFY(test::readFile(saved).contains("payment-card"));
        Dialogs::setNextDirectoryForTesting(saved);
        page.publishButton()->click();
        QTRY_COMPARE(page.versionsTable()->rowCount(), 2);
        QCOMPARE(page.versionsTable()->item(0, 0)->text(), QStringLiteral("2"));
        QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("Version 2 published")), qPrintable(page.statusLabel()->text()));
    }

    void auditorSeesVersionsButNoActionsAndManagerNoPage()
    {
        auto auditor = openAs(QStringLiteral("otto"), QStringLiteral("otto's passphrase"));
        {
            SessionTasks tasks(auditor);
            PoliciesPage page(&tasks);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QVERIFY(page.versionsTable()->rowCount() >= 1);
            QVERIFY(!page.publishButton()->isVisible());
            QVERIFY(!page.scanButton()->isVisible());
        }
        auditor.reset();
        MainWindow managerWindow(openAs(QStringLiteral("mia"), QStringLiteral("mia's passphrase")));
        QCOMPARE(managerWindow.pageNames(), QStringList({QStringLiteral("accountPage")}));
        QVERIFY(managerWindow.policiesPage() == nullptr);
    }
};

QTEST_MAIN(TestPoliciesPage)
#include "tst_policies_page.moc"
