#include "workspace/Keyring.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace custos::workspace {
namespace {

const QByteArray kMagic = QByteArrayLiteral("CUSTOS-KEYRING 2\n");
const QByteArray kOldMagic = QByteArrayLiteral("CUSTOS-KEYRING 1\n");
const QByteArray kMacInfo = QByteArrayLiteral("custos keyring mac v2");

QByteArray associatedData(const QString& workspaceId, const QString& user, const char* purpose)
{
    return workspaceId.toUtf8() + '\n' + normalizedUserName(user).toUtf8() + '\n' + purpose;
}

QByteArray grantAssociatedData(const QString& workspaceId, const QString& slotId, domain::Compartment compartment,
                               int generation)
{
    return workspaceId.toUtf8() + '\n' + slotId.toLatin1() + "\ngrant\n" + domain::key(compartment).toLatin1() +
           '\n' + QByteArray::number(generation);
}

QString b64(const QByteArray& data)
{
    return QString::fromLatin1(data.toBase64());
}

std::optional<QByteArray> unb64(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

bool plausible(const crypto::Argon2Params& p)
{
    // Below the floor is a downgrade; far above it would let a crafted file exhaust memory.
    return p.memoryKiB >= crypto::kMinArgon2MemoryKiB && p.memoryKiB <= 4u * 1024 * 1024 && p.iterations >= 1 &&
           p.iterations <= 64 && p.parallelism >= 1 && p.parallelism <= 16;
}

} // namespace

QString normalizedUserName(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

QString Keyring::slotId(const QString& workspaceId, const QString& user)
{
    return QString::fromLatin1(
        crypto::sha256(QByteArray("custos slot\n" + workspaceId.toUtf8() + '\n' + normalizedUserName(user).toUtf8()))
            .toHex());
}

const KeySlot* Keyring::slotFor(const QString& user) const
{
    const QString wanted = slotId(workspaceId, user);
    for (const KeySlot& slot : slots) {
        if (slot.slotId == wanted)
            return &slot;
    }
    return nullptr;
}

bool Keyring::removeSlot(const QString& user)
{
    const QString wanted = slotId(workspaceId, user);
    grants.removeIf([&](const KeyGrant& g) { return g.slotId == wanted; });
    return slots.removeIf([&](const KeySlot& s) { return s.slotId == wanted; }) > 0;
}

void Keyring::putSlot(KeySlot slot)
{
    const QString id = slot.slotId;
    for (KeySlot& existing : slots) {
        if (existing.slotId == id) {
            // A new passphrase re-seals the same private keys: the grants stay valid.
            if (existing.agreementPublicKey != slot.agreementPublicKey)
                grants.removeIf([&](const KeyGrant& g) { return g.slotId == id; });
            existing = std::move(slot);
            return;
        }
    }
    slots.append(std::move(slot));
}

Status Keyring::noSlotFor(const QString& user)
{
    return {ErrorCode::NotFound, tr("The keyring has no key slot for %1.").arg(user)};
}

Status Keyring::grant(const QString& user, domain::Compartment compartment, int generation, const crypto::SecretBytes& key)
{
    const KeySlot* slot = slotFor(user);
    if (!slot)
        return noSlotFor(user);
    KeyGrant g;
    g.slotId = slot->slotId;
    g.compartment = compartment;
    g.generation = generation;
    g.box = crypto::sealToPublicKey(slot->agreementPublicKey, key.view(),
                                    grantAssociatedData(workspaceId, slot->slotId, compartment, generation));
    if (g.box.sealed.isEmpty())
        return {ErrorCode::Corrupted, tr("The key slot of %1 holds a malformed public key. Ask an administrator to "
                                         "reset the passphrase.")
                                          .arg(user)};
    withdraw(user, compartment);
    grants.append(std::move(g));
    return Status::success();
}

bool Keyring::withdraw(const QString& user, domain::Compartment compartment)
{
    const QString id = slotId(workspaceId, user);
    return grants.removeIf([&](const KeyGrant& g) { return g.slotId == id && g.compartment == compartment; }) > 0;
}

bool Keyring::hasGrant(const QString& user, domain::Compartment compartment) const
{
    const QString id = slotId(workspaceId, user);
    const int current = generation(compartment);
    for (const KeyGrant& g : grants) {
        if (g.slotId == id && g.compartment == compartment && g.generation == current)
            return true;
    }
    return false;
}

int Keyring::generation(domain::Compartment compartment) const
{
    int newest = 0;
    for (const KeyGrant& g : grants) {
        if (g.compartment == compartment)
            newest = std::max(newest, g.generation);
    }
    return newest;
}

KeySlot Keyring::seal(const QString& workspaceId, const QString& user, const QString& passphrase,
                      const crypto::Argon2Params& kdf, const crypto::SecretBytes& signingSeed,
                      const crypto::SecretBytes& agreementKey)
{
    KeySlot slot;
    slot.slotId = slotId(workspaceId, user);
    slot.kdf = kdf;
    slot.salt = crypto::randomBytes(16);
    const crypto::SecretBytes kek = crypto::argon2id(passphrase, slot.salt, kdf, crypto::kKeySize);
    Q_ASSERT(kek.size() == crypto::kKeySize);
    slot.sealedSigningSeed =
        crypto::aesGcmSeal(kek, signingSeed.view(), associatedData(workspaceId, user, "signing"));
    slot.sealedAgreementKey =
        crypto::aesGcmSeal(kek, agreementKey.view(), associatedData(workspaceId, user, "agreement"));
    slot.signingPublicKey = crypto::ed25519PublicKey(signingSeed);
    slot.agreementPublicKey = crypto::x25519PublicKey(agreementKey);
    return slot;
}

Result<UnlockedSlot> Keyring::unlock(const QString& user, const QString& passphrase) const
{
    const Status wrong(ErrorCode::AuthenticationFailed,
                       tr("The user name or passphrase is wrong. Check both and try again."));
    const KeySlot* slot = slotFor(user);
    if (!slot) {
        // Spend the same time as a real attempt so that timing does not reveal user names.
        (void)crypto::argon2id(passphrase, crypto::randomBytes(16), slots.isEmpty() ? crypto::Argon2Params{}
                                                                                     : slots.first().kdf,
                               crypto::kKeySize);
        return wrong;
    }
    const crypto::SecretBytes kek = crypto::argon2id(passphrase, slot->salt, slot->kdf, crypto::kKeySize);
    if (kek.size() != crypto::kKeySize)
        return Status(ErrorCode::Internal, tr("Deriving the key from the passphrase failed."));
    auto seed = crypto::aesGcmOpen(kek, slot->sealedSigningSeed, associatedData(workspaceId, user, "signing"));
    if (!seed)
        return wrong;
    auto agreement = crypto::aesGcmOpen(kek, slot->sealedAgreementKey, associatedData(workspaceId, user, "agreement"));
    const Status damagedSlot(ErrorCode::Corrupted, tr("The key slot of %1 is damaged. Ask an administrator to reset "
                                                      "your passphrase.")
                                                       .arg(user));
    if (!agreement || seed->size() != crypto::kEd25519SeedSize || crypto::ed25519PublicKey(*seed) != slot->signingPublicKey ||
        crypto::x25519PublicKey(*agreement) != slot->agreementPublicKey)
        return damagedSlot;
    UnlockedSlot unlocked{std::move(*seed), std::move(*agreement), {}};
    for (const KeyGrant& g : grants) {
        if (g.slotId != slot->slotId || g.generation != generation(g.compartment))
            continue;
        auto key = crypto::openSealedToKey(unlocked.agreementKey, g.box,
                                           grantAssociatedData(workspaceId, slot->slotId, g.compartment, g.generation));
        if (!key || key->size() != crypto::kKeySize)
            return Status(ErrorCode::Corrupted,
                          tr("The key of %1 granted to %2 does not open: the keyring is damaged or was altered. "
                             "Restore it from a backup.")
                              .arg(domain::displayName(g.compartment), user));
        unlocked.keys[g.compartment] = std::move(*key);
    }
    const auto log = unlocked.keys.find(domain::Compartment::Log);
    if (log == unlocked.keys.end())
        return Status(ErrorCode::Corrupted, tr("The keyring holds no key of the audit log for %1. Restore the keyring "
                                               "from a backup.")
                                                .arg(user));
    Status mac = verifyMac(log->second);
    if (!mac.ok())
        return mac;
    return unlocked;
}

Status Keyring::verifyMac(const crypto::SecretBytes& logKey) const
{
    if (!crypto::constantTimeEquals(macFor(logKey), m_loadedMac))
        return {ErrorCode::Corrupted, tr("The keyring has been altered outside Custos: its authentication code "
                                         "does not match. Restore the keyring from a backup.")};
    return Status::success();
}

QByteArray Keyring::canonicalBody() const
{
    QJsonArray slotArray;
    for (const KeySlot& slot : slots) {
        slotArray.append(QJsonObject{
            {QStringLiteral("slot_id"), slot.slotId},
            {QStringLiteral("kdf"), QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("argon2id")},
                                                {QStringLiteral("memory_kib"), static_cast<qint64>(slot.kdf.memoryKiB)},
                                                {QStringLiteral("iterations"), static_cast<qint64>(slot.kdf.iterations)},
                                                {QStringLiteral("parallelism"), static_cast<qint64>(slot.kdf.parallelism)},
                                                {QStringLiteral("salt"), b64(slot.salt)}}},
            {QStringLiteral("signing_seed"), b64(slot.sealedSigningSeed)},
            {QStringLiteral("signing_public_key"), b64(slot.signingPublicKey)},
            {QStringLiteral("agreement_key"), b64(slot.sealedAgreementKey)},
            {QStringLiteral("agreement_public_key"), b64(slot.agreementPublicKey)},
        });
    }
    QJsonArray grantArray;
    for (const KeyGrant& g : grants) {
        grantArray.append(QJsonObject{{QStringLiteral("slot_id"), g.slotId},
                                      {QStringLiteral("compartment"), domain::key(g.compartment)},
                                      {QStringLiteral("generation"), g.generation},
                                      {QStringLiteral("ephemeral_public_key"), b64(g.box.ephemeralPublicKey)},
                                      {QStringLiteral("sealed_key"), b64(g.box.sealed)}});
    }
    const QJsonObject body{{QStringLiteral("format"), QStringLiteral("custos-keyring")},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("workspace_id"), workspaceId},
                           {QStringLiteral("slots"), slotArray},
                           {QStringLiteral("grants"), grantArray}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray Keyring::macFor(const crypto::SecretBytes& logKey) const
{
    const crypto::SecretBytes macKey = crypto::hkdfSha256(logKey, {}, kMacInfo, crypto::kKeySize);
    return crypto::hmacSha256(macKey, canonicalBody());
}

QByteArray Keyring::serialize(const crypto::SecretBytes& logKey) const
{
    const QByteArray body = canonicalBody();
    const QByteArray mac = macFor(logKey);
    const QByteArray checksum = crypto::sha256(QByteArray(body + mac));
    // The body is embedded as a string so that its exact bytes survive a round trip.
    const QJsonObject file{{QStringLiteral("body"), QString::fromUtf8(body)},
                           {QStringLiteral("mac"), b64(mac)},
                           {QStringLiteral("sha256"), QString::fromLatin1(checksum.toHex())}};
    return kMagic + QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<Keyring> Keyring::parse(const QByteArray& data, const QString& path)
{
    if (data.startsWith(kOldMagic))
        return Status(ErrorCode::VersionTooNew,
                      tr("The keyring %1 comes from an earlier Custos that gave every user one key for everything. "
                         "This Custos keeps posts and cases under a key only reviewers hold and cannot open it; the "
                         "files are unchanged. Import the workspace's exports into a new workspace, and keep the old "
                         "one with the Custos that wrote it.")
                          .arg(path));
    if (!data.startsWith(kMagic))
        return Status(ErrorCode::ForeignFile, tr("%1 is not a Custos keyring.").arg(path));
    const Status damaged(ErrorCode::Corrupted,
                         tr("The keyring %1 is damaged (its checksum does not match). Restore it from a backup.")
                             .arg(path));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(data.mid(kMagic.size()), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return damaged;
    const QJsonObject file = doc.object();
    const QByteArray body = file.value(QStringLiteral("body")).toString().toUtf8();
    const auto mac = unb64(file.value(QStringLiteral("mac")));
    const QByteArray checksum = QByteArray::fromHex(file.value(QStringLiteral("sha256")).toString().toLatin1());
    if (!mac || !crypto::constantTimeEquals(crypto::sha256(QByteArray(body + *mac)), checksum))
        return damaged;

    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("custos-keyring"))
        return Status(ErrorCode::ForeignFile, tr("%1 is not a Custos keyring.").arg(path));
    if (root.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return Status(ErrorCode::VersionTooNew,
                      tr("The keyring %1 was written by a newer Custos. Open it with a newer Custos.").arg(path));
    Keyring keyring;
    keyring.workspaceId = root.value(QStringLiteral("workspace_id")).toString();
    keyring.m_loadedMac = *mac;
    const Status malformed(ErrorCode::Corrupted,
                           tr("The keyring %1 holds a malformed key slot. Restore it from a backup.").arg(path));
    for (const QJsonValue& value : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = value.toObject();
        const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
        KeySlot slot;
        slot.slotId = o.value(QStringLiteral("slot_id")).toString();
        slot.kdf.memoryKiB = static_cast<quint32>(kdf.value(QStringLiteral("memory_kib")).toInteger());
        slot.kdf.iterations = static_cast<quint32>(kdf.value(QStringLiteral("iterations")).toInteger());
        slot.kdf.parallelism = static_cast<quint32>(kdf.value(QStringLiteral("parallelism")).toInteger());
        const auto salt = unb64(kdf.value(QStringLiteral("salt")));
        const auto seed = unb64(o.value(QStringLiteral("signing_seed")));
        const auto pub = unb64(o.value(QStringLiteral("signing_public_key")));
        const auto agreement = unb64(o.value(QStringLiteral("agreement_key")));
        const auto agreementPub = unb64(o.value(QStringLiteral("agreement_public_key")));
        if (slot.slotId.size() != 64 || kdf.value(QStringLiteral("algorithm")).toString() != QLatin1String("argon2id") ||
            !plausible(slot.kdf) || !salt || !seed || !pub || !agreement || !agreementPub ||
            agreementPub->size() != static_cast<qsizetype>(crypto::kX25519KeySize))
            return malformed;
        slot.salt = *salt;
        slot.sealedSigningSeed = *seed;
        slot.signingPublicKey = *pub;
        slot.sealedAgreementKey = *agreement;
        slot.agreementPublicKey = *agreementPub;
        keyring.slots.append(slot);
    }
    for (const QJsonValue& value : root.value(QStringLiteral("grants")).toArray()) {
        const QJsonObject o = value.toObject();
        KeyGrant g;
        g.slotId = o.value(QStringLiteral("slot_id")).toString();
        const auto compartment = domain::fromKey<domain::Compartment>(o.value(QStringLiteral("compartment")).toString());
        const qint64 generation = o.value(QStringLiteral("generation")).toInteger();
        const auto eph = unb64(o.value(QStringLiteral("ephemeral_public_key")));
        const auto sealed = unb64(o.value(QStringLiteral("sealed_key")));
        if (g.slotId.size() != 64 || !compartment || generation < 1 || generation > 1'000'000 || !eph || !sealed)
            return Status(ErrorCode::Corrupted,
                          tr("The keyring %1 holds a malformed key grant. Restore it from a backup.").arg(path));
        g.compartment = *compartment;
        g.generation = static_cast<int>(generation);
        g.box = {*eph, *sealed};
        keyring.grants.append(g);
    }
    if (keyring.workspaceId.isEmpty() || keyring.slots.isEmpty())
        return Status(ErrorCode::Corrupted, tr("The keyring %1 holds no key slots. Restore it from a backup.").arg(path));
    return keyring;
}

bool Keyring::isEarlierFormat(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(kOldMagic.size()) == kOldMagic;
}

Result<Keyring> Keyring::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Status(ErrorCode::NotFound, tr("The keyring %1 is missing. Restore it from a backup.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Status(ErrorCode::Io, tr("The keyring %1 cannot be read: %2.").arg(path, file.errorString()));
    // A keyring is a few kilobytes per user; refuse to read something enormous.
    if (file.size() > 16 * 1024 * 1024)
        return Status(ErrorCode::ForeignFile, tr("%1 is not a Custos keyring.").arg(path));
    return parse(file.readAll(), path);
}

Status Keyring::save(const QString& path, const crypto::SecretBytes& logKey)
{
    const QByteArray data = serialize(logKey);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {ErrorCode::Io, tr("The keyring %1 cannot be written: %2.").arg(path, file.errorString())};
    if (file.write(data) != data.size() || !file.commit())
        return {ErrorCode::Io, tr("Writing the keyring %1 failed (%2); the previous keyring is unchanged. "
                                  "Check the free disk space and try again.")
                                   .arg(path, file.errorString())};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_loadedMac = macFor(logKey);
    return Status::success();
}

} // namespace custos::workspace
