#include "cases/CaseView.h"

#include "TimelineModel.h"
#include "cases/CaseViewSupport.h"
#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/SessionTasks.h"
#include "common/Standing.h"
#include "common/SpanHighlight.h"
#include "print/HtmlPdf.h"
#include "queue/PostDetailView.h"
#include "review/QueueService.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace custos::ui {

using namespace custos::domain;
using namespace custos::ui::caseview;


CaseView::CaseView(SessionTasks* tasks, QWidget* parent)
    : QWidget(parent), m_tasks(tasks), m_cases(tasks->session()), m_header(new QLabel), m_message(new QLabel),
      m_actions(new QToolBar), m_tabs(new QTabWidget), m_timelineModel(new models::TimelineModel(tasks->session(), this)),
      m_timeline(new QTableView), m_kind(new QComboBox), m_party(new QComboBox), m_allegation(new QComboBox),
      m_jump(new QLineEdit), m_item(new PostDetailView), m_details(new QTextBrowser), m_tasksTable(new QTableWidget),
      m_evidenceTable(new QTableWidget), m_interviews(new QTextBrowser)
{
    setObjectName(QStringLiteral("caseView"));
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_message->setObjectName(QStringLiteral("caseMessage"));
    m_message->setWordWrap(true);
    m_actions->setObjectName(QStringLiteral("caseActions"));
    m_actions->setToolButtonStyle(Qt::ToolButtonTextOnly);

    const struct
    {
        const char* name;
        QString text;
        QString tip;
        Qt::Key key;
        void (CaseView::*slot)();
    } actions[] = {
        {"moveStatusAction", tr("&Move…"), tr("Move the case to its next status (M)"), Qt::Key_M, &CaseView::moveStatus},
        {"editAction", tr("C&hange…"), tr("Change the title, summary, priority, intake or dates (H)"), Qt::Key_H,
         &CaseView::editCase},
        {"noteAction", tr("&Note…"), tr("Add a note to the timeline (N)"), Qt::Key_N, &CaseView::addNote},
        {"messageAction", tr("Mess&age…"), tr("Record a message to a party; Custos sends nothing (S)"), Qt::Key_S,
         &CaseView::recordMessage},
        {"partyAction", tr("&Party…"), tr("Add a complainant, respondent, witness or other party (P)"), Qt::Key_P,
         &CaseView::addParty},
        {"allegationAction", tr("Alle&gation…"), tr("Add an allegation (G)"), Qt::Key_G, &CaseView::addAllegation},
        {"evidenceAction", tr("&Evidence…"), tr("Attach a file into the encrypted workspace (E)"), Qt::Key_E,
         &CaseView::addEvidence},
        {"taskAction", tr("&Task…"), tr("Add a task with an owner and a due date (T)"), Qt::Key_T, &CaseView::addTask},
        {"interviewAction", tr("&Interview…"), tr("Record an interview from a template (I)"), Qt::Key_I,
         &CaseView::recordInterview},
        {"findingAction", tr("&Finding…"), tr("Record the finding on an allegation (F)"), Qt::Key_F, &CaseView::recordFinding},
        {"outcomeAction", tr("&Outcome…"), tr("Record the outcome for a respondent, with their repeat history (O)"), Qt::Key_O,
         &CaseView::recordOutcome},
        {"appealAction", tr("Appea&l…"), tr("Record an appeal against an outcome (L)"), Qt::Key_L, &CaseView::lodgeAppeal},
        {"decideAppealAction", tr("&Decide appeal…"), tr("Decide a pending appeal (compliance officers)"), Qt::Key_unknown,
         &CaseView::decideAppeal},
        {"assignAction", tr("A&ssign…"), tr("Assign or remove an investigator"), Qt::Key_unknown, &CaseView::assign},
        {"linkAction", tr("Lin&k…"), tr("Link a related case"), Qt::Key_unknown, &CaseView::linkCase},
        {"reportAction", tr("&Report PDF…"), tr("Save the case report as PDF, every step with its audit entry (R)"), Qt::Key_R,
         &CaseView::saveReport},
        {"printAction", tr("Print…"), tr("Print the case report"), Qt::Key_unknown, &CaseView::printReport},
        {"templatesAction", tr("Interview templates…"), tr("Edit the questions of the interview templates (compliance officers)"),
         Qt::Key_unknown, &CaseView::editTemplates},
    };
    for (const auto& a : actions) {
        QAction* action = m_actions->addAction(a.text);
        action->setObjectName(QString::fromLatin1(a.name));
        action->setToolTip(a.tip);
        if (a.key != Qt::Key_unknown) {
            action->setShortcut(QKeySequence(a.key));
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(action);
        }
        connect(action, &QAction::triggered, this, a.slot);
    }
    // What the role may not do is not offered (the service refuses it anyway).
    const Role role = tasks->session().user().role;
    m_actions->findChild<QAction*>(QStringLiteral("decideAppealAction"))->setVisible(allows(role, Operation::DecideAppeal));
    m_actions->findChild<QAction*>(QStringLiteral("assignAction"))->setVisible(allows(role, Operation::AssignCases));
    m_actions->findChild<QAction*>(QStringLiteral("templatesAction"))->setVisible(allows(role, Operation::EditInterviewTemplates));

    // The timeline: filters above, the entries, and the selected entry in full below.
    m_kind->setObjectName(QStringLiteral("timelineKind"));
    m_kind->addItem(tr("Every kind"));
    for (const Word<TimelineKind>& w : wordsOf<TimelineKind>())
        m_kind->addItem(models::TimelineModel::kindLabel(w.value), key(w.value));
    m_party->setObjectName(QStringLiteral("timelineParty"));
    m_allegation->setObjectName(QStringLiteral("timelineAllegation"));
    m_jump->setObjectName(QStringLiteral("timelineJump"));
    m_jump->setPlaceholderText(tr("Jump to YYYY-MM-DD"));
    m_jump->setMaximumWidth(170);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_party);
    filters->addWidget(m_allegation);
    filters->addStretch(1);
    filters->addWidget(m_jump);
    m_timeline->setObjectName(QStringLiteral("timelineTable"));
    m_timeline->setModel(m_timelineModel);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->verticalHeader()->hide();
    m_timeline->horizontalHeader()->setSectionResizeMode(models::TimelineModel::WhatColumn, QHeaderView::Stretch);
    m_timeline->setColumnWidth(models::TimelineModel::WhenColumn, 115);
    m_timeline->setColumnWidth(models::TimelineModel::KindColumn, 105);
    m_timeline->setColumnWidth(models::TimelineModel::ByColumn, 100);
    m_timeline->setColumnWidth(models::TimelineModel::EntryColumn, 55);
    for (QComboBox* box : {m_kind, m_party, m_allegation}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(9);
    }
    m_timeline->setWordWrap(false);
    m_item->setObjectName(QStringLiteral("timelineItem"));
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_timeline);
    split->addWidget(m_item);
    split->setSizes({300, 200});
    auto* timelineTab = new QWidget;
    auto* timelineLayout = new QVBoxLayout(timelineTab);
    timelineLayout->setContentsMargins(0, 4, 0, 0);
    timelineLayout->addLayout(filters);
    timelineLayout->addWidget(split, 1);
    m_tabs->addTab(timelineTab, tr("Timeline"));

    m_details->setObjectName(QStringLiteral("caseDetails"));
    m_tabs->addTab(m_details, tr("Parties and decisions"));

    auto* tasksTab = new QWidget;
    auto* tasksLayout = new QVBoxLayout(tasksTab);
    m_tasksTable->setObjectName(QStringLiteral("caseTasks"));
    m_tasksTable->setColumnCount(4);
    m_tasksTable->setHorizontalHeaderLabels({tr("Task"), tr("Owner"), tr("Due"), tr("Done")});
    m_tasksTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tasksTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tasksTable->verticalHeader()->hide();
    auto* done = new QPushButton(tr("Mark done"));
    done->setObjectName(QStringLiteral("taskDoneButton"));
    tasksLayout->addWidget(m_tasksTable, 1);
    tasksLayout->addWidget(done, 0, Qt::AlignLeft);
    m_tabs->addTab(tasksTab, tr("Tasks"));

    auto* interviewsTab = new QWidget;
    auto* interviewsLayout = new QVBoxLayout(interviewsTab);
    m_interviews->setObjectName(QStringLiteral("caseInterviews"));
    auto* agree = new QPushButton(tr("Read back and agreed…"));
    agree->setObjectName(QStringLiteral("interviewAgreeButton"));
    interviewsLayout->addWidget(m_interviews, 1);
    interviewsLayout->addWidget(agree, 0, Qt::AlignLeft);
    m_tabs->addTab(interviewsTab, tr("Interviews"));

    auto* evidenceTab = new QWidget;
    auto* evidenceLayout = new QVBoxLayout(evidenceTab);
    m_evidenceTable->setObjectName(QStringLiteral("caseEvidence"));
    m_evidenceTable->setColumnCount(5);
    m_evidenceTable->setHorizontalHeaderLabels({tr("File"), tr("Type"), tr("Size"), tr("SHA-256 at intake"), tr("Added")});
    m_evidenceTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_evidenceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evidenceTable->verticalHeader()->hide();
    auto* view = new QPushButton(tr("View"));
    view->setObjectName(QStringLiteral("evidenceViewButton"));
    auto* save = new QPushButton(tr("Save a copy…"));
    save->setObjectName(QStringLiteral("evidenceSaveButton"));
    auto* evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(view);
    evidenceButtons->addWidget(save);
    evidenceButtons->addStretch(1);
    evidenceLayout->addWidget(m_evidenceTable, 1);
    evidenceLayout->addLayout(evidenceButtons);
    m_tabs->addTab(evidenceTab, tr("Evidence"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_actions);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CaseView::applyTimelineFilter);
    connect(m_party, &QComboBox::currentIndexChanged, this, &CaseView::applyTimelineFilter);
    connect(m_allegation, &QComboBox::currentIndexChanged, this, &CaseView::applyTimelineFilter);
    connect(m_jump, &QLineEdit::returnPressed, this, &CaseView::jumpToDate);
    connect(m_timeline->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CaseView::showItem);
    connect(done, &QPushButton::clicked, this, &CaseView::completeTask);
    connect(agree, &QPushButton::clicked, this, &CaseView::agreeInterview);
    connect(view, &QPushButton::clicked, this, &CaseView::openEvidence);
    connect(save, &QPushButton::clicked, this, &CaseView::saveEvidence);
    connect(m_evidenceTable, &QTableWidget::cellDoubleClicked, this, &CaseView::openEvidence);
    showCase(0);
}

void CaseView::showCase(qint64 caseId)
{
    m_caseId = caseId;
    m_message->clear();
    reload();
}

void CaseView::reload()
{
    m_view.reset();
    const bool any = m_caseId > 0;
    m_actions->setEnabled(any);
    m_tabs->setEnabled(any);
    if (!any) {
        m_header->setText(tr("<p>Choose a case in the list, or open a new one.</p>"));
        (void)m_timelineModel->setCase(0);
        m_details->clear();
        m_item->clear();
        m_tasksTable->setRowCount(0);
        m_evidenceTable->setRowCount(0);
        m_interviews->clear();
        return;
    }
    auto v = m_cases.show(m_caseId);
    if (!v) {
        m_header->setText(QStringLiteral("<p>%1</p>").arg(esc(v.status().message())));
        m_actions->setEnabled(false);
        m_tabs->setEnabled(false);
        return;
    }
    m_view = *v;
    const CaseRow& r = v->record.row;
    QStringList investigators;
    for (qint64 id : v->record.assigneeIds)
        investigators << v->users.value(id);
    QString due = esc(dateText(r.dueAt));
    const bool pastDue = isOpen(r.status) && !r.dueAt.isEmpty() && r.dueAt.left(10) < QDate::currentDate().toString(Qt::ISODate);
    if (pastDue)
        due = QStringLiteral("<span style='color:#a40000;'>⚠ %1</span>").arg(esc(tr("%1, overdue").arg(dateText(r.dueAt))));
    if (r.overdueTasks > 0)
        due += QStringLiteral(" <span style='color:#a40000;'>⚠ %1</span>").arg(esc(tr("%n task(s) overdue", nullptr, r.overdueTasks)));
    m_header->setText(
        QStringLiteral("<h2 style='margin:0;'>%1 — %2</h2><p>%3</p>")
            .arg(esc(r.number), esc(r.title),
                 tr("<b>%1</b> · priority %2 · %3 · incident %4 · reported %5 · opened %6 · due %7 · investigators: %8")
                     .arg(esc(displayName(r.status)), esc(displayName(r.priority)), esc(displayName(r.intake)),
                          esc(dateText(v->record.incidentAt)), esc(dateText(v->record.reportedAt)), esc(dateText(r.openedAt)),
                          due, esc(investigators.isEmpty() ? tr("none") : investigators.join(QStringLiteral(", "))))));

    // The timeline's party and allegation filters follow the case.
    const QSignalBlocker b1(m_party), b2(m_allegation);
    const QVariant party = m_party->currentData(), allegation = m_allegation->currentData();
    m_party->clear();
    m_party->addItem(tr("Every party"));
    for (const cases::PartyView& p : v->parties)
        m_party->addItem(tr("%1 (%2)").arg(p.displayName, displayName(p.party.role)), p.party.id);
    m_party->setCurrentIndex(std::max(0, m_party->findData(party)));
    m_allegation->clear();
    m_allegation->addItem(tr("Every allegation"));
    for (const CaseAllegation& a : v->allegations)
        m_allegation->addItem(displayName(a.type), a.id);
    m_allegation->setCurrentIndex(std::max(0, m_allegation->findData(allegation)));
    applyTimelineFilter();

    m_details->setHtml(detailsHtml());
    m_tasksTable->setRowCount(0);
    for (const CaseTask& t : v->tasks) {
        const int row = m_tasksTable->rowCount();
        m_tasksTable->insertRow(row);
        m_tasksTable->setItem(row, 0, cell(t.title, t.id));
        m_tasksTable->setItem(row, 1, cell(v->users.value(t.ownerId)));
        m_tasksTable->setItem(row, 2, cell(t.overdue ? tr("⚠ %1 overdue").arg(dateText(t.dueAt)) : dateText(t.dueAt)));
        m_tasksTable->setItem(row, 3, cell(t.doneAt.isEmpty() ? QString() : dateText(t.doneAt)));
    }
    m_evidenceTable->setRowCount(0);
    for (const EvidenceItem& e : v->evidence) {
        const int row = m_evidenceTable->rowCount();
        m_evidenceTable->insertRow(row);
        m_evidenceTable->setItem(row, 0, cell(e.fileName, e.id));
        m_evidenceTable->setItem(row, 1, cell(e.mediaType));
        m_evidenceTable->setItem(row, 2, cell(QLocale().formattedDataSize(e.size)));
        m_evidenceTable->setItem(row, 3, cell(QString::fromLatin1(e.sha256.toHex())));
        m_evidenceTable->setItem(row, 4, cell(dateText(e.addedAt)));
    }
    QString interviews;
    for (const CaseInterview& i : v->interviews) {
        interviews += QStringLiteral("<h3>%1</h3><p>%2</p>")
                          .arg(esc(tr("Interview with %1 on %2").arg(v->partyName(i.partyId), dateText(i.heldAt))),
                               esc(tr("Attendees: %1").arg(i.attendees)) + QStringLiteral(" · ") +
                                   (i.agreed ? esc(tr("read back and agreed on %1").arg(dateText(i.agreedAt)))
                                             : QStringLiteral("<b>%1</b>").arg(esc(tr("not yet read back")))));
        interviews += QStringLiteral("<ol>");
        for (int q = 0; q < i.questions.size(); ++q)
            interviews += QStringLiteral("<li><i>%1</i><br/>%2</li>").arg(esc(i.questions.at(q)), esc(i.answers.value(q)));
        interviews += QStringLiteral("</ol>");
        if (!i.notes.isEmpty())
            interviews += QStringLiteral("<p>%1</p>").arg(esc(i.notes));
    }
    m_interviews->setHtml(interviews.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("No interview recorded yet."))) : interviews);
    m_tabs->setTabText(2, tr("Tasks (%1)").arg(v->tasks.size()));
    m_tabs->setTabText(3, tr("Interviews (%1)").arg(v->interviews.size()));
    m_tabs->setTabText(4, tr("Evidence (%1)").arg(v->evidence.size()));
}

QString CaseView::repeatHistoryHtml(qint64 partyId) const
{
    auto h = const_cast<cases::CaseService&>(m_cases).repeatHistory(m_caseId, partyId);
    if (!h)
        return QStringLiteral("<p>%1</p>").arg(esc(h.status().message()));
    QString html;
    if (h->cases.isEmpty() && h->sanctions.isEmpty() && h->confirmedFlags == 0)
        return QStringLiteral("<p>%1</p>").arg(esc(tr("No earlier case, sanction or confirmed flag.")));
    html += QStringLiteral("<ul>");
    for (const auto& c : h->cases) {
        QStringList findings;
        for (Finding f : c.findings)
            findings << displayName(f);
        html += QStringLiteral("<li>%1</li>")
                    .arg(esc(tr("Case %1 (%2), opened %3: %4")
                                 .arg(c.number, displayName(c.status), dateText(c.openedAt),
                                      findings.isEmpty() ? tr("no finding yet") : findings.join(QStringLiteral(", ")))));
    }
    for (const auto& s : h->sanctions)
        html += QStringLiteral("<li><b>%1</b></li>")
                    .arg(esc(tr("In force: %1 from case %2, decided %3, %4")
                                 .arg(displayName(s.sanction), s.caseNumber, dateText(s.decidedAt),
                                      s.expiresAt.isEmpty() ? tr("does not expire") : tr("until %1").arg(dateText(s.expiresAt)))));
    if (h->confirmedFlags > 0) {
        QStringList categories;
        for (const QString& c : h->confirmedCategories)
            categories << (fromKey<Category>(c) ? displayName(*fromKey<Category>(c)) : c);
        html += QStringLiteral("<li>%1</li>")
                    .arg(esc(tr("%n confirmed flag(s): %1", nullptr, h->confirmedFlags).arg(categories.join(QStringLiteral(", ")))));
    }
    return html + QStringLiteral("</ul>");
}


QString CaseView::detailsHtml() const
{
    const cases::CaseView& v = *m_view;
    QString h;
    if (!v.record.summary.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(v.record.summary).replace(u'\n', QStringLiteral("<br/>")));
    h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Parties")));
    for (const cases::PartyView& p : v.parties)
        h += QStringLiteral("<li><b>%1</b> · %2%3</li>")
                 .arg(esc(p.displayName), esc(displayName(p.party.role)),
                      p.party.note.isEmpty() ? QString() : QStringLiteral(" · ") + esc(p.party.note));
    h += QStringLiteral("</ul><h3>%1</h3><ul>").arg(esc(tr("Allegations and findings")));
    for (const CaseAllegation& a : v.allegations) {
        QString line = QStringLiteral("<b>%1</b>").arg(esc(displayName(a.type)));
        if (!a.clause.isEmpty())
            line += QStringLiteral(" · ") + esc(tr("clause %1").arg(a.clause));
        if (!a.description.isEmpty())
            line += QStringLiteral(" · ") + esc(a.description);
        line += QStringLiteral(" — ") + (a.finding ? QStringLiteral("<b>%1</b>: %2").arg(esc(displayName(*a.finding)), esc(a.findingReason))
                                                   : esc(tr("no finding yet")));
        h += QStringLiteral("<li>%1</li>").arg(line);
    }
    h += QStringLiteral("</ul>");
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Outcomes")));
    if (v.outcomes.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No outcome recorded.")));
    h += QStringLiteral("<ul>");
    for (const CaseOutcome& o : v.outcomes) {
        h += QStringLiteral("<li><b>%1</b>: %2%3 — %4</li>")
                 .arg(esc(v.partyName(o.partyId)), esc(displayName(o.sanction)),
                      o.setAside ? QStringLiteral(" (<b>%1</b>)").arg(esc(tr("set aside on appeal")))
                      : o.expiresAt.isEmpty() ? QString()
                                              : esc(tr(", counts until %1").arg(dateText(o.expiresAt))),
                      esc(o.reasoning));
        for (const CaseAppeal& a : v.appeals) {
            if (a.outcomeId != o.id)
                continue;
            h += QStringLiteral("<ul><li>%1 · <b>%2</b>%3</li></ul>")
                     .arg(esc(tr("Appeal of %1: %2").arg(dateText(a.lodgedAt), a.grounds)), esc(displayName(a.status)),
                          a.decisionReason.isEmpty() ? QString() : QStringLiteral(" — ") + esc(a.decisionReason));
        }
    }
    h += QStringLiteral("</ul>");
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Repeat history of the respondents")));
    for (const cases::PartyView& p : v.parties) {
        if (p.party.role != PartyRole::Respondent)
            continue;
        h += QStringLiteral("<p><b>%1</b></p>").arg(esc(p.displayName)) + repeatHistoryHtml(p.party.id);
        h += Standing::html(m_tasks->session(), p.party.personId,
                            v.record.incidentAt.isEmpty() ? v.record.row.openedAt : v.record.incidentAt, Standing::When::Incident);
    }
    if (!v.related.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Related cases")));
        for (const RelatedCase& rc : v.related)
            h += QStringLiteral("<li>%1 — %2 (%3): %4</li>")
                     .arg(esc(rc.number), esc(rc.title), esc(displayName(rc.status)), esc(rc.reasons.join(QStringLiteral(", "))));
        h += QStringLiteral("</ul>");
    }
    return h;
}

void CaseView::applyTimelineFilter()
{
    TimelineFilter f;
    if (const auto kind = fromKey<TimelineKind>(m_kind->currentData().toString()))
        f.kinds = {*kind};
    f.partyId = m_party->currentData().toLongLong();
    f.allegationId = m_allegation->currentData().toLongLong();
    const qint64 keep = m_timeline->currentIndex().data(models::TimelineModel::ItemIdRole).toLongLong();
    // The same case keeps the model's names of users; only its entries are read again.
    const Status read = m_timelineModel->caseId() == m_caseId && m_caseId > 0 ? m_timelineModel->setFilter(f)
                                                                              : m_timelineModel->setCase(m_caseId, f);
    if (const Status& s = read; !s.ok())
        m_message->setText(s.message());
    int row = m_timelineModel->rowCount() - 1; // the latest entry unless the one shown is still there
    for (int i = 0; i < m_timelineModel->rowCount(); ++i)
        if (m_timelineModel->itemAt(i)->id == keep)
            row = i;
    if (row >= 0)
        m_timeline->selectionModel()->setCurrentIndex(m_timelineModel->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_item->clear();
}

void CaseView::jumpToDate()
{
    const QDate day = QDate::fromString(m_jump->text().trimmed(), Qt::ISODate);
    if (!day.isValid()) {
        m_message->setText(tr("Type a date as YYYY-MM-DD to jump to it."));
        return;
    }
    const int row = m_timelineModel->rowAtOrAfter(day.toString(Qt::ISODate));
    if (row < 0)
        return;
    m_timeline->selectionModel()->setCurrentIndex(m_timelineModel->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_timeline->scrollTo(m_timelineModel->index(row, 0));
    m_timeline->setFocus();
}

void CaseView::showItem()
{
    const int row = m_timeline->currentIndex().row();
    const TimelineItem* i = m_timelineModel->itemAt(row);
    if (!i) {
        m_item->clear();
        return;
    }
    auto* post = static_cast<PostDetailView*>(m_item);
    if (i->kind == TimelineKind::Post && allows(m_tasks->session().user().role, Operation::ReviewQueue)) {
        // As in the queue: the spans, the flags, earlier versions and the thread.
        auto d = review::QueueService(m_tasks->session()).postDetail(i->postId);
        if (d) {
            post->showPost(*d);
            return;
        }
    }
    QString html = QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
                       .arg(esc(models::TimelineModel::kindLabel(i->kind)), esc(dateText(i->at)), esc(i->title));
    if (const cases::TimelinePost* p = m_timelineModel->postAt(row)) {
        QList<CategorySpan> spans;
        for (const Span& s : p->spans)
            spans.append({s.start, s.end, Category::Harassment});
        html += QStringLiteral("<p>%1 · #%2</p>").arg(esc(p->author), esc(p->channel)) +
                highlightedHtml(i->body, spans, QStringLiteral("font-size: 12pt;"));
    } else if (!i->body.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(i->body).replace(u'\n', QStringLiteral("<br/>")));
    }
    html += QStringLiteral("<p style='color:#555;'>%1</p>")
                .arg(esc(tr("Recorded in audit entry %1 (%2)").arg(i->entrySeq).arg(QString::fromLatin1(i->entryHash.toHex()))));
    m_item->setHtml(html);
}

void CaseView::after(const Status& status, const QString& done)
{
    if (!status.ok()) {
        Dialogs::showError(this, tr("The case was not changed"), status.message());
        m_message->setText(status.message());
        return;
    }
    reload();
    m_message->setText(done);
    Q_EMIT changed(m_caseId);
}

QList<QPair<QString, QVariant>> CaseView::partyChoices(std::optional<PartyRole> role) const
{
    QList<QPair<QString, QVariant>> out;
    if (!m_view)
        return out;
    for (const cases::PartyView& p : m_view->parties)
        if (!role || p.party.role == *role)
            out.append({tr("%1 (%2)").arg(p.displayName, displayName(p.party.role)), p.party.id});
    return out;
}

QList<QPair<QString, QVariant>> CaseView::userChoices() const
{
    QList<QPair<QString, QVariant>> out;
    auto users = const_cast<cases::CaseService&>(m_cases).investigators();
    if (users)
        for (const UserRecord& u : *users)
            out.append({tr("%1 (%2)").arg(u.displayName.isEmpty() ? u.name : u.displayName, displayName(u.role)), u.id});
    return out;
}


} // namespace custos::ui
