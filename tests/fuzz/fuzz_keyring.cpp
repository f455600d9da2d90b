// Fuzzes the keyring reader. The input is read as a keyring file as it is, then as the
// body of one whose checksum is made right (a damaged file is told apart by its checksum
// before the body is read; whoever crafts a keyring can compute it), so that the slots
// and grants are parsed too. A keyring that reads must write and read back the same.
#include "FuzzSupport.h"
#include "crypto/Crypto.h"
#include "workspace/Keyring.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace custos;

namespace {

const QString kPath = QStringLiteral("/fuzz/keyring");

crypto::SecretBytes logKey()
{
    return crypto::SecretBytes::fromView(crypto::sha256(QByteArrayLiteral("custos fuzz log key")));
}

QByteArray withChecksum(const QByteArray& body)
{
    // The bytes the reader gets back from the JSON string.
    const QByteArray exact = QString::fromUtf8(body).toUtf8();
    const QByteArray mac = crypto::sha256(QByteArrayLiteral("not a real mac"));
    const QJsonObject file{
        {QStringLiteral("body"), QString::fromUtf8(exact)},
        {QStringLiteral("mac"), QString::fromLatin1(mac.toBase64())},
        {QStringLiteral("sha256"), QString::fromLatin1(crypto::sha256(QByteArray(exact + mac)).toHex())}};
    return QByteArrayLiteral("CUSTOS-KEYRING 2\n") + QJsonDocument(file).toJson(QJsonDocument::Compact);
}

void exercise(workspace::Keyring& keyring)
{
    (void)keyring.slotFor(QStringLiteral("admin"));
    (void)keyring.hasGrant(QStringLiteral("admin"), domain::Compartment::Log);
    for (const domain::Compartment c : domain::all<domain::Compartment>())
        (void)keyring.generation(c);
    const crypto::SecretBytes key = logKey();
    (void)keyring.verifyMac(key);
    auto again = workspace::Keyring::parse(keyring.serialize(key), kPath);
    if (!again || again->workspaceId != keyring.workspaceId || again->slots.size() != keyring.slots.size() ||
        again->grants.size() != keyring.grants.size() || !again->verifyMac(key).ok())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    if (auto keyring = workspace::Keyring::parse(input, kPath))
        exercise(*keyring);
    if (auto keyring = workspace::Keyring::parse(withChecksum(input), kPath))
        exercise(*keyring);
    return 0;
}
