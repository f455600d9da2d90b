#include "BundleRepair.h"

#include "audit/Merkle.h"
#include "crypto/Crypto.h"
#include "domain/AuditEntry.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace custos::fuzz {
namespace {

constexpr int kMaxLines = 256; // past these the lines are kept as they are

FuzzKey makeKey(const char* label)
{
    FuzzKey key;
    key.seed = crypto::SecretBytes::fromView(crypto::sha256(QByteArray(label)));
    key.publicKey = crypto::ed25519PublicKey(key.seed);
    key.keyId = crypto::keyId(key.publicKey);
    return key;
}

const FuzzKey* keyFor(const QString& keyId)
{
    for (int i = 0; i < 2; ++i) {
        if (fuzzKey(i).keyId == keyId)
            return &fuzzKey(i);
    }
    return nullptr;
}

QString hex(const QByteArray& data)
{
    return QString::fromLatin1(data.toHex());
}

QString base64(const QByteArray& data)
{
    return QString::fromLatin1(data.toBase64());
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

const FuzzKey& fuzzKey(int which)
{
    static const FuzzKey keys[2] = {makeKey("custos fuzz key 0"), makeKey("custos fuzz key 1")};
    return keys[which == 0 ? 0 : 1];
}

RepairedBundle repairBundle(const QByteArray& entries, const QByteArray& checkpoints)
{
    RepairedBundle out;
    QByteArray previous(32, '\0');
    int lines = 0;
    for (const QByteArray& line : entries.split('\n')) {
        if (lines > 0)
            out.entries += '\n';
        ++lines;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (lines > kMaxLines || !doc.isObject()) {
            out.entries += line;
            continue;
        }
        QJsonObject o = doc.object();
        // The same reading of the fields as the bundle reader's.
        domain::AuditEntry e;
        e.seq = static_cast<quint64>(o.value(QStringLiteral("seq")).toInteger(-1));
        e.time = o.value(QStringLiteral("time")).toString();
        e.actorId = o.value(QStringLiteral("actor_id")).toInteger();
        e.keyId = o.value(QStringLiteral("key_id")).toString();
        e.action = o.value(QStringLiteral("action")).toString();
        e.objectType = o.value(QStringLiteral("object_type")).toString();
        e.objectId = o.value(QStringLiteral("object_id")).toString();
        e.details = o.value(QStringLiteral("details")).toString().toUtf8();
        e.prevHash = previous;
        const QByteArray hash = e.computeHash();
        o.insert(QStringLiteral("prev_hash"), hex(previous));
        o.insert(QStringLiteral("entry_hash"), hex(hash));
        if (const FuzzKey* key = keyFor(e.keyId))
            o.insert(QStringLiteral("signature"), base64(crypto::ed25519Sign(key->seed, hash)));
        out.entries += compact(o);
        out.leaves.append(audit::merkle::leafHash(hash));
        previous = hash;
    }
    lines = 0;
    for (const QByteArray& line : checkpoints.split('\n')) {
        if (lines > 0)
            out.checkpoints += '\n';
        ++lines;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (lines > kMaxLines || !doc.isObject()) {
            out.checkpoints += line;
            continue;
        }
        QJsonObject o = doc.object();
        domain::Checkpoint c;
        c.treeSize = static_cast<quint64>(o.value(QStringLiteral("tree_size")).toInteger());
        if (c.treeSize <= static_cast<quint64>(out.leaves.size()))
            o.insert(QStringLiteral("root_hash"),
                     hex(audit::merkle::root(out.leaves, 0, static_cast<qsizetype>(c.treeSize))));
        c.rootHash = QByteArray::fromHex(o.value(QStringLiteral("root_hash")).toString().toLatin1());
        c.time = o.value(QStringLiteral("time")).toString();
        c.signerId = o.value(QStringLiteral("signer_id")).toInteger();
        c.keyId = o.value(QStringLiteral("key_id")).toString();
        if (const FuzzKey* key = keyFor(c.keyId))
            o.insert(QStringLiteral("signature"), base64(crypto::ed25519Sign(key->seed, c.signedHash())));
        out.checkpoints += compact(o);
    }
    return out;
}

} // namespace custos::fuzz
