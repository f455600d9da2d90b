#include "crypto/Crypto.h"

#include <botan/aead.h>
#include <botan/argon2.h>
#include <botan/auto_rng.h>
#include <botan/curve25519.h>
#include <botan/ed25519.h>
#include <botan/hash.h>
#include <botan/kdf.h>
#include <botan/mac.h>
#include <botan/mem_ops.h>
#include <botan/pubkey.h>
#include <botan/system_rng.h>
#include <botan/x509_key.h>

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace custos::crypto {
namespace {

const std::uint8_t* bytes(QByteArrayView v)
{
    return reinterpret_cast<const std::uint8_t*>(v.data());
}

std::size_t length(QByteArrayView v)
{
    return static_cast<std::size_t>(v.size());
}

template <typename Container>
QByteArray toQByteArray(const Container& c)
{
    return QByteArray(reinterpret_cast<const char*>(c.data()), static_cast<qsizetype>(c.size()));
}

Botan::RandomNumberGenerator& rng()
{
    return Botan::system_rng();
}

} // namespace

QByteArray randomBytes(std::size_t size)
{
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    rng().randomize(reinterpret_cast<std::uint8_t*>(out.data()), size);
    return out;
}

SecretBytes randomSecret(std::size_t size)
{
    SecretBytes out(size);
    rng().randomize(out.data(), size);
    return out;
}

QByteArray sha256(QByteArrayView data)
{
    // One hash object per thread, finished straight into the result: hashing every
    // imported post neither looks the algorithm up nor allocates secure memory.
    thread_local const std::unique_ptr<Botan::HashFunction> hash = Botan::HashFunction::create_or_throw("SHA-256");
    hash->update(bytes(data), length(data));
    QByteArray out(static_cast<qsizetype>(hash->output_length()), Qt::Uninitialized);
    hash->final(reinterpret_cast<std::uint8_t*>(out.data()));
    return out;
}

QByteArray hmacSha256(const SecretBytes& key, QByteArrayView data)
{
    auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    mac->set_key(key.data(), key.size());
    mac->update(bytes(data), length(data));
    return toQByteArray(mac->final());
}

SecretBytes hkdfSha256(const SecretBytes& inputKey, QByteArrayView salt, QByteArrayView info,
                       std::size_t outputSize)
{
    auto kdf = Botan::KDF::create_or_throw("HKDF(SHA-256)");
    SecretBytes out(outputSize);
    kdf->kdf(out.data(), outputSize, inputKey.data(), inputKey.size(), bytes(salt), length(salt), bytes(info),
             length(info));
    return out;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && Botan::constant_time_compare(bytes(a), bytes(b), length(a));
}

QByteArray aesGcmSealWithNonce(const SecretBytes& key, QByteArrayView nonce, QByteArrayView plaintext,
                               QByteArrayView associatedData)
{
    Q_ASSERT(key.size() == kKeySize && length(nonce) == kGcmNonceSize);
    auto mode = Botan::AEAD_Mode::create_or_throw("AES-256/GCM", Botan::ENCRYPTION);
    mode->set_key(key.data(), key.size());
    mode->set_associated_data(bytes(associatedData), length(associatedData));
    mode->start(bytes(nonce), length(nonce));
    Botan::secure_vector<std::uint8_t> buffer(bytes(plaintext), bytes(plaintext) + length(plaintext));
    mode->finish(buffer);
    QByteArray out = nonce.toByteArray();
    out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(buffer.size()));
    return out;
}

QByteArray aesGcmSeal(const SecretBytes& key, QByteArrayView plaintext, QByteArrayView associatedData)
{
    return aesGcmSealWithNonce(key, randomBytes(kGcmNonceSize), plaintext, associatedData);
}

std::optional<SecretBytes> aesGcmOpen(const SecretBytes& key, QByteArrayView sealed, QByteArrayView associatedData)
{
    if (key.size() != kKeySize || length(sealed) < kGcmNonceSize + kGcmTagSize)
        return std::nullopt;
    try {
        auto mode = Botan::AEAD_Mode::create_or_throw("AES-256/GCM", Botan::DECRYPTION);
        mode->set_key(key.data(), key.size());
        mode->set_associated_data(bytes(associatedData), length(associatedData));
        mode->start(bytes(sealed), kGcmNonceSize);
        Botan::secure_vector<std::uint8_t> buffer(bytes(sealed) + kGcmNonceSize, bytes(sealed) + length(sealed));
        mode->finish(buffer);
        return SecretBytes(buffer.data(), buffer.size());
    } catch (const Botan::Exception&) {
        return std::nullopt; // Invalid_Authentication_Tag and friends
    }
}

SecretBytes argon2idRaw(QByteArrayView password, QByteArrayView salt, const Argon2Params& params,
                        std::size_t outputSize)
{
    try {
        Botan::Argon2_Family family(2); // 2 = Argon2id
        auto hash = family.from_params(params.memoryKiB, params.iterations, params.parallelism);
        SecretBytes out(outputSize);
        hash->derive_key(out.data(), outputSize, password.data(), length(password), bytes(salt), length(salt));
        return out;
    } catch (const std::exception&) {
        return {};
    }
}

SecretBytes argon2id(const QString& passphrase, QByteArrayView salt, const Argon2Params& params,
                     std::size_t outputSize)
{
    QByteArray utf8 = passphrase.toUtf8();
    SecretBytes key = argon2idRaw(utf8, salt, params, outputSize);
    Botan::secure_scrub_memory(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return key;
}

Argon2Params calibrateArgon2id(std::chrono::milliseconds target, quint32 memoryKiB)
{
    // One pass and two passes: their difference is the cost of a pass, the rest is the
    // fixed cost of allocating and filling the memory.
    Argon2Params probe{std::max(memoryKiB, kMinArgon2MemoryKiB), 1, 1};
    const QByteArray salt = randomBytes(16);
    auto measure = [&](quint32 passes) {
        probe.iterations = passes;
        QElapsedTimer timer;
        timer.start();
        (void)argon2idRaw("calibration", salt, probe, kKeySize);
        return static_cast<double>(timer.nsecsElapsed()) / 1e6;
    };
    const double one = measure(1);
    const double two = measure(2);
    const double perPass = std::max(1.0, two - one);
    const double fixed = std::max(0.0, one - perPass);
    const double wanted = (static_cast<double>(target.count()) - fixed) / perPass;
    probe.iterations = static_cast<quint32>(std::clamp(std::lround(wanted), 1L, 64L));
    return probe;
}

Ed25519KeyPair generateEd25519()
{
    Ed25519KeyPair pair;
    pair.seed = randomSecret(kEd25519SeedSize);
    pair.publicKey = ed25519PublicKey(pair.seed);
    return pair;
}

QByteArray ed25519PublicKey(const SecretBytes& seed)
{
    if (seed.size() != kEd25519SeedSize)
        return {};
    Botan::secure_vector<std::uint8_t> s(seed.data(), seed.data() + seed.size());
    Botan::Ed25519_PrivateKey key(s);
    return toQByteArray(key.get_public_key());
}

QByteArray ed25519Sign(const SecretBytes& seed, QByteArrayView message)
{
    if (seed.size() != kEd25519SeedSize)
        return {};
    Botan::secure_vector<std::uint8_t> s(seed.data(), seed.data() + seed.size());
    Botan::Ed25519_PrivateKey key(s);
    Botan::PK_Signer signer(key, rng(), "Pure");
    return toQByteArray(signer.sign_message(bytes(message), length(message), rng()));
}

bool ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (length(publicKey) != kEd25519PublicKeySize || length(signature) != kEd25519SignatureSize)
        return false;
    try {
        Botan::Ed25519_PublicKey key(bytes(publicKey), length(publicKey));
        Botan::PK_Verifier verifier(key, "Pure");
        return verifier.verify_message(bytes(message), length(message), bytes(signature), length(signature));
    } catch (const Botan::Exception&) {
        return false;
    }
}

struct Ed25519Verifier::Impl
{
    std::unique_ptr<Botan::Ed25519_PublicKey> key;
    std::unique_ptr<Botan::PK_Verifier> verifier;
};

Ed25519Verifier::Ed25519Verifier(QByteArrayView publicKey) : d(std::make_unique<Impl>())
{
    if (length(publicKey) != kEd25519PublicKeySize)
        return;
    try {
        d->key = std::make_unique<Botan::Ed25519_PublicKey>(bytes(publicKey), length(publicKey));
        d->verifier = std::make_unique<Botan::PK_Verifier>(*d->key, "Pure");
    } catch (const Botan::Exception&) {
        d->key.reset();
        d->verifier.reset();
    }
}

Ed25519Verifier::~Ed25519Verifier() = default;

bool Ed25519Verifier::isValid() const
{
    return d->verifier != nullptr;
}

bool Ed25519Verifier::verify(QByteArrayView message, QByteArrayView signature)
{
    if (!d->verifier || length(signature) != kEd25519SignatureSize)
        return false;
    try {
        return d->verifier->verify_message(bytes(message), length(message), bytes(signature), length(signature));
    } catch (const Botan::Exception&) {
        return false;
    }
}

QString keyId(QByteArrayView publicKey)
{
    return QString::fromLatin1(sha256(publicKey).toHex().left(16));
}

QString ed25519PublicKeyPem(QByteArrayView publicKey)
{
    if (length(publicKey) != kEd25519PublicKeySize)
        return {};
    Botan::Ed25519_PublicKey key(bytes(publicKey), length(publicKey));
    return QString::fromStdString(Botan::X509::PEM_encode(key));
}

X25519KeyPair generateX25519()
{
    X25519KeyPair pair;
    pair.privateKey = randomSecret(kX25519KeySize);
    pair.publicKey = x25519PublicKey(pair.privateKey);
    return pair;
}

QByteArray x25519PublicKey(const SecretBytes& privateKey)
{
    if (privateKey.size() != kX25519KeySize)
        return {};
    QByteArray out(static_cast<qsizetype>(kX25519KeySize), Qt::Uninitialized);
    Botan::curve25519_basepoint(reinterpret_cast<std::uint8_t*>(out.data()), privateKey.data());
    return out;
}

SecretBytes x25519(const SecretBytes& privateKey, QByteArrayView peerPublicKey)
{
    if (privateKey.size() != kX25519KeySize || length(peerPublicKey) != kX25519KeySize)
        return {};
    SecretBytes shared(kX25519KeySize);
    Botan::curve25519_donna(shared.data(), privateKey.data(), bytes(peerPublicKey));
    std::uint8_t any = 0;
    for (std::size_t i = 0; i < shared.size(); ++i)
        any |= shared.data()[i];
    if (any == 0)
        return {};
    return shared;
}

namespace {

SecretBytes sealingKey(const SecretBytes& shared, QByteArrayView ephemeralPublic, QByteArrayView recipientPublic)
{
    const QByteArray salt = ephemeralPublic.toByteArray() + recipientPublic.toByteArray();
    return hkdfSha256(shared, salt, QByteArrayView("custos sealed key v1"), kKeySize);
}

} // namespace

SealedToKey sealToPublicKey(QByteArrayView recipientPublicKey, QByteArrayView plaintext, QByteArrayView associatedData)
{
    const X25519KeyPair ephemeral = generateX25519();
    const SecretBytes shared = x25519(ephemeral.privateKey, recipientPublicKey);
    if (shared.isEmpty())
        return {};
    const SecretBytes key = sealingKey(shared, ephemeral.publicKey, recipientPublicKey);
    return {ephemeral.publicKey, aesGcmSeal(key, plaintext, associatedData)};
}

std::optional<SecretBytes> openSealedToKey(const SecretBytes& recipientPrivateKey, const SealedToKey& box,
                                           QByteArrayView associatedData)
{
    const SecretBytes shared = x25519(recipientPrivateKey, box.ephemeralPublicKey);
    if (shared.isEmpty())
        return std::nullopt;
    const SecretBytes key = sealingKey(shared, box.ephemeralPublicKey, x25519PublicKey(recipientPrivateKey));
    return aesGcmOpen(key, box.sealed, associatedData);
}

} // namespace custos::crypto
