// The keyring file beside the workspace database: one key slot per user, each holding
// the database master key and the user's Ed25519 signing seed, sealed with AES-256-GCM
// under a key derived from the user's passphrase with Argon2id.
//
// File layout: the line "CUSTOS-KEYRING 1", then one JSON object {body, mac, sha256}.
// sha256 (plain, over body and mac) tells a damaged file from a wrong passphrase before
// any key is derived; mac (HMAC-SHA-256 under a key derived from the master key) tells
// a deliberately altered keyring once the master key is known.
#pragma once

#include "core/Status.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <QList>

namespace custos::workspace {

struct KeySlot
{
    // Names stay out of the file: a slot is found by the hex SHA-256 of the workspace id
    // and the case-folded sign-in name (Keyring::slotId).
    QString slotId;
    crypto::Argon2Params kdf;
    QByteArray salt;
    QByteArray sealedMasterKey;
    QByteArray sealedSigningSeed;
    QByteArray signingPublicKey;
};

struct UnlockedSlot
{
    crypto::SecretBytes masterKey;
    crypto::SecretBytes signingSeed;
};

class Keyring final
{
    Q_DECLARE_TR_FUNCTIONS(Keyring)
public:
    static constexpr int kFormatVersion = 1;

    QString workspaceId;
    QList<KeySlot> slots;

    static Result<Keyring> load(const QString& path);
    // Atomic write (QSaveFile): either the whole new keyring is on disk or the old one stays.
    Status save(const QString& path, const crypto::SecretBytes& masterKey);

    static QString slotId(const QString& workspaceId, const QString& user);
    const KeySlot* slotFor(const QString& user) const;
    bool removeSlot(const QString& user);
    void putSlot(KeySlot slot); // replaces the user's slot or appends

    // Seals master key and signing seed for `user` under `passphrase`.
    static KeySlot seal(const QString& workspaceId, const QString& user, const QString& passphrase,
                        const crypto::Argon2Params& kdf, const crypto::SecretBytes& masterKey,
                        const crypto::SecretBytes& signingSeed);
    // AuthenticationFailed for an unknown user or a wrong passphrase, Corrupted when the
    // keyring's MAC does not match the unwrapped master key.
    Result<UnlockedSlot> unlock(const QString& user, const QString& passphrase) const;
    Status verifyMac(const crypto::SecretBytes& masterKey) const;

    QByteArray serialize(const crypto::SecretBytes& masterKey) const;
    QByteArray macFor(const crypto::SecretBytes& masterKey) const;
    static Result<Keyring> parse(const QByteArray& data, const QString& pathForMessages);

private:
    QByteArray canonicalBody() const;
    QByteArray m_loadedMac; // as read from disk
};

QString normalizedUserName(const QString& name);

} // namespace custos::workspace
