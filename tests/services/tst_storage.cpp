// The SQLCipher layer: keys, foreign files, transactions and migrations from every version.
#include "TestSupport.h"
#include "storage/Database.h"
#include "workspace/FileWarmUp.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <sqlcipher/sqlite3.h>

using namespace custos;
using namespace custos::storage;

namespace {

std::unique_ptr<Database> openNew(const QString& path, const crypto::SecretBytes& key)
{
    auto db = Database::open(path, key, Database::Mode::Create);
    if (!db)
        qWarning("%s", qPrintable(db.status().message()));
    return db ? db.takeValue() : nullptr;
}

QStringList schemaOf(Database& db)
{
    Statement s = db.prepare(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name;"));
    QStringList out;
    while (s.step())
        out << s.text(0) + QLatin1Char(' ') + s.text(1) + QLatin1Char(' ') + s.text(2);
    return out;
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // New databases use 4 KiB pages; one written with SQLCipher 3's default 1 KiB pages
    // (workspaces created before) still opens, with its rows, and a wrong key still fails.
    void pageSizesOldAndNew()
    {
        QTemporaryDir dir;
        const crypto::SecretBytes key = crypto::randomSecret(32);
        {
            auto db = openNew(dir.filePath(QStringLiteral("new.db")), key);
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (x TEXT);")).ok());
            QCOMPARE(test::scalar(*db, QStringLiteral("PRAGMA page_size;")), 4096);
        }
        const QString old = dir.filePath(QStringLiteral("old.db"));
        {
            sqlite3* handle = nullptr;
            QCOMPARE(sqlite3_open_v2(QFile::encodeName(old).constData(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr), SQLITE_OK);
            const QByteArray sql = "PRAGMA key = \"x'" +
                                   QByteArray(reinterpret_cast<const char*>(key.data()), static_cast<qsizetype>(key.size())).toHex() +
                                   "'\"; PRAGMA cipher_page_size=1024; CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('kept');";
            QCOMPARE(sqlite3_exec(handle, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(handle);
        }
        auto reopened = Database::open(old, key, Database::Mode::OpenExisting);
        QVERIFY2(reopened, qPrintable(reopened.status().message()));
        QCOMPARE(test::scalar(**reopened, QStringLiteral("SELECT count(*) FROM t WHERE x = 'kept';")), 1);
        QCOMPARE(test::scalar(**reopened, QStringLiteral("PRAGMA page_size;")), 1024);
        reopened = Database::open(old, crypto::randomSecret(32), Database::Mode::OpenExisting);
        QCOMPARE(reopened.status().code(), ErrorCode::Corrupted);
        auto reopenedNew = Database::open(dir.filePath(QStringLiteral("new.db")), key, Database::Mode::OpenExisting);
        QVERIFY2(reopenedNew, qPrintable(reopenedNew.status().message()));
    }

    void wrongKeyIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        const crypto::SecretBytes key = crypto::randomSecret(32);
        {
            auto db = openNew(path, key);
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('hello');")).ok());
        }
        auto wrong = Database::open(path, crypto::randomSecret(32), Database::Mode::OpenExisting);
        QVERIFY(!wrong);
        QCOMPARE(wrong.status().code(), ErrorCode::Corrupted);
        auto right = Database::open(path, key, Database::Mode::OpenExisting);
        QVERIFY(right);
        QCOMPARE(test::scalar(**right, QStringLiteral("SELECT count(*) FROM t;")), 1);
    }

    void plainSqliteIsForeign()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.db"));
        test::writeFile(path, QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
        auto db = Database::open(path, crypto::randomSecret(32), Database::Mode::OpenExisting);
        QVERIFY(!db);
        QCOMPARE(db.status().code(), ErrorCode::ForeignFile);
    }

    void missingAndExisting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        QCOMPARE(Database::open(path, crypto::randomSecret(32), Database::Mode::OpenExisting).status().code(),
                 ErrorCode::NotFound);
        QVERIFY(openNew(path, crypto::randomSecret(32)));
        QCOMPARE(Database::open(path, crypto::randomSecret(32), Database::Mode::Create).status().code(),
                 ErrorCode::AlreadyExists);
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto db = openNew(dir.filePath(QStringLiteral("t.db")), crypto::randomSecret(32));
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (x INTEGER);")).ok());
        {
            Transaction tx(*db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1);")).ok());
        } // destroyed without commit
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM t;")), 0);
        {
            Transaction tx(*db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (2);")).ok());
            db->failNextCommitForTesting();
            const Status s = tx.commit();
            QCOMPARE(s.code(), ErrorCode::Io);
            QVERIFY(s.message().contains(QStringLiteral("full")));
        }
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM t;")), 0);
        {
            Transaction tx(*db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (3);")).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM t;")), 1);
    }

    void statementErrorsAreReported()
    {
        QTemporaryDir dir;
        auto db = openNew(dir.filePath(QStringLiteral("s.db")), crypto::randomSecret(32));
        Statement bad = db->prepare(QStringLiteral("SELECT * FROM no_such_table;"));
        QVERIFY(!bad.status().ok());
        QVERIFY(!bad.step());
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE u (name TEXT UNIQUE);")).ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO u VALUES ('a');")).ok());
        QCOMPARE(db->exec(QStringLiteral("INSERT INTO u VALUES ('a');")).code(), ErrorCode::AlreadyExists);
    }

    void migrationsFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrations::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void migrationsFromEveryOlderVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        auto fresh = openNew(dir.filePath(QStringLiteral("fresh.db")), crypto::randomSecret(32));
        QVERIFY(Migrations::migrate(*fresh).ok());

        auto old = openNew(dir.filePath(QStringLiteral("old.db")), crypto::randomSecret(32));
        QVERIFY(Migrations::migrate(*old, from).ok());
        QCOMPARE(*Migrations::currentVersion(*old), from);
        // Data written at the old version must survive the upgrade.
        if (from >= 1)
            QVERIFY(old->exec(QStringLiteral("INSERT INTO settings VALUES ('canary', 'kept');")).ok());
        if (from >= 2)
            QVERIFY(old->exec(QStringLiteral("INSERT INTO users (name, display_name, role_id, signing_public_key, "
                                             "created_at) VALUES ('ann', 'Ann', 3, x'00', '2026-01-01');"))
                        .ok());

        const Status s = Migrations::migrate(*old);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(*Migrations::currentVersion(*old), Migrations::latestVersion());
        QCOMPARE(test::scalar(*old, QStringLiteral("PRAGMA user_version;")), Migrations::latestVersion());
        QCOMPARE(schemaOf(*old), schemaOf(*fresh));
        QCOMPARE(test::scalar(*old, QStringLiteral("SELECT count(*) FROM schema_migrations;")), Migrations::latestVersion());
        if (from >= 1)
            QCOMPARE(test::scalar(*old, QStringLiteral("SELECT count(*) FROM settings WHERE value = 'kept';")), 1);
        if (from >= 2)
            QCOMPARE(test::scalar(*old, QStringLiteral("SELECT role_id FROM users WHERE name = 'ann';")), 3);
        QCOMPARE(test::scalar(*old, QStringLiteral("SELECT count(*) FROM roles;")), 5);
    }

    void failingMigrationLeavesThePreviousVersion()
    {
        QTemporaryDir dir;
        auto db = openNew(dir.filePath(QStringLiteral("f.db")), crypto::randomSecret(32));
        std::vector<Migration> list = Migrations::all();
        const int broken = Migrations::latestVersion() + 1;
        list.push_back({broken, QStringLiteral("broken"), [](Database& d) {
                            (void)d.exec(QStringLiteral("CREATE TABLE half_done (x INTEGER);"));
                            return d.exec(QStringLiteral("THIS IS NOT SQL;"));
                        }});
        const Status s = Migrations::migrate(*db, list, broken);
        QVERIFY(!s.ok());
        QVERIFY(s.message().contains(QString::number(broken)));
        QCOMPARE(*Migrations::currentVersion(*db), Migrations::latestVersion());
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done';")), 0);
    }

    void warmUpReadsTheWholeFileOrUpToItsLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.db"));
        const QByteArray content(5 * workspace::FileWarmUp::chunk + 123, 'x');
        test::writeFile(path, content);
        {
            workspace::FileWarmUp warmUp(path);
            warmUp.wait();
            QVERIFY(warmUp.finished());
            QCOMPARE(warmUp.bytesRead(), content.size());
        }
        const std::atomic<bool> never = false;
        QCOMPARE(workspace::FileWarmUp::read(path, 2 * workspace::FileWarmUp::chunk, never), 2 * workspace::FileWarmUp::chunk);
        QCOMPARE(workspace::FileWarmUp::read(dir.filePath(QStringLiteral("missing.db")), workspace::FileWarmUp::defaultLimit, never), 0);
        const std::atomic<bool> stopped = true;
        QCOMPARE(workspace::FileWarmUp::read(path, workspace::FileWarmUp::defaultLimit, stopped), 0);
    }

    void warmUpStopsWithinAChunk()
    {
        // Locking the workspace destroys the warm-up: it must not read on to the end.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.db"));
        QFile big(path);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(64) << 30)); // sparse: 64 GiB of holes, read back as zeros
        big.close();
        std::atomic<bool> stop = false;
        std::atomic<qint64> progress = 0;
        qint64 read = -1;
        std::thread reader([&] { read = workspace::FileWarmUp::read(path, qint64(64) << 30, stop, &progress); });
        QTRY_VERIFY(progress.load() > 4 * workspace::FileWarmUp::chunk);
        stop = true;
        reader.join();
        QVERIFY2(read < (qint64(64) << 30), qPrintable(QString::number(read)));
        QVERIFY(read >= 4 * workspace::FileWarmUp::chunk);
        QCOMPARE(read, progress.load());
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        auto db = openNew(dir.filePath(QStringLiteral("n.db")), crypto::randomSecret(32));
        QVERIFY(Migrations::migrate(*db).ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', 'x');")).ok());
        const Status s = Migrations::migrate(*db);
        QCOMPARE(s.code(), ErrorCode::VersionTooNew);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
