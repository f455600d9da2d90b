// The cryptographic primitives Custos uses, with Qt types at the edge. Botan stays
// inside services/crypto; its exceptions are caught here and turned into empty results.
#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace custos::crypto {

inline constexpr std::size_t kKeySize = 32;       // AES-256, HMAC-SHA-256, master key
inline constexpr std::size_t kGcmNonceSize = 12;
inline constexpr std::size_t kGcmTagSize = 16;
inline constexpr std::size_t kEd25519SeedSize = 32;
inline constexpr std::size_t kEd25519PublicKeySize = 32;
inline constexpr std::size_t kEd25519SignatureSize = 64;

QByteArray randomBytes(std::size_t size);
SecretBytes randomSecret(std::size_t size);

QByteArray sha256(QByteArrayView data);
QByteArray hmacSha256(const SecretBytes& key, QByteArrayView data);
SecretBytes hkdfSha256(const SecretBytes& inputKey, QByteArrayView salt, QByteArrayView info,
                       std::size_t outputSize);
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

// AES-256-GCM. The sealed form is nonce (12 bytes) || ciphertext || tag (16 bytes);
// a fresh random nonce is drawn for every call.
QByteArray aesGcmSeal(const SecretBytes& key, QByteArrayView plaintext, QByteArrayView associatedData);
QByteArray aesGcmSealWithNonce(const SecretBytes& key, QByteArrayView nonce, QByteArrayView plaintext,
                               QByteArrayView associatedData);
// Empty optional when the tag does not verify (wrong key or altered data).
std::optional<SecretBytes> aesGcmOpen(const SecretBytes& key, QByteArrayView sealed,
                                      QByteArrayView associatedData);

struct Argon2Params
{
    quint32 memoryKiB = 64 * 1024;
    quint32 iterations = 3;
    quint32 parallelism = 1;

    bool operator==(const Argon2Params&) const = default;
};

inline constexpr quint32 kMinArgon2MemoryKiB = 64 * 1024;

// Argon2id over the UTF-8 bytes of the passphrase. Empty on failure.
SecretBytes argon2id(const QString& passphrase, QByteArrayView salt, const Argon2Params& params,
                     std::size_t outputSize);
SecretBytes argon2idRaw(QByteArrayView password, QByteArrayView salt, const Argon2Params& params,
                        std::size_t outputSize);
// Picks the iteration count so that one derivation takes about `target` on this machine,
// with at least `memoryKiB` of memory.
Argon2Params calibrateArgon2id(std::chrono::milliseconds target, quint32 memoryKiB = kMinArgon2MemoryKiB);

struct Ed25519KeyPair
{
    SecretBytes seed;     // the 32-byte private seed (RFC 8032)
    QByteArray publicKey; // 32 bytes
};

Ed25519KeyPair generateEd25519();
QByteArray ed25519PublicKey(const SecretBytes& seed); // empty when the seed is malformed
QByteArray ed25519Sign(const SecretBytes& seed, QByteArrayView message);
bool ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);
// Verifies many signatures under one public key without setting up the key each time.
class Ed25519Verifier final
{
public:
    explicit Ed25519Verifier(QByteArrayView publicKey);
    ~Ed25519Verifier();
    Q_DISABLE_COPY_MOVE(Ed25519Verifier)
    bool isValid() const;
    bool verify(QByteArrayView message, QByteArrayView signature);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// X25519 (RFC 7748) for handing a key to a user without their passphrase: a key is sealed
// to the user's public key (ephemeral X25519, HKDF-SHA-256, AES-256-GCM) and only their
// private key, itself sealed under their passphrase, opens it.
inline constexpr std::size_t kX25519KeySize = 32;

struct X25519KeyPair
{
    SecretBytes privateKey; // 32 bytes (clamped by the function, not stored clamped)
    QByteArray publicKey;   // 32 bytes
};

X25519KeyPair generateX25519();
QByteArray x25519PublicKey(const SecretBytes& privateKey); // empty when malformed
// The raw shared secret; empty when an input is malformed or the result is all zeros
// (a low-order public key).
SecretBytes x25519(const SecretBytes& privateKey, QByteArrayView peerPublicKey);

struct SealedToKey
{
    QByteArray ephemeralPublicKey; // 32 bytes
    QByteArray sealed;             // AES-256-GCM: nonce || ciphertext || tag
};
// Empty fields when the recipient's key is malformed.
SealedToKey sealToPublicKey(QByteArrayView recipientPublicKey, QByteArrayView plaintext,
                            QByteArrayView associatedData);
std::optional<SecretBytes> openSealedToKey(const SecretBytes& recipientPrivateKey, const SealedToKey& box,
                                           QByteArrayView associatedData);

// Short identifier of a signing key: the first 16 hex digits of SHA-256 of the public key.
QString keyId(QByteArrayView publicKey);
// SubjectPublicKeyInfo PEM, readable by `openssl pkeyutl -pubin`.
QString ed25519PublicKeyPem(QByteArrayView publicKey);

} // namespace custos::crypto
