#include "cases/CaseSupport.h"

#include "cases/CaseService.h"
#include "crypto/Crypto.h"
#include "domain/AuditActions.h"
#include "review/ReviewSupport.h"
#include "storage/CaseHistoryRepository.h"
#include "domain/Permissions.h"
#include "storage/UserRepository.h"
#include "workspace/Session.h"

#include <QDate>
#include <QDateTime>

namespace custos::cases::support {

using namespace custos::domain;

QString now()
{
    return review::support::now();
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

QString hashOf(const QString& text)
{
    return QString::fromLatin1(crypto::sha256(text.toUtf8()).toHex());
}

std::optional<QString> normalisedDate(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QString();
    if (const QDate d = QDate::fromString(t, Qt::ISODate); d.isValid())
        return d.toString(Qt::ISODate);
    if (const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs); dt.isValid())
        return dt.toUTC().toString(Qt::ISODateWithMs);
    return std::nullopt;
}

Entry caseEntry(qint64 caseId, QJsonObject more)
{
    more.insert(QStringLiteral("case"), caseId);
    return {objects::kCase, QString::number(caseId), more};
}

Status inTransaction(workspace::Session& session, const QString& action, Entry entry, const Change& change)
{
    audit::AuditedTransaction tx(session.database(), session.signer());
    Status s = tx.status();
    qint64 seq = 0;
    if (s.ok()) {
        auto next = tx.nextSeq();
        if (next)
            seq = static_cast<qint64>(*next);
        else
            s = next.status();
    }
    storage::CaseRepository repo(tx.db());
    if (s.ok())
        s = change(tx, repo, seq, entry);
    if (s.ok())
        s = tx.record(action, entry.objectType, entry.objectId, entry.details);
    if (s.ok())
        s = tx.commit();
    return s;
}

Result<qint64> create(workspace::Session& session, const QString& action, Entry entry, const QString& idKey,
                      const Creation& change)
{
    qint64 id = 0;
    Status s = inTransaction(session, action, std::move(entry),
                             [&](audit::AuditedTransaction& tx, storage::CaseRepository& repo, qint64 seq, Entry& e) -> Status {
                                 auto created = change(tx, repo, seq);
                                 if (!created)
                                     return created.status();
                                 id = *created;
                                 e.details.insert(idKey, id);
                                 if (e.objectId.isEmpty())
                                     e.objectId = QString::number(id);
                                 return Status::success();
                             });
    if (!s.ok())
        return s;
    return id;
}

Status recordRead(workspace::Session& session, const QString& action, Entry entry)
{
    if (session.isReadOnly())
        return Status(ErrorCode::PermissionDenied,
                      CaseService::tr("Reading a case is recorded in the audit log, which this read-only session cannot "
                                      "write. Open the workspace for work to read it."));
    return inTransaction(session, action, std::move(entry),
                         [](audit::AuditedTransaction&, storage::CaseRepository&, qint64, Entry&) { return Status::success(); });
}

TimelineItem item(TimelineKind kind, const QString& at, qint64 actor, qint64 seq, const QString& subject, const QString& body)
{
    TimelineItem i;
    i.kind = kind;
    i.at = at;
    i.recordedAt = now();
    i.actorId = actor;
    i.title = subject;
    i.body = body;
    i.entrySeq = seq;
    return i;
}

QString statusSubject(CaseStatus from, CaseStatus to)
{
    return key(from) + u'>' + key(to);
}

QString decisionSubject(const QString& what, const QString& key)
{
    return what + u':' + key;
}

Status caseNotFound(const QString& what)
{
    return {ErrorCode::NotFound, CaseService::tr("There is no case %1.").arg(what)};
}

Status partyOfCase(workspace::Session& session, qint64 caseId, qint64 partyId)
{
    auto owner = storage::CaseRepository(session.database()).caseOfParty(partyId);
    if (!owner)
        return owner.status();
    if (*owner != caseId)
        return {ErrorCode::InvalidArgument, CaseService::tr("Party %1 is not a party to this case.").arg(partyId)};
    return Status::success();
}

Result<storage::CaseViewer> viewerOf(workspace::Session& session)
{
    storage::CaseViewer v;
    const UserRecord& u = session.user();
    if (u.role == Role::HrInvestigator)
        v.assignedTo = u.id;
    auto people = storage::CaseHistoryRepository(session.database()).peopleMatching(u.name, u.displayName);
    if (!people)
        return people.status();
    v.people = *people;
    v.names << u.name;
    if (!u.displayName.isEmpty() && u.displayName.compare(u.name, Qt::CaseInsensitive) != 0)
        v.names << u.displayName;
    return v;
}

Result<qint64> addPartyInTx(audit::AuditedTransaction& tx, storage::CaseRepository& repo, qint64 caseId, const PartyInput& in,
                            qint64 actor, qint64 seq)
{
    CaseParty p;
    p.role = in.role;
    p.personId = in.anonymous ? 0 : in.personId;
    p.name = in.anonymous || in.personId > 0 ? QString() : in.name.trimmed();
    p.anonymous = in.anonymous;
    p.note = in.note.trimmed();
    p.entrySeq = seq;
    auto id = repo.addParty(tx.write(), caseId, p);
    if (!id)
        return id.status();
    TimelineItem i = item(TimelineKind::Party, now(), actor, seq, key(in.role), p.note);
    i.partyId = *id;
    if (auto r = repo.addTimeline(tx.write(), caseId, i); !r)
        return r.status();
    return *id;
}

Result<qint64> addAllegationInTx(audit::AuditedTransaction& tx, storage::CaseRepository& repo, qint64 caseId, const CaseAllegation& in,
                                 qint64 actor, qint64 seq)
{
    CaseAllegation a = in;
    a.clause = in.clause.trimmed();
    a.description = in.description.trimmed();
    a.entrySeq = seq;
    auto id = repo.addAllegation(tx.write(), caseId, a);
    if (!id)
        return id.status();
    TimelineItem i = item(TimelineKind::Allegation, now(), actor, seq, key(a.type), a.description);
    i.allegationId = *id;
    i.partyId = a.respondentPartyId;
    if (auto r = repo.addTimeline(tx.write(), caseId, i); !r)
        return r.status();
    return *id;
}

Status checkFields(const CaseFields& f, CaseFields& out)
{
    out = f;
    out.title = f.title.trimmed();
    out.summary = f.summary.trimmed();
    if (out.title.isEmpty())
        return {ErrorCode::InvalidArgument, CaseService::tr("A case needs a title.")};
    const struct
    {
        const QString& in;
        QString& out;
        QString message;
    } dates[] = {
        {f.incidentAt, out.incidentAt, CaseService::tr("The incident date \"%1\" is not a date; write it as YYYY-MM-DD.")},
        {f.reportedAt, out.reportedAt, CaseService::tr("The report date \"%1\" is not a date; write it as YYYY-MM-DD.")},
        {f.dueAt, out.dueAt, CaseService::tr("The due date \"%1\" is not a date; write it as YYYY-MM-DD.")},
    };
    for (const auto& d : dates) {
        auto normalised = normalisedDate(d.in);
        if (!normalised)
            return {ErrorCode::InvalidArgument, d.message.arg(d.in.trimmed())};
        d.out = *normalised;
    }
    return Status::success();
}

Status checkParty(const PartyInput& p)
{
    if (p.anonymous && (p.personId > 0 || !p.name.trimmed().isEmpty()))
        return {ErrorCode::InvalidArgument, CaseService::tr("An anonymous reporter has no name and no person record.")};
    if (p.anonymous && p.role != PartyRole::Complainant)
        return {ErrorCode::InvalidArgument, CaseService::tr("Only a complainant can be anonymous.")};
    if (!p.anonymous && p.personId <= 0 && p.name.trimmed().isEmpty())
        return {ErrorCode::InvalidArgument,
                CaseService::tr("A party needs a person from the imports, a name, or to be an anonymous reporter.")};
    return Status::success();
}

// Whether the user may be assigned to investigate case `caseId` (0: a case being opened).
Result<UserRecord> assignable(workspace::Session& session, qint64 userId, qint64 caseId)
{
    auto user = storage::UserRepository(session.database()).byId(userId);
    if (!user)
        return user.status();
    if (!user->isActive() || !allows(user->role, Operation::ViewCases))
        return Status(ErrorCode::InvalidArgument,
                      CaseService::tr("%1 cannot be assigned to a case: their role does not work cases.").arg(user->name));
    if (caseId > 0) {
        storage::CaseHistoryRepository history(session.database());
        auto people = history.peopleMatching(user->name, user->displayName);
        if (!people)
            return people.status();
        auto party = history.hasParty(caseId, *people, {user->name, user->displayName});
        if (!party)
            return party.status();
        if (*party)
            return Status(ErrorCode::PermissionDenied,
                          CaseService::tr("%1 is a party to this case and cannot investigate it.").arg(user->name));
    }
    return *user;
}

QJsonObject partyDetails(const PartyInput& p, qint64 id)
{
    QJsonObject d{{QStringLiteral("party"), id}, {QStringLiteral("role"), key(p.role)},
                  {QStringLiteral("anonymous"), p.anonymous}};
    if (!p.anonymous && p.personId > 0)
        d.insert(QStringLiteral("person"), p.personId);
    return d;
}

} // namespace custos::cases::support
