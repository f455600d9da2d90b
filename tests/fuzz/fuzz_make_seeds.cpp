// Writes the seeds that need real keys, hashes and signatures: a whole audit bundle (and
// one begun by audit.genesis) signed with the fuzz keys, and a keyring with two slots and
// their grants. Usage: fuzz_make_seeds CORPUS_DIR (tests/fuzz/corpus).
#include "BundleRepair.h"
#include "FuzzSupport.h"
#include "audit/Verification.h"
#include "crypto/Crypto.h"
#include "domain/Compartment.h"
#include "domain/Role.h"
#include "workspace/Keyring.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <map>

using namespace custos;

namespace {

QJsonObject registration(int key, qint64 userId, const QString& user, const QString& role)
{
    const fuzz::FuzzKey& k = fuzz::fuzzKey(key);
    return QJsonObject{{QStringLiteral("user_id"), userId},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("display_name"), user},
                       {QStringLiteral("role"), role},
                       {QStringLiteral("key_id"), k.keyId},
                       {QStringLiteral("public_key"), QString::fromLatin1(k.publicKey.toBase64())}};
}

QByteArray entry(quint64 seq, int key, qint64 actor, const QString& actorName, const QString& action,
                 const QString& objectType, const QString& objectId, const QJsonObject& details)
{
    const QJsonObject o{{QStringLiteral("seq"), static_cast<qint64>(seq)},
                        {QStringLiteral("time"),
                         QStringLiteral("2026-01-01T00:00:%1.000Z").arg(seq, 2, 10, QLatin1Char('0'))},
                        {QStringLiteral("actor_id"), actor},
                        {QStringLiteral("actor"), actorName},
                        {QStringLiteral("key_id"), fuzz::fuzzKey(key).keyId},
                        {QStringLiteral("action"), action},
                        {QStringLiteral("object_type"), objectType},
                        {QStringLiteral("object_id"), objectId},
                        {QStringLiteral("details"), QString::fromUtf8(domain::canonicalJson(details))},
                        {QStringLiteral("prev_hash"), QString()},
                        {QStringLiteral("entry_hash"), QString()},
                        {QStringLiteral("signature"), QString()}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray checkpoint(quint64 size, int key, qint64 signer)
{
    const QJsonObject o{{QStringLiteral("tree_size"), static_cast<qint64>(size)},
                        {QStringLiteral("root_hash"), QString()},
                        {QStringLiteral("time"), QStringLiteral("2026-01-01T00:01:00.000Z")},
                        {QStringLiteral("signer_id"), signer},
                        {QStringLiteral("key_id"), fuzz::fuzzKey(key).keyId},
                        {QStringLiteral("signature"), QString()}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

bool writeBundleSeed(const QString& path, const QByteArray& entries, const QByteArray& checkpoints, int keys)
{
    const fuzz::RepairedBundle repaired = fuzz::repairBundle(entries, checkpoints);
    QList<fuzz::TreeFile> files{{audit::entriesFile(), repaired.entries},
                                {audit::checkpointsFile(), repaired.checkpoints}};
    for (int k = 0; k < keys; ++k)
        files.append({QStringLiteral("keys/%1.pem").arg(fuzz::fuzzKey(k).keyId),
                      crypto::ed25519PublicKeyPem(fuzz::fuzzKey(k).publicKey).toLatin1()});
    const QByteArray text = fuzz::joinTree(files);
    const audit::VerificationReport report = audit::verifyBundle(fuzz::writeTree(text, audit::entriesFile()));
    std::printf("%s: %s\n", qPrintable(path), qPrintable(report.message));
    QFile out(path);
    return report.ok() && out.open(QIODevice::WriteOnly) && out.write(text) == text.size();
}

bool writeSeed(const QString& path, const QByteArray& data)
{
    QFile out(path);
    std::printf("%s: %lld bytes\n", qPrintable(path), static_cast<long long>(data.size()));
    return out.open(QIODevice::WriteOnly) && out.write(data) == data.size();
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(corpus.filePath(QStringLiteral("audit_bundle")));
    QDir().mkpath(corpus.filePath(QStringLiteral("keyring")));
    bool ok = true;

    // workspace.create by admin (key 0), a compliance officer added (key 1) who records something, is
    // made an administrator, adds nobody and is revoked; two checkpoints.
    const QString admin = QStringLiteral("admin"), rita = QStringLiteral("rita");
    QByteArray entries;
    entries += entry(0, 0, 1, admin, QStringLiteral("workspace.create"), QStringLiteral("workspace"),
                     QStringLiteral("ws-1"),
                     QJsonObject{{QStringLiteral("administrator"),
                                  registration(0, 1, admin, QStringLiteral("administrator"))}});
    entries += entry(1, 0, 1, admin, QStringLiteral("user.add"), QStringLiteral("user"), QStringLiteral("2"),
                     registration(1, 2, rita, domain::key(domain::Role::ComplianceOfficer)));
    entries += entry(2, 1, 2, rita, QStringLiteral("flag.assign"), QStringLiteral("flag"),
                     QStringLiteral("17"), QJsonObject{{QStringLiteral("to"), 2}});
    entries +=
        entry(3, 0, 1, admin, QStringLiteral("user.role"), QStringLiteral("user"), QStringLiteral("2"),
              QJsonObject{{QStringLiteral("user_id"), 2},
                          {QStringLiteral("user"), rita},
                          {QStringLiteral("role"), QStringLiteral("administrator")},
                          {QStringLiteral("previous_role"), domain::key(domain::Role::ComplianceOfficer)}});
    entries += entry(4, 1, 2, rita, QStringLiteral("settings.change"), QStringLiteral("settings"),
                     QStringLiteral("idle_lock_minutes"),
                     QJsonObject{{QStringLiteral("value"), QStringLiteral("10")}});
    entries +=
        entry(5, 0, 1, admin, QStringLiteral("user.revoke"), QStringLiteral("user"), QStringLiteral("2"),
              QJsonObject{{QStringLiteral("user_id"), 2},
                          {QStringLiteral("user"), rita},
                          {QStringLiteral("key_id"), fuzz::fuzzKey(1).keyId}});
    entries += entry(6, 0, 1, admin, QStringLiteral("audit.export"), QStringLiteral("audit"), QString(),
                     QJsonObject{});
    ok &= writeBundleSeed(corpus.filePath(QStringLiteral("audit_bundle/whole.txt")), entries,
                          checkpoint(3, 0, 1) + checkpoint(7, 0, 1), 2);

    // A log begun on an older workspace: audit.genesis registers both users at once.
    QByteArray genesis =
        entry(0, 0, 1, admin, QStringLiteral("audit.genesis"), QStringLiteral("audit"), QString(),
              QJsonObject{{QStringLiteral("users"),
                           QJsonArray{registration(0, 1, admin, QStringLiteral("administrator")),
                                      registration(1, 2, rita, domain::key(domain::Role::Auditor))}}});
    genesis += entry(1, 1, 2, rita, QStringLiteral("audit.export"), QStringLiteral("audit"), QString(),
                     QJsonObject{});
    ok &= writeBundleSeed(corpus.filePath(QStringLiteral("audit_bundle/genesis.txt")), genesis,
                          checkpoint(2, 1, 2), 2);

    // A keyring: two slots (at the lowest work factor it accepts) and the grants of their roles.
    const crypto::Argon2Params kdf{crypto::kMinArgon2MemoryKiB, 1, 1};
    workspace::Keyring keyring;
    keyring.workspaceId = QStringLiteral("3f0c5b3e-fuzz-seed");
    std::map<domain::Compartment, crypto::SecretBytes> keys;
    for (const domain::Compartment c : domain::all<domain::Compartment>())
        keys.emplace(c, crypto::randomSecret(crypto::kKeySize));
    const QList<QPair<QString, domain::Role>> users = {{admin, domain::Role::Administrator},
                                                       {rita, domain::Role::ComplianceOfficer}};
    for (const auto& [name, role] : users) {
        const crypto::Ed25519KeyPair signing = crypto::generateEd25519();
        const crypto::X25519KeyPair agreement = crypto::generateX25519();
        keyring.putSlot(workspace::Keyring::seal(keyring.workspaceId, name, QStringLiteral("correct horse"),
                                                 kdf, signing.seed, agreement.privateKey));
        for (const domain::Compartment c : domain::compartmentsOf(role))
            ok &= keyring.grant(name, c, 1, keys.at(c)).ok();
    }
    const QByteArray file = keyring.serialize(keys.at(domain::Compartment::Log));
    ok &= workspace::Keyring::parse(file, QStringLiteral("seed")).ok();
    ok &= writeSeed(corpus.filePath(QStringLiteral("keyring/two-slots.keyring")), file);
    // Its body alone: what the target reads with the checksum made right.
    const QJsonObject outer = QJsonDocument::fromJson(file.mid(file.indexOf('\n') + 1)).object();
    ok &= writeSeed(corpus.filePath(QStringLiteral("keyring/two-slots.body.json")),
                    outer.value(QStringLiteral("body")).toString().toUtf8());
    return ok ? 0 : 1;
}
