// Whole workspaces: create, lock, unlock; wrong passphrase versus damage; encryption at
// rest; the single-process lock.
#include "TestSupport.h"
#include "workspace/Witness.h"
#include "crypto/SelfTest.h"
#include "storage/UserRepository.h"
#include "workspace/WorkspaceSettings.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::workspace;

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createLockUnlockRoundTrip()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        {
            auto session = test::createWorkspace(dir);
            QVERIFY(session);
            QCOMPARE(session->user().name, QStringLiteral("admin"));
            QCOMPARE(session->user().role, domain::Role::Administrator);
            QVERIFY(test::putSetting(*session, QStringLiteral("note"), QStringLiteral("kept")).ok());
        } // locking: the session is gone, keys wiped, lock released
        QVERIFY(test::readFile(WorkspacePaths(dir).lockFile()).isEmpty()); // released: no holder named
        auto again = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
        QVERIFY2(again, qPrintable(again.status().message()));
        QCOMPARE(*storage::SettingsRepository((*again)->database()).value(QStringLiteral("note")), QStringLiteral("kept"));
        QCOMPARE((*again)->idleLockMinutes(), kDefaultIdleLockMinutes);
        QCOMPARE((*again)->signingSeed().size(), std::size_t(32));
    }

    void createRefusesAnOccupiedFolder()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        QVERIFY(test::createWorkspace(dir));
        auto second = Workspace::create({dir, QStringLiteral("x"), {}, test::kAdminPassphrase, test::fastKdf()});
        QCOMPARE(second.status().code(), ErrorCode::AlreadyExists);
        QDir().mkpath(tmp.filePath(QStringLiteral("busy")));
        test::writeFile(tmp.filePath(QStringLiteral("busy/notes.txt")), "mine");
        auto busy = Workspace::create({tmp.filePath(QStringLiteral("busy")), QStringLiteral("x"), {},
                                       test::kAdminPassphrase, test::fastKdf()});
        QCOMPARE(busy.status().code(), ErrorCode::AlreadyExists);
        QCOMPARE(test::readFile(tmp.filePath(QStringLiteral("busy/notes.txt"))), QByteArray("mine"));
    }

    void createValidatesInput()
    {
        QTemporaryDir tmp;
        auto shortPass = Workspace::create({tmp.filePath(QStringLiteral("a")), QStringLiteral("admin"), {},
                                            QStringLiteral("short"), test::fastKdf()});
        QCOMPARE(shortPass.status().code(), ErrorCode::InvalidArgument);
        auto badName = Workspace::create({tmp.filePath(QStringLiteral("b")), QStringLiteral("no spaces please"), {},
                                          test::kAdminPassphrase, test::fastKdf()});
        QCOMPARE(badName.status().code(), ErrorCode::InvalidArgument);
        auto weak = Workspace::create({tmp.filePath(QStringLiteral("c")), QStringLiteral("admin"), {},
                                       test::kAdminPassphrase, crypto::Argon2Params{1024, 1, 1}});
        QCOMPARE(weak.status().code(), ErrorCode::InvalidArgument);
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("a/custos.keyring"))));
    }

    void wrongPassphraseLeavesEveryFileByteIdentical()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        QVERIFY(test::createWorkspace(dir));
        const auto before = test::fingerprint(dir);
        QVERIFY(before.contains(QStringLiteral("custos.db")));
        QVERIFY(before.contains(QStringLiteral("custos.keyring")));
        auto wrong = Workspace::open(dir, QStringLiteral("admin"), QStringLiteral("not the passphrase"));
        QCOMPARE(wrong.status().code(), ErrorCode::AuthenticationFailed);
        auto unknown = Workspace::open(dir, QStringLiteral("nobody"), test::kAdminPassphrase);
        QCOMPARE(unknown.status().code(), ErrorCode::AuthenticationFailed);
        QCOMPARE(test::fingerprint(dir), before);
    }

    void damagedKeyringIsCorruptionNotAuthentication()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        QVERIFY(test::createWorkspace(dir));
        const QString keyring = WorkspacePaths(dir).keyring();
        test::flipByte(keyring, test::readFile(keyring).size() / 2);
        auto result = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
        QCOMPARE(result.status().code(), ErrorCode::Corrupted);
        auto wrongToo = Workspace::open(dir, QStringLiteral("admin"), QStringLiteral("not the passphrase"));
        QCOMPARE(wrongToo.status().code(), ErrorCode::Corrupted);
    }

    void damagedDatabaseIsCorruption_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addRow("page 1 header") << qint64(100);
        QTest::addRow("page 1 body") << qint64(2000);
        QTest::addRow("salt") << qint64(3);
    }

    void damagedDatabaseIsCorruption()
    {
        QFETCH(qint64, offset);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        QVERIFY(test::createWorkspace(dir));
        test::flipByte(WorkspacePaths(dir).database(), offset);
        auto result = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
        QCOMPARE(result.status().code(), ErrorCode::Corrupted);
        QVERIFY(result.status().message().contains(QStringLiteral("damaged")));
    }

    void foreignFilesAreNamedAsSuch()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        QVERIFY(test::createWorkspace(dir));
        test::writeFile(WorkspacePaths(dir).keyring(), "{\"hello\": \"world\"}\n");
        QCOMPARE(Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase).status().code(),
                 ErrorCode::ForeignFile);
        QCOMPARE(Workspace::open(tmp.filePath(QStringLiteral("nowhere")), QStringLiteral("admin"), test::kAdminPassphrase)
                     .status()
                     .code(),
                 ErrorCode::NotFound);
    }

    void keyringOfAnotherWorkspaceIsRefused()
    {
        QTemporaryDir tmp;
        const QString a = tmp.filePath(QStringLiteral("a"));
        const QString b = tmp.filePath(QStringLiteral("b"));
        QVERIFY(test::createWorkspace(a));
        QVERIFY(test::createWorkspace(b));
        QFile::remove(WorkspacePaths(a).keyring());
        QVERIFY(QFile::copy(WorkspacePaths(b).keyring(), WorkspacePaths(a).keyring()));
        auto mixed = Workspace::open(a, QStringLiteral("admin"), test::kAdminPassphrase);
        QCOMPARE(mixed.status().code(), ErrorCode::Corrupted);
    }

    void canaryNeverAppearsInPlaintext()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        const QByteArray canary = "CANARY-7f3e9c1d-harassment-report-of-jane";
        auto session = test::createWorkspace(dir, QStringLiteral("canaryadmin"));
        QVERIFY(session);
        for (int i = 0; i < 50; ++i)
            QVERIFY(test::putSetting(*session, QStringLiteral("k%1").arg(i), QString::fromLatin1(canary)).ok());
        // While open: every committed change is in the database files themselves (no
        // write-ahead log beside them), and none holds the canary in plaintext.
        const QStringList files = WorkspacePaths(dir).dataFiles();
        for (const QString& f : files) {
            if (f.endsWith(QStringLiteral("-wal")) || f.endsWith(QStringLiteral("-shm")) ||
                f.endsWith(QStringLiteral("-journal")))
                QVERIFY2(!QFile::exists(f), qPrintable(f));
            const QByteArray data = test::readFile(f);
            QVERIFY2(!data.contains(canary), qPrintable(f));
            QVERIFY2(!data.contains("canaryadmin"), qPrintable(f));
        }
        QVERIFY(test::readFile(WorkspacePaths(dir).database()).size() > 50 * 40);
        session.reset();
        for (const QString& f : files)
            QVERIFY2(!test::readFile(f).contains(canary), qPrintable(f));
    }

    void anOlderCopyOfTheWorkspaceIsRefusedByWhatThisComputerSaw()
    {
        // A backup put back (or the log's tail cut together with its checkpoints): whole by
        // itself, but shorter than the seal this computer remembers.
        QTemporaryDir tmp;
        QTemporaryDir witnesses;
        const QByteArray suiteWitnesses = qgetenv("CUSTOS_WITNESS_DIR");
        qputenv("CUSTOS_WITNESS_DIR", witnesses.path().toUtf8());
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        const QString backup = tmp.filePath(QStringLiteral("backup"));
        QString id;
        {
            auto session = test::createWorkspace(dir);
            QVERIFY(session);
            id = session->workspaceId();
            QVERIFY(test::putSetting(*session, QStringLiteral("a"), QStringLiteral("1")).ok());
        }
        QVERIFY(Witness::load(id)); // sealed on closing, remembered here
        QDir().mkpath(backup);
        for (const QString& f : QDir(dir).entryList(QDir::Files))
            QVERIFY(QFile::copy(dir + u'/' + f, backup + u'/' + f));
        {
            auto session = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
            QVERIFY(session);
            QVERIFY(test::putSetting(**session, QStringLiteral("b"), QStringLiteral("2")).ok());
        }
        const quint64 sealed = Witness::load(id)->size;
        for (const QString& f : QDir(backup).entryList(QDir::Files)) {
            QFile::remove(dir + u'/' + f);
            QVERIFY(QFile::copy(backup + u'/' + f, dir + u'/' + f));
        }
        const auto before = test::fingerprint(dir);
        for (const auto access : {Workspace::Access::ReadWrite, Workspace::Access::ReadOnly}) {
            auto rolledBack = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase, access);
            QCOMPARE(rolledBack.status().code(), ErrorCode::Corrupted);
            QVERIFY2(rolledBack.status().message().contains(QStringLiteral("sealed at %1 entries").arg(sealed)),
                     qPrintable(rolledBack.status().message()));
        }
        QCOMPARE(test::fingerprint(dir), before);
        // Nor does a refused read-write sign-in write anything.
        {
            auto writer = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase, Workspace::Access::ReadWrite);
            QVERIFY(!writer);
        }
        QCOMPARE(test::fingerprint(dir), before);
        // Another computer (no witness) sees nothing wrong: the witness is what catches it.
        QTemporaryDir elsewhere;
        qputenv("CUSTOS_WITNESS_DIR", elsewhere.path().toUtf8());
        QVERIFY(Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase));
        qputenv("CUSTOS_WITNESS_DIR", suiteWitnesses);
    }

    void anEmptyOrCutShortFileIsDamageAndIsNotRebuilt()
    {
        // SQLite would take a 0-byte file for a new database: a read must not build one in it.
        for (const domain::Compartment c : domain::all<domain::Compartment>()) {
            for (const qint64 size : {qint64(0), qint64(5000)}) {
                QTemporaryDir tmp;
                const QString dir = tmp.filePath(QStringLiteral("ws"));
                QVERIFY(test::createWorkspace(dir));
                const QString file = WorkspacePaths(dir).database(c);
                QFile f(file);
                QVERIFY(f.resize(size));
                const auto before = test::fingerprint(dir);
                for (const auto access : {Workspace::Access::ReadOnly, Workspace::Access::ReadWrite}) {
                    auto opened = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase, access);
                    QCOMPARE(opened.status().code(), ErrorCode::Corrupted);
                    QVERIFY2(opened.status().message().contains(size == 0 ? QStringLiteral("empty (0 bytes)")
                                                                          : QStringLiteral("cut short")),
                             qPrintable(opened.status().message()));
                    QVERIFY(opened.status().message().contains(file));
                }
                QCOMPARE(QFileInfo(file).size(), size);
                QCOMPARE(test::fingerprint(dir), before);
            }
        }
    }

    void aReadOnlyOpenWritesNothing()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        {
            auto session = test::createWorkspace(dir);
            QVERIFY(session);
            // Entries after the last checkpoint: a read-write session would seal them on close.
            QVERIFY(test::putSetting(*session, QStringLiteral("a"), QStringLiteral("1")).ok());
        }
        {
            auto writer = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
            QVERIFY(writer);
            QVERIFY(test::putSetting(**writer, QStringLiteral("b"), QStringLiteral("2")).ok());
            // Closed without its checkpoint, as after a crash (a session seals its entries
            // only on the thread that owns it).
            QVERIFY(test::putSetting(**writer, QStringLiteral("c"), QStringLiteral("3")).ok());
            (*writer)->setOwnerThread(nullptr);
        }
        const auto before = test::fingerprint(dir);
        {
            auto reader = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase, Workspace::Access::ReadOnly);
            QVERIFY2(reader, qPrintable(reader.status().message()));
            QVERIFY((*reader)->isReadOnly());
            QCOMPARE(*storage::SettingsRepository((*reader)->database()).value(QStringLiteral("b")), QStringLiteral("2"));
            // Writing is refused by SQLite itself.
            QVERIFY(!test::putSetting(**reader, QStringLiteral("d"), QStringLiteral("4")).ok());
        }
        const auto after = test::fingerprint(dir);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!it.key().endsWith(QStringLiteral("custos.lock")))
                QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        }
        QCOMPARE(after.keys(), before.keys());
    }

    // The import benchmark's unencrypted workspace: plain SQLite on disk (the canary is
    // readable, which is the point of the comparison), and never opened again as a
    // workspace.
    void unencryptedBenchmarkWorkspaceIsPlainAndRefused()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("plain"));
        const QByteArray canary = "CANARY-plain-benchmark-row";
        {
            NewWorkspace spec{dir, QStringLiteral("admin"), QStringLiteral("Ada Admin"), test::kAdminPassphrase, test::fastKdf()};
            spec.encrypted = false;
            auto session = Workspace::create(spec);
            QVERIFY2(session, qPrintable(session.status().message()));
            QVERIFY(test::putSetting(**session, QStringLiteral("k"), QString::fromLatin1(canary)).ok());
        }
        QVERIFY(test::readFile(WorkspacePaths(dir).database()).startsWith(QByteArrayLiteral("SQLite format 3")));
        QVERIFY(test::readFile(WorkspacePaths(dir).database()).contains(canary));
        QCOMPARE(Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase).status().code(), ErrorCode::ForeignFile);
        // The default stays encrypted.
        const QString encrypted = tmp.filePath(QStringLiteral("encrypted"));
        QVERIFY(test::createWorkspace(encrypted));
        QVERIFY(!test::readFile(WorkspacePaths(encrypted).database()).startsWith(QByteArrayLiteral("SQLite format 3")));
    }

    void secondOpenIsRefusedWhileHeld()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        auto first = test::createWorkspace(dir);
        QVERIFY(first);
        auto second = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
        QCOMPARE(second.status().code(), ErrorCode::WorkspaceLocked);
        QVERIFY(second.status().message().contains(QStringLiteral("already open by")));
        first.reset();
        QVERIFY(Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase));
    }

    void failedSelfTestOpensNothing()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        QVERIFY(test::createWorkspace(dir));
        const auto before = test::fingerprint(dir);
        crypto::SelfTest::simulateFailureForTesting(true);
        auto opened = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
        auto created = Workspace::create({tmp.filePath(QStringLiteral("new")), QStringLiteral("admin"), {},
                                          test::kAdminPassphrase, test::fastKdf()});
        crypto::SelfTest::simulateFailureForTesting(false);
        QCOMPARE(opened.status().code(), ErrorCode::SelfTestFailed);
        QVERIFY(opened.status().message().contains(QStringLiteral("SHA-256")));
        QCOMPARE(created.status().code(), ErrorCode::SelfTestFailed);
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("new"))));
        QCOMPARE(test::fingerprint(dir), before);
        QVERIFY(Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase));
    }

    void staleLockOfADeadProcessIsTakenOver()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        QVERIFY(test::createWorkspace(dir));
        // A lock file left by a process that no longer runs (crash, power loss), an empty
        // one and one full of garbage: no live process holds any of them, so each is taken over.
        QProcess p;
        p.start(QStringLiteral("/bin/sleep"), {QStringLiteral("0.1")});
        QVERIFY(p.waitForStarted());
        const qint64 deadPid = p.processId();
        QVERIFY(p.waitForFinished());
        const QList<QByteArray> leftovers = {
            QByteArray(QByteArray::number(deadPid) + "\ncustos\n" + QSysInfo::machineHostName().toUtf8() + "\n"),
            QByteArray(), QByteArray("\x00\xff garbage \n\n\n 0 on", 18), QByteArray(100000, 'x')};
        for (const QByteArray& content : leftovers) {
            test::writeFile(WorkspacePaths(dir).lockFile(), content);
            auto session = Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
            QVERIFY2(session, qPrintable(session.status().message()));
            // While held, the file names this process.
            QVERIFY(test::readFile(WorkspacePaths(dir).lockFile())
                        .startsWith(QByteArray(QByteArray::number(QCoreApplication::applicationPid()) + '\n')));
        }
    }

    void aLockHeldByAnotherProcessNamesIt()
    {
        // The lock is the kernel's: while another process holds it (flock(1) here) the
        // workspace is refused as open elsewhere; once that process is gone it opens,
        // whatever the file says.
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        QVERIFY(test::createWorkspace(dir));
        QProcess holder;
        holder.start(QStringLiteral("/usr/bin/flock"), {QStringLiteral("-o"), WorkspacePaths(dir).lockFile(), QStringLiteral("/bin/sleep"),
                                                        QStringLiteral("30")});
        QVERIFY(holder.waitForStarted());
        QTRY_COMPARE(Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase).status().code(),
                     ErrorCode::WorkspaceLocked);
        holder.kill();
        QVERIFY(holder.waitForFinished());
        // (flock's child may still be closing its copy of the descriptor for a moment.)
        QTRY_VERIFY(Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
