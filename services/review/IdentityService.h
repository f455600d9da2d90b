// Who wrote a post, as a reviewer may see it: a stable pseudonym ("Person 4F2A9C") until
// the reviewer reveals the real identity with a reason, which is audited and holds for
// the rest of the session only.
#pragma once

#include "core/Status.h"
#include "review/Pseudonyms.h"

#include <QCoreApplication>

namespace custos::workspace {
class Session;
}

namespace custos::review {

class IdentityService final
{
    Q_DECLARE_TR_FUNCTIONS(IdentityService)
public:
    explicit IdentityService(workspace::Session& session);

    // A pseudonym, or the real name once this session revealed it; "Unknown author" for 0.
    // Callers have checked that the user may review.
    QString authorName(qint64 personId) const;
    // The real name (and e-mail) behind a pseudonym, for this session only; audited with the reason.
    Result<QString> reveal(qint64 personId, const QString& reason);

private:
    workspace::Session& m_session;
    Pseudonyms m_pseudonyms;
};

} // namespace custos::review
