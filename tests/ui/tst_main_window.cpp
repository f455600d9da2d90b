// The main window and the session around it: navigation by role, the Administration
// page's user management, the account page's passphrase change, and locking (by
// button and when idle) that forgets the keys and releases the workspace.
#include "TestSupport.h"
#include "UsersModel.h"
#include "access/AdministrationService.h"
#include "admin/AdministrationPage.h"
#include "common/Dialogs.h"
#include "common/IdleWatcher.h"
#include "common/PassphraseFields.h"
#include "common/SessionTasks.h"
#include "shell/AccountPage.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "start/StartScreen.h"
#include "workspace/WorkspacePaths.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::ui;

namespace {
const QString kAnnPass = QStringLiteral("ann's passphrase");

void unlockThrough(AppController& app, const QString& dir, const QString& user, const QString& passphrase)
{
    app.start(dir, user);
    app.startScreen()->passphraseEdit()->setText(passphrase);
    app.startScreen()->unlock();
    QTRY_VERIFY_WITH_TIMEOUT(app.isUnlocked(), 30000);
    QVERIFY(app.mainWindow());
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CustosTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
        qputenv("CUSTOS_KDF_TARGET_MS", "30");
        Dialogs::suppressErrorsForTesting(true);
        m_dir = m_tmp.filePath(QStringLiteral("ws"));
        auto session = test::createWorkspace(m_dir);
        QVERIFY(session);
        QVERIFY(access::AdministrationService(*session).addUser(QStringLiteral("ann"), QStringLiteral("Ann"),
                                                                domain::Role::HrInvestigator, kAnnPass));
    }

    void navigationFollowsTheRole()
    {
        {
            AppController app;
            unlockThrough(app, m_dir, QStringLiteral("admin"), test::kAdminPassphrase);
            QCOMPARE(app.mainWindow()->pageNames(),
                     QStringList({QStringLiteral("casesPage"), QStringLiteral("policiesPage"), QStringLiteral("recordsPage"),
                                  QStringLiteral("peoplePage"), QStringLiteral("auditPage"), QStringLiteral("administrationPage"),
                                  QStringLiteral("accountPage")}));
            QVERIFY(app.mainWindow()->findChild<QLabel*>(QStringLiteral("identity"))->text().contains(QStringLiteral("Administrator")));
        }
        AppController app;
        unlockThrough(app, m_dir, QStringLiteral("ann"), kAnnPass);
        QCOMPARE(app.mainWindow()->pageNames(), QStringList({QStringLiteral("queuePage"), QStringLiteral("casesPage"), QStringLiteral("policiesPage"),
                                                                QStringLiteral("peoplePage"), QStringLiteral("accountPage")}));
        QVERIFY(!app.mainWindow()->showPage(QStringLiteral("administrationPage")));
    }

    void unlockingReadsTheWorkspaceFileIntoTheFileCache()
    {
        AppController app;
        unlockThrough(app, m_dir, QStringLiteral("ann"), kAnnPass);
        const workspace::FileWarmUp& warmUp = app.mainWindow()->warmUp();
        QTRY_VERIFY_WITH_TIMEOUT(warmUp.finished(), 30000);
        QCOMPARE(warmUp.bytesRead(), QFileInfo(workspace::WorkspacePaths(m_dir).database()).size());
    }

    void administratorManagesUsers()
    {
        AppController app;
        unlockThrough(app, m_dir, QStringLiteral("admin"), test::kAdminPassphrase);
        auto* page = app.mainWindow()->findChild<AdministrationPage*>();
        QVERIFY(page);
        QCOMPARE(page->model()->rowCount(), 2);
        QVERIFY(!page->revokeButton()->isEnabled());

        // Add a user through the dialog.
        page->addButton()->click();
        AddUserDialog* dialog = page->addDialog();
        QVERIFY(dialog);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog->userNameEdit()->setText(QStringLiteral("bea"));
        dialog->displayNameEdit()->setText(QStringLiteral("Bea Berger"));
        dialog->roleCombo()->setCurrentIndex(dialog->roleCombo()->findData(int(domain::Role::Manager)));
        dialog->fields()->passphraseEdit()->setText(QStringLiteral("bea's first passphrase"));
        dialog->fields()->confirmEdit()->setText(QStringLiteral("bea's first passphrase"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 3, 30000);
        QTRY_VERIFY(!app.mainWindow()->tasks()->isBusy());
        QVERIFY2(page->messageLabel()->text().contains(QStringLiteral("bea has been added")),
                 qPrintable(page->messageLabel()->text()));

        // Change her role.
        QVERIFY(page->selectUser(QStringLiteral("bea")));
        QVERIFY(page->applyRoleButton()->isEnabled());
        page->roleCombo()->setCurrentIndex(page->roleCombo()->findData(int(domain::Role::Auditor)));
        // An auditor sees no dashboard: bea leaves the figures' compartment, and the page
        // offers to rekey it; accepted, it runs in the background.
        Dialogs::setNextConfirmAnswerForTesting(true);
        page->applyRoleButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!app.mainWindow()->tasks()->isBusy(), 30000);
        QVERIFY2(page->messageLabel()->text().contains(QStringLiteral("new key")), qPrintable(page->messageLabel()->text()));
        QCOMPARE(app.mainWindow()->tasks()->session().keyring().generation(domain::Compartment::Aggregates), 2);

        // The last administrator cannot be demoted: the service says so, the page shows it.
        QVERIFY(page->selectUser(QStringLiteral("admin")));
        QVERIFY(!page->revokeButton()->isEnabled()); // not yourself
        page->roleCombo()->setCurrentIndex(page->roleCombo()->findData(int(domain::Role::Manager)));
        page->applyRoleButton()->click();
        QVERIFY(page->messageLabel()->text().contains(QStringLiteral("last administrator")));

        // Revoke, after a confirmation that is first declined.
        QVERIFY(page->selectUser(QStringLiteral("bea")));
        Dialogs::setNextConfirmAnswerForTesting(false);
        page->revokeButton()->click();
        QVERIFY(!app.mainWindow()->tasks()->isBusy());
        Dialogs::setNextConfirmAnswerForTesting(true);
        page->revokeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!app.mainWindow()->tasks()->isBusy(), 30000);
        QVERIFY(page->messageLabel()->text().contains(QStringLiteral("revoked")));
        QVERIFY(page->selectUser(QStringLiteral("bea")));
        QVERIFY(!page->revokeButton()->isEnabled());
        QVERIFY(!page->applyRoleButton()->isEnabled());

        // Idle setting.
        page->idleMinutes()->setValue(7);
        page->applyIdleButton()->click();
        QCOMPARE(app.idleWatcher()->timeout(), std::chrono::milliseconds(std::chrono::minutes(7)));
        page->idleMinutes()->setValue(10);
        page->applyIdleButton()->click();
    }

    void changeOwnPassphraseFromTheAccountPage()
    {
        AppController app;
        unlockThrough(app, m_dir, QStringLiteral("ann"), kAnnPass);
        auto* page = app.mainWindow()->findChild<AccountPage*>();
        page->changePassphraseButton()->click();
        ChangePassphraseDialog* dialog = page->dialog();
        QVERIFY(dialog);
        dialog->currentEdit()->setText(QStringLiteral("a wrong current one"));
        dialog->fields()->passphraseEdit()->setText(QStringLiteral("ann's second passphrase"));
        dialog->fields()->confirmEdit()->setText(QStringLiteral("ann's second passphrase"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!page->messageLabel()->text().isEmpty(), 30000);
        QVERIFY(page->messageLabel()->text().contains(QStringLiteral("current passphrase is wrong")));

        page->changePassphraseButton()->click();
        dialog = page->dialog();
        dialog->currentEdit()->setText(kAnnPass);
        dialog->fields()->passphraseEdit()->setText(QStringLiteral("ann's second passphrase"));
        dialog->fields()->confirmEdit()->setText(QStringLiteral("ann's second passphrase"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(page->messageLabel()->text().contains(QStringLiteral("has been changed")), 30000);
        app.lock();
        QCOMPARE(workspace::Workspace::open(m_dir, QStringLiteral("ann"), kAnnPass).status().code(),
                 ErrorCode::AuthenticationFailed);
        auto again = workspace::Workspace::open(m_dir, QStringLiteral("ann"), QStringLiteral("ann's second passphrase"));
        QVERIFY(again);
        again->reset();
        QVERIFY(again.value() == nullptr);
    }

    void lockButtonForgetsKeysAndReleasesTheWorkspace()
    {
        AppController app;
        unlockThrough(app, m_dir, QStringLiteral("admin"), test::kAdminPassphrase);
        QCOMPARE(workspace::Workspace::open(m_dir, QStringLiteral("admin"), test::kAdminPassphrase).status().code(),
                 ErrorCode::WorkspaceLocked);
        app.mainWindow()->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
        QTRY_VERIFY(!app.isUnlocked());
        QVERIFY(!app.mainWindow());
        QVERIFY(app.startScreen()->isVisible());
        QCOMPARE(app.startScreen()->userEdit()->text(), QStringLiteral("admin"));
        QVERIFY(app.startScreen()->messageLabel()->text().contains(QStringLiteral("locked")));
        QVERIFY(test::readFile(workspace::WorkspacePaths(m_dir).lockFile()).isEmpty()); // released
        QVERIFY(workspace::Workspace::open(m_dir, QStringLiteral("admin"), test::kAdminPassphrase));
    }

    void locksItselfWhenIdle()
    {
        AppController app;
        unlockThrough(app, m_dir, QStringLiteral("admin"), test::kAdminPassphrase);
        QCOMPARE(app.idleWatcher()->timeout(), std::chrono::milliseconds(std::chrono::minutes(10)));
        app.idleWatcher()->start(std::chrono::milliseconds(300));
        QTRY_VERIFY_WITH_TIMEOUT(!app.isUnlocked(), 5000);
        QVERIFY(!app.mainWindow());
    }

    void inputKeepsTheConsoleUnlocked()
    {
        AppController app;
        unlockThrough(app, m_dir, QStringLiteral("admin"), test::kAdminPassphrase);
        app.idleWatcher()->start(std::chrono::milliseconds(600));
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(200);
            QTest::keyClick(app.mainWindow(), Qt::Key_Shift);
        }
        QVERIFY(app.isUnlocked());
        QTRY_VERIFY_WITH_TIMEOUT(!app.isUnlocked(), 5000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
