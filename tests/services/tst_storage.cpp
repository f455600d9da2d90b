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

// A workspace database with all its compartments, each under its own key: files
// NAME.db, NAME-content.db and NAME-aggregates.db in dir.
DatabasePtr openAll(const QTemporaryDir& dir, const QString& name)
{
    CompartmentFiles files;
    CompartmentKeys keys;
    for (const domain::Compartment c : domain::all<domain::Compartment>()) {
        const QString file = c == domain::Compartment::Log ? QString(name + QStringLiteral(".db"))
                                                            : QString(name + u'-' + domain::key(c) + QStringLiteral(".db"));
        files[c] = dir.filePath(file);
        keys[c] = crypto::randomSecret(32);
    }
    auto db = openCompartments(files, keys, OpenMode::Create);
    if (!db)
        qWarning("%s", qPrintable(db.status().message()));
    return db ? db.takeValue() : nullptr;
}

QStringList schemaOf(Database& db)
{
    QStringList out;
    for (const QString& schema : {QStringLiteral("main"), QStringLiteral("content"), QStringLiteral("aggregates")}) {
        if (!db.hasSchema(schema))
            continue;
        Statement s = db.prepare(QStringLiteral("SELECT type, name, sql FROM %1.sqlite_master ORDER BY type, name;").arg(schema));
        while (s.step())
            out << schema + u' ' + s.text(0) + QLatin1Char(' ') + s.text(1) + QLatin1Char(' ') + s.text(2);
    }
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
        auto fresh = openAll(dir, QStringLiteral("fresh"));
        QVERIFY(Migrations::migrate(*fresh).ok());

        auto old = openAll(dir, QStringLiteral("old"));
        QVERIFY(Migrations::migrate(*old, from).ok());
        QCOMPARE(*Migrations::currentVersion(*old), from);
        // Data written at the old version must survive the upgrade.
        if (from >= 1)
            QVERIFY(old->exec(QStringLiteral("INSERT INTO settings VALUES ('canary', 'kept');")).ok());
        if (from >= 2)
            QVERIFY(old->exec(QStringLiteral("INSERT INTO users (name, display_name, role_id, signing_public_key, "
                                             "created_at) VALUES ('ann', 'Ann', 3, x'00', '2026-01-01');"))
                        .ok());
        if (from >= 4) {
            for (const char* sql :
                 {"INSERT INTO sources VALUES (1, 'slack', 'T1');",
                  "INSERT INTO channels VALUES (1, 1, 'C1', 'general', 'public', NULL);",
                  "INSERT INTO imports (id, source_id, format, path, user_id, started_at, status) VALUES "
                  "(1, 1, 'slack', '/x', 1, '2026-01-01', 'done');",
                  "INSERT INTO posts (id, channel_id, message_id, posted_at, text, content_hash, import_id) VALUES "
                  "(1, 1, 'm1', '2026-01-01T10:00:00Z', 'the quarterly canary report', x'00', 1);",
                  "INSERT INTO posts_fts(docid, text) VALUES (1, 'the quarterly canary report');"})
                QVERIFY2(old->exec(QString::fromLatin1(sql)).ok(), sql);
        }

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
        // Posts moved to the content compartment, searchable there, and gone from the log's file.
        if (from >= 4) {
            QCOMPARE(test::scalar(*old, QStringLiteral("SELECT count(*) FROM content.posts;")), 1);
            QCOMPARE(test::scalar(*old, QStringLiteral("SELECT count(*) FROM content.posts_fts WHERE posts_fts MATCH "
                                                       "'canary';")),
                     1);
            QCOMPARE(test::scalar(*old, QStringLiteral("SELECT count(*) FROM main.sqlite_master WHERE name = 'posts';")), 0);
        }
    }

    void failingMigrationLeavesThePreviousVersion()
    {
        QTemporaryDir dir;
        auto db = openAll(dir, QStringLiteral("f"));
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

    void theUpgradeToCompartmentsNeedsEveryKey()
    {
        // A connection without the content compartment cannot move the posts: it says who can.
        QTemporaryDir dir;
        auto db = openNew(dir.filePath(QStringLiteral("k.db")), crypto::randomSecret(32));
        const Status s = Migrations::migrate(*db);
        QCOMPARE(s.code(), ErrorCode::PermissionDenied);
        QVERIFY2(s.message().contains(QStringLiteral("administrator")), qPrintable(s.message()));
        QCOMPARE(*Migrations::currentVersion(*db), 8); // the migrations before the move are applied
    }

    void aCompartmentOpensOnlyWithItsOwnKey()
    {
        QTemporaryDir dir;
        const crypto::SecretBytes logKey = crypto::randomSecret(32);
        const crypto::SecretBytes contentKey = crypto::randomSecret(32);
        const CompartmentFiles files{{domain::Compartment::Log, dir.filePath(QStringLiteral("l.db"))},
                                     {domain::Compartment::Content, dir.filePath(QStringLiteral("c.db"))}};
        {
            CompartmentKeys keys;
            keys[domain::Compartment::Log] = logKey.clone();
            keys[domain::Compartment::Content] = contentKey.clone();
            auto db = openCompartments(files, keys, OpenMode::Create);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE main.open_to_all (t TEXT);")).ok());
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE content.secret (t TEXT);")).ok());
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO content.secret VALUES ('canary-in-content');")).ok());
        }
        QVERIFY(!test::readFile(files.at(domain::Compartment::Content)).contains("canary-in-content"));
        // The log's key does not open the content file.
        auto withLogKey = Database::open(files.at(domain::Compartment::Content), logKey, Database::Mode::OpenExisting);
        QCOMPARE(withLogKey.status().code(), ErrorCode::Corrupted);
        CompartmentKeys wrong;
        wrong[domain::Compartment::Log] = logKey.clone();
        wrong[domain::Compartment::Content] = logKey.clone();
        QCOMPARE(openCompartments(files, wrong, OpenMode::OpenExisting).status().code(), ErrorCode::Corrupted);
        // With only the log key, the content's tables are not there at all.
        CompartmentKeys logOnly;
        logOnly[domain::Compartment::Log] = logKey.clone();
        auto partial = openCompartments(files, logOnly, OpenMode::OpenExisting);
        QVERIFY(partial);
        QVERIFY(!hasCompartment(**partial, domain::Compartment::Content));
        QVERIFY(!(*partial)->prepare(QStringLiteral("SELECT * FROM secret;")).status().ok());
        // And with its own key it reads back.
        CompartmentKeys both;
        both[domain::Compartment::Log] = logKey.clone();
        both[domain::Compartment::Content] = contentKey.clone();
        auto full = openCompartments(files, both, OpenMode::OpenExisting);
        QVERIFY(full);
        QCOMPARE(*(*full)->texts(QStringLiteral("SELECT t FROM secret;")), QStringList{QStringLiteral("canary-in-content")});
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        auto db = openAll(dir, QStringLiteral("n"));
        QVERIFY(Migrations::migrate(*db).ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', 'x');")).ok());
        const Status s = Migrations::migrate(*db);
        QCOMPARE(s.code(), ErrorCode::VersionTooNew);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
