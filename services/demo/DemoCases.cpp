#include "demo/DemoCases.h"

#include "cases/CaseService.h"
#include "review/DecisionService.h"
#include "review/QueueService.h"
#include "workspace/Session.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QSet>

namespace custos::demo {

using namespace custos::domain;
using cases::CaseService;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("custos::demo::DemoCases", text); // the context lupdate files them under
}

QString daysFromNow(int days)
{
    return QDateTime::currentDateTimeUtc().date().addDays(days).toString(Qt::ISODate);
}

// The first respondent of a case.
qint64 respondentOf(const cases::CaseView& v)
{
    for (const cases::PartyView& p : v.parties)
        if (p.party.role == PartyRole::Respondent)
            return p.party.id;
    return 0;
}

// Every allegation found `finding`, the case moved to outcome and `sanction` recorded
// for its first respondent. Returns the outcome's id.
Result<qint64> decide(CaseService& svc, qint64 id, Finding finding, Sanction sanction, const QString& why)
{
    for (CaseStatus step : {CaseStatus::Investigating, CaseStatus::Findings}) {
        if (Status s = svc.setStatus(id, step); !s.ok())
            return s;
    }
    auto view = svc.show(id);
    if (!view)
        return view.status();
    for (const CaseAllegation& a : view->allegations)
        if (Status s = svc.recordFinding(a.id, finding, why); !s.ok())
            return s;
    if (Status s = svc.setStatus(id, CaseStatus::Outcome); !s.ok())
        return s;
    return svc.recordOutcome(id, respondentOf(*view), sanction, why);
}

struct Flags
{
    // Harassment flags by author, and one threat or profanity flag.
    QMap<qint64, QList<FlagListRow>> harassmentByAuthor;
    QList<FlagListRow> other;
};

Result<Flags> flagsOf(workspace::Session& session)
{
    review::QueueService queue(session);
    Flags f;
    for (Category c : {Category::Harassment, Category::Sexual}) {
        FlagFilter filter;
        filter.category = c;
        auto rows = queue.listFlags(filter, 500);
        if (!rows)
            return rows.status();
        for (const review::FlagItem& item : *rows)
            if (item.row.authorId > 0)
                f.harassmentByAuthor[item.row.authorId] << item.row;
    }
    for (Category c : {Category::Threat, Category::Profanity, Category::Hate}) {
        FlagFilter filter;
        filter.category = c;
        auto more = queue.listFlags(filter, 20);
        if (!more)
            return more.status();
        for (const review::FlagItem& item : *more)
            if (item.row.authorId > 0)
                f.other << item.row;
    }
    return f;
}

} // namespace

Status DemoCases::create(const QString& dir, const QString& passphrase)
{
    auto henriSession = workspace::Workspace::open(dir, QStringLiteral("henri"), passphrase);
    if (!henriSession)
        return henriSession.status();
    workspace::Session& s = **henriSession;
    CaseService henri(s);
    auto flags = flagsOf(s);
    if (!flags)
        return flags.status();
    // The author with the most harassment flags: an earlier, closed case about them, and
    // the case being investigated now, where their repeat history shows.
    auto postsOf = [](const QList<FlagListRow>& rows) {
        QSet<qint64> posts;
        for (const FlagListRow& r : rows)
            posts.insert(r.postId);
        return posts.size();
    };
    qint64 repeat = 0;
    for (auto it = flags->harassmentByAuthor.cbegin(); it != flags->harassmentByAuthor.cend(); ++it)
        if (!repeat || postsOf(*it) > postsOf(flags->harassmentByAuthor.value(repeat)))
            repeat = it.key();
    const QList<FlagListRow> theirs = flags->harassmentByAuthor.value(repeat);
    if (theirs.size() < 2 || flags->other.isEmpty())
        return Status(ErrorCode::Internal, tr("The demo corpus has too few planted harassment flags for the demo cases."));

    // 1. Closed: an earlier remark, substantiated, a written warning.
    cases::NewCaseRequest closed;
    closed.fields.title = tr("Demeaning remark in a channel");
    closed.fields.summary = tr("A team lead reported a demeaning remark about a colleague in a public channel.");
    closed.fields.priority = CasePriority::Moderate;
    closed.fields.intake = IntakeChannel::QueueFlag;
    closed.fields.incidentAt = theirs.first().postedAt.left(10);
    closed.fields.dueAt = daysFromNow(-5);
    closed.flagIds = {theirs.first().flagId};
    auto closedId = henri.open(closed);
    if (!closedId)
        return closedId.status();
    if (Status st = review::DecisionService(s).confirm({theirs.first().flagId}, tr("Opened as a case.")); !st.ok())
        return st;
    auto warning = decide(henri, *closedId, Finding::Substantiated, Sanction::WrittenWarning,
                          tr("The post is unambiguous and the author admitted it in the interview."));
    if (!warning)
        return warning.status();
    if (Status st = henri.setStatus(*closedId, CaseStatus::Closed); !st.ok())
        return st;

    // 2. Investigating: two more harassment flags, one of them by the same author.
    cases::NewCaseRequest current;
    current.fields.title = tr("Repeated insults towards a new colleague");
    current.fields.summary = tr("Several posts insulting a colleague who joined the team recently; the colleague "
                                "asked HR for help.");
    current.fields.priority = CasePriority::High;
    current.fields.intake = IntakeChannel::QueueFlag;
    current.fields.incidentAt = theirs.last().postedAt.left(10);
    current.fields.reportedAt = daysFromNow(-3);
    current.fields.dueAt = daysFromNow(21);
    // A later post of theirs (not the one the closed case is about).
    for (const FlagListRow& f : theirs)
        if (current.flagIds.isEmpty() && f.postId != theirs.first().postId)
            current.flagIds << f.flagId;
    if (current.flagIds.isEmpty())
        return Status(ErrorCode::Internal, tr("The demo corpus has too few planted harassment flags for the demo cases."));
    for (auto it = flags->harassmentByAuthor.cbegin(); it != flags->harassmentByAuthor.cend() && current.flagIds.size() < 2; ++it)
        if (it.key() != repeat)
            current.flagIds << it->first().flagId;
    current.parties = {{PartyRole::Complainant, 0, QStringLiteral("Jordan Lee"), false, tr("Joined the team in September.")}};
    auto currentId = henri.open(current);
    if (!currentId)
        return currentId.status();
    if (Status st = henri.setStatus(*currentId, CaseStatus::Investigating); !st.ok())
        return st;
    if (auto w = henri.addParty(*currentId, {PartyRole::Witness, 0, QStringLiteral("Priya Raman"), false,
                                             tr("Sits next to the complainant.")});
        !w)
        return w.status();
    if (auto n = henri.addNote(*currentId, tr("Spoke with the complainant's manager; she confirms the posts upset the team "
                                              "and asks for a quick resolution.")); !n)
        return n.status();
    const QByteArray statement = tr("Statement of Jordan Lee\n\nThe remarks started in my second week. I have kept "
                                    "screenshots of the direct messages.\n").toUtf8();
    if (auto e = henri.addEvidence(*currentId, QStringLiteral("statement-jordan-lee.txt"), QStringLiteral("text/plain"), statement,
                                   tr("Written statement of the complainant")); !e)
        return e.status();
    if (auto t = henri.addTask(*currentId, tr("Interview the witness"), s.user().id, daysFromNow(-1)); !t)
        return t.status(); // overdue: the case list marks it
    if (auto t = henri.addTask(*currentId, tr("Interview the respondents"), s.user().id, daysFromNow(7)); !t)
        return t.status();
    auto templates = henri.interviewTemplates();
    if (!templates)
        return templates.status();
    auto view = henri.show(*currentId);
    if (!view)
        return view.status();
    qint64 complainant = 0;
    for (const cases::PartyView& p : view->parties)
        if (p.party.role == PartyRole::Complainant)
            complainant = p.party.id;
    for (const InterviewTemplate& t : *templates) {
        if (t.type != AllegationType::Harassment)
            continue;
        CaseInterview interview;
        interview.partyId = complainant;
        interview.templateId = t.id;
        interview.heldAt = daysFromNow(-2);
        interview.attendees = tr("Henri Investigator, Jordan Lee, a works council member");
        interview.questions = t.questions;
        for (int i = 0; i < t.questions.size(); ++i)
            interview.answers << (i == 0 ? tr("In the team channel and in direct messages, over three weeks.")
                                         : tr("See the written statement."));
        interview.notes = tr("Calm and precise; brought printed screenshots.");
        auto recorded = henri.recordInterview(*currentId, interview);
        if (!recorded)
            return recorded.status();
        if (Status st = henri.agreeInterview(*recorded); !st.ok())
            return st;
        break;
    }

    // 3. Triage: an anonymous report of a leak; no name is stored.
    cases::NewCaseRequest anonymous;
    anonymous.fields.title = tr("Anonymous report: quarterly figures shared before release");
    anonymous.fields.summary = tr("A hotline report says unreleased quarterly figures were posted in a channel with "
                                  "external guests.");
    anonymous.fields.priority = CasePriority::Critical;
    anonymous.fields.intake = IntakeChannel::Anonymous;
    anonymous.fields.reportedAt = daysFromNow(-1);
    anonymous.fields.dueAt = daysFromNow(10);
    PartyInput reporter;
    reporter.role = PartyRole::Complainant;
    reporter.anonymous = true;
    anonymous.parties = {reporter};
    CaseAllegation leak;
    leak.type = AllegationType::ConfidentialLeak;
    leak.clause = QStringLiteral("5.1");
    leak.description = tr("Unreleased financial figures shared outside the finance team.");
    anonymous.allegations = {leak};
    if (auto a = henri.open(anonymous); !a)
        return a.status();

    // 4. Under appeal: a threat, a final warning, the respondent appeals; the appeal waits
    // for the compliance officer (not the investigator who decided the outcome).
    cases::NewCaseRequest threat;
    threat.fields.title = tr("Threatening message after a project review");
    threat.fields.summary = tr("A direct message threatening a colleague after a tense project review.");
    threat.fields.priority = CasePriority::High;
    threat.fields.intake = IntakeChannel::QueueFlag;
    threat.fields.incidentAt = flags->other.first().postedAt.left(10);
    threat.fields.dueAt = daysFromNow(14);
    threat.flagIds = {flags->other.first().flagId};
    auto threatId = henri.open(threat);
    if (!threatId)
        return threatId.status();
    auto final = decide(henri, *threatId, Finding::Substantiated, Sanction::FinalWarning,
                        tr("A threat against a colleague is serious misconduct under clause 3.4."));
    if (!final)
        return final.status();
    if (auto appeal = henri.lodgeAppeal(*final, tr("The respondent says the message was a joke between friends and "
                                                  "asks for the context to be considered."));
        !appeal)
        return appeal.status();
    return Status::success();
}

} // namespace custos::demo
