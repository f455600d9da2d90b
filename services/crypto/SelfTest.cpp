#include "crypto/SelfTest.h"

#include "crypto/Crypto.h"

namespace custos::crypto {
namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

Status failure(const QString& primitive)
{
    return {ErrorCode::SelfTestFailed,
            SelfTest::tr("The %1 self-test failed: this build of Custos or its cryptographic library computes "
                         "wrong results. No workspace will be opened; reinstall Custos and its libraries.")
                .arg(primitive)};
}

bool sha256Known()
{
    // FIPS 180-2, appendix B.1.
    return sha256("abc") == hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

bool aesGcmKnown()
{
    // McGrew & Viega GCM specification, test case 14 (AES-256, zero key, IV and block).
    const SecretBytes key(kKeySize);
    const QByteArray nonce(kGcmNonceSize, '\0');
    const QByteArray plain(16, '\0');
    const QByteArray sealed = aesGcmSealWithNonce(key, nonce, plain, {});
    const QByteArray expected =
        nonce + hex("cea7403d4d606b6e074ec5d3baf39d18") + hex("d0d1c8a799996bf0265b98b5d48ab919");
    if (sealed != expected)
        return false;
    const auto opened = aesGcmOpen(key, sealed, {});
    if (!opened || opened->view() != QByteArrayView(plain))
        return false;
    QByteArray altered = sealed;
    altered[20] = static_cast<char>(altered[20] ^ 1);
    return !aesGcmOpen(key, altered, {}).has_value();
}

bool argon2idKnown()
{
    // Argon2 reference implementation (phc-winner-argon2 src/test.c), Argon2id v1.3,
    // t=2, m=256 KiB, p=1, password "password", salt "somesalt".
    const SecretBytes out = argon2idRaw("password", "somesalt", Argon2Params{256, 2, 1}, 32);
    return out.view() == QByteArrayView(hex("9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe"));
}

bool ed25519Known()
{
    // RFC 8032 section 7.1, TEST 2 (one-byte message 0x72).
    const QByteArray seed = hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
    const QByteArray pub = hex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
    const QByteArray msg = hex("72");
    const QByteArray sig = hex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                               "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    const SecretBytes secret = SecretBytes::fromView(seed);
    if (ed25519PublicKey(secret) != pub || ed25519Sign(secret, msg) != sig)
        return false;
    if (!ed25519Verify(pub, msg, sig))
        return false;
    QByteArray forged = sig;
    forged[0] = static_cast<char>(forged[0] ^ 1);
    return !ed25519Verify(pub, msg, forged);
}

} // namespace

Status SelfTest::runUncached()
{
    try {
        if (!sha256Known())
            return failure(QStringLiteral("SHA-256"));
        if (!aesGcmKnown())
            return failure(QStringLiteral("AES-256-GCM"));
        if (!argon2idKnown())
            return failure(QStringLiteral("Argon2id"));
        if (!ed25519Known())
            return failure(QStringLiteral("Ed25519"));
    } catch (const std::exception&) {
        return failure(tr("cryptographic library"));
    }
    return Status::success();
}

Status SelfTest::run()
{
    if (s_simulateFailure)
        return failure(QStringLiteral("SHA-256"));
    static const Status outcome = runUncached();
    return outcome;
}

} // namespace custos::crypto
