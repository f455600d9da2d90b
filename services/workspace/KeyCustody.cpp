#include "workspace/KeyCustody.h"

#include "crypto/Crypto.h"
#include "domain/AuditActions.h"
#include "storage/AuditRepository.h"
#include "storage/UserRepository.h"

#include <QFile>
#include <QJsonArray>

#include <QHash>

namespace custos::workspace {
namespace {

QJsonArray keys(const QList<domain::Compartment>& compartments)
{
    QJsonArray out;
    for (const domain::Compartment c : compartments)
        out.append(domain::key(c));
    return out;
}

} // namespace

QJsonObject KeyCustody::Changes::toJson() const
{
    QJsonObject o{{QStringLiteral("granted"), keys(granted)}, {QStringLiteral("withdrawn"), keys(withdrawn)}};
    if (!pending.isEmpty())
        o.insert(QStringLiteral("pending"), keys(pending));
    return o;
}

Status KeyCustody::commitWithKeyring(Session& session, const std::function<Status(audit::AuditedTransaction&)>& change,
                                     Keyring next)
{
    const QString keyringPath = session.paths().keyring();
    audit::AuditedTransaction tx(session.database(), session.signer());
    Status status = tx.status();
    if (status.ok())
        status = change(tx);
    if (status.ok())
        status = next.save(keyringPath, session.logKey());
    if (!status.ok())
        return status; // the transaction rolls back; the keyring on disk is the old one
    status = tx.commit();
    if (!status.ok()) {
        // Put the previous keyring back so that files and database agree again.
        (void)session.keyring().save(keyringPath, session.logKey());
        return status;
    }
    session.keyring() = std::move(next);
    return Status::success();
}

Result<KeyCustody::Changes> KeyCustody::applyRole(const Session& session, Keyring& next, const domain::UserRecord& user,
                                                  domain::Role role)
{
    const KeySlot* slot = next.slotFor(user.name);
    if (!slot)
        return Keyring::noSlotFor(user.name);
    // The key is sealed to the public key the signed log registered, never to one found
    // only in the keyring file.
    if (user.agreementPublicKey.isEmpty() || slot->agreementPublicKey != user.agreementPublicKey)
        return Status(ErrorCode::Corrupted, tr("The key slot of %1 does not carry the public key registered for them. "
                                               "Restore the keyring from a backup.")
                                                .arg(user.name));
    Changes changes;
    for (const domain::Compartment c : domain::all<domain::Compartment>()) {
        const bool has = next.hasGrant(user.name, c);
        if (domain::holdsKey(role, c)) {
            if (has)
                continue;
            if (!session.holds(c)) {
                changes.pending << c;
                continue;
            }
            const int generation = std::max(1, next.generation(c));
            if (Status s = next.grant(user.name, c, generation, session.key(c)); !s.ok())
                return s;
            changes.granted << c;
        } else if (next.withdraw(user.name, c)) {
            changes.withdrawn << c;
        }
    }
    return changes;
}

Status KeyCustody::grantPending(Session& session)
{
    auto users = storage::UserRepository(session.database()).all();
    if (!users)
        return users.status();
    for (const domain::UserRecord& user : *users) {
        if (!user.isActive() || !session.keyring().slotFor(user.name))
            continue;
        bool lacks = false;
        for (const domain::Compartment c : domain::compartmentsOf(user.role))
            lacks |= session.holds(c) && !session.keyring().hasGrant(user.name, c);
        if (!lacks)
            continue;
        Keyring next = session.keyring();
        auto changes = applyRole(session, next, user, user.role);
        if (!changes)
            return changes.status();
        if (changes->granted.isEmpty())
            continue;
        Status s = commitWithKeyring(
            session,
            [&](audit::AuditedTransaction& tx) {
                QJsonObject details = changes->toJson();
                details.insert(QStringLiteral("user_id"), user.id);
                details.insert(QStringLiteral("user"), user.name);
                details.insert(QStringLiteral("role"), domain::key(user.role));
                return tx.record(domain::actions::kKeysGrant, domain::objects::kUser, QString::number(user.id), details);
            },
            std::move(next));
        if (!s.ok())
            return s;
    }
    return Status::success();
}

QStringList KeyCustody::unsignedGrants(const Keyring& keyring, const audit::LogState& state)
{
    QHash<QString, const audit::LoggedUser*> bySlot;
    for (const audit::LoggedUser& u : state.users)
        bySlot.insert(Keyring::slotId(keyring.workspaceId, u.name), &u);
    QStringList out;
    for (const KeySlot& slot : keyring.slots) {
        const audit::LoggedUser* u = bySlot.value(slot.slotId);
        if (!u || !u->isActive() || u->publicKey != slot.signingPublicKey)
            out << (u ? tr("The keyring holds a key slot for %1 that the signed log does not give them.").arg(u->name)
                      : tr("The keyring holds a key slot of someone the signed log does not register."));
    }
    for (const KeyGrant& grant : keyring.grants) {
        const audit::LoggedUser* u = bySlot.value(grant.slotId);
        if (u && !u->keys.contains(domain::key(grant.compartment)))
            out << tr("The keyring grants the %1 key to %2, but no signed entry handed it to them.")
                       .arg(domain::displayName(grant.compartment), u->name);
    }
    return out;
}

QString KeyCustody::rekeyCopyPath(const Session& session, domain::Compartment compartment)
{
    return session.paths().database(compartment) + QStringLiteral(".rekey");
}

Result<KeyCustody::Rekeyed> KeyCustody::rekey(Session& session, domain::Compartment compartment, RekeyStop stop)
{
    if (compartment == domain::Compartment::Log)
        return Status(ErrorCode::InvalidArgument,
                      tr("The log compartment is not rekeyed: every user holds its key, and it holds no message "
                         "content."));
    if (!session.holds(compartment))
        return Status(ErrorCode::PermissionDenied, tr("Rekeying the %1 compartment needs its key, which your key slot "
                                                      "does not hold.")
                                                       .arg(domain::displayName(compartment)));
    auto users = storage::UserRepository(session.database()).all();
    if (!users)
        return users.status();

    const crypto::SecretBytes newKey = crypto::randomSecret(crypto::kKeySize);
    const QString path = session.paths().database(compartment);
    const QString copy = rekeyCopyPath(session, compartment);
    if (Status s = storage::writeRekeyedCopy(session.database(), compartment, copy, newKey); !s.ok())
        return s;
    if (stop == RekeyStop::AfterCopy)
        return Status(ErrorCode::Internal, QStringLiteral("stopped after the copy (test)"));

    Rekeyed out;
    out.compartment = compartment;
    out.generation = session.keyring().generation(compartment) + 1;
    Keyring next = session.keyring();
    next.grants.removeIf([&](const KeyGrant& g) { return g.compartment == compartment; });
    QJsonArray holders;
    for (const domain::UserRecord& user : *users) {
        if (!user.isActive() || !domain::holdsKey(user.role, compartment) || !next.slotFor(user.name))
            continue;
        if (user.agreementPublicKey.isEmpty() || next.slotFor(user.name)->agreementPublicKey != user.agreementPublicKey)
            continue; // never sealed to a key the database does not register (unsignedGrants reports the slot)
        if (Status s = next.grant(user.name, compartment, out.generation, newKey); !s.ok()) {
            QFile::remove(copy);
            return s;
        }
        out.holders << user.name;
        holders.append(QJsonObject{{QStringLiteral("user_id"), user.id}, {QStringLiteral("user"), user.name}});
    }
    const QString keyringPath = session.paths().keyring();
    audit::AuditedTransaction tx(session.database(), session.signer());
    Status status = tx.status();
    if (status.ok())
        status = tx.record(domain::actions::kKeysRekey, domain::objects::kCompartment, domain::key(compartment),
                           QJsonObject{{QStringLiteral("compartment"), domain::key(compartment)},
                                       {QStringLiteral("generation"), out.generation},
                                       {QStringLiteral("holders"), holders}});
    if (status.ok())
        status = next.save(keyringPath, session.logKey());
    if (status.ok() && stop == RekeyStop::AfterKeyring)
        return Status(ErrorCode::Internal, QStringLiteral("stopped after the keyring (test)"));
    if (status.ok())
        status = tx.commit();
    if (!status.ok()) {
        // Nothing took effect: the old keyring back, the copy gone.
        (void)session.keyring().save(keyringPath, session.logKey());
        QFile::remove(copy);
        return status;
    }
    session.keyring() = std::move(next);
    if (stop == RekeyStop::AfterCommit)
        return Status(ErrorCode::Internal, QStringLiteral("stopped after the commit (test)"));
    // From here the new key is granted and signed: the copy goes in place now, or, if
    // that fails, when the workspace is next opened.
    if (Status s = storage::replaceWithRekeyedCopy(session.database(), compartment, path, copy, newKey); !s.ok())
        return s;
    session.m_keys[compartment] = newKey.clone();
    return out;
}

Result<QStringList> KeyCustody::formerHolders(Session& session, domain::Compartment compartment)
{
    if (compartment == domain::Compartment::Log)
        return QStringList();
    auto state = audit::replayState(session.database());
    if (!state)
        return state.status();
    // Everyone the log ever handed the key to since its last rekey, less those who hold it now.
    QSet<qint64> heldSinceRekey;
    const QString key = domain::key(compartment);
    Status s = storage::AuditRepository(session.database())
                   .forEachEntryWithAction(audit::StateReplay::actions(), [&](const domain::AuditEntry& e) {
                       const QJsonObject d = e.detailsObject();
                       if (e.action == domain::actions::kKeysRekey && d.value(QStringLiteral("compartment")).toString() == key) {
                           heldSinceRekey.clear();
                           for (const QJsonValue& v : d.value(QStringLiteral("holders")).toArray())
                               heldSinceRekey.insert(v.toObject().value(QStringLiteral("user_id")).toInteger());
                           return true;
                       }
                       if (e.action == domain::actions::kWorkspaceCreate) {
                           heldSinceRekey.insert(d.value(QStringLiteral("administrator")).toObject().value(QStringLiteral("user_id")).toInteger());
                           return true;
                       }
                       if (e.action == domain::actions::kLogGenesis) {
                           for (const QJsonValue& v : d.value(QStringLiteral("users")).toArray()) {
                               const auto role = domain::fromKey<domain::Role>(v.toObject().value(QStringLiteral("role")).toString());
                               if (role && domain::holdsKey(*role, compartment))
                                   heldSinceRekey.insert(v.toObject().value(QStringLiteral("user_id")).toInteger());
                           }
                           return true;
                       }
                       const QJsonObject keys = e.action == domain::actions::kKeysGrant ? d : d.value(QStringLiteral("keys")).toObject();
                       for (const QJsonValue& v : keys.value(QStringLiteral("granted")).toArray()) {
                           if (v.toString() == key)
                               heldSinceRekey.insert(d.value(QStringLiteral("user_id")).toInteger());
                       }
                       return true;
                   });
    if (!s.ok())
        return s;
    QStringList out;
    for (const audit::LoggedUser& u : state->users) {
        if (heldSinceRekey.contains(u.id) && !u.keys.contains(key))
            out << u.name;
    }
    out.sort();
    return out;
}

Result<bool> KeyCustody::settleRekey(const WorkspacePaths& paths, const storage::CompartmentKeys& keys)
{
    bool completed = false;
    for (const auto& [compartment, key] : keys) {
        if (compartment == domain::Compartment::Log)
            continue;
        auto leftover = storage::settleRekeyCopy(paths.database(compartment), paths.database(compartment) + QStringLiteral(".rekey"), key);
        if (!leftover)
            return leftover.status();
        completed |= *leftover == storage::RekeyLeftover::Completed;
    }
    return completed;
}

bool KeyCustody::hasRekeyLeftover(const WorkspacePaths& paths)
{
    for (const domain::Compartment c : domain::all<domain::Compartment>()) {
        if (QFile::exists(paths.database(c) + QStringLiteral(".rekey")))
            return true;
    }
    return false;
}

QList<domain::Compartment> KeyCustody::missing(const Session& session)
{
    QList<domain::Compartment> out;
    for (const domain::Compartment c : domain::compartmentsOf(session.user().role)) {
        if (!session.holds(c))
            out << c;
    }
    return out;
}

} // namespace custos::workspace
