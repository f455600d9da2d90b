// Stable pseudonyms for the authors of posts ("Person 4F2A9C"): an HMAC of the person's
// record id under a key derived from the workspace master key, so they are the same in
// every session of the workspace, differ between workspaces, and cannot be derived
// from a name without the workspace key.
#pragma once

#include "crypto/SecretBytes.h"

#include <QCoreApplication>
#include <QString>

namespace custos::workspace {
class Session;
}

namespace custos::review {

class Pseudonyms final
{
    Q_DECLARE_TR_FUNCTIONS(Pseudonyms)
public:
    explicit Pseudonyms(const workspace::Session& session);
    QString of(qint64 personId) const;

private:
    crypto::SecretBytes m_key;
};

} // namespace custos::review
