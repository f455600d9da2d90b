// One audit-log entry and one signed checkpoint, with the canonical encodings that
// their hashes and signatures cover (documented in docs/audit-log.md and in every
// exported bundle's VERIFY.md).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace custos::domain {

struct AuditEntry
{
    quint64 seq = 0;
    QString time;         // UTC, ISO 8601 with milliseconds and Z
    qint64 actorId = 0;   // users.id of the signer
    QString keyId;        // crypto::keyId of the signer's Ed25519 public key
    QString action;       // e.g. user.add
    QString objectType;   // e.g. user
    QString objectId;
    QByteArray details;   // canonical JSON (compact, keys sorted, UTF-8)
    QByteArray prevHash;  // 32 bytes; zeros for entry 0
    QByteArray entryHash; // SHA-256 of canonical()
    QByteArray signature; // Ed25519 over entryHash
    QString actorName;    // for reading only (exported bundles); not covered by the hash

    // "custos-audit-entry-v1\n" then seq, time, actor id, key id, action, object type,
    // object id, details and hex(prev hash), each followed by "\n".
    QByteArray canonical() const;
    QByteArray computeHash() const;
    QJsonObject detailsObject() const;
};

struct Checkpoint
{
    quint64 treeSize = 0;
    QByteArray rootHash; // RFC 6962 root over the first treeSize entry hashes
    QString time;
    qint64 signerId = 0;
    QString keyId;
    QByteArray signature; // Ed25519 over SHA-256(canonical())

    // "custos-audit-checkpoint-v1\n" then tree size, hex(root), time, signer id and key id,
    // each followed by "\n".
    QByteArray canonical() const;
    QByteArray signedHash() const;
};

QByteArray canonicalJson(const QJsonObject& object);
// Fields that go into one line of the canonical encoding must not contain line breaks.
bool isSingleLine(const QString& text);

// What the audit log's reader filters by.
struct AuditFilter
{
    qint64 actorId = 0;    // 0: any
    QString action;        // prefix, empty: any
    QString objectType;    // empty: any
    QString objectId;      // empty: any
    QDateTime from, to;    // invalid: open
};


} // namespace custos::domain
