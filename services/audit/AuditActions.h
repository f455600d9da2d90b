// The actions the audit log records, and the shape of the details the verifier reads
// (key registrations, revocations and role changes decide whose signatures count).
#pragma once

#include "storage/UserRepository.h"

#include <QJsonObject>
#include <QString>

namespace custos::audit {

namespace actions {
inline const QString kWorkspaceCreate = QStringLiteral("workspace.create"); // entry 0; registers the first key
inline const QString kLogGenesis = QStringLiteral("audit.genesis");       // entry 0 of a log started on an older workspace
inline const QString kUserAdd = QStringLiteral("user.add");               // registers the new user's key
inline const QString kUserRole = QStringLiteral("user.role");
inline const QString kUserRevoke = QStringLiteral("user.revoke");         // revokes the user's key
inline const QString kUserPassphrase = QStringLiteral("user.passphrase");
inline const QString kSettingsChange = QStringLiteral("settings.change");
inline const QString kAuditExport = QStringLiteral("audit.export");
} // namespace actions

// {user_id, user, display_name, role, key_id, public_key (base64)}
QJsonObject userKeyDetails(const storage::UserRecord& user);

} // namespace custos::audit
