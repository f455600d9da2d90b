#include "review/IdentityService.h"

#include "domain/AuditActions.h"
#include "domain/Permissions.h"
#include "review/ReviewSupport.h"
#include "storage/PostRepository.h"
#include "workspace/Session.h"

namespace custos::review {

IdentityService::IdentityService(workspace::Session& session) : m_session(session), m_pseudonyms(session) {}

QString IdentityService::authorName(qint64 personId) const
{
    if (!personId)
        return tr("Unknown author");
    if (m_session.isRevealed(personId)) {
        auto person = storage::PostRepository(m_session.database()).person(personId);
        if (person && *person)
            return (*person)->displayName;
    }
    return m_pseudonyms.of(personId);
}

Result<QString> IdentityService::reveal(qint64 personId, const QString& reason)
{
    if (Status s = m_session.require(domain::Operation::RevealIdentity); !s.ok())
        return s;
    if (reason.trimmed().isEmpty())
        return Status(ErrorCode::InvalidArgument,
                      tr("Say why you reveal this person's identity; the reason is recorded."));
    auto person = storage::PostRepository(m_session.database()).person(personId);
    if (!person)
        return person.status();
    if (!*person)
        return Status(ErrorCode::NotFound, tr("There is no person %1.").arg(personId));
    const QString pseudonym = m_pseudonyms.of(personId);
    Status s = support::audited(m_session, domain::actions::kPersonReveal, domain::objects::kPerson,
                                QString::number(personId),
                                {{QStringLiteral("person"), personId},
                                 {QStringLiteral("pseudonym"), pseudonym},
                                 {QStringLiteral("reason"), reason.trimmed()}},
                                [](audit::AuditedTransaction&) { return Status::success(); });
    if (!s.ok())
        return s;
    m_session.markRevealed(personId);
    const storage::PersonRecord& p = **person;
    return p.email.isEmpty() ? p.displayName : tr("%1 <%2>").arg(p.displayName, p.email);
}

} // namespace custos::review
