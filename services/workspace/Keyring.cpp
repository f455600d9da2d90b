#include "workspace/Keyring.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace custos::workspace {
namespace {

const QByteArray kMagic = QByteArrayLiteral("CUSTOS-KEYRING 1\n");
const QByteArray kMacInfo = QByteArrayLiteral("custos keyring mac v1");

QByteArray associatedData(const QString& workspaceId, const QString& user, const char* purpose)
{
    return workspaceId.toUtf8() + '\n' + normalizedUserName(user).toUtf8() + '\n' + purpose;
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
    return slots.removeIf([&](const KeySlot& s) { return s.slotId == wanted; }) > 0;
}

void Keyring::putSlot(KeySlot slot)
{
    const QString id = slot.slotId;
    slots.removeIf([&](const KeySlot& s) { return s.slotId == id; });
    slots.append(std::move(slot));
}

KeySlot Keyring::seal(const QString& workspaceId, const QString& user, const QString& passphrase,
                      const crypto::Argon2Params& kdf, const crypto::SecretBytes& masterKey,
                      const crypto::SecretBytes& signingSeed)
{
    KeySlot slot;
    slot.slotId = slotId(workspaceId, user);
    slot.kdf = kdf;
    slot.salt = crypto::randomBytes(16);
    const crypto::SecretBytes kek = crypto::argon2id(passphrase, slot.salt, kdf, crypto::kKeySize);
    Q_ASSERT(kek.size() == crypto::kKeySize);
    slot.sealedMasterKey = crypto::aesGcmSeal(kek, masterKey.view(), associatedData(workspaceId, user, "master"));
    slot.sealedSigningSeed =
        crypto::aesGcmSeal(kek, signingSeed.view(), associatedData(workspaceId, user, "signing"));
    slot.signingPublicKey = crypto::ed25519PublicKey(signingSeed);
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
    auto master = crypto::aesGcmOpen(kek, slot->sealedMasterKey, associatedData(workspaceId, user, "master"));
    if (!master)
        return wrong;
    auto seed = crypto::aesGcmOpen(kek, slot->sealedSigningSeed, associatedData(workspaceId, user, "signing"));
    if (!seed || master->size() != crypto::kKeySize || seed->size() != crypto::kEd25519SeedSize ||
        crypto::ed25519PublicKey(*seed) != slot->signingPublicKey)
        return Status(ErrorCode::Corrupted, tr("The key slot of %1 is damaged. Ask an administrator to reset "
                                               "your passphrase.")
                                                .arg(user));
    Status mac = verifyMac(*master);
    if (!mac.ok())
        return mac;
    return UnlockedSlot{std::move(*master), std::move(*seed)};
}

Status Keyring::verifyMac(const crypto::SecretBytes& masterKey) const
{
    if (!crypto::constantTimeEquals(macFor(masterKey), m_loadedMac))
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
            {QStringLiteral("master_key"), b64(slot.sealedMasterKey)},
            {QStringLiteral("signing_seed"), b64(slot.sealedSigningSeed)},
            {QStringLiteral("signing_public_key"), b64(slot.signingPublicKey)},
        });
    }
    const QJsonObject body{{QStringLiteral("format"), QStringLiteral("custos-keyring")},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("workspace_id"), workspaceId},
                           {QStringLiteral("slots"), slotArray}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray Keyring::macFor(const crypto::SecretBytes& masterKey) const
{
    const crypto::SecretBytes macKey = crypto::hkdfSha256(masterKey, {}, kMacInfo, crypto::kKeySize);
    return crypto::hmacSha256(macKey, canonicalBody());
}

QByteArray Keyring::serialize(const crypto::SecretBytes& masterKey) const
{
    const QByteArray body = canonicalBody();
    const QByteArray mac = macFor(masterKey);
    const QByteArray checksum = crypto::sha256(QByteArray(body + mac));
    // The body is embedded as a string so that its exact bytes survive a round trip.
    const QJsonObject file{{QStringLiteral("body"), QString::fromUtf8(body)},
                           {QStringLiteral("mac"), b64(mac)},
                           {QStringLiteral("sha256"), QString::fromLatin1(checksum.toHex())}};
    return kMagic + QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<Keyring> Keyring::parse(const QByteArray& data, const QString& path)
{
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
    for (const QJsonValue& value : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = value.toObject();
        const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
        KeySlot slot;
        slot.slotId = o.value(QStringLiteral("slot_id")).toString();
        slot.kdf.memoryKiB = static_cast<quint32>(kdf.value(QStringLiteral("memory_kib")).toInteger());
        slot.kdf.iterations = static_cast<quint32>(kdf.value(QStringLiteral("iterations")).toInteger());
        slot.kdf.parallelism = static_cast<quint32>(kdf.value(QStringLiteral("parallelism")).toInteger());
        const auto salt = unb64(kdf.value(QStringLiteral("salt")));
        const auto master = unb64(o.value(QStringLiteral("master_key")));
        const auto seed = unb64(o.value(QStringLiteral("signing_seed")));
        const auto pub = unb64(o.value(QStringLiteral("signing_public_key")));
        if (slot.slotId.size() != 64 || kdf.value(QStringLiteral("algorithm")).toString() != QLatin1String("argon2id") ||
            !plausible(slot.kdf) || !salt || !master || !seed || !pub)
            return Status(ErrorCode::Corrupted,
                          tr("The keyring %1 holds a malformed key slot. Restore it from a backup.").arg(path));
        slot.salt = *salt;
        slot.sealedMasterKey = *master;
        slot.sealedSigningSeed = *seed;
        slot.signingPublicKey = *pub;
        keyring.slots.append(slot);
    }
    if (keyring.workspaceId.isEmpty() || keyring.slots.isEmpty())
        return Status(ErrorCode::Corrupted, tr("The keyring %1 holds no key slots. Restore it from a backup.").arg(path));
    return keyring;
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

Status Keyring::save(const QString& path, const crypto::SecretBytes& masterKey)
{
    const QByteArray data = serialize(masterKey);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {ErrorCode::Io, tr("The keyring %1 cannot be written: %2.").arg(path, file.errorString())};
    if (file.write(data) != data.size() || !file.commit())
        return {ErrorCode::Io, tr("Writing the keyring %1 failed (%2); the previous keyring is unchanged. "
                                  "Check the free disk space and try again.")
                                   .arg(path, file.errorString())};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_loadedMac = macFor(masterKey);
    return Status::success();
}

} // namespace custos::workspace
