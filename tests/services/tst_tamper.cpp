// Direct edits by someone who holds a key: each kind made with SQL (or in the keyring)
// outside the services, then caught on opening the workspace or by verification, which
// names what changed.
#include "TestSupport.h"
#include "access/AdministrationService.h"
#include "auditing/AuditService.h"
#include "demo/DemoCorpus.h"
#include "domain/PostContent.h"
#include "ingest/ImportService.h"
#include "policy/ScanService.h"
#include "review/DecisionService.h"
#include "storage/Database.h"
#include "workspace/Keyring.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace custos;
using namespace custos::domain;
using namespace custos::workspace;

namespace {
const QString kMonaPass = QStringLiteral("mona's own passphrase");
const QString kCleoPass = QStringLiteral("cleo's own passphrase");
} // namespace

class TestTamper : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    int m_counter = 0;
    QString m_content;          // a workspace with posts, flags and decisions, copied per test
    qint64 m_decidedFlag = 0;   // dismissed by cleo
    qint64 m_newFlag = 0;       // never decided

    // A copy of the content workspace (the files only: a folder is a whole backup).
    QString contentCopy()
    {
        const QString dir = newDir();
        QDir().mkpath(dir);
        for (const QString& f : QDir(m_content).entryList(QDir::Files))
            QFile::copy(QDir(m_content).filePath(f), QDir(dir).filePath(f));
        return dir;
    }

    // The deep verification of dir (as the administrator, read-only): ContentMismatch with
    // a difference containing each of `names`.
    static void deepFinds(const QString& dir, const QStringList& names)
    {
        auto reader = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase, Workspace::Access::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.status().message()));
        const auto plain = auditing::AuditService(**reader).verify();
        QVERIFY2(plain.ok(), qPrintable(plain.message)); // the log itself is untouched
        const auto report = auditing::AuditService(**reader).verify(1, {}, std::nullopt, true);
        QCOMPARE(report.problem, audit::Problem::ContentMismatch);
        const QString all = report.differences.join(u'\n');
        for (const QString& n : names)
            QVERIFY2(all.contains(n), qPrintable(all));
    }

    QString newDir() { return m_tmp.filePath(QStringLiteral("ws%1").arg(++m_counter)); }

    // admin, mona (manager) and cleo (compliance officer).
    QString workspaceWithUsers()
    {
        const QString dir = newDir();
        auto admin = test::createWorkspace(dir);
        access::AdministrationService service(*admin);
        if (!service.addUser(QStringLiteral("mona"), QStringLiteral("Mona Manager"), Role::Manager, kMonaPass) ||
            !service.addUser(QStringLiteral("cleo"), {}, Role::ComplianceOfficer, kCleoPass))
            return {};
        return dir;
    }

    // Runs sql with the administrator's keys, as someone with sqlcipher and a slot would.
    static void edit(const QString& dir, const QString& sql)
    {
        auto session = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
        QVERIFY2(session, qPrintable(session.status().message()));
        const Status s = (*session)->database().exec(sql);
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }

    // Opening is refused as Corrupted with a message containing every part of `names`;
    // verification (read-only) reports the same difference.
    static void refusedNaming(const QString& dir, const QString& user, const QString& pass, const QStringList& names)
    {
        auto session = Workspace::open(dir, user, pass);
        QVERIFY(!session);
        QCOMPARE(session.status().code(), ErrorCode::Corrupted);
        for (const QString& n : names)
            QVERIFY2(session.status().message().contains(n), qPrintable(session.status().message()));

        auto reader = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase, Workspace::Access::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.status().message()));
        const auto report = auditing::AuditService(**reader).verify();
        QCOMPARE(report.problem, audit::Problem::StateMismatch);
        QVERIFY(!report.differences.isEmpty());
        for (const QString& n : names)
            QVERIFY2(report.message.contains(n), qPrintable(report.message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_content = workspaceWithUsers();
        QVERIFY(!m_content.isEmpty());
        const QString corpus = m_tmp.filePath(QStringLiteral("corpus"));
        QVERIFY(demo::DemoCorpus::write(corpus, 1500, 7));
        {
            auto admin = Workspace::open(m_content, QStringLiteral("admin"), test::kAdminPassphrase);
            QVERIFY(admin);
            QVERIFY(ingest::ImportService(**admin).run({QStringLiteral("slack"), corpus, {}, 500, {}}));
            QVERIFY(policy::ScanService(**admin).scan({}));
            m_decidedFlag = test::scalar((*admin)->database(), QStringLiteral("SELECT min(id) FROM flags;"));
            m_newFlag = test::scalar((*admin)->database(), QStringLiteral("SELECT max(id) FROM flags;"));
            QVERIFY(m_decidedFlag > 0 && m_newFlag > m_decidedFlag);
        }
        auto cleo = Workspace::open(m_content, QStringLiteral("cleo"), kCleoPass);
        QVERIFY(cleo);
        QVERIFY(review::DecisionService(**cleo).dismiss({m_decidedFlag}, DismissReason::FalsePositive).ok());
        QVERIFY(review::DecisionService(**cleo).comment(m_decidedFlag, QStringLiteral("seen")).ok());
    }

    void untouchedContentPassesTheDeepVerification()
    {
        const QString dir = contentCopy();
        auto reader = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase, Workspace::Access::ReadOnly);
        QVERIFY(reader);
        const auto report = auditing::AuditService(**reader).verify(1, {}, std::nullopt, true);
        QVERIFY2(report.ok(), qPrintable(report.message + report.differences.join(u' ')));
        reader->reset();
        // A manager's session holds no content key: the deep verification is refused, naming why.
        auto mona = Workspace::open(dir, QStringLiteral("mona"), kMonaPass, Workspace::Access::ReadOnly);
        QVERIFY(mona);
        const auto refused = auditing::AuditService(**mona).verify(1, {}, std::nullopt, true);
        QCOMPARE(refused.problem, audit::Problem::NotPermitted);
    }

    void editedPostTextIsNamed()
    {
        const QString dir = contentCopy();
        edit(dir, QStringLiteral("UPDATE posts SET text = 'nothing to see here' WHERE id = 42;"));
        deepFinds(dir, {QStringLiteral("Post 42 does not match its content hash")});
    }

    void editedPostWithARecomputedHashIsNamedByItsBatch()
    {
        // Someone who knows the hash's recipe changes the text and recomputes the hash: the
        // batch entry's signed root no longer matches.
        const QString dir = contentCopy();
        {
            auto admin = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
            QVERIFY(admin);
            storage::Database& db = (*admin)->database();
            storage::Statement q = db.prepare(QStringLiteral(
                "SELECT so.platform, so.workspace_key, c.platform_id, p.message_id, coalesce(pe.platform_id, ''), "
                "p.posted_at FROM posts p JOIN channels c ON c.id = p.channel_id JOIN sources so ON so.id = c.source_id "
                "LEFT JOIN people pe ON pe.id = p.author_id WHERE p.id = 42;"));
            QVERIFY(q.step());
            const domain::PostContent forged{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5),
                                             QStringLiteral("nothing to see here")};
            q.reset();
            storage::Statement u = db.prepare(QStringLiteral("UPDATE posts SET text = ?1, content_hash = ?2 WHERE id = 42;"));
            u.bind(1, forged.text).bind(2, domain::contentHash(forged));
            QVERIFY(u.run().ok());
        }
        // Post 42 came in the first batch of 500 posts.
        deepFinds(dir, {QStringLiteral("One of posts 1-500 differs from what the import batch of entry")});
    }

    void deletedPostIsNamed()
    {
        const QString dir = contentCopy();
        edit(dir, QStringLiteral("DELETE FROM posts WHERE id = 77;"));
        deepFinds(dir, {QStringLiteral("Post 77, written by the import batch of entry")});
    }

    void deletedFlaggedPostAndItsFlagsAreNamed()
    {
        const QString dir = contentCopy();
        QString post;
        {
            auto admin = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
            QVERIFY(admin);
            post = QString::number(test::scalar((*admin)->database(),
                                                QStringLiteral("SELECT post_id FROM flags WHERE id = %1;").arg(m_newFlag)));
        }
        edit(dir, QStringLiteral("DELETE FROM flags WHERE post_id = %1; DELETE FROM posts WHERE id = %1;").arg(post));
        deepFinds(dir, {QStringLiteral("Post %1,").arg(post), QStringLiteral("Flag %1, raised by the scan batch").arg(m_newFlag)});
    }

    void statusSetWithoutADecisionIsNamed()
    {
        const QString dir = contentCopy();
        edit(dir, QStringLiteral("UPDATE flags SET status = 'dismissed' WHERE id = %1;").arg(m_newFlag));
        deepFinds(dir, {QStringLiteral("Flag %1 is \"dismissed\" in the database, but the signed decisions leave it "
                                       "\"new\"").arg(m_newFlag)});
    }

    void decisionUndoneIsNamed()
    {
        // The dismissal reverted and its decision rows removed.
        const QString dir = contentCopy();
        edit(dir, QStringLiteral("UPDATE flags SET status = 'new' WHERE id = %1; DELETE FROM flag_decisions WHERE "
                                 "flag_id = %1;").arg(m_decidedFlag));
        deepFinds(dir, {QStringLiteral("Flag %1 is \"new\"").arg(m_decidedFlag),
                        QStringLiteral("Flag %1 has 0 decision(s) in the database, but the signed log records 2")
                            .arg(m_decidedFlag)});
    }

    void damageIsFoundOnOpeningWithinItsTimeBudget()
    {
        // A flipped byte in a page of the content file: the quick check on opening finds it
        // and names the file. A user without the content key opens the workspace as before.
        const QString dir = contentCopy();
        const QString content = WorkspacePaths(dir).database(Compartment::Content);
        QVERIFY(QFileInfo(content).size() > 8 * 4096);
        test::flipByte(content, 6 * 4096 + 100);
        auto session = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
        QVERIFY(!session);
        QCOMPARE(session.status().code(), ErrorCode::Corrupted);
        QVERIFY2(session.status().message().contains(displayName(Compartment::Content)),
                 qPrintable(session.status().message()));
        auto mona = Workspace::open(dir, QStringLiteral("mona"), kMonaPass, Workspace::Access::ReadOnly);
        QVERIFY2(mona, qPrintable(mona.status().message()));
    }

    void readingCommandsFinishTheRollbackOfAnInterruptedWrite()
    {
        // A process dies in the middle of a write that already reached the file (a tiny
        // cache spills the changed pages early): a hot journal is left. A read-only open
        // lets SQLite roll it back, and then everything verifies.
        const QString dir = contentCopy();
        const pid_t child = fork();
        if (child == 0) {
            auto session = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
            if (session)
                (void)(*session)->database().exec(QStringLiteral(
                    "PRAGMA content.cache_size = 1; BEGIN IMMEDIATE; UPDATE posts SET text = text || ' (edited)';"));
            _exit(session ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QCOMPARE(WEXITSTATUS(status), 0);
        const QFileInfo journal(WorkspacePaths(dir).database(Compartment::Content) + QStringLiteral("-journal"));
        QVERIFY2(journal.exists() && journal.size() > 0, "the write left no hot journal");
        auto reader = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase, Workspace::Access::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.status().message()));
        QCOMPARE(test::scalar((*reader)->database(), QStringLiteral("SELECT count(*) FROM posts WHERE text LIKE '% (edited)';")),
                 0);
        const auto report = auditing::AuditService(**reader).verify(1, {}, std::nullopt, true);
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(!QFileInfo(journal.filePath()).exists() || QFileInfo(journal.filePath()).size() == 0);
    }

    void flagRuleChangedIsNamedByItsBatch()
    {
        const QString dir = contentCopy();
        edit(dir, QStringLiteral("UPDATE flags SET severity = 'low' WHERE id = %1;").arg(m_newFlag));
        deepFinds(dir, {QStringLiteral("One of flags")});
    }

    void untouchedWorkspaceOpensAndVerifies()
    {
        const QString dir = workspaceWithUsers();
        QVERIFY(!dir.isEmpty());
        auto mona = Workspace::open(dir, QStringLiteral("mona"), kMonaPass);
        QVERIFY2(mona, qPrintable(mona.status().message()));
        mona->reset();
        auto admin = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
        QVERIFY2(admin, qPrintable(admin.status().message()));
        QVERIFY(access::AdministrationService(**admin).setIdleLockMinutes(30).ok());
        const auto report = auditing::AuditService(**admin).verify();
        QVERIFY2(report.ok(), qPrintable(report.message));
    }

    void roleRaisedInTheDatabaseIsRefused()
    {
        const QString dir = workspaceWithUsers();
        edit(dir, QStringLiteral("UPDATE users SET role_id = %1 WHERE name = 'mona';")
                      .arg(static_cast<int>(Role::ComplianceOfficer)));
        refusedNaming(dir, QStringLiteral("mona"), kMonaPass,
                      {QStringLiteral("mona"), displayName(Role::ComplianceOfficer), displayName(Role::Manager)});
        // A reading command still opens, in the role the log gives her.
        auto reader = Workspace::open(dir, QStringLiteral("mona"), kMonaPass, Workspace::Access::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.status().message()));
        QCOMPARE((*reader)->user().role, Role::Manager);
    }

    void revocationUndoneInTheDatabaseIsRefused()
    {
        const QString dir = workspaceWithUsers();
        {
            auto admin = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
            QVERIFY(admin);
            QVERIFY(access::AdministrationService(**admin).revokeUser(QStringLiteral("cleo")).ok());
        }
        edit(dir, QStringLiteral("UPDATE users SET revoked_at = NULL, revoked_by = NULL WHERE name = 'cleo';"));
        refusedNaming(dir, QStringLiteral("admin"), test::kAdminPassphrase, {QStringLiteral("cleo"), QStringLiteral("revoked")});
    }

    void userInsertedInTheDatabaseIsRefused()
    {
        const QString dir = workspaceWithUsers();
        edit(dir, QStringLiteral("INSERT INTO users (name, display_name, role_id, signing_public_key, created_at) "
                                 "SELECT 'eve', 'Eve', 1, signing_public_key, created_at FROM users WHERE name = 'mona';"));
        refusedNaming(dir, QStringLiteral("admin"), test::kAdminPassphrase, {QStringLiteral("eve")});
    }

    void signingKeySwappedInTheDatabaseIsRefused()
    {
        const QString dir = workspaceWithUsers();
        edit(dir, QStringLiteral("UPDATE users SET signing_public_key = (SELECT signing_public_key FROM users WHERE "
                                 "name = 'mona') WHERE name = 'cleo';"));
        refusedNaming(dir, QStringLiteral("admin"), test::kAdminPassphrase, {QStringLiteral("cleo"), QStringLiteral("signing key")});
    }

    void settingChangedInTheDatabaseIsRefused()
    {
        const QString dir = workspaceWithUsers();
        edit(dir, QStringLiteral("UPDATE settings SET value = '1440' WHERE key = 'idle_lock_minutes';"));
        refusedNaming(dir, QStringLiteral("admin"), test::kAdminPassphrase, {QStringLiteral("idle_lock_minutes")});
    }

    void settingAddedOrRemovedInTheDatabaseIsRefused()
    {
        QString dir = workspaceWithUsers();
        edit(dir, QStringLiteral("INSERT INTO settings (key, value) VALUES ('review.notification_template', 'x');"));
        refusedNaming(dir, QStringLiteral("admin"), test::kAdminPassphrase, {QStringLiteral("review.notification_template")});

        dir = workspaceWithUsers();
        edit(dir, QStringLiteral("DELETE FROM settings WHERE key = 'kdf_memory_kib';"));
        refusedNaming(dir, QStringLiteral("admin"), test::kAdminPassphrase, {QStringLiteral("kdf_memory_kib")});
    }

    void grantSealedOutsideCustosIsRefused()
    {
        // Cleo holds the content key; she seals it to mona's slot in the keyring herself
        // (the keyring's MAC is under the log key, which every user holds).
        const QString dir = workspaceWithUsers();
        {
            auto cleo = Workspace::open(dir, QStringLiteral("cleo"), kCleoPass);
            QVERIFY2(cleo, qPrintable(cleo.status().message()));
            Keyring forged = (*cleo)->keyring();
            QVERIFY(forged.grant(QStringLiteral("mona"), Compartment::Content, 1, (*cleo)->key(Compartment::Content)).ok());
            QVERIFY(forged.save(WorkspacePaths(dir).keyring(), (*cleo)->logKey()).ok());
        }
        auto mona = Workspace::open(dir, QStringLiteral("mona"), kMonaPass);
        QVERIFY(!mona);
        QCOMPARE(mona.status().code(), ErrorCode::Corrupted);
        QVERIFY2(mona.status().message().contains(QStringLiteral("mona")), qPrintable(mona.status().message()));
        QVERIFY(mona.status().message().contains(displayName(Compartment::Content)));

        auto reader = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase, Workspace::Access::ReadOnly);
        QVERIFY(reader);
        const auto report = auditing::AuditService(**reader).verify();
        QCOMPARE(report.problem, audit::Problem::StateMismatch);
        QVERIFY(report.message.contains(QStringLiteral("mona")));
    }

    void forgedStateEntryIsRefused()
    {
        // An administrator's entry re-signed by a compliance officer: the replay on opening
        // checks every state entry's signature.
        const QString dir = workspaceWithUsers();
        edit(dir, QStringLiteral("UPDATE audit_entries SET signature = zeroblob(64) WHERE action = 'user.role' OR "
                                 "(action = 'user.add' AND seq = (SELECT MAX(seq) FROM audit_entries WHERE action = "
                                 "'user.add'));"));
        auto session = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
        QVERIFY(!session);
        QCOMPARE(session.status().code(), ErrorCode::Corrupted);
        QVERIFY2(session.status().message().contains(QStringLiteral("signature")), qPrintable(session.status().message()));
    }
};

QTEST_GUILESS_MAIN(TestTamper)
#include "tst_tamper.moc"
