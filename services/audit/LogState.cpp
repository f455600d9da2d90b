#include "audit/LogState.h"

#include "crypto/Crypto.h"
#include "domain/AuditActions.h"
#include "domain/Compartment.h"
#include "storage/AuditRepository.h"
#include "storage/UserRepository.h"

#include <QJsonArray>
#include <QSet>

namespace custos::audit {
namespace {

QString roleName(const QString& roleKey)
{
    const auto role = domain::fromKey<domain::Role>(roleKey);
    return role ? domain::displayName(*role) : roleKey;
}

} // namespace

const LoggedUser* LogState::userNamed(const QString& name) const
{
    for (const LoggedUser& u : users) {
        if (u.name == name)
            return &u;
    }
    return nullptr;
}

QString settingDigest(const QString& value)
{
    return QString::fromLatin1(crypto::sha256(value.toUtf8()).toHex());
}

QJsonObject settingDigests(const QMap<QString, QString>& settings)
{
    QJsonObject out;
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        out.insert(it.key(), settingDigest(*it));
    return out;
}

const QStringList& StateReplay::actions()
{
    static const QStringList kActions = {
        domain::actions::kWorkspaceCreate, domain::actions::kLogGenesis,   domain::actions::kUserAdd,
        domain::actions::kUserRole,        domain::actions::kUserRevoke,   domain::actions::kKeysGrant,
        domain::actions::kSettingsChange,  domain::actions::kKeysRekey,
    };
    return kActions;
}

QString StateReplay::refusal(const domain::AuditEntry& e) const
{
    const bool starts = e.action == domain::actions::kWorkspaceCreate || e.action == domain::actions::kLogGenesis;
    if (starts != (e.seq == 0))
        return tr("Entry %1 (%2) is not where a log starts.").arg(e.seq).arg(e.action);
    if (starts)
        return {}; // entry 0 registers its own signer; refusal is the verifier's check of its content
    const auto owner = m_keyOwners.constFind(e.keyId);
    if (owner == m_keyOwners.cend())
        return tr("Entry %1 is signed with key %2, which no administrator registered.").arg(e.seq).arg(e.keyId);
    const LoggedUser& signer = m_state.users.value(*owner);
    if (signer.id != e.actorId)
        return tr("Entry %1 names user %2 as its actor but is signed with the key of %3.")
            .arg(e.seq)
            .arg(e.actorId)
            .arg(signer.name);
    if (!signer.isActive() && *signer.revokedAt < e.seq)
        return tr("Entry %1 is signed with key %2 of %3, which was revoked in entry %4.")
            .arg(e.seq)
            .arg(e.keyId, signer.name)
            .arg(*signer.revokedAt);
    const bool userAction = e.action == domain::actions::kUserAdd || e.action == domain::actions::kUserRole ||
                            e.action == domain::actions::kUserRevoke;
    if (e.action == domain::actions::kKeysRekey &&
        !signer.keys.contains(e.detailsObject().value(QStringLiteral("compartment")).toString()))
        return tr("Entry %1 (%2) was signed by %3, who does not hold that key at that point.")
            .arg(e.seq)
            .arg(e.action, signer.name);
    if (userAction && signer.role != domain::key(domain::Role::Administrator))
        return tr("Entry %1 (%2) was signed by %3, who is not an administrator at that point.")
            .arg(e.seq)
            .arg(e.action, signer.name);
    return {};
}

void StateReplay::registerUser(const QJsonObject& d)
{
    LoggedUser u;
    u.id = d.value(QStringLiteral("user_id")).toInteger();
    u.name = d.value(QStringLiteral("user")).toString();
    u.displayName = d.value(QStringLiteral("display_name")).toString();
    u.role = d.value(QStringLiteral("role")).toString();
    u.keyId = d.value(QStringLiteral("key_id")).toString();
    u.publicKey = QByteArray::fromBase64(d.value(QStringLiteral("public_key")).toString().toLatin1());
    u.agreementKey = QByteArray::fromBase64(d.value(QStringLiteral("agreement_public_key")).toString().toLatin1());
    m_keyOwners.insert(u.keyId, u.id);
    m_state.users.insert(u.id, u);
}

void StateReplay::applyKeys(qint64 userId, const QJsonObject& keys)
{
    auto user = m_state.users.find(userId);
    if (user == m_state.users.end())
        return;
    for (const QJsonValue& v : keys.value(QStringLiteral("granted")).toArray())
        user->keys.insert(v.toString());
    for (const QJsonValue& v : keys.value(QStringLiteral("withdrawn")).toArray())
        user->keys.remove(v.toString());
}

void StateReplay::apply(const domain::AuditEntry& e)
{
    if (!actions().contains(e.action))
        return;
    ++m_state.entries;
    const QJsonObject d = e.detailsObject();
    const auto settings = [this](const QJsonValue& digests) {
        // A log that starts with every setting's digest accounts for every setting.
        m_state.settingsComplete = digests.isObject();
        const QJsonObject o = digests.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            m_state.settings.insert(it.key(), it.value().toString());
    };
    if (e.action == domain::actions::kWorkspaceCreate) {
        registerUser(d.value(QStringLiteral("administrator")).toObject());
        // The first administrator holds every key from the start.
        const qint64 id = d.value(QStringLiteral("administrator")).toObject().value(QStringLiteral("user_id")).toInteger();
        for (const domain::Compartment c : domain::all<domain::Compartment>())
            m_state.users[id].keys.insert(domain::key(c));
        settings(d.value(QStringLiteral("settings")));
    } else if (e.action == domain::actions::kLogGenesis) {
        for (const QJsonValue& v : d.value(QStringLiteral("users")).toArray()) {
            registerUser(v.toObject());
            LoggedUser& u = m_state.users[v.toObject().value(QStringLiteral("user_id")).toInteger()];
            if (const auto role = domain::fromKey<domain::Role>(u.role)) {
                for (const domain::Compartment c : domain::compartmentsOf(*role))
                    u.keys.insert(domain::key(c));
            }
        }
        settings(d.value(QStringLiteral("settings")));
    } else if (e.action == domain::actions::kUserAdd) {
        registerUser(d);
        applyKeys(d.value(QStringLiteral("user_id")).toInteger(), d.value(QStringLiteral("keys")).toObject());
    } else if (e.action == domain::actions::kUserRole) {
        const qint64 id = d.value(QStringLiteral("user_id")).toInteger();
        if (m_state.users.contains(id))
            m_state.users[id].role = d.value(QStringLiteral("role")).toString();
        applyKeys(id, d.value(QStringLiteral("keys")).toObject());
    } else if (e.action == domain::actions::kUserRevoke) {
        const qint64 id = d.value(QStringLiteral("user_id")).toInteger();
        if (m_state.users.contains(id)) {
            m_state.users[id].revokedAt = e.seq;
            m_state.users[id].keys.clear();
        }
    } else if (e.action == domain::actions::kKeysGrant) {
        applyKeys(d.value(QStringLiteral("user_id")).toInteger(), d);
    } else if (e.action == domain::actions::kKeysRekey) {
        // The new key went to the holders listed, and to no one else.
        const QString compartment = d.value(QStringLiteral("compartment")).toString();
        QSet<qint64> holders;
        for (const QJsonValue& v : d.value(QStringLiteral("holders")).toArray())
            holders.insert(v.toObject().value(QStringLiteral("user_id")).toInteger());
        for (LoggedUser& u : m_state.users) {
            if (holders.contains(u.id))
                u.keys.insert(compartment);
            else
                u.keys.remove(compartment);
        }
    } else if (e.action == domain::actions::kSettingsChange) {
        // Entries sign the stored value's digest; earlier ones only the value itself.
        const QJsonValue digest = d.value(QStringLiteral("value_sha256"));
        const QJsonValue value = d.value(QStringLiteral("value"));
        if (digest.isString())
            m_state.settings.insert(e.objectId, digest.toString());
        else if (value.isString())
            m_state.settings.insert(e.objectId, settingDigest(value.toString()));
        else if (value.isDouble())
            m_state.settings.insert(e.objectId, settingDigest(QString::number(value.toInteger())));
        else {
            m_state.settings.remove(e.objectId); // not provable from this entry
            m_state.settingsComplete = false;
        }
    }
}

Result<LogState> replayState(storage::Database& db)
{
    StateReplay replay;
    Status problem = Status::success();
    const Status read = storage::AuditRepository(db).forEachEntryWithAction(
        StateReplay::actions(), [&](const domain::AuditEntry& e) {
            QString refused;
            if (e.computeHash() != e.entryHash)
                refused = StateReplay::tr("Entry %1: its hash does not match its content, so a field was altered.")
                              .arg(e.seq);
            else
                refused = replay.refusal(e);
            if (refused.isEmpty()) {
                // Entry 0 is signed by the key it registers; the others by a key registered before.
                StateReplay probe = replay;
                if (e.seq == 0)
                    probe.apply(e);
                const LogState& keys = e.seq == 0 ? probe.state() : replay.state();
                QByteArray publicKey;
                for (const LoggedUser& u : keys.users) {
                    if (u.keyId == e.keyId)
                        publicKey = u.publicKey;
                }
                if (publicKey.size() != 32 || crypto::keyId(publicKey) != e.keyId ||
                    !crypto::ed25519Verify(publicKey, e.entryHash, e.signature))
                    refused = StateReplay::tr("Entry %1: its signature is not a valid signature over the entry.")
                                  .arg(e.seq);
            }
            if (!refused.isEmpty()) {
                problem = Status(ErrorCode::Corrupted, refused);
                return false;
            }
            replay.apply(e);
            return true;
        });
    if (!read.ok())
        return read;
    if (!problem.ok())
        return problem;
    return replay.state();
}

Result<QStringList> stateDifferences(storage::Database& db, const LogState& state)
{
    auto users = storage::UserRepository(db).all();
    if (!users)
        return users.status();
    auto settings = storage::SettingsRepository(db).all();
    if (!settings)
        return settings.status();
    QStringList out;
    QSet<qint64> seen;
    for (const domain::UserRecord& u : *users) {
        seen.insert(u.id);
        const auto logged = state.users.constFind(u.id);
        if (logged == state.users.cend()) {
            out << StateReplay::tr("User %1 (id %2) is in the database, but no signed entry registers them.")
                       .arg(u.name)
                       .arg(u.id);
            continue;
        }
        if (logged->name != u.name)
            out << StateReplay::tr("User %1 is named %2 in the database, %1 in the signed log.").arg(logged->name, u.name);
        if (logged->role != domain::key(u.role))
            out << StateReplay::tr("User %1 has role %2 in the database, %3 in the signed log.")
                       .arg(u.name, domain::displayName(u.role), roleName(logged->role));
        if (logged->publicKey != u.signingPublicKey)
            out << StateReplay::tr("The signing key of user %1 in the database is not the one the signed log registers.")
                       .arg(u.name);
        if (!logged->agreementKey.isEmpty() && logged->agreementKey != u.agreementPublicKey)
            out << StateReplay::tr("The key-agreement key of user %1 in the database is not the one the signed log "
                                   "registers.")
                       .arg(u.name);
        if (logged->isActive() != u.isActive())
            out << (u.isActive() ? StateReplay::tr("User %1 is active in the database, revoked in the signed log (entry %2).")
                                       .arg(u.name)
                                       .arg(*logged->revokedAt)
                                 : StateReplay::tr("User %1 is revoked in the database, active in the signed log.")
                                       .arg(u.name));
    }
    for (const LoggedUser& u : state.users) {
        if (!seen.contains(u.id))
            out << StateReplay::tr("User %1, registered in the signed log, is missing from the database.").arg(u.name);
    }
    for (auto it = state.settings.cbegin(); it != state.settings.cend(); ++it) {
        const auto stored = settings->constFind(it.key());
        if (stored == settings->cend())
            out << StateReplay::tr("The setting %1 is missing from the database, though the signed log sets it.")
                       .arg(it.key());
        else if (settingDigest(*stored) != *it)
            out << StateReplay::tr("The setting %1 in the database is not the value the signed log sets.").arg(it.key());
    }
    if (state.settingsComplete) {
        for (auto it = settings->cbegin(); it != settings->cend(); ++it) {
            if (!state.settings.contains(it.key()))
                out << StateReplay::tr("The setting %1 is in the database, but no signed entry sets it.").arg(it.key());
        }
    }
    return out;
}

} // namespace custos::audit
