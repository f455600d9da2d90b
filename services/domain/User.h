// A user of the workspace: who may sign in, in which role, with which signing key and
// which key-agreement key.
#pragma once

#include "domain/Role.h"

#include <QByteArray>
#include <QDateTime>

namespace custos::domain {

struct UserRecord
{
    qint64 id = 0;
    QString name;
    QString displayName;
    Role role = Role::Auditor;
    QByteArray signingPublicKey;
    QByteArray agreementPublicKey; // X25519: the compartments' keys are sealed to it
    QDateTime createdAt;
    qint64 createdBy = 0;
    QDateTime revokedAt; // invalid while the user is active
    bool isActive() const { return !revokedAt.isValid(); }
};

} // namespace custos::domain
