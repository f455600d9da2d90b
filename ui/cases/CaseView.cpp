#include "cases/CaseView.h"

#include "TimelineModel.h"
#include "cases/EvidenceViewer.h"
#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/SessionTasks.h"
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

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString dateText(const QString& iso)
{
    if (iso.isEmpty())
        return QStringLiteral("—");
    if (iso.size() <= 10)
        return QLocale().toString(QDate::fromString(iso, Qt::ISODate), QLocale::ShortFormat);
    return QLocale().toString(QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
}

template <typename E> QList<QPair<QString, QVariant>> wordChoices()
{
    QList<QPair<QString, QVariant>> out;
    for (const Word<E>& w : wordsOf<E>())
        out.append({displayName(w.value), key(w.value)});
    return out;
}

template <typename E> E chosen(const FormDialog& form, const QString& field)
{
    return fromKey<E>(form.choice(field).toString()).value_or(E{});
}

QTableWidgetItem* cell(const QString& text, qint64 id = 0)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (id)
        item->setData(Qt::UserRole, id);
    return item;
}

} // namespace

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
    if (Status s = m_timelineModel->setCase(m_caseId, f); !s.ok())
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
    const CaseStatus to = chosen<CaseStatus>(form, QStringLiteral("status"));
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
    form.addChoice(QStringLiteral("priority"), tr("Priority"), wordChoices<CasePriority>())
        ->setCurrentIndex(static_cast<int>(r.priority));
    form.addChoice(QStringLiteral("intake"), tr("Reached us by"), wordChoices<IntakeChannel>())
        ->setCurrentIndex(static_cast<int>(r.intake));
    form.addDate(QStringLiteral("incident"), tr("Incident date"), m_view->record.incidentAt.left(10));
    form.addDate(QStringLiteral("reported"), tr("Reported on"), m_view->record.reportedAt.left(10));
    form.addDate(QStringLiteral("due"), tr("Due"), r.dueAt.left(10));
    if (!form.ask())
        return;
    CaseFields f;
    f.title = form.text(QStringLiteral("title"));
    f.summary = form.text(QStringLiteral("summary"));
    f.priority = chosen<CasePriority>(form, QStringLiteral("priority"));
    f.intake = chosen<IntakeChannel>(form, QStringLiteral("intake"));
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
    form.addChoice(QStringLiteral("role"), tr("Role"), wordChoices<PartyRole>());
    form.addLine(QStringLiteral("name"), tr("Name"));
    form.addCheck(QStringLiteral("anonymous"), tr("Anonymous reporter (no name is stored)"));
    form.addText(QStringLiteral("note"), tr("Note"));
    if (!form.ask())
        return;
    PartyInput p;
    p.role = chosen<PartyRole>(form, QStringLiteral("role"));
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
    form.addChoice(QStringLiteral("type"), tr("Type"), wordChoices<AllegationType>());
    form.addLine(QStringLiteral("clause"), tr("Policy clause"));
    form.addText(QStringLiteral("description"), tr("What is alleged"));
    QList<QPair<QString, QVariant>> respondents{{tr("The case's respondents"), 0}};
    respondents += partyChoices(PartyRole::Respondent);
    form.addChoice(QStringLiteral("respondent"), tr("Against"), respondents);
    if (!form.ask())
        return;
    CaseAllegation a;
    a.type = chosen<AllegationType>(form, QStringLiteral("type"));
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
    form.addChoice(QStringLiteral("finding"), tr("Finding"), wordChoices<Finding>());
    form.addText(QStringLiteral("reasoning"), tr("Reasoning"), {}, true);
    if (!form.ask())
        return;
    const Finding f = chosen<Finding>(form, QStringLiteral("finding"));
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
    form.addChoice(QStringLiteral("sanction"), tr("Outcome"), wordChoices<Sanction>());
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
    const Sanction s = chosen<Sanction>(form, QStringLiteral("sanction"));
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
    const AppealStatus d = chosen<AppealStatus>(form, QStringLiteral("decision"));
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
