// Cases: who may see one, intake (from flags or a report), and reading a case, the case
// list and the timeline. A case's own steps are in CaseProgress.cpp; evidence, tasks,
// interviews, findings, outcomes and appeals in CaseInvestigation.cpp; the report in
// CaseReport.cpp.
#include "cases/CaseService.h"

#include "cases/CaseSupport.h"
#include "domain/AuditActions.h"
#include "domain/Permissions.h"
#include "review/IdentityService.h"
#include "review/ReviewSupport.h"
#include "storage/CaseHistoryRepository.h"
#include "storage/CaseRepository.h"
#include "storage/ImportRepository.h"
#include "storage/PostRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/UserRepository.h"
#include "workspace/Session.h"

#include <QDate>
#include <QJsonArray>
#include <QSet>

namespace custos::cases {

using namespace custos::domain;
using namespace custos::cases::support;
using review::support::idArray;
using storage::CaseRepository;

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

Result<CaseRecord> CaseService::access(qint64 caseId, Operation op)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(op); !s.ok())
        return s;
    if (op != Operation::ViewCases) {
        if (Status s = session.require(Operation::ViewCases); !s.ok())
            return s;
    }
    auto record = CaseRepository(session.database()).caseRecord(caseId, today());
    if (!record)
        return record.status();
    if (!*record)
        return caseNotFound(QString::number(caseId));
    auto viewer = viewerOf(session);
    if (!viewer)
        return viewer.status();
    auto party = storage::CaseHistoryRepository(session.database()).hasParty(caseId, viewer->people, viewer->names);
    if (!party)
        return party.status();
    if (*party)
        return Status(ErrorCode::PermissionDenied,
                      tr("You are a party to case %1, so you may not see or work on it, whatever your role. Another "
                         "investigator must handle it.")
                          .arg((*record)->row.number));
    if (viewer->assignedTo > 0 && !(*record)->assigneeIds.contains(viewer->assignedTo))
        return Status(ErrorCode::PermissionDenied,
                      tr("Case %1 is not assigned to you; a compliance officer can assign you to it.").arg((*record)->row.number));
    return **record;
}

Result<CaseRecord> CaseService::accessVia(Operation op, const std::function<Result<qint64>(storage::CaseRepository&)>& caseOf,
                                          const QString& notFound)
{
    if (Status s = m_session.require(op); !s.ok())
        return s;
    CaseRepository repo(m_session.database());
    auto caseId = caseOf(repo);
    if (!caseId)
        return caseId.status();
    if (*caseId == 0)
        return Status(ErrorCode::NotFound, notFound);
    return access(*caseId, op);
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
        const bool known = std::any_of(parties->begin(), parties->end(), [&](const CaseParty& p) {
            return p.personId == author && p.role == PartyRole::Respondent;
        });
        if (known)
            continue;
        auto id = addPartyInTx(tx, repo, caseId, {PartyRole::Respondent, author, {}, false, {}}, actor, seq);
        if (!id)
            return id.status();
        respondents << *id;
    }
    QJsonArray types;
    for (const Category c : from.categories) {
        CaseAllegation a;
        a.type = allegationFor(c);
        const bool known = std::any_of(allegations->begin(), allegations->end(),
                                       [&](const CaseAllegation& b) { return b.type == a.type; });
        if (known || types.contains(key(a.type)))
            continue;
        if (auto id = addAllegationInTx(tx, repo, caseId, a, actor, seq); !id)
            return id.status();
        types.append(key(a.type));
    }
    details.insert(QStringLiteral("posts"), idArray(added));
    details.insert(QStringLiteral("flags"), idArray(from.flags));
    details.insert(QStringLiteral("respondent_parties"), idArray(respondents));
    details.insert(QStringLiteral("allegations"), types);
    return Status::success();
}

// Whether the viewer wrote one of the posts or is named among the parties.
bool isAmong(const storage::CaseViewer& viewer, const QList<qint64>& authors, const QList<PartyInput>& parties)
{
    for (const qint64 a : authors) {
        if (viewer.people.contains(a))
            return true;
    }
    for (const PartyInput& p : parties) {
        if (p.personId > 0 && viewer.people.contains(p.personId))
            return true;
        for (const QString& n : viewer.names) {
            if (p.personId <= 0 && !p.anonymous && p.name.trimmed().compare(n, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
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
        if (auto user = assignable(session, u, 0); !user)
            return user.status();
    }
    auto from = collectPosts(session, request.flagIds, request.postIds);
    if (!from)
        return from.status();
    auto viewer = viewerOf(session);
    if (!viewer)
        return viewer.status();
    if (isAmong(*viewer, from->authors, request.parties))
        return Status(ErrorCode::PermissionDenied,
                      tr("You would be a party to this case, so you may not open it. Another investigator must handle it."));
    const UserRecord& me = session.user();
    const QString at = now();
    const int year = QDate::currentDate().year();
    Entry entry{objects::kCase, {}, {{QStringLiteral("status"), key(CaseStatus::Triage)},
                                     {QStringLiteral("priority"), key(fields.priority)},
                                     {QStringLiteral("intake"), key(fields.intake)},
                                     {QStringLiteral("title_sha256"), hashOf(fields.title)}}};
    qint64 caseId = 0;
    Status s = inTransaction(session, actions::kCaseOpen, entry,
                             [&](audit::AuditedTransaction& tx, CaseRepository& repo, qint64 seq, Entry& e) -> Status {
        auto yearSeq = repo.nextYearSeq(year);
        if (!yearSeq)
            return yearSeq.status();
        const QString number = numberOf(year, *yearSeq);
        auto id = repo.addCase(tx.write(), fields, number, year, *yearSeq, me.id, at, seq);
        if (!id)
            return id.status();
        caseId = *id;
        e.objectId = QString::number(caseId);
        e.details.insert(QStringLiteral("case"), caseId);
        e.details.insert(QStringLiteral("number"), number);
        if (auto r = repo.addTimeline(tx.write(), caseId, item(TimelineKind::Status, at, me.id, seq, key(CaseStatus::Triage))); !r)
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
        e.details.insert(QStringLiteral("assignees"), idArray(assignees));
        QJsonArray parties;
        for (const PartyInput& p : request.parties) {
            auto pid = addPartyInTx(tx, repo, caseId, p, me.id, seq);
            if (!pid)
                return pid.status();
            parties.append(partyDetails(p, *pid));
        }
        e.details.insert(QStringLiteral("parties"), parties);
        QJsonArray allegations;
        for (const CaseAllegation& a : request.allegations) {
            auto aid = addAllegationInTx(tx, repo, caseId, a, me.id, seq);
            if (!aid)
                return aid.status();
            allegations.append(QJsonObject{{QStringLiteral("allegation"), *aid}, {QStringLiteral("type"), key(a.type)}});
        }
        e.details.insert(QStringLiteral("entered_allegations"), allegations);
        return addPostsInTx(tx, repo, caseId, *from, me.id, seq, e.details);
    });
    if (!s.ok())
        return s;
    session.markCaseViewed(caseId);
    return caseId;
}

Status CaseService::addPosts(qint64 caseId, const QList<qint64>& flagIds, const QList<qint64>& postIds)
{
    workspace::Session& session = m_session;
    auto record = access(caseId, Operation::ManageCases);
    if (!record)
        return record.status();
    if (flagIds.isEmpty() && postIds.isEmpty())
        return {ErrorCode::InvalidArgument, tr("Choose the flagged posts to add to the case.")};
    if (!isOpen(record->row.status))
        return {ErrorCode::InvalidArgument, tr("Case %1 is closed; reopen it to add posts.").arg(record->row.number)};
    auto from = collectPosts(session, flagIds, postIds);
    if (!from)
        return from.status();
    auto viewer = viewerOf(session);
    if (!viewer)
        return viewer.status();
    if (isAmong(*viewer, from->authors, {}))
        return {ErrorCode::PermissionDenied,
                tr("You wrote one of these posts, so you may not add it to a case. Another investigator must do it.")};
    return inTransaction(session, actions::kCasePostAdd, caseEntry(caseId),
                         [&](audit::AuditedTransaction& tx, CaseRepository& repo, qint64 seq, Entry& e) {
                             return addPostsInTx(tx, repo, caseId, *from, session.user().id, seq, e.details);
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

Result<QList<FoundPost>> CaseService::findPosts(const QString& query, int limit)
{
    if (Status s = m_session.require(Operation::ManageCases); !s.ok())
        return s;
    if (query.trimmed().isEmpty())
        return QList<FoundPost>();
    auto ids = storage::ImportRepository(m_session.database()).searchPosts(query.trimmed(), std::clamp(limit, 1, 5000));
    if (!ids)
        return Status(ErrorCode::InvalidArgument, tr("The search \"%1\" cannot be run: %2").arg(query.trimmed(), ids.status().message()));
    storage::PostRepository posts(m_session.database());
    review::IdentityService identity(m_session);
    QList<FoundPost> out;
    for (qint64 id : *ids) {
        auto p = posts.post(id);
        if (!p)
            return p.status();
        if (*p)
            out << FoundPost{id, (*p)->postedAt, (*p)->channel, (*p)->authorId > 0 ? identity.authorName((*p)->authorId) : QString(),
                             (*p)->text};
    }
    std::sort(out.begin(), out.end(), [](const FoundPost& a, const FoundPost& b) { return a.postedAt > b.postedAt; });
    return out;
}

Result<QList<UserRecord>> CaseService::investigators()
{
    if (Status s = m_session.require(Operation::ViewCases); !s.ok())
        return s;
    auto users = storage::UserRepository(m_session.database()).all();
    if (!users)
        return users.status();
    QList<UserRecord> out;
    for (const UserRecord& u : *users)
        if (u.isActive() && allows(u.role, Operation::ViewCases))
            out << u;
    return out;
}

QHash<qint64, QString> CaseService::partyNames(const QList<CaseParty>& parties) const
{
    review::IdentityService identity(m_session);
    QHash<qint64, QString> names;
    for (const CaseParty& p : parties)
        names.insert(p.id, p.anonymous ? tr("Anonymous reporter") : p.personId > 0 ? identity.authorName(p.personId) : p.name);
    return names;
}

Result<CaseView> CaseService::show(qint64 caseId)
{
    workspace::Session& session = m_session;
    auto record = access(caseId, Operation::ViewCases);
    if (!record)
        return record.status();
    if (!session.hasViewedCase(caseId)) {
        if (Status s = recordRead(session, actions::kCaseView, caseEntry(caseId)); !s.ok())
            return s;
        session.markCaseViewed(caseId);
    }
    CaseRepository repo(session.database());
    CaseView v;
    v.record = *record;
    auto parties = repo.parties(caseId);
    if (!parties)
        return parties.status();
    const QHash<qint64, QString> names = partyNames(*parties);
    for (const CaseParty& p : *parties)
        v.parties << PartyView{p, names.value(p.id)};
    auto allegations = repo.allegations(caseId);
    auto tasks = repo.tasks(caseId, today());
    auto interviews = repo.interviews(caseId);
    auto outcomes = repo.outcomes(caseId);
    auto appeals = repo.appeals(caseId);
    auto evidence = repo.evidence(caseId);
    auto related = storage::CaseHistoryRepository(session.database()).related(caseId);
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
        if (access(r.caseId, Operation::ViewCases))
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

QString describeDecision(const TimelineItem& i, const QString& party)
{
    const QString what = i.title.section(u':', 0, 0);
    const QString value = i.title.section(u':', 1);
    if (what == kFinding) {
        const auto f = fromKey<Finding>(value);
        return CaseService::tr("Finding: %1").arg(f ? displayName(*f) : value);
    }
    if (what == kOutcome) {
        const auto o = fromKey<Sanction>(value);
        return CaseService::tr("Outcome for %1: %2").arg(party, o ? displayName(*o) : value);
    }
    const auto a = fromKey<AppealStatus>(value);
    if (a == AppealStatus::Pending)
        return CaseService::tr("Appeal lodged");
    return CaseService::tr("Appeal decided: %1").arg(a ? displayName(*a) : value);
}

// The row's one line, in the viewer's language, from the language-neutral subject kept.
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
        return i.body == kDone ? CaseService::tr("Task done: %1").arg(i.title) : CaseService::tr("Task: %1").arg(i.title);
    case TimelineKind::Interview:
        return party.isEmpty() ? CaseService::tr("Interview") : CaseService::tr("Interview with %1").arg(party);
    case TimelineKind::Deadline:
        return i.title.isEmpty() ? CaseService::tr("Case due") : CaseService::tr("Task due: %1").arg(i.title);
    case TimelineKind::Party:
        if (i.title == kAssigned)
            return CaseService::tr("Investigator assigned: %1").arg(i.body);
        if (i.title == kUnassigned)
            return CaseService::tr("Investigator removed: %1").arg(i.body);
        if (const auto role = fromKey<PartyRole>(i.title))
            return CaseService::tr("%1 added: %2").arg(displayName(*role), party);
        return i.title;
    case TimelineKind::Allegation: {
        const auto type = fromKey<AllegationType>(i.title);
        return CaseService::tr("Allegation: %1").arg(type ? displayName(*type) : i.title);
    }
    case TimelineKind::Status: {
        const auto from = fromKey<CaseStatus>(i.title.section(u'>', 0, 0));
        const auto to = fromKey<CaseStatus>(i.title.section(u'>', 1));
        if (!i.title.contains(u'>'))
            return CaseService::tr("Case opened (%1)").arg(from ? displayName(*from) : i.title);
        return CaseService::tr("Status: %1 → %2")
            .arg(from ? displayName(*from) : i.title.section(u'>', 0, 0), to ? displayName(*to) : i.title.section(u'>', 1));
    }
    case TimelineKind::Decision:
        return describeDecision(i, party);
    }
    Q_UNREACHABLE();
}

} // namespace

Result<QList<TimelineItem>> CaseService::timeline(qint64 caseId, const TimelineFilter& filter)
{
    if (auto a = access(caseId, Operation::ViewCases); !a)
        return a.status();
    CaseRepository repo(m_session.database());
    auto items = repo.timeline(caseId, filter);
    if (!items)
        return items.status();
    auto parties = repo.parties(caseId);
    if (!parties)
        return parties.status();
    const QHash<qint64, QString> names = partyNames(*parties);
    QList<TimelineItem> out = *items;
    for (TimelineItem& i : out) {
        i.title = describe(i, names);
        if (i.kind == TimelineKind::Task && i.body == kDone)
            i.body.clear();
    }
    return out;
}

Result<QHash<qint64, TimelinePost>> CaseService::timelinePosts(qint64 caseId)
{
    if (auto a = access(caseId, Operation::ViewCases); !a)
        return a.status();
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

} // namespace custos::cases
