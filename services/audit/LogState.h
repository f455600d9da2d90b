// What the signed log says the workspace's state is: who exists, with which role, which
// signing and agreement keys and which compartment keys, and the value of every setting.
// Opening a workspace and `audit verify` compare the tables with it, so an edit made
// directly in the database (a role, a revocation undone, a setting) is named.
#pragma once

#include "core/Status.h"
#include "domain/AuditEntry.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>

namespace custos::audit {

struct LoggedUser
{
    qint64 id = 0;
    QString name;
    QString displayName;
    QString role; // domain::Role key
    QString keyId;
    QByteArray publicKey;
    QByteArray agreementKey; // empty when the registration predates agreement keys
    std::optional<quint64> revokedAt;
    QSet<QString> keys; // compartment keys the log handed to the user
    bool isActive() const { return !revokedAt.has_value(); }
};

struct LogState
{
    QMap<qint64, LoggedUser> users;
    QMap<QString, QString> settings; // key -> settingDigest(value)
    bool settingsComplete = false;   // every setting in the tables must be in `settings`
    quint64 entries = 0;             // state entries replayed
    const LoggedUser* userNamed(const QString& name) const;
};

// The digest a settings entry signs for a setting's stored value (hex SHA-256), and the
// digests of several, as the entries that start a log carry them.
QString settingDigest(const QString& value);
QJsonObject settingDigests(const QMap<QString, QString>& settings);

class StateReplay final
{
    Q_DECLARE_TR_FUNCTIONS(StateReplay)
public:
    // The actions that change users, roles, keys or settings.
    static const QStringList& actions();

    // Why `e`'s signer may not make it at this point in the log (an unknown or revoked
    // key, a user entry not signed by an administrator), or empty. The full verifier
    // checks this itself; replayState() relies on it.
    QString refusal(const domain::AuditEntry& e) const;
    // Applies an entry already checked (hash, chain or signature, and refusal()).
    void apply(const domain::AuditEntry& e);
    const LogState& state() const { return m_state; }

private:
    void registerUser(const QJsonObject& details);
    void applyKeys(qint64 userId, const QJsonObject& keys);

    LogState m_state;
    QMap<QString, qint64> m_keyOwners; // signing key id -> user id
};

// Reads only the state entries, checks each one's hash and signature against the keys the
// entries before registered, and replays them. Corrupted, naming the entry, when one
// fails; gaps and the chain are the full verification's part.
Result<LogState> replayState(storage::Database& db);

// The differences between the tables and the replayed state, one translated sentence
// each, e.g. "user mona has role compliance in the database, manager in the signed log".
Result<QStringList> stateDifferences(storage::Database& db, const LogState& state);

} // namespace custos::audit
