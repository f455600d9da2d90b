// The keyring file beside the workspace databases. One key slot per user holds the user's
// Ed25519 signing seed and X25519 private key, sealed with AES-256-GCM under a key derived
// from the user's passphrase with Argon2id. The compartments' keys are not in the slots:
// each is granted to a user by sealing it to their X25519 public key, and a user holds
// grants only for the compartments of their role (domain/Compartment.h). So a key is
// handed to a user without knowing their passphrase, and a passphrase opens only what
// its role may read.
//
// File layout: the line "CUSTOS-KEYRING 2", then one JSON object {body, mac, sha256}.
// sha256 (plain, over body and mac) tells a damaged file from a wrong passphrase before
// any key is derived; mac (HMAC-SHA-256 under a key derived from the log compartment's
// key, which every user holds) tells a keyring altered by someone without a slot.
#pragma once

#include "core/Status.h"
#include "crypto/Crypto.h"
#include "domain/Compartment.h"
#include "storage/Connection.h"

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
    QByteArray sealedSigningSeed;
    QByteArray sealedAgreementKey;
    QByteArray signingPublicKey;
    QByteArray agreementPublicKey;
};

// A compartment's key sealed to one slot's X25519 public key.
struct KeyGrant
{
    QString slotId;
    domain::Compartment compartment = domain::Compartment::Log;
    int generation = 1; // raised when the compartment is rekeyed
    crypto::SealedToKey box;
};

struct UnlockedSlot
{
    crypto::SecretBytes signingSeed;
    crypto::SecretBytes agreementKey;
    storage::CompartmentKeys keys; // the compartments this slot holds grants for
};

class Keyring final
{
    Q_DECLARE_TR_FUNCTIONS(Keyring)
public:
    static constexpr int kFormatVersion = 2;

    QString workspaceId;
    QList<KeySlot> slots;
    QList<KeyGrant> grants;

    static Result<Keyring> load(const QString& path);
    // True for a keyring of the earlier format that gave every user one key for all.
    static bool isEarlierFormat(const QString& path);
    // Atomic write (QSaveFile): either the whole new keyring is on disk or the old one stays.
    Status save(const QString& path, const crypto::SecretBytes& logKey);

    static QString slotId(const QString& workspaceId, const QString& user);
    const KeySlot* slotFor(const QString& user) const;
    static Status noSlotFor(const QString& user); // NotFound, naming the user
    bool removeSlot(const QString& user); // and its grants
    void putSlot(KeySlot slot);           // replaces the user's slot (keeping its grants) or appends

    // Seals the signing seed and the X25519 private key for `user` under `passphrase`.
    static KeySlot seal(const QString& workspaceId, const QString& user, const QString& passphrase,
                        const crypto::Argon2Params& kdf, const crypto::SecretBytes& signingSeed,
                        const crypto::SecretBytes& agreementKey);

    // Grants `key` (of `compartment`, at `generation`) to the user, sealed to their
    // X25519 public key; replaces an earlier grant of the same compartment.
    Status grant(const QString& user, domain::Compartment compartment, int generation, const crypto::SecretBytes& key);
    bool withdraw(const QString& user, domain::Compartment compartment);
    bool hasGrant(const QString& user, domain::Compartment compartment) const;
    // The newest generation granted of a compartment (0: none).
    int generation(domain::Compartment compartment) const;

    // AuthenticationFailed for an unknown user or a wrong passphrase, Corrupted when a
    // grant does not open or the keyring's MAC does not match the log key.
    Result<UnlockedSlot> unlock(const QString& user, const QString& passphrase) const;
    Status verifyMac(const crypto::SecretBytes& logKey) const;

    QByteArray serialize(const crypto::SecretBytes& logKey) const;
    QByteArray macFor(const crypto::SecretBytes& logKey) const;
    static Result<Keyring> parse(const QByteArray& data, const QString& pathForMessages);

private:
    QByteArray canonicalBody() const;
    QByteArray m_loadedMac; // as read from disk
};

QString normalizedUserName(const QString& name);

} // namespace custos::workspace
