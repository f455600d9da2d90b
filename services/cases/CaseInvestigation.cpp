// Cases: evidence files, tasks, interview templates and interviews, findings, outcomes,
// repeat history and appeals.
#include "cases/CaseService.h"

#include "cases/CaseSupport.h"
#include "crypto/Crypto.h"
#include "domain/AuditActions.h"
#include "storage/CaseHistoryRepository.h"
#include "storage/CaseRepository.h"
#include "storage/UserRepository.h"
#include "workspace/Session.h"

#include <QDateTime>

namespace custos::cases {

using namespace custos::domain;
using namespace custos::cases::support;
using storage::CaseRepository;

namespace {

// Puts `row` on the case's timeline, standing for the row `id` just written; returns `id`.
Result<qint64> onTimeline(audit::AuditedTransaction& tx, CaseRepository& repo, qint64 caseId, const Result<qint64>& id,
                          TimelineItem row)
{
    if (!id)
        return id;
    row.refId = *id;
    if (auto added = repo.addTimeline(tx.write(), caseId, row); !added)
        return added.status();
    return id;
}

Status wrongStatus(const CaseRecord& c, CaseStatus needed, const QString& sentence)
{
    return {ErrorCode::InvalidArgument, sentence.arg(c.row.number, displayName(needed), displayName(c.row.status))};
}

} // namespace

Result<qint64> CaseService::addEvidence(qint64 caseId, const QString& fileName, const QString& mediaType, const QByteArray& content,
                                        const QString& description)
{
    workspace::Session& session = m_session;
    if (auto a = access(caseId, Operation::ManageCases); !a)
        return a.status();
    const QString name = fileName.trimmed();
    if (name.isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("An evidence file needs a name."));
    if (content.isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("The file %1 is empty; there is nothing to attach.").arg(name));
    if (content.size() > kMaxEvidenceBytes)
        return Status(ErrorCode::InvalidArgument, tr("The file %1 is larger than %2 MiB and cannot be attached. Attach a "
                                                     "smaller copy or keep it outside and note where.")
                                                      .arg(name)
                                                      .arg(kMaxEvidenceBytes / (1024 * 1024)));
    EvidenceItem e;
    e.fileName = name;
    e.mediaType = mediaType.isEmpty() ? QStringLiteral("application/octet-stream") : mediaType;
    e.size = content.size();
    e.sha256 = crypto::sha256(content);
    e.addedAt = now();
    e.addedBy = session.user().id;
    return create(session, actions::kCaseEvidenceAdd,
                  caseEntry(caseId, {{QStringLiteral("sha256"), QString::fromLatin1(e.sha256.toHex())},
                                     {QStringLiteral("size"), e.size}, {QStringLiteral("media_type"), e.mediaType}}),
                  QStringLiteral("evidence"), [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq) {
                      e.entrySeq = seq;
                      return onTimeline(tx, r, caseId, r.addEvidence(tx.write(), caseId, e, content),
                                        item(TimelineKind::Evidence, e.addedAt, e.addedBy, seq, name, description.trimmed()));
                  });
}

Result<QByteArray> CaseService::openEvidence(qint64 evidenceId, EvidenceItem* itemOut)
{
    workspace::Session& session = m_session;
    EvidenceItem found;
    auto c = accessVia(
        Operation::ViewCases,
        [&](CaseRepository& repo) -> Result<qint64> {
            qint64 caseId = 0;
            auto e = repo.evidenceItem(evidenceId, &caseId);
            if (!e)
                return e.status();
            if (*e)
                found = **e;
            return caseId;
        },
        tr("There is no evidence file %1.").arg(evidenceId));
    if (!c)
        return c.status();
    auto content = CaseRepository(session.database()).evidenceContent(evidenceId);
    if (!content)
        return content.status();
    if (!crypto::constantTimeEquals(crypto::sha256(*content), found.sha256))
        return Status(ErrorCode::Corrupted,
                      tr("The evidence file %1 no longer matches the SHA-256 taken when it was attached: it was changed "
                         "inside the workspace. Run custos-cli check and tell your administrator.")
                          .arg(found.fileName));
    if (Status s = recordRead(session, actions::kCaseEvidenceOpen, caseEntry(c->row.id, {{QStringLiteral("evidence"), evidenceId}}));
        !s.ok())
        return s;
    if (itemOut)
        *itemOut = found;
    return *content;
}

Result<qint64> CaseService::addTask(qint64 caseId, const QString& title, qint64 ownerId, const QString& dueAt)
{
    workspace::Session& session = m_session;
    if (auto a = access(caseId, Operation::ManageCases); !a)
        return a.status();
    if (title.trimmed().isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("A task needs a title."));
    auto due = normalisedDate(dueAt);
    if (!due)
        return Status(ErrorCode::InvalidArgument,
                      tr("The due date \"%1\" is not a date; write it as YYYY-MM-DD.").arg(dueAt.trimmed()));
    CaseTask t;
    t.title = title.trimmed();
    t.ownerId = ownerId > 0 ? ownerId : session.user().id;
    t.dueAt = *due;
    if (auto user = storage::UserRepository(session.database()).byId(t.ownerId); !user)
        return user.status();
    return create(session, actions::kCaseTaskAdd,
                  caseEntry(caseId, {{QStringLiteral("owner"), t.ownerId}, {QStringLiteral("due"), t.dueAt},
                                     {QStringLiteral("title_sha256"), hashOf(t.title)}}),
                  QStringLiteral("task"), [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq) {
                      t.entrySeq = seq;
                      auto id = onTimeline(tx, r, caseId, r.addTask(tx.write(), caseId, t),
                                           item(TimelineKind::Task, now(), session.user().id, seq, t.title));
                      if (!id || t.dueAt.isEmpty())
                          return id;
                      return onTimeline(tx, r, caseId, id, item(TimelineKind::Deadline, t.dueAt, session.user().id, seq, t.title));
                  });
}

Status CaseService::completeTask(qint64 taskId)
{
    workspace::Session& session = m_session;
    auto c = accessVia(
        Operation::ManageCases, [&](CaseRepository& repo) { return repo.caseOfTask(taskId); },
        tr("There is no task %1.").arg(taskId));
    if (!c)
        return c.status();
    const qint64 caseId = c->row.id;
    auto tasks = CaseRepository(session.database()).tasks(caseId, today());
    if (!tasks)
        return tasks.status();
    const auto task = std::find_if(tasks->begin(), tasks->end(), [&](const CaseTask& t) { return t.id == taskId; });
    if (!task->doneAt.isEmpty())
        return {ErrorCode::InvalidArgument, tr("Task %1 is already done.").arg(taskId)};
    const QString at = now();
    const QString title = task->title;
    return inTransaction(session, actions::kCaseTaskDone, caseEntry(caseId, {{QStringLiteral("task"), taskId}}),
                         [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, Entry&) -> Status {
                             if (Status st = r.completeTask(tx.write(), taskId, at); !st.ok())
                                 return st;
                             return onTimeline(tx, r, caseId, taskId, item(TimelineKind::Task, at, session.user().id, seq, title, kDone))
                                 .status();
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
    return create(session, actions::kInterviewTemplate,
                  {objects::kInterviewTemplate, t.id > 0 ? QString::number(t.id) : QString(),
                   {{QStringLiteral("type"), key(clean.type)}, {QStringLiteral("questions"), clean.questions.size()}}},
                  QStringLiteral("template"), [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64) {
                      return r.saveTemplate(tx.write(), clean, session.user().id, now());
                  });
}

Result<qint64> CaseService::recordInterview(qint64 caseId, const CaseInterview& interview)
{
    workspace::Session& session = m_session;
    if (auto a = access(caseId, Operation::ManageCases); !a)
        return a.status();
    if (interview.partyId > 0) {
        if (Status s = partyOfCase(session, caseId, interview.partyId); !s.ok())
            return s;
    }
    auto held = normalisedDate(interview.heldAt);
    if (!held)
        return Status(ErrorCode::InvalidArgument,
                      tr("The interview's date \"%1\" is not a date; write it as YYYY-MM-DD.").arg(interview.heldAt.trimmed()));
    CaseInterview i = interview;
    i.heldAt = held->isEmpty() ? now() : *held;
    i.notes = i.notes.trimmed();
    QString templateName;
    if (i.templateId > 0) {
        auto t = CaseRepository(session.database()).interviewTemplate(i.templateId);
        if (!t)
            return t.status();
        if (!*t)
            return Status(ErrorCode::NotFound, tr("There is no interview template %1.").arg(i.templateId));
        templateName = (*t)->name;
        if (i.questions.isEmpty())
            i.questions = (*t)->questions;
    }
    if (i.questions.isEmpty() && i.notes.isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("An interview needs its questions and answers, or notes."));
    if (i.answers.size() > i.questions.size())
        return Status(ErrorCode::InvalidArgument, tr("The interview has more answers than questions."));
    while (i.answers.size() < i.questions.size())
        i.answers << QString();
    const QString record = i.questions.join(u'\n') + u'\n' + i.answers.join(u'\n') + u'\n' + i.notes;
    return create(session, actions::kCaseInterview,
                  caseEntry(caseId, {{QStringLiteral("party"), i.partyId}, {QStringLiteral("questions"), i.questions.size()},
                                     {QStringLiteral("record_sha256"), hashOf(record)}}),
                  QStringLiteral("interview"), [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq) {
                      i.entrySeq = seq;
                      TimelineItem row = item(TimelineKind::Interview, i.heldAt, session.user().id, seq, templateName, i.notes);
                      row.partyId = i.partyId;
                      return onTimeline(tx, r, caseId, r.addInterview(tx.write(), caseId, i), row);
                  });
}

Status CaseService::agreeInterview(qint64 interviewId)
{
    auto c = accessVia(
        Operation::ManageCases, [&](CaseRepository& repo) { return repo.caseOfInterview(interviewId); },
        tr("There is no interview %1.").arg(interviewId));
    if (!c)
        return c.status();
    return inTransaction(m_session, actions::kCaseInterviewAgree, caseEntry(c->row.id, {{QStringLiteral("interview"), interviewId}}),
                         [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64, Entry&) {
                             return r.agreeInterview(tx.write(), interviewId, now());
                         });
}

Status CaseService::recordFinding(qint64 allegationId, Finding finding, const QString& reasoning)
{
    workspace::Session& session = m_session;
    auto c = accessVia(
        Operation::ManageCases, [&](CaseRepository& repo) { return repo.caseOfAllegation(allegationId); },
        tr("There is no allegation %1.").arg(allegationId));
    if (!c)
        return c.status();
    if (reasoning.trimmed().isEmpty())
        return {ErrorCode::InvalidArgument, tr("A finding needs its reasoning.")};
    if (c->row.status != CaseStatus::Findings)
        return wrongStatus(*c, CaseStatus::Findings, tr("Findings are recorded when case %1 is at %2; it is at %3."));
    const qint64 caseId = c->row.id;
    const QString at = now();
    return inTransaction(session, actions::kCaseFinding,
                         caseEntry(caseId, {{QStringLiteral("allegation"), allegationId}, {QStringLiteral("finding"), key(finding)},
                                            {QStringLiteral("reasoning_sha256"), hashOf(reasoning.trimmed())}}),
                         [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, Entry&) -> Status {
                             if (Status st = r.setFinding(tx.write(), allegationId, finding, reasoning.trimmed(),
                                                          session.user().id, at, seq);
                                 !st.ok())
                                 return st;
                             TimelineItem i = item(TimelineKind::Decision, at, session.user().id, seq,
                                                   decisionSubject(kFinding, key(finding)), reasoning.trimmed());
                             i.allegationId = allegationId;
                             return r.addTimeline(tx.write(), caseId, i).status();
                         });
}

Result<qint64> CaseService::recordOutcome(qint64 caseId, qint64 partyId, Sanction sanction, const QString& reasoning)
{
    workspace::Session& session = m_session;
    auto c = access(caseId, Operation::ManageCases);
    if (!c)
        return c.status();
    if (c->row.status != CaseStatus::Outcome)
        return wrongStatus(*c, CaseStatus::Outcome, tr("Outcomes are recorded when case %1 is at %2; it is at %3."));
    auto parties = CaseRepository(session.database()).parties(caseId);
    if (!parties)
        return parties.status();
    const bool respondent = std::any_of(parties->begin(), parties->end(), [&](const CaseParty& p) {
        return p.id == partyId && p.role == PartyRole::Respondent;
    });
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
    return create(session, actions::kCaseOutcome,
                  caseEntry(caseId, {{QStringLiteral("party"), partyId}, {QStringLiteral("sanction"), key(sanction)},
                                     {QStringLiteral("expires"), o.expiresAt},
                                     {QStringLiteral("reasoning_sha256"), hashOf(o.reasoning)}}),
                  QStringLiteral("outcome"), [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq) {
                      o.entrySeq = seq;
                      TimelineItem row = item(TimelineKind::Decision, o.decidedAt, o.decidedBy, seq,
                                              decisionSubject(kOutcome, key(sanction)), o.reasoning);
                      row.partyId = partyId;
                      return onTimeline(tx, r, caseId, r.addOutcome(tx.write(), caseId, o), row);
                  });
}

namespace {

Result<RepeatHistory> historyOf(storage::CaseHistoryRepository& repo, qint64 personId, const QString& name, qint64 exceptCase)
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
    if (auto a = access(caseId, Operation::ViewCases); !a)
        return a.status();
    auto parties = CaseRepository(m_session.database()).parties(caseId);
    if (!parties)
        return parties.status();
    storage::CaseHistoryRepository history(m_session.database());
    for (const CaseParty& p : *parties) {
        if (p.id == partyId)
            return historyOf(history, p.personId, p.name, caseId);
    }
    return Status(ErrorCode::NotFound, tr("Party %1 is not a party to this case.").arg(partyId));
}

Result<RepeatHistory> CaseService::authorHistory(qint64 personId, QList<CaseRow>* openCases)
{
    if (Status s = m_session.require(Operation::ViewCases); !s.ok())
        return s;
    storage::CaseHistoryRepository history(m_session.database());
    auto h = historyOf(history, personId, QString(), 0);
    if (!h)
        return h.status();
    // Only the cases this viewer may see are named.
    h->cases.removeIf([&](const RepeatHistory::EarlierCase& c) { return !access(c.caseId, Operation::ViewCases); });
    if (openCases) {
        auto open = history.openCasesOfRespondent(personId);
        if (!open)
            return open.status();
        *openCases = *open;
        openCases->removeIf([&](const CaseRow& r) { return !access(r.id, Operation::ViewCases); });
    }
    return *h;
}

Result<qint64> CaseService::lodgeAppeal(qint64 outcomeId, const QString& grounds)
{
    workspace::Session& session = m_session;
    auto c = accessVia(
        Operation::ManageCases, [&](CaseRepository& repo) { return repo.caseOfOutcome(outcomeId); },
        tr("There is no outcome %1.").arg(outcomeId));
    if (!c)
        return c.status();
    const qint64 caseId = c->row.id;
    if (grounds.trimmed().isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("An appeal needs its grounds."));
    CaseRepository repo(session.database());
    auto appeals = repo.appeals(caseId);
    auto outcomes = repo.outcomes(caseId);
    for (const Status& st : {appeals.status(), outcomes.status()}) {
        if (!st.ok())
            return st;
    }
    if (std::any_of(appeals->begin(), appeals->end(),
                    [&](const CaseAppeal& a) { return a.outcomeId == outcomeId && a.status == AppealStatus::Pending; }))
        return Status(ErrorCode::AlreadyExists, tr("An appeal against this outcome is already waiting for a decision."));
    const auto outcome = std::find_if(outcomes->begin(), outcomes->end(), [&](const CaseOutcome& o) { return o.id == outcomeId; });
    CaseAppeal a;
    a.outcomeId = outcomeId;
    a.grounds = grounds.trimmed();
    a.lodgedBy = session.user().id;
    a.lodgedAt = now();
    return create(session, actions::kCaseAppeal,
                  caseEntry(caseId, {{QStringLiteral("outcome"), outcomeId}, {QStringLiteral("grounds_sha256"), hashOf(a.grounds)}}),
                  QStringLiteral("appeal"), [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq) {
                      a.entrySeq = seq;
                      TimelineItem row = item(TimelineKind::Decision, a.lodgedAt, a.lodgedBy, seq,
                                              decisionSubject(kAppeal, key(AppealStatus::Pending)), a.grounds);
                      row.partyId = outcome->partyId;
                      return onTimeline(tx, r, caseId, r.addAppeal(tx.write(), caseId, a), row);
                  });
}

Status CaseService::decideAppeal(qint64 appealId, bool upheld, const QString& reasoning)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(Operation::DecideAppeal); !s.ok())
        return s;
    auto c = accessVia(
        Operation::ViewCases, [&](CaseRepository& repo) { return repo.caseOfAppeal(appealId); },
        tr("There is no appeal %1.").arg(appealId));
    if (!c)
        return c.status();
    const qint64 caseId = c->row.id;
    CaseRepository repo(session.database());
    auto appeals = repo.appeals(caseId);
    auto outcomes = repo.outcomes(caseId);
    for (const Status& st : {appeals.status(), outcomes.status()}) {
        if (!st.ok())
            return st;
    }
    const CaseAppeal appeal = *std::find_if(appeals->begin(), appeals->end(), [&](const CaseAppeal& a) { return a.id == appealId; });
    if (appeal.status != AppealStatus::Pending)
        return {ErrorCode::InvalidArgument, tr("Appeal %1 is already decided.").arg(appealId)};
    const CaseOutcome outcome =
        *std::find_if(outcomes->begin(), outcomes->end(), [&](const CaseOutcome& o) { return o.id == appeal.outcomeId; });
    if (outcome.decidedBy == session.user().id)
        return {ErrorCode::PermissionDenied, tr("You decided the outcome under appeal; someone else must decide the appeal.")};
    if (reasoning.trimmed().isEmpty())
        return {ErrorCode::InvalidArgument, tr("An appeal decision needs its reasoning.")};
    const AppealStatus status = upheld ? AppealStatus::Upheld : AppealStatus::Overturned;
    const QString at = now();
    return inTransaction(session, actions::kCaseAppealDecide,
                         caseEntry(caseId, {{QStringLiteral("appeal"), appealId}, {QStringLiteral("outcome"), outcome.id},
                                            {QStringLiteral("decision"), key(status)},
                                            {QStringLiteral("appeal_entry"), appeal.entrySeq},
                                            {QStringLiteral("reasoning_sha256"), hashOf(reasoning.trimmed())}}),
                         [&](audit::AuditedTransaction& tx, CaseRepository& r, qint64 seq, Entry&) -> Status {
                             if (Status st = r.decideAppeal(tx.write(), appealId, status, session.user().id, at,
                                                            reasoning.trimmed(), seq);
                                 !st.ok())
                                 return st;
                             if (!upheld) {
                                 if (Status st = r.setOutcomeAside(tx.write(), outcome.id); !st.ok())
                                     return st;
                             }
                             TimelineItem row = item(TimelineKind::Decision, at, session.user().id, seq,
                                                     decisionSubject(kAppeal, key(status)), reasoning.trimmed());
                             row.partyId = outcome.partyId;
                             return onTimeline(tx, r, caseId, appealId, row).status();
                         });
}

} // namespace custos::cases
