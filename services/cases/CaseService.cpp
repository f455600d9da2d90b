#include "cases/CaseService.h"

#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "domain/AuditActions.h"
#include "domain/Permissions.h"
#include "review/IdentityService.h"
#include "review/ReviewSupport.h"
#include "storage/CaseRepository.h"
#include "storage/PostRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/UserRepository.h"
#include "workspace/Session.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace custos::cases {
namespace {

using namespace custos::domain;
using review::support::idArray;
using review::support::now;
using storage::CaseRepository;

QString hashOf(const QString& text)
{
    return QString::fromLatin1(crypto::sha256(text.toUtf8()).toHex());
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

// A date or a time as ISO 8601, or empty; nullopt when `text` is neither.
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

Status badDate(const QString& what, const QString& text)
{
    return {ErrorCode::InvalidArgument,
            CaseService::tr("The %1 \"%2\" is not a date; write it as YYYY-MM-DD.").arg(what, text.trimmed())};
}

// One audited transaction around a case change: `change` writes (knowing the seq of the
// entry that will sign it) and may add to the entry's details; then the entry is
// recorded and the transaction commits.
Status inTransaction(workspace::Session& session, const QString& action, const QString& objectId, QJsonObject details,
                     const std::function<Status(audit::AuditedTransaction&, CaseRepository&, qint64 seq, QJsonObject&)>& change,
                     const QString& objectType = objects::kCase)
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
    CaseRepository repo(tx.db());
    QString id = objectId;
    if (s.ok())
        s = change(tx, repo, seq, details);
    if (s.ok() && id.isEmpty())
        id = details.value(objectType == objects::kCase ? QStringLiteral("case") : QStringLiteral("template"))
                 .toVariant()
                 .toString();
    if (s.ok())
        s = tx.record(action, objectType, id, details);
    if (s.ok())
        s = tx.commit();
    return s;
}

TimelineItem item(TimelineKind kind, const QString& at, qint64 actor, qint64 seq, const QString& subject = {},
                  const QString& body = {})
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

Status caseNotFound(const QString& what)
{
    return {ErrorCode::NotFound, CaseService::tr("There is no case %1.").arg(what)};
}

} // namespace

QString CaseView::partyName(qint64 partyId) const
{
    for (const PartyView& p : parties) {
        if (p.party.id == partyId)
            return p.displayName;
    }
    return {};
}

QString CaseService::numberOf(int year, int yearSeq)
{
    return QStringLiteral("HR-%1-%2").arg(year).arg(yearSeq, 4, 10, QLatin1Char('0'));
}

namespace {

// The viewer's identity as parties are matched against it.
Result<storage::CaseViewer> viewerOf(workspace::Session& session)
{
    storage::CaseViewer v;
    const UserRecord& u = session.user();
    if (u.role == Role::HrInvestigator)
        v.assignedTo = u.id;
    auto people = CaseRepository(session.database()).peopleMatching(u.name, u.displayName);
    if (!people)
        return people.status();
    v.people = *people;
    v.names << u.name;
    if (!u.displayName.isEmpty() && u.displayName.compare(u.name, Qt::CaseInsensitive) != 0)
        v.names << u.displayName;
    return v;
}

} // namespace

Status CaseService::access(qint64 caseId, Operation op)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(op); !s.ok())
        return s;
    if (op != Operation::ViewCases) {
        if (Status s = session.require(Operation::ViewCases); !s.ok())
            return s;
    }
    CaseRepository repo(session.database());
    auto record = repo.caseRecord(caseId, today());
    if (!record)
        return record.status();
    if (!*record)
        return caseNotFound(QString::number(caseId));
    auto viewer = viewerOf(session);
    if (!viewer)
        return viewer.status();
    auto party = repo.hasParty(caseId, viewer->people, viewer->names);
    if (!party)
        return party.status();
    if (*party)
        return {ErrorCode::PermissionDenied,
                tr("You are a party to case %1, so you may not see or work on it, whatever your role. Another "
                   "investigator must handle it.")
                    .arg((*record)->row.number)};
    if (viewer->assignedTo > 0 && !(*record)->assigneeIds.contains(viewer->assignedTo))
        return {ErrorCode::PermissionDenied,
                tr("Case %1 is not assigned to you; a compliance officer can assign you to it.").arg((*record)->row.number)};
    return Status::success();
}

namespace {

struct FromPosts
{
    QList<qint64> posts;
    QList<qint64> authors;
    QList<Category> categories;
    QList<qint64> flags;
};

// The posts of the flags and the posts given, their authors and flag categories.
Result<FromPosts> collectPosts(workspace::Session& session, const QList<qint64>& flagIds, const QList<qint64>& postIds)
{
    FromPosts out;
    storage::ReviewRepository review(session.database());
    storage::PostRepository posts(session.database());
    QList<qint64> ids;
    if (!flagIds.isEmpty()) {
        auto flags = review.flags(flagIds);
        if (!flags)
            return flags.status();
        QSet<qint64> found;
        for (const FlagState& f : *flags) {
            found.insert(f.id);
            if (!ids.contains(f.postId))
                ids << f.postId;
        }
        for (const qint64 id : flagIds) {
            if (!found.contains(id))
                return Status(ErrorCode::NotFound, CaseService::tr("There is no flag %1.").arg(id));
        }
    }
    for (const qint64 id : postIds) {
        if (!ids.contains(id))
            ids << id;
    }
    for (const qint64 id : ids) {
        auto post = posts.post(id);
        if (!post)
            return post.status();
        if (!*post)
            return Status(ErrorCode::NotFound, CaseService::tr("There is no post %1.").arg(id));
        out.posts << id;
        if ((*post)->authorId > 0 && !out.authors.contains((*post)->authorId))
            out.authors << (*post)->authorId;
        auto flags = review.flagsOfPost(id);
        if (!flags)
            return flags.status();
        for (const FlagState& f : *flags) {
            if (!out.categories.contains(f.category))
                out.categories << f.category;
            out.flags << f.id;
        }
    }
    return out;
}

// Adds the posts to the case's timeline, their authors as respondents and their
// categories as allegations, where the case lacks them. Fills the entry's details.
Status addPostsInTx(audit::AuditedTransaction& tx, CaseRepository& repo, qint64 caseId, const FromPosts& from, qint64 actor,
                    qint64 seq, QJsonObject& details)
{
    auto parties = repo.parties(caseId);
    if (!parties)
        return parties.status();
    auto allegations = repo.allegations(caseId);
    if (!allegations)
        return allegations.status();
    storage::PostRepository postRepo(tx.db());
    QList<qint64> added;
    for (const qint64 postId : from.posts) {
        auto inserted = repo.addPost(tx.write(), caseId, postId);
        if (!inserted)
            return inserted.status();
        if (!*inserted)
            continue;
        added << postId;
        auto post = postRepo.post(postId);
        if (!post)
            return post.status();
        TimelineItem i = item(TimelineKind::Post, (*post)->postedAt, actor, seq);
        i.postId = postId;
        if (auto r = repo.addTimeline(tx.write(), caseId, i); !r)
            return r.status();
    }
    QList<qint64> respondents;
    for (const qint64 author : from.authors) {
        bool known = false;
        for (const CaseParty& p : *parties)
            known = known || (p.personId == author && p.role == PartyRole::Respondent);
        if (known)
            continue;
        CaseParty p;
        p.role = PartyRole::Respondent;
        p.personId = author;
        p.entrySeq = seq;
        auto id = repo.addParty(tx.write(), caseId, p);
        if (!id)
            return id.status();
        respondents << *id;
        TimelineItem i = item(TimelineKind::Party, now(), actor, seq, key(PartyRole::Respondent));
        i.partyId = *id;
        if (auto r = repo.addTimeline(tx.write(), caseId, i); !r)
            return r.status();
    }
    QJsonArray types;
    for (const Category c : from.categories) {
        const AllegationType type = allegationFor(c);
        bool known = false;
        for (const CaseAllegation& a : *allegations)
            known = known || a.type == type;
        if (known || types.contains(key(type)))
            continue;
        CaseAllegation a;
        a.type = type;
        a.entrySeq = seq;
        auto id = repo.addAllegation(tx.write(), caseId, a);
        if (!id)
            return id.status();
        types.append(key(type));
        TimelineItem i = item(TimelineKind::Allegation, now(), actor, seq, key(type));
        i.allegationId = *id;
        if (auto r = repo.addTimeline(tx.write(), caseId, i); !r)
            return r.status();
    }
    details.insert(QStringLiteral("posts"), idArray(added));
    details.insert(QStringLiteral("flags"), idArray(from.flags));
    details.insert(QStringLiteral("respondent_parties"), idArray(respondents));
    details.insert(QStringLiteral("allegations"), types);
    return Status::success();
}

Status checkFields(const CaseFields& f, CaseFields& out)
{
    out = f;
    out.title = f.title.trimmed();
    out.summary = f.summary.trimmed();
    if (out.title.isEmpty())
        return {ErrorCode::InvalidArgument, CaseService::tr("A case needs a title.")};
    const std::pair<const QString*, QString*> dates[] = {{&f.incidentAt, &out.incidentAt},
                                                         {&f.reportedAt, &out.reportedAt},
                                                         {&f.dueAt, &out.dueAt}};
    const QString names[] = {CaseService::tr("incident date"), CaseService::tr("report date"), CaseService::tr("due date")};
    for (int i = 0; i < 3; ++i) {
        auto d = normalisedDate(*dates[i].first);
        if (!d)
            return badDate(names[i], *dates[i].first);
        *dates[i].second = *d;
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

Result<qint64> addPartyInTx(audit::AuditedTransaction& tx, CaseRepository& repo, qint64 caseId, const PartyInput& in,
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

QJsonObject partyDetails(const PartyInput& p, qint64 id)
{
    QJsonObject d{{QStringLiteral("party"), id}, {QStringLiteral("role"), key(p.role)},
                  {QStringLiteral("anonymous"), p.anonymous}};
    if (!p.anonymous && p.personId > 0)
        d.insert(QStringLiteral("person"), p.personId);
    return d;
}

} // namespace

Result<qint64> CaseService::open(const NewCaseRequest& request)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(Operation::ManageCases); !s.ok())
        return s;
    CaseFields fields;
    if (Status s = checkFields(request.fields, fields); !s.ok())
        return s;
    for (const PartyInput& p : request.parties) {
        if (Status s = checkParty(p); !s.ok())
            return s;
    }
    for (const qint64 u : request.assignees) {
        auto user = storage::UserRepository(session.database()).byId(u);
        if (!user)
            return user.status();
        if (!user->isActive() || !allows(user->role, Operation::ViewCases))
            return Status(ErrorCode::InvalidArgument,
                          tr("%1 cannot be assigned to a case: their role does not work cases.").arg(user->name));
    }
    auto from = collectPosts(session, request.flagIds, request.postIds);
    if (!from)
        return from.status();
    // Someone who wrote one of the posts, or is named as a party, does not open the case.
    auto viewer = viewerOf(session);
    if (!viewer)
        return viewer.status();
    bool party = false;
    for (const qint64 a : from->authors)
        party = party || viewer->people.contains(a);
    for (const PartyInput& p : request.parties) {
        party = party || (p.personId > 0 && viewer->people.contains(p.personId));
        for (const QString& n : viewer->names)
            party = party || (p.personId <= 0 && !p.anonymous && p.name.trimmed().compare(n, Qt::CaseInsensitive) == 0);
    }
    if (party)
        return Status(ErrorCode::PermissionDenied,
                      tr("You would be a party to this case, so you may not open it. Another investigator must handle it."));
    const UserRecord& me = session.user();
    const QString at = now();
    const int year = QDate::currentDate().year();
    qint64 caseId = 0;
    QJsonObject details{{QStringLiteral("status"), key(CaseStatus::Triage)},
                        {QStringLiteral("priority"), key(fields.priority)},
                        {QStringLiteral("intake"), key(fields.intake)},
                        {QStringLiteral("title_sha256"), hashOf(fields.title)}};
    Status s = inTransaction(session, actions::kCaseOpen, {}, details,
                             [&](audit::AuditedTransaction& tx, CaseRepository& repo, qint64 seq, QJsonObject& d) -> Status {
        auto yearSeq = repo.nextYearSeq(year);
        if (!yearSeq)
            return yearSeq.status();
        const QString number = numberOf(year, *yearSeq);
        auto id = repo.addCase(tx.write(), fields, number, year, *yearSeq, me.id, at, seq);
        if (!id)
            return id.status();
        caseId = *id;
        d.insert(QStringLiteral("case"), caseId);
        d.insert(QStringLiteral("number"), number);
        TimelineItem opened = item(TimelineKind::Status, at, me.id, seq, key(CaseStatus::Triage));
        if (auto r = repo.addTimeline(tx.write(), caseId, opened); !r)
            return r.status();
        if (!fields.dueAt.isEmpty()) {
            if (auto r = repo.addTimeline(tx.write(), caseId, item(TimelineKind::Deadline, fields.dueAt, me.id, seq)); !r)
                return r.status();
        }
        QList<qint64> assignees = request.assignees;
        if (me.role == Role::HrInvestigator && !assignees.contains(me.id))
            assignees.prepend(me.id);
        for (const qint64 u : assignees) {
            if (Status st = repo.addAssignee(tx.write(), caseId, u); !st.ok())
                return st;
        }
        d.insert(QStringLiteral("assignees"), idArray(assignees));
        QJsonArray parties;
        for (const PartyInput& p : request.parties) {
            auto pid = addPartyInTx(tx, repo, caseId, p, me.id, seq);
            if (!pid)
                return pid.status();
            parties.append(partyDetails(p, *pid));
        }
        d.insert(QStringLiteral("parties"), parties);
        QJsonArray allegations;
        for (const CaseAllegation& a : request.allegations) {
            CaseAllegation row = a;
            row.clause = a.clause.trimmed();
            row.description = a.description.trimmed();
            row.entrySeq = seq;
            auto aid = repo.addAllegation(tx.write(), caseId, row);
            if (!aid)
                return aid.status();
            allegations.append(QJsonObject{{QStringLiteral("allegation"), *aid}, {QStringLiteral("type"), key(a.type)}});
            TimelineItem i = item(TimelineKind::Allegation, at, me.id, seq, key(a.type), row.description);
            i.allegationId = *aid;
            if (auto r = repo.addTimeline(tx.write(), caseId, i); !r)
                return r.status();
        }
        d.insert(QStringLiteral("entered_allegations"), allegations);
        return addPostsInTx(tx, repo, caseId, *from, me.id, seq, d);
    });
    if (!s.ok())
        return s;
    session.markCaseViewed(caseId);
    return caseId;
}

Status CaseService::addPosts(qint64 caseId, const QList<qint64>& flagIds, const QList<qint64>& postIds)
{
    workspace::Session& session = m_session;
    if (Status s = access(caseId, Operation::ManageCases); !s.ok())
        return s;
    if (flagIds.isEmpty() && postIds.isEmpty())
        return {ErrorCode::InvalidArgument, tr("Choose the flagged posts to add to the case.")};
    auto record = CaseRepository(session.database()).caseRecord(caseId, today());
    if (!record)
        return record.status();
    if (!isOpen((*record)->row.status))
        return {ErrorCode::InvalidArgument, tr("Case %1 is closed; reopen it to add posts.").arg((*record)->row.number)};
    auto from = collectPosts(session, flagIds, postIds);
    if (!from)
        return from.status();
    auto viewer = viewerOf(session);
    if (!viewer)
        return viewer.status();
    for (const qint64 a : from->authors) {
        if (viewer->people.contains(a))
            return {ErrorCode::PermissionDenied,
                    tr("You wrote one of these posts, so you may not add it to a case. Another investigator must do it.")};
    }
    return inTransaction(session, actions::kCasePostAdd, QString::number(caseId), {{QStringLiteral("case"), caseId}},
                         [&](audit::AuditedTransaction& tx, CaseRepository& repo, qint64 seq, QJsonObject& d) {
                             return addPostsInTx(tx, repo, caseId, *from, session.user().id, seq, d);
                         });
}

Result<QList<CaseRow>> CaseService::list(const CaseFilter& filter, CaseSort sort, bool ascending, int limit, int offset)
{
    if (Status s = m_session.require(Operation::ViewCases); !s.ok())
        return s;
    auto viewer = viewerOf(m_session);
    if (!viewer)
        return viewer.status();
    CaseFilter f = filter;
    if (f.today.isEmpty())
        f.today = today();
    return CaseRepository(m_session.database()).list(f, sort, ascending, qBound(1, limit, 1000), qMax(0, offset), *viewer);
}

Result<qint64> CaseService::count(const CaseFilter& filter)
{
    if (Status s = m_session.require(Operation::ViewCases); !s.ok())
        return s;
    auto viewer = viewerOf(m_session);
    if (!viewer)
        return viewer.status();
    CaseFilter f = filter;
    if (f.today.isEmpty())
        f.today = today();
    return CaseRepository(m_session.database()).count(f, *viewer);
}

Result<qint64> CaseService::find(const QString& numberOrId)
{
    if (Status s = m_session.require(Operation::ViewCases); !s.ok())
        return s;
    bool isNumber = false;
    const qint64 id = numberOrId.trimmed().toLongLong(&isNumber);
    CaseRepository repo(m_session.database());
    if (isNumber) {
        auto r = repo.caseRecord(id, today());
        if (!r)
            return r.status();
        if (*r)
            return id;
        return caseNotFound(numberOrId.trimmed());
    }
    auto byNumber = repo.caseIdByNumber(numberOrId);
    if (!byNumber)
        return byNumber.status();
    if (!*byNumber)
        return caseNotFound(numberOrId.trimmed());
    return **byNumber;
}

Result<CaseView> CaseService::show(qint64 caseId)
{
    workspace::Session& session = m_session;
    if (Status s = access(caseId, Operation::ViewCases); !s.ok())
        return s;
    if (!session.hasViewedCase(caseId) && !session.isReadOnly()) {
        Status s = inTransaction(session, actions::kCaseView, QString::number(caseId), {{QStringLiteral("case"), caseId}},
                                 [](audit::AuditedTransaction&, CaseRepository&, qint64, QJsonObject&) { return Status::success(); });
        if (!s.ok())
            return s;
        session.markCaseViewed(caseId);
    }
    CaseRepository repo(session.database());
    CaseView v;
    auto record = repo.caseRecord(caseId, today());
    if (!record)
        return record.status();
    v.record = **record;
    auto parties = repo.parties(caseId);
    if (!parties)
        return parties.status();
    review::IdentityService identity(session);
    for (const CaseParty& p : *parties) {
        QString name = p.anonymous        ? tr("Anonymous reporter")
                       : p.personId > 0   ? identity.authorName(p.personId)
                                          : p.name;
        v.parties << PartyView{p, name};
    }
    auto allegations = repo.allegations(caseId);
    auto tasks = repo.tasks(caseId, today());
    auto interviews = repo.interviews(caseId);
    auto outcomes = repo.outcomes(caseId);
    auto appeals = repo.appeals(caseId);
    auto evidence = repo.evidence(caseId);
    auto related = repo.related(caseId);
    for (const Status& st : {allegations.status(), tasks.status(), interviews.status(), outcomes.status(), appeals.status(),
                             evidence.status(), related.status()}) {
        if (!st.ok())
            return st;
    }
    v.allegations = *allegations;
    v.tasks = *tasks;
    v.interviews = *interviews;
    v.outcomes = *outcomes;
    v.appeals = *appeals;
    v.evidence = *evidence;
    // A related case the viewer may not see is left out (a party to it, or not assigned).
    for (const RelatedCase& r : *related) {
        if (access(r.caseId, Operation::ViewCases).ok())
            v.related << r;
    }
    v.nextStatuses = nextStatuses(v.record.row.status);
    auto users = storage::UserRepository(session.database()).all();
    if (!users)
        return users.status();
    for (const UserRecord& u : *users)
        v.users.insert(u.id, u.displayName.isEmpty() ? u.name : u.displayName);
    return v;
}

namespace {

QString describe(const TimelineItem& i, const QHash<qint64, QString>& partyNames)
{
    const QString party = partyNames.value(i.partyId);
    switch (i.kind) {
    case TimelineKind::Post:
        return CaseService::tr("Post");
    case TimelineKind::Note:
        return CaseService::tr("Note");
    case TimelineKind::Message:
        return CaseService::tr("Message to %1 (recorded, not sent)").arg(party);
    case TimelineKind::Evidence:
        return CaseService::tr("Evidence: %1").arg(i.title);
    case TimelineKind::Task:
        return i.body.isEmpty() ? CaseService::tr("Task: %1").arg(i.title)
                                : CaseService::tr("Task done: %1").arg(i.title);
    case TimelineKind::Interview:
        return party.isEmpty() ? CaseService::tr("Interview") : CaseService::tr("Interview with %1").arg(party);
    case TimelineKind::Deadline:
        return i.title.isEmpty() ? CaseService::tr("Case due") : CaseService::tr("Task due: %1").arg(i.title);
    case TimelineKind::Party: {
        const auto role = fromKey<PartyRole>(i.title);
        if (!role)
            return CaseService::tr("Investigator assigned: %1").arg(i.body);
        return CaseService::tr("%1 added: %2").arg(displayName(*role), party);
    }
    case TimelineKind::Allegation: {
        const auto type = fromKey<AllegationType>(i.title);
        return CaseService::tr("Allegation: %1").arg(type ? displayName(*type) : i.title);
    }
    case TimelineKind::Status: {
        const QStringList steps = i.title.split(u'>');
        if (steps.size() == 1) {
            const auto st = fromKey<CaseStatus>(steps.first());
            return CaseService::tr("Case opened (%1)").arg(st ? displayName(*st) : steps.first());
        }
        const auto from = fromKey<CaseStatus>(steps.first());
        const auto to = fromKey<CaseStatus>(steps.last());
        return CaseService::tr("Status: %1 → %2").arg(from ? displayName(*from) : steps.first(), to ? displayName(*to) : steps.last());
    }
    case TimelineKind::Decision: {
        const QStringList parts = i.title.split(u':');
        const QString what = parts.value(0);
        const QString value = parts.value(1);
        if (what == QLatin1String("finding")) {
            const auto f = fromKey<Finding>(value);
            return CaseService::tr("Finding: %1").arg(f ? displayName(*f) : value);
        }
        if (what == QLatin1String("outcome")) {
            const auto o = fromKey<Sanction>(value);
            return CaseService::tr("Outcome for %1: %2").arg(party, o ? displayName(*o) : value);
        }
        if (what == QLatin1String("appeal")) {
            const auto a = fromKey<AppealStatus>(value);
            if (a == AppealStatus::Pending)
                return CaseService::tr("Appeal lodged");
            return CaseService::tr("Appeal decided: %1").arg(a ? displayName(*a) : value);
        }
        return i.title;
    }
    }
    Q_UNREACHABLE();
}

} // namespace

Result<QList<TimelineItem>> CaseService::timeline(qint64 caseId, const TimelineFilter& filter)
{
    if (Status s = access(caseId, Operation::ViewCases); !s.ok())
        return s;
    CaseRepository repo(m_session.database());
    auto items = repo.timeline(caseId, filter);
    if (!items)
        return items.status();
    auto parties = repo.parties(caseId);
    if (!parties)
        return parties.status();
    review::IdentityService identity(m_session);
    QHash<qint64, QString> names;
    for (const CaseParty& p : *parties)
        names.insert(p.id, p.anonymous ? tr("Anonymous reporter") : p.personId > 0 ? identity.authorName(p.personId) : p.name);
    QList<TimelineItem> out = *items;
    for (TimelineItem& i : out)
        i.title = describe(i, names);
    return out;
}

Result<QHash<qint64, TimelinePost>> CaseService::timelinePosts(qint64 caseId)
{
    if (Status s = access(caseId, Operation::ViewCases); !s.ok())
        return s;
    CaseRepository repo(m_session.database());
    auto posts = repo.posts(caseId);
    if (!posts)
        return posts.status();
    auto spans = repo.postSpans(caseId);
    if (!spans)
        return spans.status();
    review::IdentityService identity(m_session);
    QHash<qint64, TimelinePost> out;
    for (const storage::CasePost& p : *posts)
        out.insert(p.postId, TimelinePost{p.postId, p.channel, identity.authorName(p.authorId), spans->value(p.postId)});
    return out;
}

Status CaseService::edit(qint64 caseId, const CaseFields& fields)
{
    workspace::Session& session = m_session;
    if (Status s = access(caseId, Operation::ManageCases); !s.ok())
        return s;
    CaseFields f;
    if (Status s = checkFields(fields, f); !s.ok())
        return s;
    auto before = CaseRepository(session.database()).caseRecord(caseId, today());
    if (!before)
        return before.status();
    const QString oldDue = (*before)->row.dueAt;
    return inTransaction(session, actions::kCaseEdit, QString::number(caseId),
                         {{QStringLiteral("case"), caseId}, {QStringLiteral("priority"), key(f.priority)},
                          {QStringLiteral("title_sha256"), hashOf(f.title)}, {QStringLiteral("summary_sha256"), hashOf(f.summary)},
                          {QStringLiteral("due"), f.dueAt}},
                         [&](audit::AuditedTransaction& tx, CaseRepository& repo, qint64 seq, QJsonObject&) -> Status {
                             CaseFields kept = f;
                             kept.intake = (*before)->row.intake;
                             if (Status st = repo.updateCase(tx.write(), caseId, kept, now()); !st.ok())
                                 return st;
                             if (f.dueAt != oldDue && !f.dueAt.isEmpty()) {
                                 if (auto r = repo.addTimeline(tx.write(), caseId,
                                                               item(TimelineKind::Deadline, f.dueAt, session.user().id, seq));
                                     !r)
                                     return r.status();
                             }
                             return Status::success();
                         });
}

Status CaseService::setStatus(qint64 caseId, CaseStatus status, const QString& reason)
{
    workspace::Session& session = m_session;
    if (Status s = access(caseId, Operation::ManageCases); !s.ok())
        return s;
    CaseRepository repo(session.database());
    auto record = repo.caseRecord(caseId, today());
    if (!record)
        return record.status();
    const CaseStatus from = (*record)->row.status;
    const QString number = (*record)->row.number;
    if (from == status)
        return {ErrorCode::InvalidArgument, tr("Case %1 is already at %2.").arg(number, displayName(status))};
    const QList<CaseStatus> next = nextStatuses(from);
    if (!next.contains(status)) {
        QStringList names;
        for (const CaseStatus n : next)
            names << displayName(n);
        const bool backwards = all<CaseStatus>().indexOf(status) < all<CaseStatus>().indexOf(from);
        return {ErrorCode::InvalidArgument,
                (backwards ? tr("Case %1 cannot go back from %2 to %3.") : tr("Case %1 cannot skip from %2 to %3."))
                        .arg(number, displayName(from), displayName(status)) +
                    u' ' + tr("From %1 it can move to: %2.").arg(displayName(from), names.join(QStringLiteral(", ")))};
    }
    const bool reopening = from == CaseStatus::Closed;
    if (reopening && reason.trimmed().isEmpty())
        return {ErrorCode::InvalidArgument, tr("Say why case %1 is reopened.").arg(number)};
    auto allegations = repo.allegations(caseId);
    if (!allegations)
        return allegations.status();
    if (status == CaseStatus::Findings && allegations->isEmpty())
        return {ErrorCode::InvalidArgument, tr("Case %1 has no allegation to make findings on; add one first.").arg(number)};
    if (status == CaseStatus::Outcome) {
        int open = 0;
        for (const CaseAllegation& a : *allegations)
            open += a.finding ? 0 : 1;
        if (open > 0)
            return {ErrorCode::InvalidArgument,
                    tr("Record a finding on every allegation of case %1 first (%n without one).", nullptr, open).arg(number)};
    }
    if (status == CaseStatus::Closed && from == CaseStatus::Outcome) {
        auto parties = repo.parties(caseId);
        auto outcomes = repo.outcomes(caseId);
        if (!parties)
            return parties.status();
        if (!outcomes)
            return outcomes.status();
        bool substantiated = false;
        for (const CaseAllegation& a : *allegations)
            substantiated = substantiated || a.finding == Finding::Substantiated;
        int missing = 0;
        for (const CaseParty& p : *parties) {
            if (p.role != PartyRole::Respondent || !substantiated)
                continue;
            bool decided = false;
            for (const CaseOutcome& o : *outcomes)
                decided = decided || o.partyId == p.id;
            missing += decided ? 0 : 1;
        }
        if (missing > 0)
            return {ErrorCode::InvalidArgument,
                    tr("Record an outcome for every respondent of case %1 before closing it (%n without one).", nullptr, missing)
                        .arg(number)};
    }
    const QString at = now();
    QJsonObject details{{QStringLiteral("case"), caseId}, {QStringLiteral("from"), key(from)}, {QStringLiteral("to"), key(status)}};
    if (!reason.trimmed().isEmpty())
        details.insert(QStringLiteral("reason_sha256"), hashOf(reason.trimmed()));
    return inTransaction(session, reopening ? actions::kCaseReopen : actions::kCaseStatus, QString::number(caseId), details,
                         [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, QJsonObject&) -> Status {
                             const QString closedAt = status == CaseStatus::Closed ? at : QString();
                             if (Status st = r.setStatus(tx.write(), caseId, status, closedAt, at); !st.ok())
                                 return st;
                             auto added = r.addTimeline(tx.write(), caseId, item(TimelineKind::Status, at, session.user().id, seq,
                                                                                 statusSubject(from, status), reason.trimmed()));
                             return added.status();
                         });
}

Status CaseService::assign(qint64 caseId, qint64 userId, bool assigned)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(Operation::AssignCases); !s.ok())
        return s;
    if (Status s = access(caseId, Operation::ViewCases); !s.ok())
        return s;
    auto user = storage::UserRepository(session.database()).byId(userId);
    if (!user)
        return user.status();
    if (assigned && (!user->isActive() || !allows(user->role, Operation::ViewCases)))
        return {ErrorCode::InvalidArgument, tr("%1 cannot be assigned to a case: their role does not work cases.").arg(user->name)};
    CaseRepository repo(session.database());
    // An investigator who is a party to the case is never assigned to it.
    if (assigned) {
        auto people = repo.peopleMatching(user->name, user->displayName);
        if (!people)
            return people.status();
        auto party = repo.hasParty(caseId, *people, {user->name, user->displayName});
        if (!party)
            return party.status();
        if (*party)
            return {ErrorCode::PermissionDenied, tr("%1 is a party to this case and cannot investigate it.").arg(user->name)};
    }
    return inTransaction(session, actions::kCaseAssign, QString::number(caseId),
                         {{QStringLiteral("case"), caseId}, {QStringLiteral("user"), userId}, {QStringLiteral("assigned"), assigned}},
                         [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, QJsonObject&) -> Status {
                             Status st = assigned ? r.addAssignee(tx.write(), caseId, userId)
                                                  : r.removeAssignee(tx.write(), caseId, userId);
                             if (!st.ok())
                                 return st;
                             TimelineItem i = item(TimelineKind::Party, now(), session.user().id, seq, QString(),
                                                   user->displayName.isEmpty() ? user->name : user->displayName);
                             if (!assigned)
                                 i.title = QStringLiteral("-");
                             return r.addTimeline(tx.write(), caseId, i).status();
                         });
}

Result<qint64> CaseService::addParty(qint64 caseId, const PartyInput& party)
{
    workspace::Session& session = m_session;
    if (Status s = access(caseId, Operation::ManageCases); !s.ok())
        return s;
    if (Status s = checkParty(party); !s.ok())
        return s;
    if (party.personId > 0) {
        auto person = storage::PostRepository(session.database()).person(party.personId);
        if (!person)
            return person.status();
        if (!*person)
            return Status(ErrorCode::NotFound, tr("There is no person %1 in the imports.").arg(party.personId));
    }
    qint64 id = 0;
    Status s = inTransaction(session, actions::kCasePartyAdd, QString::number(caseId), {{QStringLiteral("case"), caseId}},
                             [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, QJsonObject& d) -> Status {
                                 auto pid = addPartyInTx(tx, r, caseId, party, session.user().id, seq);
                                 if (!pid)
                                     return pid.status();
                                 id = *pid;
                                 const QJsonObject pd = partyDetails(party, id);
                                 for (auto it = pd.begin(); it != pd.end(); ++it)
                                     d.insert(it.key(), it.value());
                                 return Status::success();
                             });
    if (!s.ok())
        return s;
    return id;
}

Result<qint64> CaseService::addAllegation(qint64 caseId, const CaseAllegation& allegation)
{
    workspace::Session& session = m_session;
    if (Status s = access(caseId, Operation::ManageCases); !s.ok())
        return s;
    CaseRepository repo(session.database());
    if (allegation.respondentPartyId > 0) {
        auto owner = repo.caseOfParty(allegation.respondentPartyId);
        if (!owner)
            return owner.status();
        if (*owner != caseId)
            return Status(ErrorCode::InvalidArgument, tr("Party %1 is not a party to this case.").arg(allegation.respondentPartyId));
    }
    qint64 id = 0;
    Status s = inTransaction(session, actions::kCaseAllegationAdd, QString::number(caseId),
                             {{QStringLiteral("case"), caseId}, {QStringLiteral("type"), key(allegation.type)}},
                             [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, QJsonObject& d) -> Status {
                                 CaseAllegation a = allegation;
                                 a.clause = a.clause.trimmed();
                                 a.description = a.description.trimmed();
                                 a.entrySeq = seq;
                                 auto aid = r.addAllegation(tx.write(), caseId, a);
                                 if (!aid)
                                     return aid.status();
                                 id = *aid;
                                 d.insert(QStringLiteral("allegation"), id);
                                 TimelineItem i = item(TimelineKind::Allegation, now(), session.user().id, seq, key(a.type),
                                                       a.description);
                                 i.allegationId = id;
                                 i.partyId = a.respondentPartyId;
                                 return r.addTimeline(tx.write(), caseId, i).status();
                             });
    if (!s.ok())
        return s;
    return id;
}

namespace {

// A note or a message: a text on the timeline, signed by its hash.
Result<qint64> addText(workspace::Session& session, const QString& action, TimelineKind kind, qint64 caseId, qint64 partyId,
                       const QString& text, const QString& at)
{
    qint64 id = 0;
    Status s = inTransaction(session, action, QString::number(caseId),
                             {{QStringLiteral("case"), caseId}, {QStringLiteral("text_sha256"), hashOf(text)}},
                             [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, QJsonObject& d) -> Status {
                                 TimelineItem i = item(kind, at, session.user().id, seq, QString(), text);
                                 i.partyId = partyId;
                                 auto tid = r.addTimeline(tx.write(), caseId, i);
                                 if (!tid)
                                     return tid.status();
                                 id = *tid;
                                 d.insert(QStringLiteral("item"), id);
                                 if (partyId > 0)
                                     d.insert(QStringLiteral("party"), partyId);
                                 return Status::success();
                             });
    if (!s.ok())
        return s;
    return id;
}

} // namespace

Result<qint64> CaseService::addNote(qint64 caseId, const QString& text, const QString& at)
{
    if (Status s = access(caseId, Operation::ManageCases); !s.ok())
        return s;
    if (text.trimmed().isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("A note needs some text."));
    auto when = normalisedDate(at);
    if (!when)
        return badDate(tr("note's date"), at);
    return addText(m_session, actions::kCaseNote, TimelineKind::Note, caseId, 0, text.trimmed(),
                   when->isEmpty() ? now() : *when);
}

Result<qint64> CaseService::recordMessage(qint64 caseId, qint64 partyId, const QString& text)
{
    if (Status s = access(caseId, Operation::ManageCases); !s.ok())
        return s;
    if (text.trimmed().isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("A message needs some text."));
    auto owner = CaseRepository(m_session.database()).caseOfParty(partyId);
    if (!owner)
        return owner.status();
    if (*owner != caseId)
        return Status(ErrorCode::InvalidArgument, tr("Party %1 is not a party to this case.").arg(partyId));
    return addText(m_session, actions::kCaseMessage, TimelineKind::Message, caseId, partyId, text.trimmed(), now());
}

Status CaseService::link(qint64 caseId, qint64 otherCaseId)
{
    if (caseId == otherCaseId)
        return {ErrorCode::InvalidArgument, tr("A case cannot be linked to itself.")};
    if (Status s = access(caseId, Operation::ManageCases); !s.ok())
        return s;
    if (Status s = access(otherCaseId, Operation::ViewCases); !s.ok())
        return s;
    return inTransaction(m_session, actions::kCaseLink, QString::number(caseId),
                         {{QStringLiteral("case"), caseId}, {QStringLiteral("other"), otherCaseId}},
                         [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64, QJsonObject&) {
                             return r.link(tx.write(), caseId, otherCaseId);
                         });
}

Result<qint64> CaseService::addEvidence(qint64 caseId, const QString& fileName, const QString& mediaType, const QByteArray& content,
                                        const QString& description)
{
    workspace::Session& session = m_session;
    if (Status s = access(caseId, Operation::ManageCases); !s.ok())
        return s;
    const QString name = fileName.trimmed();
    if (name.isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("An evidence file needs a name."));
    if (content.isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("The file %1 is empty; there is nothing to attach.").arg(name));
    EvidenceItem e;
    e.fileName = name;
    e.mediaType = mediaType.isEmpty() ? QStringLiteral("application/octet-stream") : mediaType;
    e.size = content.size();
    e.sha256 = crypto::sha256(content);
    e.addedAt = now();
    e.addedBy = session.user().id;
    qint64 id = 0;
    Status s = inTransaction(session, actions::kCaseEvidenceAdd, QString::number(caseId),
                             {{QStringLiteral("case"), caseId}, {QStringLiteral("sha256"), QString::fromLatin1(e.sha256.toHex())},
                              {QStringLiteral("size"), e.size}, {QStringLiteral("media_type"), e.mediaType}},
                             [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, QJsonObject& d) -> Status {
                                 e.entrySeq = seq;
                                 auto eid = r.addEvidence(tx.write(), caseId, e, content);
                                 if (!eid)
                                     return eid.status();
                                 id = *eid;
                                 d.insert(QStringLiteral("evidence"), id);
                                 TimelineItem i = item(TimelineKind::Evidence, e.addedAt, session.user().id, seq, name,
                                                       description.trimmed());
                                 i.refId = id;
                                 return r.addTimeline(tx.write(), caseId, i).status();
                             });
    if (!s.ok())
        return s;
    return id;
}

Result<QByteArray> CaseService::openEvidence(qint64 evidenceId, EvidenceItem* itemOut)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(Operation::ViewCases); !s.ok())
        return s;
    CaseRepository repo(session.database());
    qint64 caseId = 0;
    auto e = repo.evidenceItem(evidenceId, &caseId);
    if (!e)
        return e.status();
    if (!*e)
        return Status(ErrorCode::NotFound, tr("There is no evidence file %1.").arg(evidenceId));
    if (Status s = access(caseId, Operation::ViewCases); !s.ok())
        return s;
    auto content = repo.evidenceContent(evidenceId);
    if (!content)
        return content.status();
    if (!crypto::constantTimeEquals(crypto::sha256(*content), (*e)->sha256))
        return Status(ErrorCode::Corrupted,
                      tr("The evidence file %1 no longer matches the SHA-256 taken when it was attached: it was changed "
                         "inside the workspace. Run custos-cli check and tell your administrator.")
                          .arg((*e)->fileName));
    if (!session.isReadOnly()) {
        Status s = inTransaction(session, actions::kCaseEvidenceOpen, QString::number(caseId),
                                 {{QStringLiteral("case"), caseId}, {QStringLiteral("evidence"), evidenceId}},
                                 [](audit::AuditedTransaction&, CaseRepository&, qint64, QJsonObject&) { return Status::success(); });
        if (!s.ok())
            return s;
    }
    if (itemOut)
        *itemOut = **e;
    return *content;
}

Result<qint64> CaseService::addTask(qint64 caseId, const QString& title, qint64 ownerId, const QString& dueAt)
{
    workspace::Session& session = m_session;
    if (Status s = access(caseId, Operation::ManageCases); !s.ok())
        return s;
    if (title.trimmed().isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("A task needs a title."));
    auto due = normalisedDate(dueAt);
    if (!due)
        return badDate(tr("due date"), dueAt);
    const qint64 owner = ownerId > 0 ? ownerId : session.user().id;
    auto user = storage::UserRepository(session.database()).byId(owner);
    if (!user)
        return user.status();
    qint64 id = 0;
    Status s = inTransaction(session, actions::kCaseTaskAdd, QString::number(caseId),
                             {{QStringLiteral("case"), caseId}, {QStringLiteral("owner"), owner}, {QStringLiteral("due"), *due},
                              {QStringLiteral("title_sha256"), hashOf(title.trimmed())}},
                             [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, QJsonObject& d) -> Status {
                                 CaseTask t;
                                 t.title = title.trimmed();
                                 t.ownerId = owner;
                                 t.dueAt = *due;
                                 t.entrySeq = seq;
                                 auto tid = r.addTask(tx.write(), caseId, t);
                                 if (!tid)
                                     return tid.status();
                                 id = *tid;
                                 d.insert(QStringLiteral("task"), id);
                                 TimelineItem i = item(TimelineKind::Task, now(), session.user().id, seq, t.title);
                                 i.refId = id;
                                 if (auto added = r.addTimeline(tx.write(), caseId, i); !added)
                                     return added.status();
                                 if (t.dueAt.isEmpty())
                                     return Status::success();
                                 TimelineItem dl = item(TimelineKind::Deadline, t.dueAt, session.user().id, seq, t.title);
                                 dl.refId = id;
                                 return r.addTimeline(tx.write(), caseId, dl).status();
                             });
    if (!s.ok())
        return s;
    return id;
}

Status CaseService::completeTask(qint64 taskId)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(Operation::ManageCases); !s.ok())
        return s;
    auto caseId = CaseRepository(session.database()).caseOfTask(taskId);
    if (!caseId)
        return caseId.status();
    if (*caseId == 0)
        return {ErrorCode::NotFound, tr("There is no task %1.").arg(taskId)};
    if (Status s = access(*caseId, Operation::ManageCases); !s.ok())
        return s;
    auto tasks = CaseRepository(session.database()).tasks(*caseId, today());
    if (!tasks)
        return tasks.status();
    QString title;
    for (const CaseTask& t : *tasks) {
        if (t.id == taskId) {
            if (!t.doneAt.isEmpty())
                return {ErrorCode::InvalidArgument, tr("Task %1 is already done.").arg(taskId)};
            title = t.title;
        }
    }
    const QString at = now();
    return inTransaction(session, actions::kCaseTaskDone, QString::number(*caseId),
                         {{QStringLiteral("case"), *caseId}, {QStringLiteral("task"), taskId}},
                         [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, QJsonObject&) -> Status {
                             if (Status st = r.completeTask(tx.write(), taskId, at); !st.ok())
                                 return st;
                             TimelineItem i = item(TimelineKind::Task, at, session.user().id, seq, title, at);
                             i.refId = taskId;
                             return r.addTimeline(tx.write(), *caseId, i).status();
                         });
}

QList<InterviewTemplate> CaseService::defaultInterviewTemplates()
{
    const QStringList opening = {tr("Please describe in your own words what happened."),
                                 tr("When and where did it happen? Who else was there?")};
    const QStringList closing = {tr("Is there anyone else we should speak to, or anything you can show us (messages, "
                                    "screenshots)?"),
                                 tr("Is there anything else you would like to add?")};
    auto with = [&](AllegationType type, const QString& name, const QStringList& middle) {
        return InterviewTemplate{0, type, name, opening + middle + closing};
    };
    return {
        with(AllegationType::Bullying, tr("Bullying: complainant or witness"),
             {tr("How often has this happened, and over what period?"),
              tr("How has it affected your work or your well-being?")}),
        with(AllegationType::Harassment, tr("Harassment: complainant or witness"),
             {tr("What exactly was said or written? Do you still have the messages?"),
              tr("Did you tell the person the behaviour was unwelcome? How did they react?")}),
        with(AllegationType::SexualHarassment, tr("Sexual harassment: complainant"),
             {tr("What was said, written or done? Was there any physical contact?"),
              tr("Were you offered anything, or threatened with anything, in connection with it?"),
              tr("Would you like support (employee assistance, a change of team) while we investigate?")}),
        with(AllegationType::Discrimination, tr("Discrimination: complainant or witness"),
             {tr("Which characteristic do you believe the treatment was about?"),
              tr("Were others in a similar position treated differently?")}),
        with(AllegationType::ThreatOrViolence, tr("Threat or violence: complainant or witness"),
             {tr("Do you feel safe at work now? Do we need to take steps today?"),
              tr("Was the threat repeated, or made to anyone else?")}),
        with(AllegationType::Retaliation, tr("Retaliation: complainant"),
             {tr("What did you report or take part in, and when?"),
              tr("What changed for you afterwards, and who decided it?")}),
        with(AllegationType::ConfidentialLeak, tr("Confidential leak: respondent"),
             {tr("Where did the information come from, and who else had it?"),
              tr("Who did you share it with, and why?")}),
        with(AllegationType::Other, tr("Respondent"),
             {tr("You have heard what is alleged. What is your account of it?"),
              tr("Is there anything that would help us understand the context?")}),
    };
}

Result<QList<InterviewTemplate>> CaseService::interviewTemplates()
{
    if (Status s = m_session.require(Operation::ViewCases); !s.ok())
        return s;
    auto stored = CaseRepository(m_session.database()).templates();
    if (!stored)
        return stored.status();
    // Until a compliance officer saves templates of their own, the built-in ones are offered.
    return stored->isEmpty() ? defaultInterviewTemplates() : *stored;
}

Result<qint64> CaseService::saveInterviewTemplate(const InterviewTemplate& t)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(Operation::EditInterviewTemplates); !s.ok())
        return s;
    InterviewTemplate clean = t;
    clean.name = t.name.trimmed();
    clean.questions.clear();
    for (const QString& q : t.questions) {
        if (!q.trimmed().isEmpty())
            clean.questions << q.trimmed();
    }
    if (clean.name.isEmpty() || clean.questions.isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("An interview template needs a name and at least one question."));
    qint64 id = 0;
    Status s = inTransaction(
        session, actions::kInterviewTemplate, t.id > 0 ? QString::number(t.id) : QString(),
        {{QStringLiteral("type"), key(clean.type)}, {QStringLiteral("questions"), clean.questions.size()}},
        [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64, QJsonObject& d) -> Status {
            auto saved = r.saveTemplate(tx.write(), clean, session.user().id, now());
            if (!saved)
                return saved.status();
            id = *saved;
            d.insert(QStringLiteral("template"), id);
            return Status::success();
        },
        objects::kInterviewTemplate);
    if (!s.ok())
        return s;
    return id;
}

Result<qint64> CaseService::recordInterview(qint64 caseId, const CaseInterview& interview)
{
    workspace::Session& session = m_session;
    if (Status s = access(caseId, Operation::ManageCases); !s.ok())
        return s;
    CaseRepository repo(session.database());
    if (interview.partyId > 0) {
        auto owner = repo.caseOfParty(interview.partyId);
        if (!owner)
            return owner.status();
        if (*owner != caseId)
            return Status(ErrorCode::InvalidArgument, tr("Party %1 is not a party to this case.").arg(interview.partyId));
    }
    auto held = normalisedDate(interview.heldAt);
    if (!held)
        return badDate(tr("interview's date"), interview.heldAt);
    CaseInterview i = interview;
    i.heldAt = held->isEmpty() ? now() : *held;
    QString templateName;
    if (i.templateId > 0) {
        auto t = repo.interviewTemplate(i.templateId);
        if (!t)
            return t.status();
        if (!*t)
            return Status(ErrorCode::NotFound, tr("There is no interview template %1.").arg(i.templateId));
        templateName = (*t)->name;
        if (i.questions.isEmpty())
            i.questions = (*t)->questions;
    }
    if (i.questions.isEmpty() && i.notes.trimmed().isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("An interview needs its questions and answers, or notes."));
    while (i.answers.size() < i.questions.size())
        i.answers << QString();
    if (i.answers.size() > i.questions.size())
        return Status(ErrorCode::InvalidArgument, tr("The interview has more answers than questions."));
    i.notes = i.notes.trimmed();
    const QByteArray record = (i.questions.join(u'\n') + u'\n' + i.answers.join(u'\n') + u'\n' + i.notes).toUtf8();
    qint64 id = 0;
    Status s = inTransaction(session, actions::kCaseInterview, QString::number(caseId),
                             {{QStringLiteral("case"), caseId}, {QStringLiteral("party"), i.partyId},
                              {QStringLiteral("questions"), i.questions.size()},
                              {QStringLiteral("record_sha256"), QString::fromLatin1(crypto::sha256(record).toHex())}},
                             [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, QJsonObject& d) -> Status {
                                 i.entrySeq = seq;
                                 auto iid = r.addInterview(tx.write(), caseId, i);
                                 if (!iid)
                                     return iid.status();
                                 id = *iid;
                                 d.insert(QStringLiteral("interview"), id);
                                 TimelineItem t = item(TimelineKind::Interview, i.heldAt, session.user().id, seq, templateName,
                                                       i.notes);
                                 t.partyId = i.partyId;
                                 t.refId = id;
                                 return r.addTimeline(tx.write(), caseId, t).status();
                             });
    if (!s.ok())
        return s;
    return id;
}

Status CaseService::agreeInterview(qint64 interviewId)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(Operation::ManageCases); !s.ok())
        return s;
    auto caseId = CaseRepository(session.database()).caseOfInterview(interviewId);
    if (!caseId)
        return caseId.status();
    if (*caseId == 0)
        return {ErrorCode::NotFound, tr("There is no interview %1.").arg(interviewId)};
    if (Status s = access(*caseId, Operation::ManageCases); !s.ok())
        return s;
    return inTransaction(session, actions::kCaseInterviewAgree, QString::number(*caseId),
                         {{QStringLiteral("case"), *caseId}, {QStringLiteral("interview"), interviewId}},
                         [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64, QJsonObject&) {
                             return r.agreeInterview(tx.write(), interviewId, now());
                         });
}

Status CaseService::recordFinding(qint64 allegationId, Finding finding, const QString& reasoning)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(Operation::ManageCases); !s.ok())
        return s;
    CaseRepository repo(session.database());
    auto caseId = repo.caseOfAllegation(allegationId);
    if (!caseId)
        return caseId.status();
    if (*caseId == 0)
        return {ErrorCode::NotFound, tr("There is no allegation %1.").arg(allegationId)};
    if (Status s = access(*caseId, Operation::ManageCases); !s.ok())
        return s;
    if (reasoning.trimmed().isEmpty())
        return {ErrorCode::InvalidArgument, tr("A finding needs its reasoning.")};
    auto record = repo.caseRecord(*caseId, today());
    if (!record)
        return record.status();
    if ((*record)->row.status != CaseStatus::Findings)
        return {ErrorCode::InvalidArgument, tr("Findings are recorded when case %1 is at %2; it is at %3.")
                                                .arg((*record)->row.number, displayName(CaseStatus::Findings),
                                                     displayName((*record)->row.status))};
    const QString at = now();
    return inTransaction(session, actions::kCaseFinding, QString::number(*caseId),
                         {{QStringLiteral("case"), *caseId}, {QStringLiteral("allegation"), allegationId},
                          {QStringLiteral("finding"), key(finding)},
                          {QStringLiteral("reasoning_sha256"), hashOf(reasoning.trimmed())}},
                         [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, QJsonObject&) -> Status {
                             if (Status st = r.setFinding(tx.write(), allegationId, finding, reasoning.trimmed(),
                                                          session.user().id, at, seq);
                                 !st.ok())
                                 return st;
                             TimelineItem i = item(TimelineKind::Decision, at, session.user().id, seq,
                                                   QStringLiteral("finding:") + key(finding), reasoning.trimmed());
                             i.allegationId = allegationId;
                             return r.addTimeline(tx.write(), *caseId, i).status();
                         });
}

Result<qint64> CaseService::recordOutcome(qint64 caseId, qint64 partyId, Sanction sanction, const QString& reasoning)
{
    workspace::Session& session = m_session;
    if (Status s = access(caseId, Operation::ManageCases); !s.ok())
        return s;
    CaseRepository repo(session.database());
    auto record = repo.caseRecord(caseId, today());
    if (!record)
        return record.status();
    if ((*record)->row.status != CaseStatus::Outcome)
        return Status(ErrorCode::InvalidArgument, tr("Outcomes are recorded when case %1 is at %2; it is at %3.")
                                                      .arg((*record)->row.number, displayName(CaseStatus::Outcome),
                                                           displayName((*record)->row.status)));
    auto parties = repo.parties(caseId);
    if (!parties)
        return parties.status();
    bool respondent = false;
    for (const CaseParty& p : *parties)
        respondent = respondent || (p.id == partyId && p.role == PartyRole::Respondent);
    if (!respondent)
        return Status(ErrorCode::InvalidArgument, tr("An outcome is for a respondent of this case; party %1 is not one.").arg(partyId));
    if (reasoning.trimmed().isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("An outcome needs its reasoning."));
    CaseOutcome o;
    o.partyId = partyId;
    o.sanction = sanction;
    o.reasoning = reasoning.trimmed();
    o.decidedBy = session.user().id;
    o.decidedAt = now();
    if (const int months = defaultSanctionMonths(sanction); months > 0)
        o.expiresAt = QDateTime::currentDateTimeUtc().addMonths(months).toString(Qt::ISODateWithMs);
    qint64 id = 0;
    Status s = inTransaction(session, actions::kCaseOutcome, QString::number(caseId),
                             {{QStringLiteral("case"), caseId}, {QStringLiteral("party"), partyId},
                              {QStringLiteral("sanction"), key(sanction)}, {QStringLiteral("expires"), o.expiresAt},
                              {QStringLiteral("reasoning_sha256"), hashOf(o.reasoning)}},
                             [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, QJsonObject& d) -> Status {
                                 o.entrySeq = seq;
                                 auto oid = r.addOutcome(tx.write(), caseId, o);
                                 if (!oid)
                                     return oid.status();
                                 id = *oid;
                                 d.insert(QStringLiteral("outcome"), id);
                                 TimelineItem i = item(TimelineKind::Decision, o.decidedAt, session.user().id, seq,
                                                       QStringLiteral("outcome:") + key(sanction), o.reasoning);
                                 i.partyId = partyId;
                                 i.refId = id;
                                 return r.addTimeline(tx.write(), caseId, i).status();
                             });
    if (!s.ok())
        return s;
    return id;
}

namespace {

Result<RepeatHistory> historyOf(CaseRepository& repo, qint64 personId, const QString& name, qint64 exceptCase)
{
    RepeatHistory h;
    auto cases = repo.casesWithRespondent(personId, name, exceptCase);
    if (!cases)
        return cases.status();
    h.cases = *cases;
    auto sanctions = repo.sanctionsInForce(personId, name, exceptCase, now());
    if (!sanctions)
        return sanctions.status();
    h.sanctions = *sanctions;
    if (personId > 0) {
        auto flags = repo.confirmedFlagsOf(personId);
        if (!flags)
            return flags.status();
        for (const auto& [category, n] : *flags) {
            h.confirmedFlags += n;
            h.confirmedCategories << category;
        }
    }
    return h;
}

} // namespace

Result<RepeatHistory> CaseService::repeatHistory(qint64 caseId, qint64 partyId)
{
    if (Status s = access(caseId, Operation::ViewCases); !s.ok())
        return s;
    CaseRepository repo(m_session.database());
    auto parties = repo.parties(caseId);
    if (!parties)
        return parties.status();
    for (const CaseParty& p : *parties) {
        if (p.id == partyId)
            return historyOf(repo, p.personId, p.name, caseId);
    }
    return Status(ErrorCode::NotFound, tr("Party %1 is not a party to this case.").arg(partyId));
}

Result<RepeatHistory> CaseService::authorHistory(qint64 personId, QList<CaseRow>* openCases)
{
    if (Status s = m_session.require(Operation::ViewCases); !s.ok())
        return s;
    CaseRepository repo(m_session.database());
    auto h = historyOf(repo, personId, QString(), 0);
    if (!h)
        return h.status();
    // Only the cases this viewer may see are named.
    QList<RepeatHistory::EarlierCase> visible;
    for (const RepeatHistory::EarlierCase& c : h->cases) {
        if (access(c.caseId, Operation::ViewCases).ok())
            visible << c;
    }
    h->cases = visible;
    if (openCases) {
        auto open = repo.openCasesOfRespondent(personId);
        if (!open)
            return open.status();
        openCases->clear();
        for (const CaseRow& r : *open) {
            if (access(r.id, Operation::ViewCases).ok())
                *openCases << r;
        }
    }
    return *h;
}

Result<qint64> CaseService::lodgeAppeal(qint64 outcomeId, const QString& grounds)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(Operation::ManageCases); !s.ok())
        return s;
    CaseRepository repo(session.database());
    auto caseId = repo.caseOfOutcome(outcomeId);
    if (!caseId)
        return caseId.status();
    if (*caseId == 0)
        return Status(ErrorCode::NotFound, tr("There is no outcome %1.").arg(outcomeId));
    if (Status s = access(*caseId, Operation::ManageCases); !s.ok())
        return s;
    if (grounds.trimmed().isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("An appeal needs its grounds."));
    auto appeals = repo.appeals(*caseId);
    if (!appeals)
        return appeals.status();
    for (const CaseAppeal& a : *appeals) {
        if (a.outcomeId == outcomeId && a.status == AppealStatus::Pending)
            return Status(ErrorCode::AlreadyExists, tr("An appeal against this outcome is already waiting for a decision."));
    }
    auto outcomes = repo.outcomes(*caseId);
    if (!outcomes)
        return outcomes.status();
    qint64 partyId = 0;
    for (const CaseOutcome& o : *outcomes) {
        if (o.id == outcomeId)
            partyId = o.partyId;
    }
    CaseAppeal a;
    a.outcomeId = outcomeId;
    a.grounds = grounds.trimmed();
    a.lodgedBy = session.user().id;
    a.lodgedAt = now();
    qint64 id = 0;
    Status s = inTransaction(session, actions::kCaseAppeal, QString::number(*caseId),
                             {{QStringLiteral("case"), *caseId}, {QStringLiteral("outcome"), outcomeId},
                              {QStringLiteral("grounds_sha256"), hashOf(a.grounds)}},
                             [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, QJsonObject& d) -> Status {
                                 a.entrySeq = seq;
                                 auto aid = r.addAppeal(tx.write(), *caseId, a);
                                 if (!aid)
                                     return aid.status();
                                 id = *aid;
                                 d.insert(QStringLiteral("appeal"), id);
                                 TimelineItem i = item(TimelineKind::Decision, a.lodgedAt, session.user().id, seq,
                                                       QStringLiteral("appeal:") + key(AppealStatus::Pending), a.grounds);
                                 i.partyId = partyId;
                                 i.refId = id;
                                 return r.addTimeline(tx.write(), *caseId, i).status();
                             });
    if (!s.ok())
        return s;
    return id;
}

Status CaseService::decideAppeal(qint64 appealId, bool upheld, const QString& reasoning)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(Operation::DecideAppeal); !s.ok())
        return s;
    CaseRepository repo(session.database());
    auto caseId = repo.caseOfAppeal(appealId);
    if (!caseId)
        return caseId.status();
    if (*caseId == 0)
        return {ErrorCode::NotFound, tr("There is no appeal %1.").arg(appealId)};
    if (Status s = access(*caseId, Operation::ViewCases); !s.ok())
        return s;
    auto appeals = repo.appeals(*caseId);
    auto outcomes = repo.outcomes(*caseId);
    if (!appeals)
        return appeals.status();
    if (!outcomes)
        return outcomes.status();
    CaseAppeal appeal;
    for (const CaseAppeal& a : *appeals) {
        if (a.id == appealId)
            appeal = a;
    }
    if (appeal.status != AppealStatus::Pending)
        return {ErrorCode::InvalidArgument, tr("Appeal %1 is already decided.").arg(appealId)};
    CaseOutcome outcome;
    for (const CaseOutcome& o : *outcomes) {
        if (o.id == appeal.outcomeId)
            outcome = o;
    }
    if (outcome.decidedBy == session.user().id)
        return {ErrorCode::PermissionDenied,
                tr("You decided the outcome under appeal; someone else must decide the appeal.")};
    if (reasoning.trimmed().isEmpty())
        return {ErrorCode::InvalidArgument, tr("An appeal decision needs its reasoning.")};
    const AppealStatus status = upheld ? AppealStatus::Upheld : AppealStatus::Overturned;
    const QString at = now();
    return inTransaction(session, actions::kCaseAppealDecide, QString::number(*caseId),
                         {{QStringLiteral("case"), *caseId}, {QStringLiteral("appeal"), appealId},
                          {QStringLiteral("outcome"), outcome.id}, {QStringLiteral("decision"), key(status)},
                          {QStringLiteral("appeal_entry"), appeal.entrySeq},
                          {QStringLiteral("reasoning_sha256"), hashOf(reasoning.trimmed())}},
                         [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, QJsonObject&) -> Status {
                             if (Status st = r.decideAppeal(tx.write(), appealId, status, session.user().id, at,
                                                            reasoning.trimmed(), seq);
                                 !st.ok())
                                 return st;
                             if (!upheld) {
                                 if (Status st = r.setOutcomeAside(tx.write(), outcome.id); !st.ok())
                                     return st;
                             }
                             TimelineItem i = item(TimelineKind::Decision, at, session.user().id, seq,
                                                   QStringLiteral("appeal:") + key(status), reasoning.trimmed());
                             i.partyId = outcome.partyId;
                             i.refId = appealId;
                             return r.addTimeline(tx.write(), *caseId, i).status();
                         });
}


namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString multiline(const QString& s)
{
    return esc(s).replace(u'\n', QStringLiteral("<br/>"));
}

// "entry 42 · 3f9a…" with the whole hash, for checking against an exported log.
QString entryCell(qint64 seq, const QByteArray& hash)
{
    if (seq <= 0)
        return QStringLiteral("—");
    return QStringLiteral("<span class=\"entry\">%1<br/><code>%2</code></span>")
        .arg(CaseService::tr("entry %1").arg(seq), QString::fromLatin1(hash.toHex()));
}

QString dateOnly(const QString& iso)
{
    return iso.left(10);
}

} // namespace

Result<QString> CaseService::reportHtml(qint64 caseId)
{
    workspace::Session& session = m_session;
    auto view = show(caseId);
    if (!view)
        return view.status();
    auto items = timeline(caseId);
    if (!items)
        return items.status();
    auto posts = timelinePosts(caseId);
    if (!posts)
        return posts.status();
    qint64 reportEntry = 0;
    if (!session.isReadOnly()) {
        Status s = inTransaction(session, actions::kCaseReport, QString::number(caseId), {{QStringLiteral("case"), caseId}},
                                 [&](audit::AuditedTransaction&, CaseRepository&, qint64 seq, QJsonObject&) {
                                     reportEntry = seq;
                                     return Status::success();
                                 });
        if (!s.ok())
            return s;
    }
    storage::ReviewRepository entries(session.database());
    auto hashOfEntry = [&](qint64 seq) -> QByteArray {
        if (seq <= 0)
            return {};
        auto e = entries.entry(seq);
        return e ? e->entryHash : QByteArray();
    };
    const CaseView& v = *view;
    const CaseRow& r = v.record.row;
    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"/><style>"
                        "body{font-family:sans-serif;font-size:9pt;} h1{font-size:16pt;margin-bottom:2px;} "
                        "h2{font-size:12pt;margin-top:14px;border-bottom:1px solid #888;} "
                        "table{border-collapse:collapse;width:100%;} td,th{border:1px solid #bbb;padding:3px;vertical-align:top;} "
                        "th{background:#eee;text-align:left;} code{font-size:6.5pt;} .entry{font-size:7pt;color:#333;} "
                        ".meta td{border:none;padding:1px 6px 1px 0;}"
                        "</style></head><body>");
    h += QStringLiteral("<h1>%1 — %2</h1>").arg(esc(r.number), esc(r.title));
    h += QStringLiteral("<p>%1</p>").arg(tr("Case report. Names of people from the imports are pseudonyms unless they "
                                            "were revealed in the session that printed it. Every step names the audit "
                                            "entry that records it (sequence number and entry hash), to be checked "
                                            "against an exported audit log."));
    QStringList assignees;
    for (const qint64 u : v.record.assigneeIds)
        assignees << v.users.value(u);
    h += QStringLiteral("<table class=\"meta\">");
    auto meta = [&](const QString& k, const QString& val) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(val.isEmpty() ? QStringLiteral("—") : val));
    };
    meta(tr("Status"), displayName(r.status));
    meta(tr("Priority"), displayName(r.priority));
    meta(tr("Intake"), displayName(r.intake));
    meta(tr("Incident"), dateOnly(v.record.incidentAt));
    meta(tr("Reported"), dateOnly(v.record.reportedAt));
    meta(tr("Opened"), dateOnly(r.openedAt));
    meta(tr("Due"), dateOnly(r.dueAt) + (r.overdue ? u' ' + tr("(overdue)") : QString()));
    meta(tr("Closed"), dateOnly(r.closedAt));
    meta(tr("Investigators"), assignees.join(QStringLiteral(", ")));
    meta(tr("Opened in"), tr("entry %1").arg(v.record.openEntry));
    h += QStringLiteral("</table>");
    if (!v.record.summary.isEmpty())
        h += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(tr("Summary"), multiline(v.record.summary));

    h += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(tr("Parties"), tr("Role"), tr("Name"), tr("Note"), tr("Audit entry"));
    for (const PartyView& p : v.parties)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(displayName(p.party.role)), esc(p.displayName), multiline(p.party.note),
                      entryCell(p.party.entrySeq, hashOfEntry(p.party.entrySeq)));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
             .arg(tr("Allegations and findings"), tr("Allegation"), tr("Clause"), tr("Finding"), tr("Reasoning"),
                  tr("Audit entries"));
    for (const CaseAllegation& a : v.allegations) {
        QString what = esc(displayName(a.type));
        if (!a.description.isEmpty())
            what += QStringLiteral("<br/>") + multiline(a.description);
        if (a.respondentPartyId > 0)
            what += QStringLiteral("<br/>") + esc(tr("Against %1").arg(v.partyName(a.respondentPartyId)));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5%6</td></tr>")
                 .arg(what, esc(a.clause), esc(a.finding ? displayName(*a.finding) : tr("not yet")), multiline(a.findingReason),
                      entryCell(a.entrySeq, hashOfEntry(a.entrySeq)),
                      a.findingEntry > 0 ? QStringLiteral("<br/>") + entryCell(a.findingEntry, hashOfEntry(a.findingEntry))
                                         : QString());
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(tr("Timeline"), tr("When"), tr("What"), tr("Details"), tr("Audit entry"));
    for (const TimelineItem& i : *items) {
        QString detail = multiline(i.body);
        if (i.kind == TimelineKind::Post) {
            const TimelinePost p = posts->value(i.postId);
            detail = QStringLiteral("<i>%1, #%2</i><br/>%3").arg(esc(p.author), esc(p.channel), multiline(i.body));
        }
        h += QStringLiteral("<tr><td>%1</td><td>%2<br/><small>%3</small></td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(i.at.left(16).replace(u'T', u' ')), esc(i.title), esc(v.users.value(i.actorId)), detail,
                      entryCell(i.entrySeq, i.entryHash));
    }
    h += QStringLiteral("</table>");

    if (!v.interviews.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(tr("Interviews"));
        for (const CaseInterview& i : v.interviews) {
            h += QStringLiteral("<p><b>%1</b> — %2. %3: %4. %5</p>")
                     .arg(esc(i.heldAt.left(10)), esc(i.partyId > 0 ? v.partyName(i.partyId) : tr("no party named")),
                          esc(tr("Attendees")), esc(i.attendees.isEmpty() ? QStringLiteral("—") : i.attendees),
                          esc(i.agreed ? tr("Read back and agreed on %1.").arg(i.agreedAt.left(10))
                                       : tr("Not yet read back and agreed.")));
            h += QStringLiteral("<table><tr><th>%1</th><th>%2</th></tr>").arg(tr("Question"), tr("Answer"));
            for (qsizetype q = 0; q < i.questions.size(); ++q)
                h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(multiline(i.questions.at(q)), multiline(i.answers.value(q)));
            h += QStringLiteral("</table>");
            if (!i.notes.isEmpty())
                h += QStringLiteral("<p>%1</p>").arg(multiline(i.notes));
            h += QStringLiteral("<p>%1</p>").arg(entryCell(i.entrySeq, hashOfEntry(i.entrySeq)));
        }
    }

    h += QStringLiteral("<h2>%1</h2>").arg(tr("Outcomes"));
    if (v.outcomes.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(tr("No outcome recorded."));
    else {
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(tr("Respondent"), tr("Outcome"), tr("Reasoning"), tr("Counts until"), tr("Audit entry"));
        for (const CaseOutcome& o : v.outcomes)
            h += QStringLiteral("<tr><td>%1</td><td>%2%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                     .arg(esc(v.partyName(o.partyId)), esc(displayName(o.sanction)),
                          o.setAside ? QStringLiteral("<br/>") + esc(tr("(set aside on appeal)")) : QString(),
                          multiline(o.reasoning), esc(o.expiresAt.isEmpty() ? QStringLiteral("—") : o.expiresAt.left(10)),
                          entryCell(o.entrySeq, hashOfEntry(o.entrySeq)));
        h += QStringLiteral("</table>");
    }
    if (!v.appeals.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(tr("Appeals"), tr("Grounds"), tr("Decision"), tr("Reasoning"), tr("Audit entries"));
        for (const CaseAppeal& a : v.appeals)
            h += QStringLiteral("<tr><td>%1<br/><small>%2</small></td><td>%3<br/><small>%4</small></td><td>%5</td><td>%6%7</td></tr>")
                     .arg(multiline(a.grounds), esc(v.users.value(a.lodgedBy)), esc(displayName(a.status)),
                          esc(v.users.value(a.decidedBy)), multiline(a.decisionReason), entryCell(a.entrySeq, hashOfEntry(a.entrySeq)),
                          a.decisionEntry > 0 ? QStringLiteral("<br/>") + entryCell(a.decisionEntry, hashOfEntry(a.decisionEntry))
                                              : QString());
        h += QStringLiteral("</table>");
    }
    if (!v.evidence.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(tr("Evidence files"), tr("File"), tr("Size"), tr("SHA-256 at intake"), tr("Audit entry"));
        for (const EvidenceItem& e : v.evidence)
            h += QStringLiteral("<tr><td>%1<br/><small>%2</small></td><td>%3</td><td><code>%4</code></td><td>%5</td></tr>")
                     .arg(esc(e.fileName), esc(e.mediaType), tr("%n byte(s)", nullptr, static_cast<int>(qMin<qint64>(e.size, INT_MAX))),
                          QString::fromLatin1(e.sha256.toHex()), entryCell(e.entrySeq, hashOfEntry(e.entrySeq)));
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p class=\"entry\">%1</p>")
             .arg(esc(reportEntry > 0 ? tr("Printed by %1 on %2; recorded as audit entry %3.")
                                            .arg(session.user().name, now().left(16).replace(u'T', u' '))
                                            .arg(reportEntry)
                                      : tr("Printed by %1 on %2 from a read-only session (not recorded).")
                                            .arg(session.user().name, now().left(16).replace(u'T', u' '))));
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace custos::cases
