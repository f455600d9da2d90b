#include "audit/Verification.h"

#include "domain/AuditActions.h"
#include "domain/Permissions.h"
#include "audit/UserKeyDetails.h"
#include "audit/AuditLog.h"
#include "audit/Merkle.h"
#include "crypto/Crypto.h"
#include "storage/AuditRepository.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QSet>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

namespace custos::audit {
namespace {

QJsonObject entryJson(const domain::AuditEntry& e, const QString& actor)
{
    return QJsonObject{{QStringLiteral("seq"), static_cast<qint64>(e.seq)},
                       {QStringLiteral("time"), e.time},
                       {QStringLiteral("actor_id"), e.actorId},
                       {QStringLiteral("actor"), actor},
                       {QStringLiteral("key_id"), e.keyId},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("object_type"), e.objectType},
                       {QStringLiteral("object_id"), e.objectId},
                       {QStringLiteral("details"), QString::fromUtf8(e.details)},
                       {QStringLiteral("prev_hash"), QString::fromLatin1(e.prevHash.toHex())},
                       {QStringLiteral("entry_hash"), QString::fromLatin1(e.entryHash.toHex())},
                       {QStringLiteral("signature"), QString::fromLatin1(e.signature.toBase64())}};
}

std::optional<domain::AuditEntry> entryFromJson(const QJsonObject& o)
{
    static const QStringList required = {QStringLiteral("seq"), QStringLiteral("time"), QStringLiteral("actor_id"),
                                         QStringLiteral("key_id"), QStringLiteral("action"),
                                         QStringLiteral("object_type"), QStringLiteral("object_id"),
                                         QStringLiteral("details"), QStringLiteral("prev_hash"),
                                         QStringLiteral("entry_hash"), QStringLiteral("signature")};
    for (const QString& k : required) {
        if (!o.contains(k))
            return std::nullopt;
    }
    domain::AuditEntry e;
    e.seq = static_cast<quint64>(o.value(QStringLiteral("seq")).toInteger(-1));
    e.time = o.value(QStringLiteral("time")).toString();
    e.actorId = o.value(QStringLiteral("actor_id")).toInteger();
    e.keyId = o.value(QStringLiteral("key_id")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.objectType = o.value(QStringLiteral("object_type")).toString();
    e.objectId = o.value(QStringLiteral("object_id")).toString();
    e.details = o.value(QStringLiteral("details")).toString().toUtf8();
    e.prevHash = QByteArray::fromHex(o.value(QStringLiteral("prev_hash")).toString().toLatin1());
    e.entryHash = QByteArray::fromHex(o.value(QStringLiteral("entry_hash")).toString().toLatin1());
    e.signature = QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1());
    e.actorName = o.value(QStringLiteral("actor")).toString();
    return e;
}

QJsonObject checkpointJson(const domain::Checkpoint& c)
{
    return QJsonObject{{QStringLiteral("tree_size"), static_cast<qint64>(c.treeSize)},
                       {QStringLiteral("root_hash"), QString::fromLatin1(c.rootHash.toHex())},
                       {QStringLiteral("time"), c.time},
                       {QStringLiteral("signer_id"), c.signerId},
                       {QStringLiteral("key_id"), c.keyId},
                       {QStringLiteral("signature"), QString::fromLatin1(c.signature.toBase64())}};
}

domain::Checkpoint checkpointFromJson(const QJsonObject& o)
{
    domain::Checkpoint c;
    c.treeSize = static_cast<quint64>(o.value(QStringLiteral("tree_size")).toInteger());
    c.rootHash = QByteArray::fromHex(o.value(QStringLiteral("root_hash")).toString().toLatin1());
    c.time = o.value(QStringLiteral("time")).toString();
    c.signerId = o.value(QStringLiteral("signer_id")).toInteger();
    c.keyId = o.value(QStringLiteral("key_id")).toString();
    c.signature = QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1());
    return c;
}

QByteArray line(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QString verifyGuide();

// The Merkle leaves of the first `count` entry hashes.
QList<QByteArray> leavesOf(const QList<QByteArray>& entryHashes, qsizetype count)
{
    QList<QByteArray> leaves;
    leaves.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        leaves.append(merkle::leafHash(entryHashes.at(i)));
    return leaves;
}

// The log's first witness.size entries must have the witness's root.
void checkWitness(VerificationReport& report, const QList<QByteArray>& entryHashes, const std::optional<Witness>& witness)
{
    if (!witness || !report.ok())
        return;
    if (report.entriesChecked < witness->size) {
        report.problem = Problem::Rollback;
        report.entry = report.entriesChecked;
        report.message = Verification::tr("The log holds %1 entries, fewer than the %2 seen before: entries from %1 on "
                                          "were removed (or an older copy was put back).")
                             .arg(report.entriesChecked)
                             .arg(witness->size);
        return;
    }
    if (merkle::root(leavesOf(entryHashes, static_cast<qsizetype>(witness->size))) != witness->root) {
        report.problem = Problem::Rollback;
        report.entry = witness->size;
        report.message = Verification::tr("The first %1 entries do not have the root %2 seen before: the log was "
                                          "rewritten.")
                             .arg(witness->size)
                             .arg(QString::fromLatin1(witness->root.toHex()));
    }
}

} // namespace

Status checkWitness(storage::Database& db, const Witness& witness)
{
    storage::AuditRepository repo(db);
    auto head = repo.head();
    if (!head)
        return head.status();
    const QString expected = QStringLiteral("%1 / %2").arg(witness.size).arg(QString::fromLatin1(witness.root.toHex().left(16)));
    if (head->treeSize < witness.size)
        return {ErrorCode::Corrupted,
                Verification::tr("The audit log of this workspace holds %1 entries, but this computer saw it sealed at "
                                 "%2 entries (checkpoint %3): entries were removed, or an older copy of the workspace "
                                 "was put back. Nothing was opened or changed. Restore the newest backup.")
                    .arg(head->treeSize)
                    .arg(witness.size)
                    .arg(expected)};
    QByteArray root;
    auto checkpoints = repo.checkpoints();
    if (!checkpoints)
        return checkpoints.status();
    for (const domain::Checkpoint& c : *checkpoints) {
        if (c.treeSize == witness.size)
            root = c.rootHash;
    }
    if (root.isEmpty()) {
        auto hashes = repo.entryHashes(witness.size);
        if (!hashes)
            return hashes.status();
        root = merkle::root(leavesOf(*hashes, hashes->size()));
    }
    if (root != witness.root)
        return {ErrorCode::Corrupted,
                Verification::tr("The first %1 entries of this workspace's audit log are not the ones this computer saw "
                                 "sealed (checkpoint %2): the log was rewritten. Nothing was opened or changed. Restore "
                                 "the newest backup.")
                    .arg(witness.size)
                    .arg(expected)};
    return Status::success();
}

QJsonObject witnessJson(const Witness& witness)
{
    return QJsonObject{{QStringLiteral("tree_size"), static_cast<qint64>(witness.size)},
                       {QStringLiteral("root_hash"), QString::fromLatin1(witness.root.toHex())}};
}

Result<std::optional<Witness>> newestCheckpoint(storage::Database& db)
{
    auto checkpoints = storage::AuditRepository(db).checkpoints();
    if (!checkpoints)
        return checkpoints.status();
    std::optional<Witness> newest;
    for (const domain::Checkpoint& c : *checkpoints) {
        if (!newest || c.treeSize > newest->size)
            newest = Witness{c.treeSize, c.rootHash};
    }
    return newest;
}

VerificationReport verifyDatabase(storage::Database& db, int threads, const Progress& progress,
                                  const std::optional<Witness>& witness)
{
    storage::AuditRepository repo(db);
    auto checkpoints = repo.checkpoints();
    auto head = repo.head();
    auto total = repo.count({});
    if (!checkpoints || !head || !total) {
        VerificationReport r;
        r.problem = Problem::Malformed;
        r.message = (!checkpoints ? checkpoints.status() : !head ? head.status() : total.status()).message();
        return r;
    }
    AuditVerifier verifier(*checkpoints, threads);
    quint64 done = 0;
    bool cancelled = false;
    const Status read = repo.forEachEntry([&](const domain::AuditEntry& e) {
        if (!verifier.add(e))
            return false;
        if (progress && (++done % 4096 == 0) && !progress(done, static_cast<quint64>(*total))) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!read.ok())
        verifier.addMalformed(done, read.message());
    VerificationReport report = verifier.finish();
    if (cancelled && report.ok()) {
        report.problem = Problem::Malformed;
        report.message = Verification::tr("Verification was cancelled after %1 entries.").arg(done);
    }
    // The stored head must agree with what the entries say (a truncated tail with no
    // checkpoint after it would otherwise pass).
    if (report.ok() && head->treeSize != report.entriesChecked) {
        report.problem = Problem::TruncatedAfterCheckpoint;
        report.entry = report.entriesChecked;
        report.message = Verification::tr("The log holds %1 entries, but its head records %2: entries were removed.")
                             .arg(report.entriesChecked)
                             .arg(head->treeSize);
    }
    if (witness && report.ok()) {
        auto hashes = repo.entryHashes(std::min<quint64>(witness->size, report.entriesChecked));
        if (!hashes) {
            report.problem = Problem::Malformed;
            report.message = hashes.status().message();
        } else {
            checkWitness(report, *hashes, witness);
        }
    }
    // Who exists, with which role, and the settings: the tables must be what the log says.
    if (report.ok()) {
        auto differences = stateDifferences(db, verifier.state());
        if (!differences) {
            report.problem = Problem::Malformed;
            report.message = differences.status().message();
        } else if (!differences->isEmpty()) {
            report.problem = Problem::StateMismatch;
            report.differences = *differences;
            report.message = Verification::tr("The tables do not match the signed log: %1").arg(differences->join(u' '));
        }
    }
    if (progress)
        progress(report.entriesChecked, static_cast<quint64>(*total));
    return report;
}

VerificationReport verifyBundle(const QString& dir, int threads, const Progress& progress,
                                const std::optional<Witness>& witness)
{
    VerificationReport failure;
    failure.problem = Problem::Malformed;
    QList<domain::Checkpoint> checkpoints;
    QFile cpFile(QDir(dir).filePath(checkpointsFile()));
    if (!cpFile.open(QIODevice::ReadOnly)) {
        // Without a signed checkpoint, a log cut at any entry would look whole.
        failure.message = Verification::tr("%1 has no %2. An export always carries the signed checkpoints; without "
                                           "them, removed entries at the end cannot be told. Export the log again.")
                              .arg(dir, checkpointsFile());
        return failure;
    }
    quint64 n = 0;
    while (!cpFile.atEnd()) {
        const QByteArray raw = cpFile.readLine().trimmed();
        ++n;
        if (raw.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            failure.message = Verification::tr("%1, line %2, is not valid JSON.").arg(checkpointsFile()).arg(n);
            return failure;
        }
        checkpoints.append(checkpointFromJson(doc.object()));
    }
    if (checkpoints.isEmpty()) {
        failure.message = Verification::tr("%1 holds no checkpoint. An export ends with a signed checkpoint over "
                                           "every entry; without one, removed entries at the end cannot be told.")
                              .arg(checkpointsFile());
        return failure;
    }
    QFile entries(QDir(dir).filePath(entriesFile()));
    if (!entries.open(QIODevice::ReadOnly)) {
        failure.message = Verification::tr("%1 has no %2: it is not an exported audit log.").arg(dir, entriesFile());
        return failure;
    }
    AuditVerifier verifier(checkpoints, threads);
    QList<QByteArray> entryHashes;
    quint64 lineNo = 0;
    const qint64 size = std::max<qint64>(1, entries.size());
    while (!entries.atEnd()) {
        const QByteArray raw = entries.readLine();
        ++lineNo;
        if (raw.trimmed().isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
        const auto entry = error.error == QJsonParseError::NoError && doc.isObject() ? entryFromJson(doc.object())
                                                                                     : std::nullopt;
        if (!entry) {
            verifier.addMalformed(lineNo, Verification::tr("line %1 of %2 is not a complete entry").arg(lineNo).arg(entriesFile()));
            break;
        }
        if (witness)
            entryHashes.append(entry->entryHash);
        if (!verifier.add(*entry))
            break;
        if (progress && lineNo % 4096 == 0 &&
            !progress(static_cast<quint64>(entries.pos()), static_cast<quint64>(size)))
            break;
    }
    VerificationReport report = verifier.finish();
    if (!report.ok())
        return report;
    if (report.entriesChecked == 0) {
        failure.message = Verification::tr("%1 holds no entries: an exported log has at least its first entry.")
                              .arg(entriesFile());
        return failure;
    }
    // An export seals the log with a checkpoint of its own: entries after the last one were
    // added, or the checkpoints after them removed.
    const quint64 sealed = checkpoints.last().treeSize;
    if (sealed != report.entriesChecked) {
        report.problem = Problem::Unsealed;
        report.entry = sealed;
        report.message = Verification::tr("The last checkpoint covers %1 entries, but the export holds %2: entries "
                                          "from %1 on are not sealed by a signed checkpoint.")
                             .arg(sealed)
                             .arg(report.entriesChecked);
        return report;
    }
    // The key files are for readers who check entries with OpenSSL: each must be exactly the
    // key the log registered under its id, and every registered key must be there.
    QSet<QString> expected;
    for (const RegisteredKey& key : verifier.keys()) {
        const QString file = QStringLiteral("keys/%1.pem").arg(key.keyId);
        expected.insert(file);
        QFile pem(QDir(dir).filePath(file));
        const QByteArray content = pem.open(QIODevice::ReadOnly) ? pem.read(64 * 1024) : QByteArray();
        if (content != crypto::ed25519PublicKeyPem(key.publicKey).toLatin1()) {
            report.problem = Problem::KeyFileMismatch;
            report.entry = key.registeredAt;
            report.message = content.isEmpty()
                                 ? Verification::tr("%1 is missing: the key of %2, registered in entry %3.")
                                       .arg(file, key.user)
                                       .arg(key.registeredAt)
                                 : Verification::tr("%1 does not hold the public key of %2 registered in entry %3: "
                                                    "the key file was replaced.")
                                       .arg(file, key.user)
                                       .arg(key.registeredAt);
            return report;
        }
    }
    const QStringList present = QDir(QDir(dir).filePath(QStringLiteral("keys"))).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : present) {
        if (!expected.contains(QStringLiteral("keys/") + name)) {
            report.problem = Problem::KeyFileMismatch;
            report.entry.reset();
            report.message = Verification::tr("keys/%1 is not a key registered in the log.").arg(name);
            return report;
        }
    }
    checkWitness(report, entryHashes, witness);
    return report;
}

Status forEachBundleEntry(const QString& dir, const std::function<bool(const domain::AuditEntry&)>& visit)
{
    QFile entries(QDir(dir).filePath(entriesFile()));
    if (!entries.open(QIODevice::ReadOnly))
        return {ErrorCode::NotFound, Verification::tr("%1 has no %2: it is not an exported audit log.").arg(dir, entriesFile())};
    quint64 lineNo = 0;
    while (!entries.atEnd()) {
        const QByteArray raw = entries.readLine();
        ++lineNo;
        if (raw.trimmed().isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
        const auto entry = error.error == QJsonParseError::NoError && doc.isObject() ? entryFromJson(doc.object())
                                                                                     : std::nullopt;
        if (!entry)
            return {ErrorCode::Corrupted,
                    Verification::tr("line %1 of %2 is not a complete entry").arg(lineNo).arg(entriesFile())};
        if (!visit(*entry))
            break;
    }
    return Status::success();
}

Status writeBundle(storage::Database& db, const QString& dir)
{
    QDir target(dir);
    auto users = storage::UserRepository(db).all();
    if (!users)
        return users.status();
    QHash<qint64, QString> names;
    for (const auto& u : *users) {
        names.insert(u.id, u.name);
        const QString keyId = crypto::keyId(u.signingPublicKey);
        QSaveFile pem(target.filePath(QStringLiteral("keys/%1.pem").arg(keyId)));
        if (!pem.open(QIODevice::WriteOnly) || pem.write(crypto::ed25519PublicKeyPem(u.signingPublicKey).toLatin1()) < 0 ||
            !pem.commit())
            return {ErrorCode::Io, Verification::tr("Writing the public key %1 failed: %2.").arg(keyId, pem.errorString())};
    }

    storage::AuditRepository repo(db);
    QSaveFile entries(target.filePath(entriesFile()));
    if (!entries.open(QIODevice::WriteOnly))
        return {ErrorCode::Io, Verification::tr("%1 cannot be written: %2.").arg(entriesFile(), entries.errorString())};
    bool writeFailed = false;
    Status read = repo.forEachEntry([&](const domain::AuditEntry& e) {
        writeFailed = entries.write(line(entryJson(e, names.value(e.actorId)))) < 0;
        return !writeFailed;
    });
    if (!read.ok())
        return read;
    if (writeFailed || !entries.commit())
        return {ErrorCode::Io, Verification::tr("Writing %1 failed (%2). Check the free disk space.").arg(entriesFile(), entries.errorString())};

    auto checkpoints = repo.checkpoints();
    if (!checkpoints)
        return checkpoints.status();
    QSaveFile cp(target.filePath(checkpointsFile()));
    if (!cp.open(QIODevice::WriteOnly))
        return {ErrorCode::Io, Verification::tr("%1 cannot be written: %2.").arg(checkpointsFile(), cp.errorString())};
    for (const domain::Checkpoint& c : *checkpoints)
        cp.write(line(checkpointJson(c)));
    if (!cp.commit())
        return {ErrorCode::Io, Verification::tr("Writing %1 failed (%2).").arg(checkpointsFile(), cp.errorString())};

    QSaveFile guide(target.filePath(QStringLiteral("VERIFY.md")));
    if (!guide.open(QIODevice::WriteOnly) || guide.write(verifyGuide().toUtf8()) < 0 || !guide.commit())
        return {ErrorCode::Io, Verification::tr("Writing VERIFY.md failed: %1.").arg(guide.errorString())};
    return Status::success();
}

Result<InclusionProof> inclusionProof(storage::Database& db, quint64 seq)
{
    storage::AuditRepository repo(db);
    auto head = repo.head();
    if (!head)
        return head.status();
    if (seq >= head->treeSize)
        return Status(ErrorCode::NotFound, Verification::tr("There is no audit entry %1.").arg(seq));
    auto hashes = repo.entryHashes(head->treeSize);
    if (!hashes)
        return hashes.status();
    const QList<QByteArray> leaves = leavesOf(*hashes, hashes->size());
    InclusionProof proof;
    proof.index = seq;
    proof.treeSize = static_cast<quint64>(leaves.size());
    proof.leafHash = leaves.at(static_cast<qsizetype>(seq));
    proof.root = merkle::root(leaves);
    proof.path = merkle::inclusionProof(leaves, seq, proof.treeSize);
    return proof;
}

Result<QList<QByteArray>> consistencyProof(storage::Database& db, quint64 size1, quint64 size2)
{
    storage::AuditRepository repo(db);
    auto hashes = repo.entryHashes(size2);
    if (!hashes)
        return hashes.status();
    if (size1 == 0 || size1 > size2 || static_cast<quint64>(hashes->size()) < size2)
        return Status(ErrorCode::InvalidArgument, Verification::tr("A consistency proof needs 0 < size1 ≤ size2 ≤ the log's size."));
    QList<QByteArray> leaves;
    for (const QByteArray& h : *hashes)
        leaves.append(merkle::leafHash(h));
    return merkle::consistencyProof(leaves, size1, size2);
}

namespace {

QString verifyGuide()
{
    return QStringLiteral(R"GUIDE(# Verifying this audit log

This folder is a complete copy of a Custos workspace's audit log. Everything needed to
check it is here; you do not need Custos, and you do not need to trust it.

| file | content |
|---|---|
| `entries.jsonl` | one entry per line, in order |
| `checkpoints.jsonl` | signed Merkle tree heads (one per line) |
| `keys/KEYID.pem` | the Ed25519 public keys of the workspace's users (SubjectPublicKeyInfo PEM) |

## An entry

Fields: `seq` (0, 1, 2, ...), `time` (UTC), `actor_id`, `actor` (the user's sign-in name;
not signed itself, but the verifier checks it against the signed registration of the
key that signed the entry), `key_id`, `action`, `object_type`, `object_id`, `details` (a JSON text,
compact, keys sorted), `prev_hash` (hex), `entry_hash` (hex), `signature` (base64).

`entry_hash` is SHA-256 over this UTF-8 text, each line ending in a line feed:

    custos-audit-entry-v1
    <seq>
    <time>
    <actor_id>
    <key_id>
    <action>
    <object_type>
    <object_id>
    <details>
    <prev_hash>

`prev_hash` of entry 0 is 64 zeros; of every later entry, the `entry_hash` of the entry
before it. `signature` is the Ed25519 signature (RFC 8032) by the actor's key over the
32 bytes of `entry_hash`. `key_id` is the first 16 hex digits of SHA-256 over the
32-byte public key.

## Check one entry with stock tools

With `jq`, `xxd`, `base64`, `sha256sum` and OpenSSL 3 (take line N+1 for entry N):

    L=$(sed -n 1p entries.jsonl)
    field() { printf '%s' "$L" | jq -j ".$1"; }
    { echo custos-audit-entry-v1; for f in seq time actor_id key_id action object_type \
        object_id details prev_hash; do field $f; echo; done; } > entry.txt
    sha256sum entry.txt                    # must equal the entry_hash field
    field entry_hash | xxd -r -p > hash.bin
    field signature | base64 -d > sig.bin
    openssl pkeyutl -verify -pubin -inkey keys/$(field key_id).pem -rawin -in hash.bin -sigfile sig.bin

OpenSSL prints `Signature Verified Successfully` for a genuine entry. **Check the key file
first**: a key file proves nothing by itself (anyone can put a key of their own there and
sign an entry with it). Its key must be the `public_key` of the registration entry for
that `key_id` (below), and `key_id` must be the first 16 hex digits of SHA-256 over the
key's 32 bytes:

    K=$(jq -r --arg k "$(field key_id)" '.details | fromjson | .. | objects | select(.key_id? == $k) | .public_key' entries.jsonl | head -1)
    openssl pkey -pubin -in keys/$(field key_id).pem -outform DER | tail -c 32 | base64   # must equal $K
    printf '%s' "$K" | base64 -d | sha256sum | cut -c1-16                                # must equal key_id

## Keys, and who may register them

Entry 0 (`workspace.create`, or `audit.genesis` for a log started on an older workspace)
registers the first administrator's key and is signed with it. Later keys are registered
by `user.add` entries signed by an administrator; `user.revoke` revokes a key (entries
after it may not use it); `user.role` changes a role. `details` of a registration hold
`user_id`, `user`, `role`, `key_id` and `public_key` (base64).

## Checkpoints and the Merkle tree

The entries form an RFC 6962 / RFC 9162 Merkle tree: leaf = SHA-256(0x00 ‖ entry_hash
bytes), node = SHA-256(0x01 ‖ left ‖ right). A checkpoint holds `tree_size`, `root_hash`
(the root over entries 0 to tree_size - 1), `time`, `signer_id`, `key_id` and an Ed25519
`signature` over SHA-256 of:

    custos-audit-checkpoint-v1
    <tree_size>
    <root_hash>
    <time>
    <signer_id>
    <key_id>

## Check everything

    custos-cli audit verify --export THIS_FOLDER

checks the sequence, the hash chain, every entry hash, every signature against the key
registered for it, every checkpoint's root and signature, that the last checkpoint covers
the last entry, and that every key file is the key registered in the log. It exits 0 when
all hold; otherwise it exits 4 and names the first bad entry and what is wrong with it.

A log cannot prove by itself that it was not cut short together with its last
checkpoints. The takedown orders and exports print the checkpoint current when they were
made; keep it, and give it back:

    custos-cli audit verify --export THIS_FOLDER --expect-size N --expect-root HEX

refuses a log shorter than N entries or whose first N entries do not have that root.
)GUIDE");
}

} // namespace

} // namespace custos::audit
