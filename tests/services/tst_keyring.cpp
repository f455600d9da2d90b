// The keyring file: wrong passphrase versus damage versus tampering, slot binding, and
// compartment keys granted per slot.
#include "TestSupport.h"
#include "workspace/Keyring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::workspace;

namespace {

using domain::Compartment;

struct Fixture
{
    crypto::SecretBytes master = crypto::randomSecret(32); // the log compartment's key
    crypto::SecretBytes content = crypto::randomSecret(32);
    crypto::Ed25519KeyPair alice = crypto::generateEd25519();
    crypto::Ed25519KeyPair bob = crypto::generateEd25519();
    crypto::X25519KeyPair aliceX = crypto::generateX25519();
    crypto::X25519KeyPair bobX = crypto::generateX25519();
    Keyring keyring;

    // alice holds the log and content keys, bob the log key only.
    Fixture()
    {
        keyring.workspaceId = QStringLiteral("ws-1");
        keyring.putSlot(Keyring::seal(keyring.workspaceId, QStringLiteral("alice"), QStringLiteral("alice passphrase"),
                                      test::fastKdf(), alice.seed, aliceX.privateKey));
        keyring.putSlot(Keyring::seal(keyring.workspaceId, QStringLiteral("bob"), QStringLiteral("bob passphrase!"),
                                      test::fastKdf(), bob.seed, bobX.privateKey));
        Q_ASSERT(keyring.grant(QStringLiteral("alice"), Compartment::Log, 1, master).ok());
        Q_ASSERT(keyring.grant(QStringLiteral("alice"), Compartment::Content, 1, content).ok());
        Q_ASSERT(keyring.grant(QStringLiteral("bob"), Compartment::Log, 1, master).ok());
    }
};

} // namespace

class TestKeyring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        Fixture f;
        const QString path = dir.filePath(QStringLiteral("k"));
        QVERIFY(f.keyring.save(path, f.master).ok());
        auto loaded = Keyring::load(path);
        QVERIFY2(loaded, qPrintable(loaded.status().message()));
        QCOMPARE(loaded->slots.size(), 2);
        auto a = loaded->unlock(QStringLiteral("ALICE"), QStringLiteral("alice passphrase")); // names fold case
        QVERIFY2(a, qPrintable(a.status().message()));
        QVERIFY(a->keys.at(Compartment::Log) == f.master);
        QVERIFY(a->keys.at(Compartment::Content) == f.content);
        QVERIFY(a->signingSeed == f.alice.seed);
        QVERIFY(a->agreementKey == f.aliceX.privateKey);
        auto b = loaded->unlock(QStringLiteral("bob"), QStringLiteral("bob passphrase!"));
        QVERIFY(b);
        QVERIFY(b->signingSeed == f.bob.seed);
        // bob's slot yields the log key and nothing else.
        QCOMPARE(b->keys.size(), std::size_t(1));
        QVERIFY(b->keys.count(Compartment::Log));
        for (const auto& k : {f.master.view(), f.content.view()}) {
            QVERIFY(!readFileContains(path, k.toByteArray().toHex()));
            QVERIFY(!readFileContains(path, k.toByteArray().toBase64()));
        }
    }

    void aGrantIsBoundToItsSlotCompartmentAndGeneration()
    {
        Fixture f;
        // As written by a session holding the log key, and read back.
        const auto reread = [&f](const Keyring& k) {
            auto parsed = Keyring::parse(k.serialize(f.master), QStringLiteral("k"));
            Q_ASSERT(parsed);
            return parsed.takeValue();
        };
        // alice's content grant moved to bob's slot does not open with bob's key.
        Keyring moved = f.keyring;
        for (KeyGrant& g : moved.grants) {
            if (g.compartment == Compartment::Content)
                g.slotId = Keyring::slotId(moved.workspaceId, QStringLiteral("bob"));
        }
        auto b = reread(moved).unlock(QStringLiteral("bob"), QStringLiteral("bob passphrase!"));
        QCOMPARE(b.status().code(), ErrorCode::Corrupted);
        QVERIFY(b.status().message().contains(QStringLiteral("does not open")));
        // Relabelled as another compartment, it does not open either.
        Keyring relabelled = f.keyring;
        for (KeyGrant& g : relabelled.grants) {
            if (g.compartment == Compartment::Content)
                g.compartment = Compartment::Aggregates;
        }
        QCOMPARE(reread(relabelled).unlock(QStringLiteral("alice"), QStringLiteral("alice passphrase")).status().code(),
                 ErrorCode::Corrupted);
        // A grant of an older generation is not used once a newer one exists.
        Keyring rekeyed = f.keyring;
        const crypto::SecretBytes newer = crypto::randomSecret(32);
        QVERIFY(rekeyed.grant(QStringLiteral("bob"), Compartment::Content, 2, newer).ok());
        QCOMPARE(rekeyed.generation(Compartment::Content), 2);
        QVERIFY(!rekeyed.hasGrant(QStringLiteral("alice"), Compartment::Content));
        auto a = reread(rekeyed).unlock(QStringLiteral("alice"), QStringLiteral("alice passphrase"));
        QVERIFY2(a, qPrintable(a.status().message()));
        QVERIFY(!a->keys.count(Compartment::Content));
        // Withdrawing takes the key away; a new passphrase keeps the grants.
        Keyring k = f.keyring;
        QVERIFY(k.withdraw(QStringLiteral("alice"), Compartment::Content));
        QVERIFY(!k.hasGrant(QStringLiteral("alice"), Compartment::Content));
        Keyring renewed = f.keyring;
        renewed.putSlot(Keyring::seal(renewed.workspaceId, QStringLiteral("alice"), QStringLiteral("a new passphrase"),
                                      test::fastKdf(), f.alice.seed, f.aliceX.privateKey));
        renewed = reread(renewed);
        auto again = renewed.unlock(QStringLiteral("alice"), QStringLiteral("a new passphrase"));
        QVERIFY2(again, qPrintable(again.status().message()));
        QVERIFY(again->keys.at(Compartment::Content) == f.content);
        QCOMPARE(renewed.unlock(QStringLiteral("alice"), QStringLiteral("alice passphrase")).status().code(),
                 ErrorCode::AuthenticationFailed);
    }

    void aKeyringOfTheOneKeyFormatIsRefusedUnchanged()
    {
        const QByteArray old = QByteArrayLiteral("CUSTOS-KEYRING 1\n{\"body\": \"{}\", \"mac\": \"\", \"sha256\": \"\"}");
        auto parsed = Keyring::parse(old, QStringLiteral("k"));
        QCOMPARE(parsed.status().code(), ErrorCode::VersionTooNew);
        QVERIFY(parsed.status().message().contains(QStringLiteral("earlier Custos")));
    }

    void wrongPassphraseAndUnknownUserReadTheSame()
    {
        Fixture f;
        auto wrong = f.keyring.unlock(QStringLiteral("alice"), QStringLiteral("bob passphrase!"));
        QCOMPARE(wrong.status().code(), ErrorCode::AuthenticationFailed);
        auto unknown = f.keyring.unlock(QStringLiteral("mallory"), QStringLiteral("alice passphrase"));
        QCOMPARE(unknown.status().code(), ErrorCode::AuthenticationFailed);
        QCOMPARE(unknown.status().message(), wrong.status().message());
    }

    void everyDamagedByteIsCorruptionNotAWrongPassphrase()
    {
        QTemporaryDir dir;
        Fixture f;
        const QString path = dir.filePath(QStringLiteral("k"));
        QVERIFY(f.keyring.save(path, f.master).ok());
        const QByteArray good = test::readFile(path);
        const int magic = QByteArray("CUSTOS-KEYRING 2\n").size();
        // Every 7th byte past the header: each must be caught by the plain checksum.
        for (qsizetype i = magic; i < good.size(); i += 7) {
            QByteArray bad = good;
            bad[i] = static_cast<char>(bad[i] ^ 0x04);
            if (bad == good)
                continue;
            auto parsed = Keyring::parse(bad, path);
            if (parsed) {
                // Only JSON whitespace may change without consequence, never the content.
                QVERIFY2(QByteArrayView(" \n\r\t").contains(good[i]), qPrintable(QString::number(i)));
                continue;
            }
            QVERIFY2(parsed.status().code() == ErrorCode::Corrupted, qPrintable(QStringLiteral("offset %1: %2").arg(i).arg(parsed.status().message())));
        }
        QByteArray foreign = good;
        foreign[0] = 'X';
        QCOMPARE(Keyring::parse(foreign, path).status().code(), ErrorCode::ForeignFile);
        QCOMPARE(Keyring::parse(good.left(good.size() / 2), path).status().code(), ErrorCode::Corrupted);
        QCOMPARE(Keyring::parse(QByteArray(), path).status().code(), ErrorCode::ForeignFile);
    }

    void alteredBodyWithRecomputedChecksumFailsTheMac()
    {
        // Someone who edits the keyring and fixes the plain checksum still cannot forge the MAC.
        QTemporaryDir dir;
        Fixture f;
        const QString path = dir.filePath(QStringLiteral("k"));
        QVERIFY(f.keyring.save(path, f.master).ok());
        const QByteArray data = test::readFile(path);
        const QByteArray header("CUSTOS-KEYRING 2\n");
        QJsonObject file = QJsonDocument::fromJson(data.mid(header.size())).object();
        QByteArray body = file.value(QStringLiteral("body")).toString().toUtf8();
        // Drop bob's slot: alice's slot still opens, but the keyring is no longer what was written.
        QJsonObject root = QJsonDocument::fromJson(body).object();
        QJsonArray slotArray = root.value(QStringLiteral("slots")).toArray();
        QCOMPARE(slotArray.size(), 2);
        slotArray.removeAt(1);
        root.insert(QStringLiteral("slots"), slotArray);
        body = QJsonDocument(root).toJson(QJsonDocument::Compact);
        const QByteArray mac = QByteArray::fromBase64(file.value(QStringLiteral("mac")).toString().toLatin1());
        file.insert(QStringLiteral("body"), QString::fromUtf8(body));
        file.insert(QStringLiteral("sha256"), QString::fromLatin1(crypto::sha256(QByteArray(body + mac)).toHex()));
        auto tampered = Keyring::parse(header + QJsonDocument(file).toJson(), path);
        QVERIFY2(tampered, qPrintable(tampered.status().message()));
        const auto result = tampered->unlock(QStringLiteral("alice"), QStringLiteral("alice passphrase"));
        QCOMPARE(result.status().code(), ErrorCode::Corrupted);
        QVERIFY(result.status().message().contains(QStringLiteral("altered")));
    }

    void slotsAreBoundToUserAndWorkspace()
    {
        Fixture f;
        // Copy alice's sealed keys into bob's slot: bob's name is in the AAD, so it fails.
        Keyring swapped = f.keyring;
        KeySlot bobSlot = *swapped.slotFor(QStringLiteral("alice"));
        bobSlot.slotId = Keyring::slotId(swapped.workspaceId, QStringLiteral("bob"));
        swapped.putSlot(bobSlot);
        QCOMPARE(swapped.unlock(QStringLiteral("bob"), QStringLiteral("alice passphrase")).status().code(),
                 ErrorCode::AuthenticationFailed);
        Keyring otherWorkspace = f.keyring;
        otherWorkspace.workspaceId = QStringLiteral("ws-2");
        QCOMPARE(otherWorkspace.unlock(QStringLiteral("alice"), QStringLiteral("alice passphrase")).status().code(),
                 ErrorCode::AuthenticationFailed);
    }

    void weakOrAbsurdKdfParametersAreRefused()
    {
        Fixture f;
        for (const crypto::Argon2Params& p :
             {crypto::Argon2Params{1024, 1, 1}, crypto::Argon2Params{64 * 1024, 0, 1},
              crypto::Argon2Params{64u * 1024 * 1024, 1, 1}, crypto::Argon2Params{64 * 1024, 1, 0}}) {
            Keyring k = f.keyring;
            k.slots.first().kdf = p;
            auto parsed = Keyring::parse(k.serialize(f.master), QStringLiteral("k"));
            QCOMPARE(parsed.status().code(), ErrorCode::Corrupted);
        }
    }

private:
    static bool readFileContains(const QString& path, const QByteArray& needle)
    {
        return test::readFile(path).contains(needle);
    }
};

QTEST_GUILESS_MAIN(TestKeyring)
#include "tst_keyring.moc"
