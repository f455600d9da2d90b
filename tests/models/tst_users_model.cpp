// The users table model: what the Administration page shows for active and revoked users.
#include "TestSupport.h"
#include "UsersModel.h"
#include "access/AdministrationService.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;

class TestUsersModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsUsersRolesAndRevocation()
    {
        QTemporaryDir tmp;
        auto session = test::createWorkspace(tmp.filePath(QStringLiteral("ws")));
        QVERIFY(session);
        access::AdministrationService admin(*session);
        QVERIFY(admin.addUser(QStringLiteral("zoe"), QStringLiteral("Zoë Zimmermann"), domain::Role::Auditor,
                              QStringLiteral("zoe's passphrase")));
        QVERIFY(admin.revokeUser(QStringLiteral("zoe")).ok());

        models::UsersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(*session).ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(models::UsersModel::ColumnCount));
        QCOMPARE(model.index(0, models::UsersModel::NameColumn).data().toString(), QStringLiteral("admin"));
        QCOMPARE(model.index(0, models::UsersModel::RoleColumn).data().toString(), QStringLiteral("Administrator"));
        QCOMPARE(model.index(0, models::UsersModel::StatusColumn).data().toString(), QStringLiteral("Active"));
        QCOMPARE(model.index(0, models::UsersModel::KeyColumn).data().toString(),
                 crypto::keyId(session->user().signingPublicKey));
        QCOMPARE(model.index(1, models::UsersModel::DisplayNameColumn).data().toString(), QStringLiteral("Zoë Zimmermann"));
        QVERIFY(model.index(1, models::UsersModel::StatusColumn).data().toString().startsWith(QStringLiteral("Revoked")));
        QCOMPARE(model.index(1, 0).data(models::UsersModel::IsActiveRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(models::UsersModel::RoleKeyRole).toString(), QStringLiteral("auditor"));
        QCOMPARE(model.headerData(models::UsersModel::RoleColumn, Qt::Horizontal).toString(), QStringLiteral("Role"));
        QVERIFY(!model.index(5, 0).isValid());
    }
};

QTEST_GUILESS_MAIN(TestUsersModel)
#include "tst_users_model.moc"
