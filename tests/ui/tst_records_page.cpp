// The Records page end to end, as a compliance officer uses it: a rule written in the
// form, a hold placed and its notices written, the preview saying what goes and what
// stays and why, the purge run in the background with its progress, the history and the
// certificate exported and verified against an audit export; a wrong form refused; and
// no Records page for an investigator.
#include "TestSupport.h"
#include "access/AdministrationService.h"
#include "auditing/AuditService.h"
#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/SessionTasks.h"
#include "ingest/ImportService.h"
#include "records/Disposition.h"
#include "records/RecordsPage.h"
#include "records/RetentionService.h"
#include "shell/MainWindow.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace custos;
using namespace custos::domain;
using namespace custos::ui;

namespace {
const QString kPass = QStringLiteral("records page passphrase");
}

class TestRecordsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_dir;

    std::shared_ptr<workspace::Session> openAs(const QString& user)
    {
        auto s = workspace::Workspace::open(m_dir, user, user == QLatin1String("admin") ? test::kAdminPassphrase : kPass);
        return s ? std::shared_ptr<workspace::Session>(s.takeValue()) : nullptr;
    }

    static QString textAt(QTableWidget* t, int row, int column)
    {
        return t->item(row, column) ? t->item(row, column)->text() : QString();
    }

    static int rowWith(QTableWidget* t, int column, const QString& text)
    {
        for (int r = 0; r < t->rowCount(); ++r)
            if (textAt(t, r, column) == text)
                return r;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Dialogs::suppressErrorsForTesting(true);
        m_dir = m_tmp.filePath(QStringLiteral("ws"));
        auto admin = test::createWorkspace(m_dir);
        QVERIFY(admin);
        access::AdministrationService users(*admin);
        QVERIFY(users.addUser(QStringLiteral("carla"), QStringLiteral("Carla"), Role::ComplianceOfficer, kPass));
        QVERIFY(users.addUser(QStringLiteral("henri"), QStringLiteral("Henri"), Role::HrInvestigator, kPass));
        QString csv = QStringLiteral("id,channel,author,time,text\n");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 40; ++i)
            csv += QStringLiteral("m%1,%2,user%3,%4,message %1 about the quarterly figures\n")
                       .arg(i)
                       .arg(i % 2 ? QStringLiteral("random") : QStringLiteral("general"))
                       .arg(i % 4)
                       .arg(now.addDays(i < 30 ? -400 : -3).toString(Qt::ISODate));
        const QString path = m_tmp.filePath(QStringLiteral("posts.csv"));
        test::writeFile(path, csv.toUtf8());
        ingest::ImportOptions options;
        options.format = QStringLiteral("csv");
        options.path = path;
        options.csv.id = QStringLiteral("id");
        QVERIFY(ingest::ImportService(*admin).run(options));
    }

    void complianceOfficerKeepsPurgesAndProvesIt()
    {
        auto session = openAs(QStringLiteral("carla"));
        QVERIFY(session);
        SessionTasks tasks(session);
        RecordsPage page(&tasks);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.rulesEmpty()->isVisible()); // no rule yet: says that nothing is deleted
        QCOMPARE(page.rulesTable()->rowCount(), 0);

        // A rule for #random, written in the form; a period that is not a number is refused.
        FormDialog::setNextAnswersForTesting({{{QStringLiteral("name"), QStringLiteral("#random: one year")},
                                               {QStringLiteral("class"), displayName(DataClass::Posts)},
                                               {QStringLiteral("channel"), QStringLiteral("#random")},
                                               {QStringLiteral("period"), tr("Other (days below)")},
                                               {QStringLiteral("days"), QStringLiteral("soon")},
                                               {QStringLiteral("reason"), QStringLiteral("Data minimisation")}}});
        page.addRule();
        QVERIFY(Dialogs::lastErrorForTesting().contains(QStringLiteral("number of days")));
        QCOMPARE(page.rulesTable()->rowCount(), 0);
        FormDialog::setNextAnswersForTesting({{{QStringLiteral("name"), QStringLiteral("#random: one year")},
                                               {QStringLiteral("class"), displayName(DataClass::Posts)},
                                               {QStringLiteral("channel"), QStringLiteral("#random")},
                                               {QStringLiteral("period"), periodName(365)},
                                               {QStringLiteral("reason"), QStringLiteral("Data minimisation")}}});
        page.addRule();
        QCOMPARE(page.rulesTable()->rowCount(), 1);
        QVERIFY(!page.rulesEmpty()->isVisible());
        QCOMPARE(textAt(page.rulesTable(), 0, 2), QStringLiteral("#random"));
        QCOMPARE(textAt(page.rulesTable(), 0, 3), periodName(365));
        // A form without its reason does not close.
        FormDialog::setNextAnswersForTesting({{{QStringLiteral("name"), QStringLiteral("No reason")},
                                               {QStringLiteral("period"), periodName(14)}}});
        page.addRule();
        QVERIFY(FormDialog::lastProblemForTesting().contains(QStringLiteral("Regulation")));
        QCOMPARE(page.rulesTable()->rowCount(), 1);

        // A hold on one custodian keeps their expired posts.
        const qint64 person = test::scalar(session->database(), QStringLiteral("SELECT author_id FROM posts WHERE message_id = 'm1';"));
        FormDialog::setNextAnswersForTesting({{{QStringLiteral("matter"), QStringLiteral("Doe v. Example")},
                                               {QStringLiteral("requestedBy"), QStringLiteral("Outside counsel")},
                                               {QStringLiteral("custodian"), QString::number(person)}}});
        page.placeHold();
        QCOMPARE(page.holdsTable()->rowCount(), 1);
        QCOMPARE(textAt(page.holdsTable(), 0, 0), QStringLiteral("Doe v. Example"));
        page.holdsTable()->selectRow(0);
        const QString notices = m_tmp.filePath(QStringLiteral("notices"));
        QVERIFY(QDir().mkpath(notices));
        Dialogs::setNextDirectoryForTesting(notices);
        page.exportNotices();
        QCOMPARE(QDir(notices).entryList(QDir::Files).size(), 1);
        QVERIFY(test::readFile(QDir(notices).filePath(QDir(notices).entryList(QDir::Files).first())).contains("Doe v. Example"));
        // The custodian's acknowledgement, chosen from the hold's custodians.
        FormDialog::setNextAnswersForTesting({{{QStringLiteral("person"), QString::number(person)},
                                               {QStringLiteral("on"), QDate::currentDate().toString(Qt::ISODate)}}});
        page.recordAcknowledgement();
        QCOMPARE(test::scalar(session->database(), QStringLiteral("SELECT count(*) FROM hold_acknowledgements;")), 1);

        // The preview: 15 expired posts in #random, of which the custodian's stay.
        page.runPreview();
        QTRY_VERIFY(!tasks.isBusy());
        QCOMPARE(page.previewTable()->rowCount(), 1);
        const qint64 held = test::scalar(session->database(),
                                         QStringLiteral("SELECT count(*) FROM posts p JOIN channels c ON c.id = p.channel_id "
                                                        "WHERE c.name = 'random' AND p.author_id = %1 AND p.posted_at < '%2';")
                                             .arg(person)
                                             .arg(QDateTime::currentDateTimeUtc().addDays(-300).toString(Qt::ISODate)));
        QVERIFY(held > 0);
        QCOMPARE(textAt(page.previewTable(), 0, 1), QLocale().toString(15 - held));
        QVERIFY(rowWith(page.keptTable(), 1, displayName(KeepReason::LegalHold)) >= 0);
        QCOMPARE(textAt(page.keptTable(), rowWith(page.keptTable(), 1, displayName(KeepReason::LegalHold)), 2),
                 QLocale().toString(held));
        auto* purgeButton = page.findChild<QPushButton*>(QStringLiteral("purgeNow"));
        QVERIFY(purgeButton->isEnabled());

        // Declined, nothing happens; confirmed, it runs in the background and is recorded.
        Dialogs::setNextConfirmAnswerForTesting(false);
        page.purge();
        QVERIFY(!tasks.isBusy());
        QCOMPARE(test::scalar(session->database(), QStringLiteral("SELECT count(*) FROM posts;")), 40);
        QSignalSpy finished(&page, &RecordsPage::purgeFinished);
        Dialogs::setNextConfirmAnswerForTesting(true);
        page.purge();
        QVERIFY(finished.wait(30000));
        QCOMPARE(test::scalar(session->database(), QStringLiteral("SELECT count(*) FROM posts;")), 40 - (15 - held));
        QCOMPARE(page.tabs()->currentIndex(), 3);
        QCOMPARE(page.historyTable()->rowCount(), 1);
        QCOMPARE(textAt(page.historyTable(), 0, 3), displayName(PurgeStatus::Done));
        QCOMPARE(textAt(page.historyTable(), 0, 4), QLocale().toString(15 - held));

        // The certificate, exported from the history and checked against an audit export.
        page.historyTable()->selectRow(0);
        const QString certPath = m_tmp.filePath(QStringLiteral("certificate.json"));
        Dialogs::setNextDirectoryForTesting(certPath);
        page.exportCertificate();
        QVERIFY(page.statusLabel()->text().contains(QStringLiteral("certificate.json")));
        const QString bundle = m_tmp.filePath(QStringLiteral("export"));
        QVERIFY(auditing::AuditService(*session).exportBundle(bundle).ok());
        auto report = records::verifyCertificate(QJsonDocument::fromJson(test::readFile(certPath)).object(), bundle);
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
        QCOMPARE(report->tombstones, 15 - held);

        // Released, the hold lets the rest go at the next purge.
        page.holdsTable()->selectRow(0);
        Dialogs::setNextAnswersForTesting({QStringLiteral("settled")});
        page.releaseHold();
        QVERIFY(textAt(page.holdsTable(), 0, 4).contains(QStringLiteral("settled")));
        page.runPreview();
        QTRY_VERIFY(!tasks.isBusy());
        QCOMPARE(textAt(page.previewTable(), 0, 1), QLocale().toString(held));
    }

    void investigatorsHaveNoRecordsPage()
    {
        {
            auto session = openAs(QStringLiteral("henri"));
            QVERIFY(session);
            MainWindow window(session);
            QVERIFY(!window.pageNames().contains(QStringLiteral("recordsPage")));
            QCOMPARE(records::RetentionService(*session).rules().status().code(), ErrorCode::PermissionDenied);
        }
        auto carla = openAs(QStringLiteral("carla"));
        QVERIFY(carla);
        MainWindow officer(carla);
        QVERIFY(officer.pageNames().contains(QStringLiteral("recordsPage")));
    }
};

QTEST_MAIN(TestRecordsPage)
#include "tst_records_page.moc"
