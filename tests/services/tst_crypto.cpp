// Cryptographic primitives against published vectors, and their failure behaviour.
#include "TestSupport.h"
#include "crypto/Crypto.h"
#include "crypto/SelfTest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::crypto;

class TestCrypto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selfTestsPass()
    {
        const Status status = SelfTest::runUncached();
        QVERIFY2(status.ok(), qPrintable(status.message()));
    }

    void ed25519Rfc8032Vectors()
    {
        const QString dir = test::sharedDataDir();
        if (dir.isEmpty())
            QSKIP("../shared/data is absent");
        QFile file(dir + QStringLiteral("/vectors/ed25519-rfc8032.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray vectors = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("vectors")).toArray();
        QVERIFY(vectors.size() >= 3);
        for (const QJsonValue& v : vectors) {
            const QJsonObject o = v.toObject();
            auto hex = [&](const char* k) { return QByteArray::fromHex(o.value(QLatin1String(k)).toString().toLatin1()); };
            const SecretBytes seed = SecretBytes::fromView(hex("secret_key_seed"));
            QCOMPARE(ed25519PublicKey(seed).toHex(), hex("public_key").toHex());
            QCOMPARE(ed25519Sign(seed, hex("message")).toHex(), hex("signature").toHex());
            QVERIFY(ed25519Verify(hex("public_key"), hex("message"), hex("signature")));
            QVERIFY(!ed25519Verify(hex("public_key"), QByteArray(hex("message") + "x"), hex("signature")));
        }
    }

    void ed25519RejectsMalformedInput()
    {
        const Ed25519KeyPair pair = generateEd25519();
        const QByteArray sig = ed25519Sign(pair.seed, "entry");
        QCOMPARE(sig.size(), 64);
        QVERIFY(ed25519Verify(pair.publicKey, "entry", sig));
        QVERIFY(!ed25519Verify(pair.publicKey, "entry", sig.left(63)));
        QVERIFY(!ed25519Verify(pair.publicKey.left(31), "entry", sig));
        QVERIFY(!ed25519Verify(generateEd25519().publicKey, "entry", sig));
        QVERIFY(ed25519Sign(SecretBytes(31), "entry").isEmpty());
    }

    void ed25519PemVerifiesWithOpenSsl()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed");
        QTemporaryDir dir;
        const Ed25519KeyPair pair = generateEd25519();
        const QByteArray message = crypto::sha256("an audit entry");
        test::writeFile(dir.filePath(QStringLiteral("key.pem")), ed25519PublicKeyPem(pair.publicKey).toLatin1());
        test::writeFile(dir.filePath(QStringLiteral("msg.bin")), message);
        test::writeFile(dir.filePath(QStringLiteral("sig.bin")), ed25519Sign(pair.seed, message));
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(openssl, {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                          QStringLiteral("-inkey"), QStringLiteral("key.pem"), QStringLiteral("-rawin"),
                          QStringLiteral("-in"), QStringLiteral("msg.bin"), QStringLiteral("-sigfile"),
                          QStringLiteral("sig.bin")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    void aesGcmRoundTripAndTamper()
    {
        const SecretBytes key = randomSecret(kKeySize);
        const QByteArray sealed = aesGcmSeal(key, "master key bytes", "slot:alice");
        QCOMPARE(sealed.size(), qsizetype(12 + 16 + 16));
        auto opened = aesGcmOpen(key, sealed, "slot:alice");
        QVERIFY(opened.has_value());
        QCOMPARE(opened->view(), QByteArrayView("master key bytes"));
        QVERIFY(!aesGcmOpen(key, sealed, "slot:bob").has_value());      // other slot's AAD
        QVERIFY(!aesGcmOpen(randomSecret(kKeySize), sealed, "slot:alice").has_value());
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            QByteArray altered = sealed;
            altered[i] = static_cast<char>(altered[i] ^ 0x01);
            QVERIFY2(!aesGcmOpen(key, altered, "slot:alice").has_value(), qPrintable(QString::number(i)));
        }
        QVERIFY(!aesGcmOpen(key, sealed.left(27), "slot:alice").has_value());
        QVERIFY(aesGcmSeal(key, "same", {}) != aesGcmSeal(key, "same", {})); // fresh nonce each time
    }

    void argon2idIsDeterministicPerSalt()
    {
        const Argon2Params params{kMinArgon2MemoryKiB, 1, 1};
        const SecretBytes a = argon2id(QStringLiteral("pässphrase"), "0123456789abcdef", params, 32);
        const SecretBytes b = argon2id(QStringLiteral("pässphrase"), "0123456789abcdef", params, 32);
        const SecretBytes c = argon2id(QStringLiteral("pässphrase"), "fedcba9876543210", params, 32);
        const SecretBytes d = argon2id(QStringLiteral("passphrase"), "0123456789abcdef", params, 32);
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY(a == b);
        QVERIFY(!(a == c));
        QVERIFY(!(a == d));
    }

    void calibrationKeepsTheMemoryFloor()
    {
        const Argon2Params p = calibrateArgon2id(std::chrono::milliseconds(1), 1024);
        QVERIFY(p.memoryKiB >= kMinArgon2MemoryKiB);
        QVERIFY(p.iterations >= 1);
        const Argon2Params slow = calibrateArgon2id(std::chrono::milliseconds(2000));
        QVERIFY(slow.iterations > p.iterations);
    }

    void hkdfAndHmacKnownAnswers()
    {
        // RFC 4231 test case 2.
        const SecretBytes key = SecretBytes::fromView("Jefe");
        QCOMPARE(hmacSha256(key, "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        // RFC 5869 test case 1.
        const SecretBytes ikm = SecretBytes::fromView(QByteArray(22, '\x0b'));
        const SecretBytes okm = hkdfSha256(ikm, QByteArray::fromHex("000102030405060708090a0b0c"),
                                           QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9"), 42);
        QCOMPARE(okm.view().toByteArray().toHex(),
                 QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
    }

    void secretBytesMoveLeavesSourceEmpty()
    {
        SecretBytes a = randomSecret(32);
        SecretBytes b = std::move(a);
        QCOMPARE(b.size(), std::size_t(32));
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): documented behaviour
        b.clear();
        QVERIFY(b.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
