// The start screen as a user drives it: create a workspace with the wizard, unlock it,
// and a wrong passphrase that is reported without touching the workspace.
#include "TestSupport.h"
#include "common/PassphraseFields.h"
#include "common/PassphraseStrength.h"
#include "start/CreateWorkspaceWizard.h"
#include "records/RetentionService.h"
#include "start/RecentWorkspaces.h"
#include "start/StartScreen.h"
#include "storage/UserRepository.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QComboBox>
#include <QTest>

using namespace custos;
using namespace custos::ui;

Q_DECLARE_METATYPE(std::shared_ptr<custos::workspace::Session>)

class TestStartScreen : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CustosTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_start_screen"));
        qputenv("CUSTOS_KDF_TARGET_MS", "30");
        qRegisterMetaType<std::shared_ptr<workspace::Session>>();
    }

    void strengthFeedback()
    {
        QCOMPARE(PassphraseStrength::estimate(QString()).level, PassphraseStrength::VeryWeak);
        QCOMPARE(PassphraseStrength::estimate(QStringLiteral("password123")).level, PassphraseStrength::VeryWeak);
        QVERIFY(PassphraseStrength::estimate(QStringLiteral("aaaaaaaaaaaaaaaa")).level <= PassphraseStrength::Weak);
        QVERIFY(PassphraseStrength::estimate(QStringLiteral("orbit velvet Tundra 7 spoon")).level >=
                PassphraseStrength::Strong);
    }

    void createWorkspaceWithTheWizard()
    {
        StartScreen screen;
        screen.show();
        QSignalSpy opened(&screen, &StartScreen::sessionOpened);
        screen.createButton()->click();
        CreateWorkspaceWizard* wizard = screen.wizard();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());

        const QString dir = m_tmp.filePath(QStringLiteral("wizard-ws"));
        wizard->folderEdit()->setText(dir);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(CreateWorkspaceWizard::AdministratorPage));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no name yet
        wizard->adminNameEdit()->setText(QStringLiteral("bad name"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        wizard->adminNameEdit()->setText(QStringLiteral("hilde"));
        wizard->displayNameEdit()->setText(QStringLiteral("Hilde Hoffmann"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        // No silent default: the retention period must be chosen.
        QCOMPARE(wizard->currentId(), int(CreateWorkspaceWizard::RetentionPage));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        wizard->retentionChoice()->setCurrentIndex(wizard->retentionChoice()->findData(14));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(CreateWorkspaceWizard::PassphrasePage));
        PassphraseFields* fields = wizard->passphraseFields();
        fields->passphraseEdit()->setText(QStringLiteral("short"));
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        fields->passphraseEdit()->setText(QStringLiteral("orbit velvet tundra spoon"));
        fields->confirmEdit()->setText(QStringLiteral("orbit velvet tundra spooN"));
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(fields->findChild<QLabel*>(QStringLiteral("passphraseProblem"))->text().contains(QStringLiteral("differ")));
        fields->confirmEdit()->setText(QStringLiteral("orbit velvet tundra spoon"));
        QVERIFY(!fields->findChild<QLabel*>(QStringLiteral("strengthLabel"))->text().isEmpty());
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        wizard->button(QWizard::FinishButton)->click();

        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        auto session = opened.first().first().value<std::shared_ptr<workspace::Session>>();
        QVERIFY(session);
        QCOMPARE(session->user().name, QStringLiteral("hilde"));
        QCOMPARE(session->user().displayName, QStringLiteral("Hilde Hoffmann"));
        QCOMPARE(session->user().role, domain::Role::Administrator);
        QVERIFY(workspace::Workspace::looksLikeWorkspace(dir));
        QCOMPARE(RecentWorkspaces::load().first().lastUser, QStringLiteral("hilde"));
        // One rule per kind of record, with the chosen period.
        auto rules = records::RetentionService(*session).rules();
        QVERIFY(rules);
        QCOMPARE(rules->size(), domain::all<domain::DataClass>().size());
        for (const domain::RetentionRule& r : *rules)
            QCOMPARE(r.periodDays, std::optional<int>(14));
    }

    void unlockAndWrongPassphrase()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("unlock-ws"));
        QVERIFY(test::createWorkspace(dir));
        const auto before = test::fingerprint(dir);

        StartScreen screen;
        screen.show();
        QSignalSpy opened(&screen, &StartScreen::sessionOpened);
        screen.setWorkspace(dir, QStringLiteral("admin"));
        QCOMPARE(screen.userEdit()->text(), QStringLiteral("admin"));

        // Wrong passphrase: a clear message, the form comes back, nothing changes on disk.
        QTest::keyClicks(screen.passphraseEdit(), QStringLiteral("not my passphrase"));
        QTest::keyClick(screen.passphraseEdit(), Qt::Key_Return);
        QVERIFY(screen.isBusy());
        QVERIFY(!screen.unlockButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!screen.isBusy(), 30000);
        QVERIFY(screen.messageLabel()->text().contains(QStringLiteral("passphrase is wrong")));
        QVERIFY(screen.passphraseEdit()->text().isEmpty());
        QCOMPARE(opened.count(), 0);
        QCOMPARE(test::fingerprint(dir), before);

        QTest::keyClicks(screen.passphraseEdit(), test::kAdminPassphrase);
        screen.unlockButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        auto session = opened.first().first().value<std::shared_ptr<workspace::Session>>();
        QCOMPARE(session->user().name, QStringLiteral("admin"));
        // The session now belongs to the GUI thread.
        QVERIFY(storage::SettingsRepository(session->database()).value(QStringLiteral("workspace_id"))->size() > 0);
    }

    void damagedWorkspaceIsReportedAsDamage()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("damaged-ws"));
        QVERIFY(test::createWorkspace(dir));
        test::flipByte(dir + QStringLiteral("/custos.db"), 1200);
        StartScreen screen;
        screen.setWorkspace(dir, QStringLiteral("admin"));
        screen.passphraseEdit()->setText(test::kAdminPassphrase);
        screen.unlock();
        QTRY_VERIFY_WITH_TIMEOUT(!screen.isBusy(), 30000);
        QVERIFY(screen.messageLabel()->text().contains(QStringLiteral("damaged")));
    }

    void emptyUserNameIsAskedFor()
    {
        StartScreen screen;
        screen.setWorkspace(m_tmp.filePath(QStringLiteral("whatever")));
        screen.userEdit()->clear();
        screen.passphraseEdit()->setText(QStringLiteral("x"));
        screen.unlock();
        QVERIFY(!screen.isBusy());
        QVERIFY(screen.messageLabel()->text().contains(QStringLiteral("user name")));
    }
};

QTEST_MAIN(TestStartScreen)
#include "tst_start_screen.moc"
