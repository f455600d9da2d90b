// The Audit page as an auditor uses it: entries listed and filtered, an entry's details
// and inclusion proof, background verification (intact and tampered), export.
#include "AuditEntriesModel.h"
#include "TestSupport.h"
#include "access/AdministrationService.h"
#include "audit/AuditPage.h"
#include "audit/Verification.h"
#include "common/Dialogs.h"
#include "common/SessionTasks.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::ui;

class TestAuditPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

    std::shared_ptr<workspace::Session> workspaceWith(int extraEntries)
    {
        auto session = test::createWorkspace(m_tmp.filePath(QStringLiteral("ws%1").arg(extraEntries)));
        access::AdministrationService admin(*session);
        [&] {
            QVERIFY(admin.addUser(QStringLiteral("otto"), QStringLiteral("Otto"), domain::Role::Auditor,
                                  QStringLiteral("otto's passphrase")));
        }();
        audit::AuditedTransaction tx(session->database(), session->signer());
        for (int i = 0; i < extraEntries; ++i)
            (void)tx.record(QStringLiteral("flag.review"), QStringLiteral("flag"), QString::number(i));
        (void)tx.commit();
        return std::shared_ptr<workspace::Session>(session.release());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::suppressErrorsForTesting(true);
    }

    void listsFiltersAndLoadsLazily()
    {
        auto session = workspaceWith(1200);
        SessionTasks tasks(session);
        AuditPage page(&tasks);
        models::AuditEntriesModel* model = page.model();
        QCOMPARE(model->totalMatching(), qint64(1202));
        QCOMPARE(model->rowCount(), models::AuditEntriesModel::kPageSize); // not all at once
        page.table()->scrollToBottom();
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 1202);

        page.actionFilter()->setCurrentText(QStringLiteral("user."));
        page.applyFilter();
        QCOMPARE(model->totalMatching(), qint64(1));
        QCOMPARE(model->index(0, models::AuditEntriesModel::ActionColumn).data().toString(), QStringLiteral("user.add"));
        QCOMPARE(model->index(0, models::AuditEntriesModel::ActorColumn).data().toString(), QStringLiteral("admin"));

        page.actionFilter()->setCurrentText(QString());
        page.objectFilter()->setText(QStringLiteral("flag 7"));
        page.applyFilter();
        QCOMPARE(model->totalMatching(), qint64(1));

        page.objectFilter()->clear();
        page.actorFilter()->setCurrentIndex(page.actorFilter()->findText(QStringLiteral("otto")));
        QCOMPARE(model->totalMatching(), qint64(0));
    }

    void selectedEntryShowsItsProof()
    {
        auto session = workspaceWith(10);
        SessionTasks tasks(session);
        AuditPage page(&tasks);
        page.table()->selectRow(5);
        const QString text = page.detailsView()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Entry 5")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Inclusion proof in the tree of 12 entries")));
        QVERIFY(text.contains(QStringLiteral("holds")));
        QVERIFY(!text.contains(QStringLiteral("DOES NOT HOLD")));
    }

    void verifiesInTheBackground()
    {
        auto session = workspaceWith(3000);
        SessionTasks tasks(session);
        AuditPage page(&tasks);
        page.show();
        QVERIFY(page.isVerifying()); // starts on its own when shown
        QTRY_VERIFY_WITH_TIMEOUT(!page.isVerifying(), 60000);
        QVERIFY2(page.lastReport().ok(), qPrintable(page.lastReport().message));
        QVERIFY(page.verificationLabel()->text().contains(QStringLiteral("intact")));

        QVERIFY(session->database().exec(QStringLiteral("UPDATE audit_entries SET object_id = 'x' WHERE seq = 1500;")).ok());
        page.verifyButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isVerifying(), 60000);
        QCOMPARE(page.lastReport().problem, audit::Problem::BadHash);
        QVERIFY(page.verificationLabel()->text().contains(QStringLiteral("Entry 1500")));
    }

    void exportsABundleThatVerifies()
    {
        auto session = workspaceWith(5);
        SessionTasks tasks(session);
        AuditPage page(&tasks);
        const QString out = m_tmp.filePath(QStringLiteral("bundle"));
        Dialogs::setNextDirectoryForTesting(out);
        page.exportButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!tasks.isBusy(), 30000);
        QVERIFY2(page.verificationLabel()->text().contains(QStringLiteral("Exported")),
                 qPrintable(page.verificationLabel()->text()));
        const auto report = audit::verifyBundle(out);
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(page.model()->totalMatching(), qint64(8)); // the export is on record
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_audit_page.moc"
