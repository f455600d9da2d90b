#include "workspace/KeyCustody.h"

#include "crypto/Crypto.h"
#include "domain/AuditActions.h"
#include "storage/UserRepository.h"

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
        return Status(ErrorCode::NotFound, tr("The keyring has no key slot for %1.").arg(user.name));
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
