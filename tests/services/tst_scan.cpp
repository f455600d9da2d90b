// Scanning a workspace: the built-in policy published on first use, incremental scans,
// a new policy version rescanning everything, a policy that does not compile refused
// (the previous version stays in force), roles, and the audit trail.
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "access/AdministrationService.h"
#include "audit/Verification.h"
#include "policy/PolicyService.h"
#include "policy/ScanService.h"
#include "demo/DemoCorpus.h"
#include "ingest/ImportService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::demo;
using namespace custos::detection;
using namespace custos::policy;

class TestScan : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    std::unique_ptr<workspace::Session> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        m_session = test::createWorkspace(m_tmp.filePath(QStringLiteral("ws")));
        QVERIFY(m_session);
        const QString corpus = m_tmp.filePath(QStringLiteral("corpus"));
        QVERIFY(demo::DemoCorpus::write(corpus, 3000, 5));
        auto imported = ingest::ImportService(*m_session).run({QStringLiteral("slack"), corpus, {}, 2000, {}});
        QVERIFY(imported);
        QCOMPARE(imported->postsAdded, qint64(3000));
    }

    void firstScanPublishesTheBuiltInPolicyAndFlags()
    {
        qint64 lastProgress = 0;
        ScanOptions options;
        options.threads = 2;
        options.batchSize = 700;
        options.progress = [&](qint64 done, qint64 total) {
            lastProgress = done;
            return done <= total;
        };
        auto r = policy::ScanService(*m_session).scan(options);
        QVERIFY2(r, qPrintable(r.status().message()));
        QCOMPARE(r->policyVersion, 1);
        QCOMPARE(r->scanned, qint64(3000));
        QCOMPARE(lastProgress, qint64(3000));
        QVERIFY(r->flags > 10);
        storage::Database& db = m_session->database();
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM flags;")), r->flags);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM posts WHERE sentiment IS NOT NULL;")), 3000);
        // Every span lies inside its post.
        storage::Statement q = db.prepare(QStringLiteral("SELECT p.text, f.spans FROM flags f JOIN posts p ON p.id = f.post_id;"));
        while (q.step()) {
            const qsizetype length = q.text(0).toUcs4().size();
            for (const QJsonValue& span : QJsonDocument::fromJson(q.text(1).toUtf8()).array()) {
                QVERIFY(span.toArray().at(0).toInt() >= 0);
                QVERIFY(span.toArray().at(1).toInt() <= length);
            }
        }
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'policy.publish';")), 1);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'scan.batch';")), 5);
    }

    void aFullDiskMidScanSaysWhatIsKeptAndTheNextScanContinues()
    {
        auto session = test::createWorkspace(m_tmp.filePath(QStringLiteral("full")));
        QVERIFY(session);
        const QString corpus = m_tmp.filePath(QStringLiteral("corpus-full"));
        QVERIFY(demo::DemoCorpus::write(corpus, 1000, 9));
        QVERIFY(ingest::ImportService(*session).run({QStringLiteral("slack"), corpus, {}, 2000, {}}));
        ScanOptions options;
        options.batchSize = 300;
        options.progress = [](qint64, qint64) {
            audit::AuditLog::failNextAppendForTesting(); // the disk fills up after the first batch
            return true;
        };
        auto stopped = policy::ScanService(*session).scan(options);
        QVERIFY(!stopped);
        QVERIFY2(stopped.status().message().contains(QStringLiteral("the 300 posts of the batches before are scanned and kept")),
                 qPrintable(stopped.status().message()));
        QVERIFY(stopped.status().message().contains(QStringLiteral("scanning again continues")));
        QVERIFY(!stopped.status().message().contains(QStringLiteral("permission")));
        auto rest = policy::ScanService(*session).scan({});
        QVERIFY2(rest, qPrintable(rest.status().message()));
        QCOMPARE(rest->scanned, qint64(700));
    }

    void secondScanHasNothingToDo()
    {
        auto r = policy::ScanService(*m_session).scan({});
        QVERIFY(r);
        QCOMPARE(r->scanned, qint64(0));
    }

    void aScanStoppedBeforeItsRecomputationIsCaughtUpByTheNext()
    {
        // As a kill between a scan's last batch and its recomputation leaves the figures: the
        // next scan has no post to scan and still puts the figures right.
        storage::Database& db = m_session->database();
        const qint64 flags = test::scalar(db, QStringLiteral("SELECT count(*) FROM flags;"));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT sum(flags) FROM aggregates.daily_flags;")), flags);
        QVERIFY(db.exec(QStringLiteral("DELETE FROM aggregates.daily_flags;")).ok());
        auto r = policy::ScanService(*m_session).scan({});
        QVERIFY(r);
        QCOMPARE(r->scanned, qint64(0));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT sum(flags) FROM aggregates.daily_flags;")), flags);
        // When the figures add up, a scan with nothing to do leaves them (and the log) alone.
        const qint64 entries = test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_entries;"));
        QVERIFY(policy::ScanService(*m_session).scan({}));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_entries;")), entries);
    }

    void brokenPolicyIsRefusedAndTheOldOneStays()
    {
        auto refused = policy::PolicyService(*m_session).publish("{\"name\":\"x\",\"rules\":[{\"id\":\"oops\",\"category\":\"secret\",\"regex\":\"(\"}]}");
        QCOMPARE(refused.status().code(), ErrorCode::BadInput);
        QVERIFY(refused.status().message().contains(QStringLiteral("oops")));
        QCOMPARE(test::scalar(m_session->database(), QStringLiteral("SELECT max(version) FROM policies;")), 1);
    }

    void newVersionRescansEverything()
    {
        auto version = policy::PolicyService(*m_session).publish("{\"name\":\"Only secrets\",\"rules\":[{\"id\":\"aws\",\"category\":\"secret\",\"regex\":"
                                                    "\"AKIA[0-9A-Z]{16}\",\"case_sensitive\":true}]}");
        QVERIFY2(version, qPrintable(version.status().message()));
        QCOMPARE(*version, 2);
        auto r = policy::ScanService(*m_session).scan({});
        QVERIFY(r);
        QCOMPARE(r->policyVersion, 2);
        QCOMPARE(r->scanned, qint64(3000));
        // Version 2 only knows the AWS rule: nothing else may have been flagged with it.
        QCOMPARE(test::scalar(m_session->database(), QStringLiteral("SELECT count(*) FROM flags f JOIN policies p ON p.id = f.policy_id "
                                                              "WHERE p.version = 2 AND f.rule != 'aws';")),
                 0);
        QCOMPARE(test::scalar(m_session->database(), QStringLiteral("SELECT count(*) FROM flags f JOIN policies p ON p.id = f.policy_id "
                                                              "WHERE p.version = 2;")),
                 r->flags);
        // Version 1's flags stay: which policy flagged what remains provable.
        QVERIFY(test::scalar(m_session->database(), QStringLiteral("SELECT count(*) FROM flags f JOIN policies p ON p.id = f.policy_id "
                                                             "WHERE p.version = 1;")) > 10);
        QCOMPARE(policy::ScanService(*m_session).scan({std::optional<int>(9), 0, 2000, {}}).status().code(), ErrorCode::NotFound);
        QVERIFY(audit::verifyDatabase(m_session->database()).ok());
    }

    void managersNeitherScanNorPublish()
    {
        QVERIFY(access::AdministrationService(*m_session).addUser(QStringLiteral("mona"), {}, domain::Role::Manager,
                                                                  QStringLiteral("mona's passphrase")));
        const QString dir = m_session->paths().dir();
        m_session.reset();
        auto mona = workspace::Workspace::open(dir, QStringLiteral("mona"), QStringLiteral("mona's passphrase"));
        QVERIFY(mona);
        QCOMPARE(policy::ScanService(**mona).scan({}).status().code(), ErrorCode::PermissionDenied);
        QCOMPARE(policy::PolicyService(**mona).publish("{}").status().code(), ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestScan)
#include "tst_scan.moc"
