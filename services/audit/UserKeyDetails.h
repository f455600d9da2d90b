// The shape of the details the verifier reads in key registrations, revocations and
// role changes (which decide whose signatures count).
#pragma once

#include "domain/User.h"

#include <QJsonObject>

namespace custos::audit {

// {user_id, user, display_name, role, key_id, public_key (base64)}
QJsonObject userKeyDetails(const domain::UserRecord& user);

} // namespace custos::audit
