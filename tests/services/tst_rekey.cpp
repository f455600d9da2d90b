// Rekeying a compartment after someone left it: the key they may have kept no longer
// opens the file, everyone who keeps the compartment reads it as before, the change is
// signed, and a rekey killed at any step leaves a workspace that opens.
#include "TestSupport.h"
#include "access/AdministrationService.h"
#include "auditing/AuditService.h"
#include "demo/DemoCorpus.h"
#include "ingest/ImportService.h"
#include "storage/Connection.h"
#include "workspace/KeyCustody.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::domain;
using namespace custos::workspace;

namespace {

const QString kCoraPass = QStringLiteral("cora's own passphrase");
const QString kCarlPass = QStringLiteral("carl's own passphrase");
const QString kMonaPass = QStringLiteral("mona's own passphrase");

} // namespace

class TestRekey : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_template; // admin, cora and carl (compliance), mona (manager), 600 posts
    int m_counter = 0;
    qint64 m_posts = 0;

    QString copyOfTemplate()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("ws%1").arg(++m_counter));
        QDir().mkpath(dir);
        for (const QString& f : QDir(m_template).entryList(QDir::Files))
            QFile::copy(QDir(m_template).filePath(f), QDir(dir).filePath(f));
        // Each copy is the same workspace to a witness: give each its own.
        qputenv("CUSTOS_WITNESS_DIR", QFile::encodeName(dir + QStringLiteral("-witness")));
        return dir;
    }

    static Result<std::unique_ptr<Session>> admin(const QString& dir)
    {
        return Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
    }

    // Cora leaves compliance for management; returns the content key her slot held.
    static crypto::SecretBytes coraLeavesCompliance(const QString& dir)
    {
        crypto::SecretBytes kept;
        {
            auto cora = Workspace::open(dir, QStringLiteral("cora"), kCoraPass);
            if (!cora) {
                qWarning("%s", qPrintable(cora.status().message()));
                return kept;
            }
            kept = (*cora)->key(Compartment::Content).clone();
        }
        auto a = admin(dir);
        if (!a || !access::AdministrationService(**a).changeRole(QStringLiteral("cora"), Role::Manager).ok())
            return crypto::SecretBytes();
        return kept;
    }

    static bool opens(const QString& path, const crypto::SecretBytes& key)
    {
        return storage::openDatabase(path, key, storage::OpenMode::OpenReadOnly).ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_template = m_tmp.filePath(QStringLiteral("template"));
        auto a = test::createWorkspace(m_template);
        QVERIFY(a);
        access::AdministrationService service(*a);
        QVERIFY(service.addUser(QStringLiteral("cora"), {}, Role::ComplianceOfficer, kCoraPass));
        QVERIFY(service.addUser(QStringLiteral("carl"), {}, Role::ComplianceOfficer, kCarlPass));
        QVERIFY(service.addUser(QStringLiteral("mona"), {}, Role::Manager, kMonaPass));
        const QString corpus = m_tmp.filePath(QStringLiteral("corpus"));
        QVERIFY(demo::DemoCorpus::write(corpus, 600, 3));
        auto summary = ingest::ImportService(*a).run({QStringLiteral("slack"), corpus, {}, 250, {}});
        QVERIFY(summary);
        m_posts = summary->postsAdded;
        QVERIFY(m_posts > 0);
    }

    void rekeyShutsOutWhoLeftAndKeepsEveryoneElse()
    {
        const QString dir = copyOfTemplate();
        const crypto::SecretBytes kept = coraLeavesCompliance(dir);
        QVERIFY(!kept.isEmpty());
        const QString content = WorkspacePaths(dir).database(Compartment::Content);
        QVERIFY(opens(content, kept)); // withdrawing her grant did not take the copy away

        auto a = admin(dir);
        QVERIFY(a);
        access::AdministrationService service(**a);
        QCOMPARE(*service.formerHolders(Compartment::Content), QStringList{QStringLiteral("cora")});
        QVERIFY(service.formerHolders(Compartment::Aggregates)->isEmpty()); // a manager keeps the figures

        auto rekeyed = service.rekeyCompartment(Compartment::Content);
        QVERIFY2(rekeyed, qPrintable(rekeyed.status().message()));
        QCOMPARE(rekeyed->generation, 2);
        QStringList holders = rekeyed->holders;
        holders.sort();
        QCOMPARE(holders, (QStringList{QStringLiteral("admin"), QStringLiteral("carl")}));
        QVERIFY(service.formerHolders(Compartment::Content)->isEmpty());
        // The same session goes on working on the rekeyed file.
        QCOMPARE(test::scalar((*a)->database(), QStringLiteral("SELECT count(*) FROM posts;")), m_posts);
        QVERIFY(!QFileInfo::exists(KeyCustody::rekeyCopyPath(**a, Compartment::Content)));
        a->reset();

        QVERIFY(!opens(content, kept)); // the key she kept opens nothing now
        auto carl = Workspace::open(dir, QStringLiteral("carl"), kCarlPass);
        QVERIFY2(carl, qPrintable(carl.status().message()));
        QCOMPARE(test::scalar((*carl)->database(), QStringLiteral("SELECT count(*) FROM posts;")), m_posts);
        QVERIFY(opens(content, (*carl)->key(Compartment::Content)));
        QCOMPARE(test::scalar((*carl)->database(),
                              QStringLiteral("SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'the';")) > 0,
                 true); // the search index came along
        // Signed, naming the compartment, the generation and the holders.
        storage::Statement entry = (*carl)->database().prepare(
            QStringLiteral("SELECT details FROM audit_entries WHERE action = 'keys.rekey';"));
        QVERIFY(entry.step());
        const QJsonObject d = QJsonDocument::fromJson(entry.text(0).toUtf8()).object();
        QCOMPARE(d.value(QStringLiteral("compartment")).toString(), QStringLiteral("content"));
        QCOMPARE(d.value(QStringLiteral("generation")).toInt(), 2);
        QCOMPARE(d.value(QStringLiteral("holders")).toArray().size(), 2);
        entry.reset();
        const auto report = auditing::AuditService(**carl).verify(1, {}, std::nullopt, true);
        QVERIFY2(report.ok(), qPrintable(report.message + report.differences.join(u' ')));
        carl->reset();
        // Cora, now a manager, signs in with what her role holds.
        auto cora = Workspace::open(dir, QStringLiteral("cora"), kCoraPass);
        QVERIFY2(cora, qPrintable(cora.status().message()));
        QVERIFY(!(*cora)->holds(Compartment::Content));
    }

    void aUserAddedAfterTheRekeyGetsTheNewKey()
    {
        const QString dir = copyOfTemplate();
        QVERIFY(!coraLeavesCompliance(dir).isEmpty());
        auto a = admin(dir);
        QVERIFY(a);
        access::AdministrationService service(**a);
        auto rekeyed = service.rekeyCompartment(Compartment::Content);
        QVERIFY2(rekeyed, qPrintable(rekeyed.status().message()));
        QVERIFY(service.addUser(QStringLiteral("nina"), {}, Role::HrInvestigator, QStringLiteral("nina's own passphrase")));
        a->reset();
        auto nina = Workspace::open(dir, QStringLiteral("nina"), QStringLiteral("nina's own passphrase"));
        QVERIFY2(nina, qPrintable(nina.status().message()));
        QCOMPARE(test::scalar((*nina)->database(), QStringLiteral("SELECT count(*) FROM posts;")), m_posts);
    }

    void whoMayRekeyWhat()
    {
        const QString dir = copyOfTemplate();
        auto mona = Workspace::open(dir, QStringLiteral("mona"), kMonaPass);
        QVERIFY(mona);
        const auto refused = access::AdministrationService(**mona).rekeyCompartment(Compartment::Aggregates);
        QCOMPARE(refused.status().code(), ErrorCode::PermissionDenied);
        mona->reset();
        auto a = admin(dir);
        QVERIFY(a);
        const auto log = access::AdministrationService(**a).rekeyCompartment(Compartment::Log);
        QCOMPARE(log.status().code(), ErrorCode::InvalidArgument);
        QVERIFY(log.status().message().contains(QStringLiteral("log")));
        a->reset();
        QCOMPARE(test::fingerprint(dir), test::fingerprint(m_template)); // nothing changed
    }

    void aRekeyKilledAtAnyStepLeavesAWorkspaceThatOpens_data()
    {
        QTest::addColumn<int>("stop");
        QTest::addColumn<int>("generation");
        QTest::newRow("after the copy") << int(KeyCustody::RekeyStop::AfterCopy) << 1;
        QTest::newRow("after the keyring") << int(KeyCustody::RekeyStop::AfterKeyring) << 2;
        QTest::newRow("after the commit") << int(KeyCustody::RekeyStop::AfterCommit) << 2;
    }

    void aRekeyKilledAtAnyStepLeavesAWorkspaceThatOpens()
    {
        QFETCH(int, stop);
        QFETCH(int, generation);
        const QString dir = copyOfTemplate();
        const crypto::SecretBytes kept = coraLeavesCompliance(dir);
        QVERIFY(!kept.isEmpty());
        const QString content = WorkspacePaths(dir).database(Compartment::Content);
        {
            auto a = admin(dir);
            QVERIFY(a);
            QVERIFY(!KeyCustody::rekey(**a, Compartment::Content, static_cast<KeyCustody::RekeyStop>(stop)));
            // What the kill left: the copy beside the file.
            QVERIFY(QFileInfo::exists(content + QStringLiteral(".rekey")));
        }
        // A read-only command cannot settle it and says what to do.
        auto reader = Workspace::open(dir, QStringLiteral("carl"), kCarlPass, Workspace::Access::ReadOnly);
        QVERIFY(!reader);
        QVERIFY2(reader.status().message().contains(QStringLiteral("interrupted")), qPrintable(reader.status().message()));
        // Opening for work finishes the rekey or undoes it.
        auto carl = Workspace::open(dir, QStringLiteral("carl"), kCarlPass);
        QVERIFY2(carl, qPrintable(carl.status().message()));
        QVERIFY(!QFileInfo::exists(content + QStringLiteral(".rekey")));
        QCOMPARE((*carl)->keyring().generation(Compartment::Content), generation);
        QCOMPARE(test::scalar((*carl)->database(), QStringLiteral("SELECT count(*) FROM posts;")), m_posts);
        QCOMPARE(opens(content, kept), generation == 1);
        const auto report = auditing::AuditService(**carl).verify(1, {}, std::nullopt, true);
        QVERIFY2(report.ok(), qPrintable(report.message + report.differences.join(u' ')));
        carl->reset();
        auto a = admin(dir);
        QVERIFY2(a, qPrintable(a.status().message()));
    }

    void aCopyThatOpensWithNoKeyIsDamage()
    {
        const QString dir = copyOfTemplate();
        const QString content = WorkspacePaths(dir).database(Compartment::Content);
        {
            auto a = admin(dir);
            QVERIFY(a);
            QVERIFY(!KeyCustody::rekey(**a, Compartment::Content, KeyCustody::RekeyStop::AfterKeyring));
        }
        test::flipByte(content + QStringLiteral(".rekey"), 100); // the new file damaged, the old one not the key's
        auto a = admin(dir);
        QVERIFY(!a);
        QCOMPARE(a.status().code(), ErrorCode::Corrupted);
        QVERIFY2(a.status().message().contains(QStringLiteral("interrupted rekey")), qPrintable(a.status().message()));
        QVERIFY(QFileInfo::exists(content + QStringLiteral(".rekey"))); // nothing removed
    }
};

QTEST_GUILESS_MAIN(TestRekey)
#include "tst_rekey.moc"
