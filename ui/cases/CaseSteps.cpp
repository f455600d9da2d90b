// The steps an investigator takes on a case from the case view: each asks with a form,
// calls CaseService (which checks the role and signs the step) and reloads the view.
#include "cases/CaseView.h"

#include "cases/CaseViewSupport.h"
#include "cases/EvidenceViewer.h"
#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/SessionTasks.h"
#include "print/HtmlPdf.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeDatabase>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTableWidget>
#include <QTextBrowser>

namespace custos::ui {

using namespace custos::domain;
using namespace custos::ui::caseview;

void CaseView::moveStatus()
{
    if (!m_view)
        return;
    QList<QPair<QString, QVariant>> next;
    for (CaseStatus s : m_view->nextStatuses)
        next.append({displayName(s), key(s)});
    if (next.isEmpty()) {
        m_message->setText(tr("This case has no further status."));
        return;
    }
    FormDialog form(this, tr("Move case %1").arg(m_view->record.row.number),
                    tr("The case is at %1. Steps cannot be skipped; reopening a closed case needs a reason.")
                        .arg(displayName(m_view->record.row.status)));
    form.addChoice(QStringLiteral("status"), tr("Move to"), next);
    form.addText(QStringLiteral("reason"), tr("Reason"));
    form.setAcceptLabel(tr("Move"));
    if (!form.ask())
        return;
    const CaseStatus to = form.word<CaseStatus>(QStringLiteral("status"));
    after(m_cases.setStatus(m_caseId, to, form.text(QStringLiteral("reason"))), tr("Moved to %1.").arg(displayName(to)));
}

void CaseView::editCase()
{
    if (!m_view)
        return;
    const CaseRow& r = m_view->record.row;
    FormDialog form(this, tr("Edit case %1").arg(r.number));
    form.addLine(QStringLiteral("title"), tr("Title"), r.title, true);
    form.addText(QStringLiteral("summary"), tr("Summary"), m_view->record.summary);
    form.addWord<CasePriority>(QStringLiteral("priority"), tr("Priority"))
        ->setCurrentIndex(static_cast<int>(r.priority));
    form.addWord<IntakeChannel>(QStringLiteral("intake"), tr("Reached us by"))
        ->setCurrentIndex(static_cast<int>(r.intake));
    form.addDate(QStringLiteral("incident"), tr("Incident date"), m_view->record.incidentAt.left(10));
    form.addDate(QStringLiteral("reported"), tr("Reported on"), m_view->record.reportedAt.left(10));
    form.addDate(QStringLiteral("due"), tr("Due"), r.dueAt.left(10));
    if (!form.ask())
        return;
    CaseFields f;
    f.title = form.text(QStringLiteral("title"));
    f.summary = form.text(QStringLiteral("summary"));
    f.priority = form.word<CasePriority>(QStringLiteral("priority"));
    f.intake = form.word<IntakeChannel>(QStringLiteral("intake"));
    f.incidentAt = form.text(QStringLiteral("incident"));
    f.reportedAt = form.text(QStringLiteral("reported"));
    f.dueAt = form.text(QStringLiteral("due"));
    after(m_cases.edit(m_caseId, f), tr("Case changed."));
}

void CaseView::recordMessage()
{
    if (!m_view)
        return;
    const QList<QPair<QString, QVariant>> parties = partyChoices();
    if (parties.isEmpty()) {
        m_message->setText(tr("The case has no party to write to."));
        return;
    }
    FormDialog form(this, tr("Message in case %1").arg(m_view->record.row.number),
                    tr("The message is recorded on the timeline as sent by you; Custos itself sends nothing."));
    form.addChoice(QStringLiteral("party"), tr("To"), parties);
    form.addText(QStringLiteral("text"), tr("Message"), {}, true);
    if (!form.ask())
        return;
    auto recorded = m_cases.recordMessage(m_caseId, form.choice(QStringLiteral("party")).toLongLong(), form.text(QStringLiteral("text")));
    after(recorded.status(), tr("Message recorded."));
}

void CaseView::editTemplates()
{
    auto templates = m_cases.interviewTemplates();
    if (!templates) {
        after(templates.status(), {});
        return;
    }
    QList<QPair<QString, QVariant>> choices;
    for (const InterviewTemplate& t : *templates)
        choices.append({tr("%1 (%2)").arg(t.name, displayName(t.type)), t.id});
    FormDialog pick(this, tr("Interview templates"));
    pick.addChoice(QStringLiteral("template"), tr("Template"), choices);
    if (!pick.ask())
        return;
    InterviewTemplate t;
    for (const InterviewTemplate& candidate : *templates)
        if (candidate.id == pick.choice(QStringLiteral("template")).toLongLong())
            t = candidate;
    FormDialog form(this, tr("Interview template: %1").arg(t.name), tr("One question per line. Interviews already recorded keep "
                                                                        "the questions they were asked."));
    form.addLine(QStringLiteral("name"), tr("Name"), t.name, true);
    form.addText(QStringLiteral("questions"), tr("Questions"), t.questions.join(u'\n'), true);
    if (!form.ask())
        return;
    t.name = form.text(QStringLiteral("name"));
    t.questions.clear();
    for (const QString& line : form.text(QStringLiteral("questions")).split(u'\n'))
        if (!line.trimmed().isEmpty())
            t.questions << line.trimmed();
    auto saved = m_cases.saveInterviewTemplate(t);
    if (!saved) {
        Dialogs::showError(this, tr("The template was not saved"), saved.status().message());
        m_message->setText(saved.status().message());
        return;
    }
    m_message->setText(tr("Template %1 saved; new interviews ask its questions.").arg(t.name));
}

void CaseView::addNote()
{
    if (!m_view)
        return;
    FormDialog form(this, tr("Note on case %1").arg(m_view->record.row.number));
    form.addText(QStringLiteral("text"), tr("Note"), {}, true);
    form.addDate(QStringLiteral("at"), tr("When it happened"), QDate::currentDate().toString(Qt::ISODate));
    if (!form.ask())
        return;
    auto added = m_cases.addNote(m_caseId, form.text(QStringLiteral("text")), form.text(QStringLiteral("at")));
    after(added.status(), tr("Note added."));
}

void CaseView::addParty()
{
    if (!m_view)
        return;
    FormDialog form(this, tr("Party to case %1").arg(m_view->record.row.number),
                    tr("A person not in any export is entered by name. An anonymous reporter has no name at all."));
    form.addWord<PartyRole>(QStringLiteral("role"), tr("Role"));
    form.addLine(QStringLiteral("name"), tr("Name"));
    form.addCheck(QStringLiteral("anonymous"), tr("Anonymous reporter (no name is stored)"));
    form.addText(QStringLiteral("note"), tr("Note"));
    if (!form.ask())
        return;
    PartyInput p;
    p.role = form.word<PartyRole>(QStringLiteral("role"));
    p.anonymous = form.checked(QStringLiteral("anonymous"));
    p.name = p.anonymous ? QString() : form.text(QStringLiteral("name"));
    p.note = form.text(QStringLiteral("note"));
    auto added = m_cases.addParty(m_caseId, p);
    after(added.status(), tr("%1 added.").arg(displayName(p.role)));
}

void CaseView::addAllegation()
{
    if (!m_view)
        return;
    FormDialog form(this, tr("Allegation in case %1").arg(m_view->record.row.number));
    form.addWord<AllegationType>(QStringLiteral("type"), tr("Type"));
    form.addLine(QStringLiteral("clause"), tr("Policy clause"));
    form.addText(QStringLiteral("description"), tr("What is alleged"));
    QList<QPair<QString, QVariant>> respondents{{tr("The case's respondents"), 0}};
    respondents += partyChoices(PartyRole::Respondent);
    form.addChoice(QStringLiteral("respondent"), tr("Against"), respondents);
    if (!form.ask())
        return;
    CaseAllegation a;
    a.type = form.word<AllegationType>(QStringLiteral("type"));
    a.clause = form.text(QStringLiteral("clause"));
    a.description = form.text(QStringLiteral("description"));
    a.respondentPartyId = form.choice(QStringLiteral("respondent")).toLongLong();
    auto added = m_cases.addAllegation(m_caseId, a);
    after(added.status(), tr("Allegation added."));
}

void CaseView::addEvidence()
{
    if (!m_view)
        return;
    const QString path = Dialogs::chooseFile(this, tr("Attach evidence"), tr("Any file (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        after(Status(ErrorCode::Io, tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString())), {});
        return;
    }
    if (file.size() > cases::CaseService::kMaxEvidenceBytes) {
        after(Status(ErrorCode::InvalidArgument, tr("%1 is larger than %2 MiB and cannot be attached.")
                                                     .arg(QFileInfo(path).fileName())
                                                     .arg(cases::CaseService::kMaxEvidenceBytes / (1024 * 1024))),
              {});
        return;
    }
    const QByteArray content = file.readAll();
    FormDialog form(this, tr("Attach %1").arg(QFileInfo(path).fileName()),
                    tr("The file goes into the encrypted workspace with its SHA-256; nothing is kept outside it."));
    form.addText(QStringLiteral("description"), tr("What it shows"));
    if (!form.ask())
        return;
    const QString mediaType = QMimeDatabase().mimeTypeForFileNameAndData(path, content).name();
    auto added = m_cases.addEvidence(m_caseId, QFileInfo(path).fileName(), mediaType, content, form.text(QStringLiteral("description")));
    after(added.status(), tr("%1 attached.").arg(QFileInfo(path).fileName()));
}

qint64 CaseView::selectedEvidence() const
{
    const int row = m_evidenceTable->currentRow();
    return row >= 0 && m_evidenceTable->item(row, 0) ? m_evidenceTable->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void CaseView::openEvidence()
{
    const qint64 id = selectedEvidence();
    if (!id)
        return;
    EvidenceItem item;
    auto content = m_cases.openEvidence(id, &item);
    if (!content) {
        Dialogs::showError(this, tr("The file cannot be opened"), content.status().message());
        m_message->setText(content.status().message());
        return;
    }
    EvidenceViewer::show(this, item, *content);
    m_message->setText(tr("%1 viewed; recorded in the audit log.").arg(item.fileName));
}

void CaseView::saveEvidence()
{
    const qint64 id = selectedEvidence();
    if (!id)
        return;
    EvidenceItem item;
    auto content = m_cases.openEvidence(id, &item);
    if (!content) {
        Dialogs::showError(this, tr("The file cannot be saved"), content.status().message());
        return;
    }
    const QString path = Dialogs::chooseSaveFile(this, tr("Save a copy of %1").arg(item.fileName), tr("Any file (*)"), item.fileName);
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*content) != content->size() || !out.commit()) {
        Dialogs::showError(this, tr("The file cannot be saved"),
                           tr("%1 could not be written: %2. Nothing was saved.").arg(QDir::toNativeSeparators(path), out.errorString()));
        return;
    }
    m_message->setText(tr("A copy of %1 was saved to %2; it is outside the encrypted workspace now.")
                           .arg(item.fileName, QDir::toNativeSeparators(path)));
}

void CaseView::addTask()
{
    if (!m_view)
        return;
    FormDialog form(this, tr("Task in case %1").arg(m_view->record.row.number));
    form.addLine(QStringLiteral("title"), tr("Task"), {}, true);
    form.addChoice(QStringLiteral("owner"), tr("Owner"), userChoices());
    form.addDate(QStringLiteral("due"), tr("Due"), QDate::currentDate().addDays(7).toString(Qt::ISODate), true);
    if (!form.ask())
        return;
    auto added = m_cases.addTask(m_caseId, form.text(QStringLiteral("title")), form.choice(QStringLiteral("owner")).toLongLong(),
                                 form.text(QStringLiteral("due")));
    after(added.status(), tr("Task added."));
}

qint64 CaseView::selectedTask() const
{
    const int row = m_tasksTable->currentRow();
    return row >= 0 && m_tasksTable->item(row, 0) ? m_tasksTable->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void CaseView::completeTask()
{
    if (const qint64 id = selectedTask())
        after(m_cases.completeTask(id), tr("Task done."));
}

void CaseView::recordInterview()
{
    if (!m_view)
        return;
    auto templates = m_cases.interviewTemplates();
    if (!templates) {
        after(templates.status(), {});
        return;
    }
    // The template of the case's first allegation type first.
    QList<QPair<QString, QVariant>> choices;
    const AllegationType first = m_view->allegations.isEmpty() ? AllegationType::Other : m_view->allegations.first().type;
    for (const InterviewTemplate& t : *templates) {
        const QPair<QString, QVariant> c{t.name, t.id};
        if (t.type == first)
            choices.prepend(c);
        else
            choices.append(c);
    }
    FormDialog pick(this, tr("Interview in case %1").arg(m_view->record.row.number));
    pick.addChoice(QStringLiteral("party"), tr("Interviewee"), partyChoices());
    pick.addChoice(QStringLiteral("template"), tr("Template"), choices);
    if (!pick.ask())
        return;
    const qint64 templateId = pick.choice(QStringLiteral("template")).toLongLong();
    InterviewTemplate chosenTemplate;
    for (const InterviewTemplate& t : *templates)
        if (t.id == templateId)
            chosenTemplate = t;
    FormDialog form(this, tr("Interview: %1").arg(pick.text(QStringLiteral("party"))),
                    tr("Write the answers as given. Mark the interview as agreed once it was read back."));
    form.addDate(QStringLiteral("held"), tr("Held on"), QDate::currentDate().toString(Qt::ISODate), true);
    form.addLine(QStringLiteral("attendees"), tr("Attendees"), m_tasks->session().user().displayName, true);
    for (int q = 0; q < chosenTemplate.questions.size(); ++q)
        form.addText(QStringLiteral("answer%1").arg(q), chosenTemplate.questions.at(q));
    form.addText(QStringLiteral("notes"), tr("Notes"));
    form.addCheck(QStringLiteral("agreed"), tr("Read back to the interviewee and agreed"));
    if (!form.ask())
        return;
    CaseInterview i;
    i.partyId = pick.choice(QStringLiteral("party")).toLongLong();
    i.templateId = templateId;
    i.heldAt = form.text(QStringLiteral("held"));
    i.attendees = form.text(QStringLiteral("attendees"));
    i.questions = chosenTemplate.questions;
    for (int q = 0; q < chosenTemplate.questions.size(); ++q)
        i.answers << form.text(QStringLiteral("answer%1").arg(q));
    i.notes = form.text(QStringLiteral("notes"));
    auto recorded = m_cases.recordInterview(m_caseId, i);
    if (recorded && form.checked(QStringLiteral("agreed"))) {
        after(m_cases.agreeInterview(*recorded), tr("Interview recorded, read back and agreed."));
        return;
    }
    after(recorded.status(), tr("Interview recorded."));
}

void CaseView::agreeInterview()
{
    if (!m_view)
        return;
    QList<QPair<QString, QVariant>> open;
    for (const CaseInterview& i : m_view->interviews)
        if (!i.agreed)
            open.append({tr("%1 on %2").arg(m_view->partyName(i.partyId), dateText(i.heldAt)), i.id});
    if (open.isEmpty()) {
        m_message->setText(tr("Every interview is read back and agreed."));
        return;
    }
    FormDialog form(this, tr("Interview read back and agreed"));
    form.addChoice(QStringLiteral("interview"), tr("Interview"), open);
    if (!form.ask())
        return;
    after(m_cases.agreeInterview(form.choice(QStringLiteral("interview")).toLongLong()), tr("Interview agreed."));
}

bool CaseView::isAt(CaseStatus status)
{
    if (m_view->record.row.status == status)
        return true;
    m_message->setText(tr("This is recorded when the case is at %1; it is at %2. Move it there first (M).")
                           .arg(displayName(status), displayName(m_view->record.row.status)));
    return false;
}

void CaseView::recordFinding()
{
    if (!m_view || !isAt(CaseStatus::Findings))
        return;
    QList<QPair<QString, QVariant>> allegations;
    for (const CaseAllegation& a : m_view->allegations)
        allegations.append({a.clause.isEmpty() ? displayName(a.type) : tr("%1, clause %2").arg(displayName(a.type), a.clause), a.id});
    FormDialog form(this, tr("Finding in case %1").arg(m_view->record.row.number));
    form.addChoice(QStringLiteral("allegation"), tr("Allegation"), allegations);
    form.addWord<Finding>(QStringLiteral("finding"), tr("Finding"));
    form.addText(QStringLiteral("reasoning"), tr("Reasoning"), {}, true);
    if (!form.ask())
        return;
    const Finding f = form.word<Finding>(QStringLiteral("finding"));
    after(m_cases.recordFinding(form.choice(QStringLiteral("allegation")).toLongLong(), f, form.text(QStringLiteral("reasoning"))),
          tr("Finding recorded: %1.").arg(displayName(f)));
}

void CaseView::recordOutcome()
{
    if (!m_view || !isAt(CaseStatus::Outcome))
        return;
    const QList<QPair<QString, QVariant>> respondents = partyChoices(PartyRole::Respondent);
    if (respondents.isEmpty()) {
        m_message->setText(tr("The case has no respondent to decide an outcome for."));
        return;
    }
    FormDialog form(this, tr("Outcome in case %1").arg(m_view->record.row.number),
                    tr("Decide from the consequence ladder. The respondent's repeat history is shown below."));
    QComboBox* who = form.addChoice(QStringLiteral("respondent"), tr("Respondent"), respondents);
    form.addWord<Sanction>(QStringLiteral("sanction"), tr("Outcome"));
    form.addText(QStringLiteral("reasoning"), tr("Reasoning"), {}, true);
    QTextBrowser* history = form.addInfo(QString(), 140);
    history->setObjectName(QStringLiteral("repeatHistory"));
    auto showHistory = [this, who, history] {
        history->setHtml(QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Repeat history of %1").arg(who->currentText()))) +
                         repeatHistoryHtml(who->currentData().toLongLong()));
    };
    connect(who, &QComboBox::currentIndexChanged, history, showHistory);
    showHistory();
    if (!form.ask())
        return;
    const Sanction s = form.word<Sanction>(QStringLiteral("sanction"));
    auto recorded = m_cases.recordOutcome(m_caseId, form.choice(QStringLiteral("respondent")).toLongLong(), s,
                                          form.text(QStringLiteral("reasoning")));
    after(recorded.status(), tr("Outcome recorded: %1.").arg(displayName(s)));
}

void CaseView::lodgeAppeal()
{
    if (!m_view)
        return;
    QList<QPair<QString, QVariant>> outcomes;
    for (const CaseOutcome& o : m_view->outcomes)
        if (!o.setAside)
            outcomes.append({tr("%1: %2").arg(m_view->partyName(o.partyId), displayName(o.sanction)), o.id});
    if (outcomes.isEmpty()) {
        m_message->setText(tr("There is no outcome to appeal against."));
        return;
    }
    FormDialog form(this, tr("Appeal in case %1").arg(m_view->record.row.number),
                    tr("Someone other than who decided the outcome decides the appeal."));
    form.addChoice(QStringLiteral("outcome"), tr("Against"), outcomes);
    form.addText(QStringLiteral("grounds"), tr("Grounds"), {}, true);
    if (!form.ask())
        return;
    auto lodged = m_cases.lodgeAppeal(form.choice(QStringLiteral("outcome")).toLongLong(), form.text(QStringLiteral("grounds")));
    after(lodged.status(), tr("Appeal recorded; it waits for a decision."));
}

void CaseView::decideAppeal()
{
    if (!m_view)
        return;
    QList<QPair<QString, QVariant>> pending;
    for (const CaseAppeal& a : m_view->appeals)
        if (a.status == AppealStatus::Pending)
            pending.append({tr("Appeal of %1: %2").arg(dateText(a.lodgedAt), a.grounds.left(60)), a.id});
    if (pending.isEmpty()) {
        m_message->setText(tr("No appeal is waiting for a decision."));
        return;
    }
    FormDialog form(this, tr("Decide an appeal in case %1").arg(m_view->record.row.number));
    form.addChoice(QStringLiteral("appeal"), tr("Appeal"), pending);
    form.addChoice(QStringLiteral("decision"), tr("Decision"),
                   {{displayName(AppealStatus::Upheld), key(AppealStatus::Upheld)},
                    {displayName(AppealStatus::Overturned), key(AppealStatus::Overturned)}});
    form.addText(QStringLiteral("reasoning"), tr("Reasoning"), {}, true);
    if (!form.ask())
        return;
    const AppealStatus d = form.word<AppealStatus>(QStringLiteral("decision"));
    after(m_cases.decideAppeal(form.choice(QStringLiteral("appeal")).toLongLong(), d == AppealStatus::Upheld,
                               form.text(QStringLiteral("reasoning"))),
          tr("Appeal decided: %1.").arg(displayName(d)));
}

void CaseView::assign()
{
    if (!m_view)
        return;
    FormDialog form(this, tr("Investigators of case %1").arg(m_view->record.row.number));
    form.addChoice(QStringLiteral("user"), tr("Investigator"), userChoices());
    form.addChoice(QStringLiteral("assigned"), tr("Change"), {{tr("Assign"), true}, {tr("Remove from the case"), false}});
    if (!form.ask())
        return;
    after(m_cases.assign(m_caseId, form.choice(QStringLiteral("user")).toLongLong(), form.choice(QStringLiteral("assigned")).toBool()),
          tr("Investigators changed."));
}

void CaseView::linkCase()
{
    if (!m_view)
        return;
    FormDialog form(this, tr("Link case %1").arg(m_view->record.row.number));
    QList<QPair<QString, QVariant>> suggested;
    for (const RelatedCase& rc : m_view->related)
        if (!rc.linked)
            suggested.append({tr("%1 — %2 (%3)").arg(rc.number, rc.title, rc.reasons.join(QStringLiteral(", "))), rc.number});
    if (!suggested.isEmpty())
        form.addChoice(QStringLiteral("suggested"), tr("Suggested"), suggested);
    form.addLine(QStringLiteral("number"), tr("Or the case number"));
    if (!form.ask())
        return;
    const QString number = form.text(QStringLiteral("number")).isEmpty() ? form.choice(QStringLiteral("suggested")).toString()
                                                                         : form.text(QStringLiteral("number"));
    auto other = m_cases.find(number);
    if (!other) {
        after(other.status(), {});
        return;
    }
    after(m_cases.link(m_caseId, *other), tr("Linked with %1.").arg(number));
}

void CaseView::saveReport()
{
    if (!m_view)
        return;
    const QString path = Dialogs::chooseSaveFile(this, tr("Save the case report"), tr("PDF (*.pdf)"),
                                                 m_view->record.row.number + QStringLiteral(".pdf"));
    if (path.isEmpty())
        return;
    auto html = m_cases.reportHtml(m_caseId);
    if (!html) {
        after(html.status(), {});
        return;
    }
    if (Status s = print::HtmlPdf::write(*html, m_view->record.row.number, path); !s.ok()) {
        Dialogs::showError(this, tr("The report was not saved"), s.message());
        m_message->setText(s.message());
        return;
    }
    m_message->setText(tr("Report saved to %1; recorded in the audit log.").arg(QDir::toNativeSeparators(path)));
}

void CaseView::printReport()
{
    if (!m_view)
        return;
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto html = m_cases.reportHtml(m_caseId);
    if (!html) {
        after(html.status(), {});
        return;
    }
    print::HtmlPdf::print(*html, printer);
    m_message->setText(tr("Report sent to the printer; recorded in the audit log."));
}


} // namespace custos::ui
