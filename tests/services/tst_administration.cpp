// Users and roles: add, revoke, role change, own passphrase change; permission checks in
// the service; keyring and database stay in step when a write fails.
#include "TestSupport.h"
#include "access/AdministrationService.h"
#include "storage/UserRepository.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::access;
using namespace custos::domain;
using namespace custos::workspace;

namespace {
const QString kAnnPass = QStringLiteral("ann's first passphrase");
}

class TestAdministration : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    int m_counter = 0;

    QString newDir() { return m_tmp.filePath(QStringLiteral("ws%1").arg(++m_counter)); }

private Q_SLOTS:
    void addedUserCanUnlockWithTheirOwnKeys()
    {
        const QString dir = newDir();
        auto admin = test::createWorkspace(dir);
        AdministrationService service(*admin);
        auto ann = service.addUser(QStringLiteral("ann"), QStringLiteral("Ann Investigator"), Role::HrInvestigator, kAnnPass);
        QVERIFY2(ann, qPrintable(ann.status().message()));
        QCOMPARE(ann->role, Role::HrInvestigator);
        QVERIFY(ann->signingPublicKey != admin->user().signingPublicKey);
        const QByteArray adminPub = admin->user().signingPublicKey;
        admin.reset();

        auto session = Workspace::open(dir, QStringLiteral("ann"), kAnnPass);
        QVERIFY2(session, qPrintable(session.status().message()));
        QCOMPARE((*session)->user().role, Role::HrInvestigator);
        QCOMPARE((*session)->user().displayName, QStringLiteral("Ann Investigator"));
        QCOMPARE(crypto::ed25519PublicKey((*session)->signingSeed()), ann->signingPublicKey);
        QVERIFY(crypto::ed25519PublicKey((*session)->signingSeed()) != adminPub);
    }

    void addUserValidates()
    {
        auto admin = test::createWorkspace(newDir());
        AdministrationService service(*admin);
        QCOMPARE(service.addUser(QStringLiteral("ann"), {}, Role::Manager, QStringLiteral("short")).status().code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(service.addUser(QStringLiteral("bad name"), {}, Role::Manager, kAnnPass).status().code(),
                 ErrorCode::InvalidArgument);
        QVERIFY(service.addUser(QStringLiteral("ann"), {}, Role::Manager, kAnnPass));
        QCOMPARE(service.addUser(QStringLiteral("ANN"), {}, Role::Manager, kAnnPass).status().code(),
                 ErrorCode::AlreadyExists);
        QCOMPARE(service.users()->size(), 2);
        QCOMPARE(admin->keyring().slots.size(), 2);
    }

    void onlyAdministratorsManageUsers()
    {
        const QString dir = newDir();
        {
            auto admin = test::createWorkspace(dir);
            QVERIFY(AdministrationService(*admin).addUser(QStringLiteral("ann"), {}, Role::ComplianceOfficer, kAnnPass));
            QVERIFY(AdministrationService(*admin).addUser(QStringLiteral("bob"), {}, Role::Manager, kAnnPass));
        }
        auto ann = Workspace::open(dir, QStringLiteral("ann"), kAnnPass);
        QVERIFY(ann);
        AdministrationService service(**ann);
        QCOMPARE(service.addUser(QStringLiteral("eve"), {}, Role::Administrator, kAnnPass).status().code(),
                 ErrorCode::PermissionDenied);
        QCOMPARE(service.changeRole(QStringLiteral("ann"), Role::Administrator).code(), ErrorCode::PermissionDenied);
        QCOMPARE(service.revokeUser(QStringLiteral("bob")).code(), ErrorCode::PermissionDenied);
        QCOMPARE(service.setIdleLockMinutes(99).code(), ErrorCode::PermissionDenied);
        QCOMPARE(service.users()->size(), 3);
        QCOMPARE((*ann)->keyring().slots.size(), 3);
    }

    void roleChangeTakesEffectAndProtectsTheLastAdministrator()
    {
        const QString dir = newDir();
        auto admin = test::createWorkspace(dir);
        AdministrationService service(*admin);
        QVERIFY(service.addUser(QStringLiteral("ann"), {}, Role::Auditor, kAnnPass));
        QVERIFY(service.changeRole(QStringLiteral("ann"), Role::ComplianceOfficer).ok());
        QCOMPARE(storage::UserRepository(admin->database()).byName(QStringLiteral("ann"))->role, Role::ComplianceOfficer);
        QCOMPARE(service.changeRole(QStringLiteral("admin"), Role::Auditor).code(), ErrorCode::InvalidArgument);
        QCOMPARE(service.changeRole(QStringLiteral("nobody"), Role::Auditor).code(), ErrorCode::NotFound);
        // With a second administrator the first may step down, and then loses the right at once.
        QVERIFY(service.changeRole(QStringLiteral("ann"), Role::Administrator).ok());
        QVERIFY(service.changeRole(QStringLiteral("admin"), Role::Manager).ok());
        QCOMPARE(admin->user().role, Role::Manager);
        QCOMPARE(service.addUser(QStringLiteral("cat"), {}, Role::Auditor, kAnnPass).status().code(),
                 ErrorCode::PermissionDenied);
        admin.reset();
        auto ann = Workspace::open(dir, QStringLiteral("ann"), kAnnPass);
        QVERIFY(ann);
        QCOMPARE((*ann)->user().role, Role::Administrator);
    }

    void revokedUserCannotUnlock()
    {
        const QString dir = newDir();
        QByteArray keyringWithAnn;
        {
            auto admin = test::createWorkspace(dir);
            AdministrationService service(*admin);
            QVERIFY(service.addUser(QStringLiteral("ann"), {}, Role::HrInvestigator, kAnnPass));
            keyringWithAnn = test::readFile(WorkspacePaths(dir).keyring());
            QCOMPARE(service.revokeUser(QStringLiteral("admin")).code(), ErrorCode::InvalidArgument); // self
            QVERIFY(service.revokeUser(QStringLiteral("ann")).ok());
            QCOMPARE(service.revokeUser(QStringLiteral("ann")).code(), ErrorCode::NotFound); // already revoked
            QCOMPARE(admin->keyring().slots.size(), 1);
            auto users = service.users();
            QCOMPARE(users->size(), 2); // kept for the record
            QVERIFY(!users->at(1).isActive() || !users->at(0).isActive());
            // A revoked name is never handed to someone else.
            QCOMPARE(service.addUser(QStringLiteral("ann"), {}, Role::Manager, kAnnPass).status().code(),
                     ErrorCode::AlreadyExists);
            // Closed without sealing its last entries (a session seals only on its own thread),
            // so that a later session would have something to seal.
            admin->setOwnerThread(nullptr);
        }
        QCOMPARE(Workspace::open(dir, QStringLiteral("ann"), kAnnPass).status().code(), ErrorCode::AuthenticationFailed);
        // An old copy of the keyring still holding her slot does not let her back in either.
        test::writeFile(WorkspacePaths(dir).keyring(), keyringWithAnn);
        const QByteArray logBefore = test::readFile(WorkspacePaths(dir).database());
        auto stale = Workspace::open(dir, QStringLiteral("ann"), kAnnPass);
        QCOMPARE(stale.status().code(), ErrorCode::AuthenticationFailed);
        QVERIFY(stale.status().message().contains(QStringLiteral("revoked")));
        // Refused half-way, her session wrote nothing: no checkpoint signed by a revoked key.
        QCOMPARE(test::readFile(WorkspacePaths(dir).database()), logBefore);
    }

    void changeOwnPassphraseKeepsTheDatabaseAsIs()
    {
        const QString dir = newDir();
        const QString next = QStringLiteral("a brand new passphrase");
        QByteArray dbBefore;
        {
            auto admin = test::createWorkspace(dir);
            AdministrationService service(*admin);
            QVERIFY(test::putSetting(*admin, QStringLiteral("x"), QStringLiteral("y")).ok());
            admin.reset();
            admin = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase).takeValue();
            // The posts' compartment: a new passphrase re-seals the user's own keys only.
            dbBefore = test::readFile(WorkspacePaths(dir).database(domain::Compartment::Content));
            AdministrationService again(*admin);
            QCOMPARE(again.changeOwnPassphrase(QStringLiteral("wrong current!"), next).code(),
                     ErrorCode::AuthenticationFailed);
            QCOMPARE(again.changeOwnPassphrase(test::kAdminPassphrase, QStringLiteral("short")).code(),
                     ErrorCode::InvalidArgument);
            QVERIFY(again.changeOwnPassphrase(test::kAdminPassphrase, next).ok());
            QCOMPARE(test::readFile(WorkspacePaths(dir).database(domain::Compartment::Content)), dbBefore); // not re-encrypted
        }
        QCOMPARE(Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase).status().code(),
                 ErrorCode::AuthenticationFailed);
        auto session = Workspace::open(dir, QStringLiteral("admin"), next);
        QVERIFY2(session, qPrintable(session.status().message()));
        QCOMPARE(*storage::SettingsRepository((*session)->database()).value(QStringLiteral("x")), QStringLiteral("y"));
    }

    void failedDatabaseCommitRestoresTheKeyring()
    {
        const QString dir = newDir();
        auto admin = test::createWorkspace(dir);
        const QByteArray keyringBefore = test::readFile(WorkspacePaths(dir).keyring());
        admin->database().failNextCommitForTesting();
        auto ann = AdministrationService(*admin).addUser(QStringLiteral("ann"), {}, Role::Manager, kAnnPass);
        QCOMPARE(ann.status().code(), ErrorCode::Io);
        QVERIFY(ann.status().message().contains(QStringLiteral("full")));
        QCOMPARE(AdministrationService(*admin).users()->size(), 1);
        QCOMPARE(test::readFile(WorkspacePaths(dir).keyring()), keyringBefore);
        admin.reset();
        QCOMPARE(Workspace::open(dir, QStringLiteral("ann"), kAnnPass).status().code(), ErrorCode::AuthenticationFailed);
        QVERIFY(Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase));
    }

    void failedKeyringWriteRollsBackTheDatabase()
    {
        const QString dir = newDir();
        auto admin = test::createWorkspace(dir);
        const QString keyring = WorkspacePaths(dir).keyring();
        const QByteArray saved = test::readFile(keyring);
        // Replace the keyring by a folder: the atomic rename onto it fails like a full disk would.
        QVERIFY(QFile::remove(keyring));
        QVERIFY(QDir().mkpath(keyring + QStringLiteral("/blocker")));
        auto ann = AdministrationService(*admin).addUser(QStringLiteral("ann"), {}, Role::Manager, kAnnPass);
        QCOMPARE(ann.status().code(), ErrorCode::Io);
        QCOMPARE(AdministrationService(*admin).users()->size(), 1);
        QVERIFY(QDir(keyring).removeRecursively());
        test::writeFile(keyring, saved);
        admin.reset();
        QVERIFY(Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase));
    }

    void idleLockSettingIsValidated()
    {
        auto admin = test::createWorkspace(newDir());
        AdministrationService service(*admin);
        QCOMPARE(service.idleLockMinutes(), 10);
        QCOMPARE(service.setIdleLockMinutes(0).code(), ErrorCode::InvalidArgument);
        QCOMPARE(service.setIdleLockMinutes(100000).code(), ErrorCode::InvalidArgument);
        QVERIFY(service.setIdleLockMinutes(3).ok());
        QCOMPARE(service.idleLockMinutes(), 3);
    }
};

QTEST_GUILESS_MAIN(TestAdministration)
#include "tst_administration.moc"
