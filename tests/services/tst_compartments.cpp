// Keys per role, tried from outside Custos: each user's passphrase yields the keys of their
// slot, and those keys are given to SQLCipher directly, the way someone with the sqlcipher
// tool would. A manager's and an auditor's keys must not decrypt a single post or person.
#include "TestSupport.h"
#include "access/AdministrationService.h"
#include "domain/AuditActions.h"
#include "ingest/ImportService.h"
#include "policy/ScanService.h"
#include "workspace/KeyCustody.h"
#include "workspace/Keyring.h"
#include "workspace/WorkspacePaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

using namespace custos;
using domain::Compartment;
using domain::Role;

namespace {

const QString kPass = QStringLiteral("a long passphrase 7");
const QByteArray kPostCanary = "CANARY-post-5b1e-report-against-the-warehouse-lead";
const QByteArray kAuthorCanary = "canary.author.9c2d";

void writeExport(const QString& dir)
{
    QDir().mkpath(dir + QStringLiteral("/general"));
    test::writeFile(dir + QStringLiteral("/users.json"),
                    "[{\"id\":\"U1\",\"team_id\":\"T1\",\"name\":\"" + kAuthorCanary +
                        "\",\"profile\":{\"real_name\":\"Jane Canary\",\"email\":\"jane@example.com\"}},"
                        "{\"id\":\"U2\",\"team_id\":\"T1\",\"name\":\"ben\"}]");
    test::writeFile(dir + QStringLiteral("/channels.json"), R"([{"id":"C1","name":"general"}])");
    QJsonArray messages;
    for (int i = 0; i < 40; ++i)
        messages.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                    {QStringLiteral("ts"), QStringLiteral("%1.000100").arg(1700000000LL + i * 60)},
                                    {QStringLiteral("user"), i % 2 ? QStringLiteral("U1") : QStringLiteral("U2")},
                                    {QStringLiteral("text"), i == 7 ? QString::fromLatin1(kPostCanary + " you idiot")
                                                                    : QStringLiteral("status update %1").arg(i)}});
    test::writeFile(dir + QStringLiteral("/general/2023-11-14.json"), QJsonDocument(messages).toJson());
}

// Everything SQLCipher decrypts from `path` with `key`: every row of every table, as
// text, or nothing when the key does not open the file.
struct Decrypted
{
    bool opened = false;
    QByteArray text;
};

Decrypted decryptWith(const QString& path, const crypto::SecretBytes& key)
{
    Decrypted out;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return out;
    }
    const QByteArray literal = "x'" + key.view().toByteArray().toHex() + "'";
    sqlite3_key(db, literal.constData(), static_cast<int>(literal.size()));
    sqlite3_exec(db, "PRAGMA cipher_page_size=4096;", nullptr, nullptr, nullptr);
    QList<QByteArray> tables;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table';", -1, &st, nullptr) == SQLITE_OK) {
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            tables << reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        out.opened = rc == SQLITE_DONE;
    }
    sqlite3_finalize(st);
    for (const QByteArray& table : tables) {
        const QByteArray sql = "SELECT * FROM \"" + table + "\";";
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            continue;
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                const auto* bytes = static_cast<const char*>(sqlite3_column_blob(st, c));
                out.text.append(bytes, sqlite3_column_bytes(st, c)).append('\x1f');
            }
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

} // namespace

class TestCompartments : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_dir;

    workspace::UnlockedSlot keysOf(const QString& user, const QString& passphrase)
    {
        auto keyring = workspace::Keyring::load(workspace::WorkspacePaths(m_dir).keyring());
        Q_ASSERT(keyring);
        auto slot = keyring->unlock(user, passphrase);
        if (!slot)
            qFatal("%s", qPrintable(slot.status().message()));
        return slot.takeValue();
    }

    // What every key of the user's slot decrypts, from every compartment file.
    QByteArray everythingReadableBy(const QString& user, const QString& passphrase, QList<Compartment>* opened)
    {
        const workspace::UnlockedSlot slot = keysOf(user, passphrase);
        const workspace::WorkspacePaths paths(m_dir);
        QByteArray all;
        for (const Compartment file : domain::all<Compartment>()) {
            bool any = false;
            for (const auto& [c, key] : slot.keys) {
                const Decrypted d = decryptWith(paths.database(file), key);
                any |= d.opened;
                all += d.text;
            }
            if (any)
                *opened << file;
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = m_tmp.filePath(QStringLiteral("ws"));
        auto admin = test::createWorkspace(m_dir);
        QVERIFY(admin);
        access::AdministrationService users(*admin);
        QVERIFY(users.addUser(QStringLiteral("carla"), QStringLiteral("Carla"), Role::ComplianceOfficer, kPass));
        QVERIFY(users.addUser(QStringLiteral("henri"), QStringLiteral("Henri"), Role::HrInvestigator, kPass));
        QVERIFY(users.addUser(QStringLiteral("mona"), QStringLiteral("Mona"), Role::Manager, kPass));
        QVERIFY(users.addUser(QStringLiteral("otto"), QStringLiteral("Otto"), Role::Auditor, kPass));
        const QString exportDir = m_tmp.filePath(QStringLiteral("export"));
        writeExport(exportDir);
        ingest::ImportOptions options;
        options.format = QStringLiteral("slack");
        options.path = exportDir;
        auto imported = ingest::ImportService(*admin).run(options);
        QVERIFY2(imported, qPrintable(imported.status().message()));
        QCOMPARE(imported->postsAdded, qint64(40));
        auto scanned = policy::ScanService(*admin).scan({});
        QVERIFY2(scanned, qPrintable(scanned.status().message()));
        QVERIFY(scanned->flags >= 1);
    }

    void eachRoleHoldsTheKeysOfItsRoleOnly()
    {
        const QList<std::pair<QString, Role>> people = {{QStringLiteral("carla"), Role::ComplianceOfficer},
                                                        {QStringLiteral("henri"), Role::HrInvestigator},
                                                        {QStringLiteral("mona"), Role::Manager},
                                                        {QStringLiteral("otto"), Role::Auditor}};
        for (const auto& [user, role] : people) {
            const workspace::UnlockedSlot slot = keysOf(user, kPass);
            QList<Compartment> held;
            for (const auto& [c, key] : slot.keys)
                held << c;
            QCOMPARE(held, domain::compartmentsOf(role));
        }
        QCOMPARE(keysOf(QStringLiteral("admin"), test::kAdminPassphrase).keys.size(), std::size_t(3));
    }

    void aManagersAndAnAuditorsKeysDecryptNoPostAndNoPerson()
    {
        for (const QString& user : {QStringLiteral("mona"), QStringLiteral("otto")}) {
            QList<Compartment> opened;
            const QByteArray readable = everythingReadableBy(user, kPass, &opened);
            QVERIFY2(!opened.contains(Compartment::Content), qPrintable(user));
            QVERIFY(opened.contains(Compartment::Log));
            QVERIFY2(readable.contains("carla"), qPrintable(user)); // the log's users are there: the key works
            QVERIFY2(!readable.contains(kPostCanary), qPrintable(user));
            QVERIFY2(!readable.contains(kAuthorCanary), qPrintable(user));
            QVERIFY2(!readable.contains("Jane Canary"), qPrintable(user));
            QVERIFY2(!readable.contains("jane@example.com"), qPrintable(user));
        }
        // The manager's figures are there: posts and flags counted per day, nothing more.
        QList<Compartment> opened;
        const QByteArray managers = everythingReadableBy(QStringLiteral("mona"), kPass, &opened);
        QVERIFY(opened.contains(Compartment::Aggregates));
        QVERIFY(managers.contains("general"));
        QVERIFY(managers.contains("2023-11-14"));
    }

    void aReviewersKeysDecryptThePosts()
    {
        for (const QString& user : {QStringLiteral("carla"), QStringLiteral("henri")}) {
            QList<Compartment> opened;
            const QByteArray readable = everythingReadableBy(user, kPass, &opened);
            QCOMPARE(opened, domain::all<Compartment>());
            QVERIFY(readable.contains(kPostCanary));
            QVERIFY(readable.contains(kAuthorCanary));
        }
    }

    void theLogCarriesNoContent()
    {
        // Every role reads the log: not a word of a message, nor an author's name, goes into it.
        const QByteArray log = decryptWith(workspace::WorkspacePaths(m_dir).database(),
                                           keysOf(QStringLiteral("otto"), kPass).keys.at(Compartment::Log))
                                   .text;
        QVERIFY(log.contains(domain::actions::kImportDone.toLatin1()));
        QVERIFY(!log.contains(kPostCanary));
        QVERIFY(!log.contains(kAuthorCanary));
    }

    void aRoleChangeGivesAndTakesKeys()
    {
        {
            auto admin = workspace::Workspace::open(m_dir, QStringLiteral("admin"), test::kAdminPassphrase);
            QVERIFY(admin);
            QVERIFY(access::AdministrationService(**admin).changeRole(QStringLiteral("mona"), Role::ComplianceOfficer).ok());
        }
        QCOMPARE(keysOf(QStringLiteral("mona"), kPass).keys.size(), std::size_t(3));
        {
            auto mona = workspace::Workspace::open(m_dir, QStringLiteral("mona"), kPass);
            QVERIFY2(mona, qPrintable(mona.status().message()));
            QVERIFY((*mona)->holds(Compartment::Content));
            QCOMPARE(test::scalar((*mona)->database(), QStringLiteral("SELECT count(*) FROM posts;")), 40);
        }
        {
            auto admin = workspace::Workspace::open(m_dir, QStringLiteral("admin"), test::kAdminPassphrase);
            QVERIFY(admin);
            QVERIFY(access::AdministrationService(**admin).changeRole(QStringLiteral("mona"), Role::Auditor).ok());
            // The role entry says which keys went.
            const QStringList details = *(*admin)->database().texts(
                QStringLiteral("SELECT details FROM audit_entries WHERE action = 'user.role' ORDER BY seq DESC LIMIT 1;"));
            QVERIFY2(details.value(0).contains(QStringLiteral("\"withdrawn\":[\"content\",\"aggregates\"]")),
                     qPrintable(details.value(0)));
        }
        const workspace::UnlockedSlot slot = keysOf(QStringLiteral("mona"), kPass);
        QCOMPARE(slot.keys.size(), std::size_t(1));
        QVERIFY(slot.keys.count(Compartment::Log));
        // Back to manager for the other tests.
        auto admin = workspace::Workspace::open(m_dir, QStringLiteral("admin"), test::kAdminPassphrase);
        QVERIFY(admin);
        QVERIFY(access::AdministrationService(**admin).changeRole(QStringLiteral("mona"), Role::Manager).ok());
    }

    void aGrantThatDidNotArriveIsHandedOverAtTheNextSignIn()
    {
        // henri's content grant is missing (a keyring written before it was granted): he
        // signs in with the log and aggregates only, and is told why the queue is closed.
        const workspace::WorkspacePaths paths(m_dir);
        {
            auto admin = workspace::Workspace::open(m_dir, QStringLiteral("admin"), test::kAdminPassphrase);
            QVERIFY(admin);
            workspace::Keyring next = (*admin)->keyring();
            QVERIFY(next.withdraw(QStringLiteral("henri"), Compartment::Content));
            QVERIFY(next.save(paths.keyring(), (*admin)->logKey()).ok());
            (*admin)->keyring() = next;
        }
        {
            auto henri = workspace::Workspace::open(m_dir, QStringLiteral("henri"), kPass);
            QVERIFY2(henri, qPrintable(henri.status().message()));
            QVERIFY(!(*henri)->holds(Compartment::Content));
            QCOMPARE(workspace::KeyCustody::missing(**henri), QList<Compartment>{Compartment::Content});
            const Status refused = (*henri)->require(domain::Operation::ReviewQueue);
            QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
            QVERIFY2(refused.message().contains(QStringLiteral("has not reached your key slot")), qPrintable(refused.message()));
        }
        {
            // The administrator's next sign-in hands it over, signed into the log.
            auto admin = workspace::Workspace::open(m_dir, QStringLiteral("admin"), test::kAdminPassphrase);
            QVERIFY(admin);
            QCOMPARE(test::scalar((*admin)->database(),
                                  QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'keys.grant';")),
                     1);
        }
        auto henri = workspace::Workspace::open(m_dir, QStringLiteral("henri"), kPass);
        QVERIFY(henri);
        QVERIFY((*henri)->holds(Compartment::Content));
        QVERIFY((*henri)->require(domain::Operation::ReviewQueue).ok());
    }
};

QTEST_GUILESS_MAIN(TestCompartments)
#include "tst_compartments.moc"
