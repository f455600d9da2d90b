// Verifies an audit log from its own content alone: sequence, hash chain, entry hashes,
// key registrations and revocations, every Ed25519 signature (optionally on several
// threads), and every checkpoint's Merkle root and signature. It stops at the first
// problem and names the entry and what is wrong with it.
#pragma once

#include "domain/AuditEntry.h"
#include "audit/LogState.h"
#include "audit/Merkle.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace custos::audit {

enum class Problem {
    None,
    Malformed,                // a record that cannot be read
    Gap,                      // an entry is missing
    Reordered,                // entries out of order or repeated
    BrokenChain,              // previous-hash field does not match the previous entry
    BadHash,                  // entry hash does not match the entry's content
    UnknownKey,               // signed with a key no administrator registered
    RevokedKey,               // signed with a key after its revocation
    ActorMismatch,            // the actor is not the owner of the signing key
    BadSignature,
    ForgedRegistration,       // a key registered, revoked or a role changed by a non-administrator
    CheckpointMismatch,       // a checkpoint's root is not the root of the entries it covers
    BadCheckpointSignature,
    TruncatedAfterCheckpoint, // fewer entries than a checkpoint covers
    NotPermitted,             // the user's role may not verify (nothing was read)
    Unsealed,                 // an export whose last checkpoint does not cover its last entry
    KeyFileMismatch,          // an exported key file that is not the key registered in the log
    Rollback,                 // shorter than, or not consistent with, a size and root seen before
    StateMismatch,            // the tables (users, roles, keys, settings) differ from the signed log
    ContentMismatch           // a post, flag or decision differs from what the signed log commits to
};

struct VerificationReport
{
    Problem problem = Problem::None;
    std::optional<quint64> entry; // the first bad entry (or the checkpoint's tree size)
    QString message;              // translated, one sentence
    quint64 entriesChecked = 0;
    quint64 checkpointsChecked = 0;
    QByteArray root;              // Merkle root over all entries checked
    QStringList differences;      // StateMismatch, ContentMismatch: every difference found
    bool ok() const { return problem == Problem::None; }
    static QString problemKey(Problem p); // stable identifier, e.g. "bad-signature"
};

struct RegisteredKey
{
    QString keyId;
    qint64 userId = 0;
    QString user;
    QByteArray publicKey;
    quint64 registeredAt = 0;
    std::optional<quint64> revokedAt; // entries after this one may not use the key
};

class AuditVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)
public:
    // threads: how many threads check signatures (1 = this thread only).
    explicit AuditVerifier(QList<domain::Checkpoint> checkpoints, int threads = 1);
    ~AuditVerifier();
    Q_DISABLE_COPY_MOVE(AuditVerifier)

    // Feed entries in the order they are stored; returns false once a problem is found.
    bool add(const domain::AuditEntry& entry);
    // Reports a record that could not be read (bundle line, database row).
    void addMalformed(quint64 position, const QString& what);
    VerificationReport finish();

    QList<RegisteredKey> keys() const;
    // The state the entries checked so far set (users, roles, keys, settings).
    const LogState& state() const { return m_replay.state(); }

private:
    struct Pending
    {
        quint64 seq;
        std::shared_ptr<const RegisteredKey> key;
        QByteArray hash;
        QByteArray signature;
    };

    bool fail(Problem problem, std::optional<quint64> entry, const QString& message);
    bool flushSignatures(); // false when a queued signature is bad (then the report names it)
    bool applySemantics(const domain::AuditEntry& e);
    bool checkCheckpoints();
    bool isAdministrator(qint64 userId) const;
    bool registerKey(const QJsonObject& details, quint64 seq, bool requireSigner, const domain::AuditEntry& e);

    QList<domain::Checkpoint> m_checkpoints;
    qsizetype m_nextCheckpoint = 0;
    int m_threads;
    quint64 m_expected = 0;
    QByteArray m_lastHash;
    merkle::CompactRange m_range;
    QHash<QString, std::shared_ptr<RegisteredKey>> m_keys; // shared: queued checks keep pointers
    QHash<qint64, QString> m_roles; // user id -> role key
    QList<Pending> m_pending;
    StateReplay m_replay;
    std::optional<domain::AuditEntry> m_ahead; // an entry that came too early: a gap, unless the missing one follows
    VerificationReport m_report;
    bool m_failed = false;
};


} // namespace custos::audit
