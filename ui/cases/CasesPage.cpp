#include "cases/CasesPage.h"

#include "CaseListModel.h"
#include "cases/CaseView.h"
#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/SessionTasks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace custos::ui {

using namespace custos::domain;

namespace {

template <typename E> void fillWords(QComboBox* box, const QString& all)
{
    box->addItem(all);
    for (const Word<E>& w : wordsOf<E>())
        box->addItem(displayName(w.value), key(w.value));
}

// Enter or Escape in the search box hands the keyboard back to the list.
class BackToList final : public QObject
{
public:
    BackToList(QLineEdit* edit, QWidget* list) : QObject(edit), m_list(list) { edit->installEventFilter(this); }
    bool eventFilter(QObject*, QEvent* e) override
    {
        if (e->type() == QEvent::KeyPress) {
            const int k = static_cast<QKeyEvent*>(e)->key();
            if (k == Qt::Key_Escape || k == Qt::Key_Return || k == Qt::Key_Enter) {
                m_list->setFocus();
                return k == Qt::Key_Escape;
            }
        }
        return false;
    }

private:
    QWidget* m_list;
};

} // namespace

CasesPage::CasesPage(SessionTasks* tasks, QWidget* parent)
    : QWidget(parent), m_tasks(tasks), m_model(new models::CaseListModel(tasks->session(), this)), m_table(new QTableView),
      m_case(new CaseView(tasks)), m_status(new QComboBox), m_priority(new QComboBox), m_allegation(new QComboBox),
      m_mine(new QCheckBox(tr("&Mine"))), m_overdue(new QCheckBox(tr("O&verdue"))), m_search(new QLineEdit), m_count(new QLabel)
{
    setObjectName(QStringLiteral("casesPage"));
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Cases")));

    m_status->setObjectName(QStringLiteral("caseStatusFilter"));
    m_status->addItem(tr("Open cases"), QStringLiteral("open"));
    fillWords<CaseStatus>(m_status, tr("Every status"));
    m_priority->setObjectName(QStringLiteral("casePriorityFilter"));
    fillWords<CasePriority>(m_priority, tr("Any priority"));
    m_allegation->setObjectName(QStringLiteral("caseAllegationFilter"));
    fillWords<AllegationType>(m_allegation, tr("Any allegation"));
    // The boxes take the width of a short item, not of their longest one, so that the list
    // leaves the case its room in every language.
    for (QComboBox* box : {m_status, m_priority, m_allegation}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    m_mine->setObjectName(QStringLiteral("caseMineFilter"));
    m_overdue->setObjectName(QStringLiteral("caseOverdueFilter"));
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Search number or title ( / )"));
    m_search->setClearButtonEnabled(true);
    auto* create = new QPushButton(tr("New case…"));
    create->setObjectName(QStringLiteral("newCaseButton"));
    create->setToolTip(tr("Open a case from an employee's report, a hotline call or a referral (Ctrl+N)"));
    create->setEnabled(allows(tasks->session().user().role, Operation::ManageCases));

    auto* filters1 = new QHBoxLayout;
    filters1->addWidget(m_search, 1);
    filters1->addWidget(create);
    auto* filters2 = new QHBoxLayout;
    filters2->addWidget(m_status);
    filters2->addWidget(m_priority);
    filters2->addWidget(m_allegation);
    filters2->addWidget(m_mine);
    filters2->addWidget(m_overdue);
    filters2->addStretch(1);

    m_table->setObjectName(QStringLiteral("casesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(models::CaseListModel::AgeColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(models::CaseListModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    const std::pair<int, int> widths[] = {{models::CaseListModel::NumberColumn, 108}, {models::CaseListModel::StatusColumn, 96},
                                          {models::CaseListModel::PriorityColumn, 84}, {models::CaseListModel::RespondentsColumn, 120},
                                          {models::CaseListModel::AssigneesColumn, 70}, {models::CaseListModel::AgeColumn, 64},
                                          {models::CaseListModel::DueColumn, 130}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_table->horizontalHeader()->setSectionResizeMode(models::CaseListModel::TitleColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(models::CaseListModel::TitleColumn, 200);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters1);
    leftLayout->addLayout(filters2);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(m_case);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({560, 760});
    m_case->setMinimumWidth(560);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(splitter, 1);

    for (QComboBox* box : {m_status, m_priority, m_allegation})
        connect(box, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilter);
    for (QCheckBox* box : {m_mine, m_overdue})
        connect(box, &QCheckBox::toggled, this, &CasesPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &CasesPage::applyFilter);
    connect(create, &QPushButton::clicked, this, &CasesPage::newCase);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CasesPage::showCurrent);
    connect(m_case, &CaseView::changed, this, &CasesPage::refreshKeepingSelection);
    new BackToList(m_search, m_table);
    const QList<std::pair<QKeySequence, void (CasesPage::*)()>> keys = {{QKeySequence(Qt::Key_J), &CasesPage::next},
                                                                         {QKeySequence(Qt::Key_K), &CasesPage::previous}};
    for (const auto& [k, slot] : keys)
        connect(new QShortcut(k, m_table, nullptr, nullptr, Qt::WidgetShortcut), &QShortcut::activated, this, slot);
    connect(new QShortcut(QKeySequence(Qt::Key_Slash), left, nullptr, nullptr, Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, m_search, [this] {
                m_search->setFocus();
                m_search->selectAll();
            });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, this, &CasesPage::newCase);
    applyFilter();
}

void CasesPage::applyFilter()
{
    CaseFilter f;
    const QString status = m_status->currentData().toString();
    f.openOnly = status == QLatin1String("open");
    f.status = fromKey<CaseStatus>(status);
    f.priority = fromKey<CasePriority>(m_priority->currentData().toString());
    f.allegation = fromKey<AllegationType>(m_allegation->currentData().toString());
    f.assignee = m_mine->isChecked() ? m_tasks->session().user().id : 0;
    f.overdue = m_overdue->isChecked();
    f.search = m_search->text().trimmed();
    const qint64 keep = m_case->caseId();
    if (Status s = m_model->setFilter(f); !s.ok()) {
        m_count->setText(s.message());
        m_case->showCase(0);
        return;
    }
    m_count->setText(tr("%n case(s)", nullptr, static_cast<int>(m_model->totalMatching())));
    const int row = keep ? m_model->rowOf(keep) : -1;
    if (m_model->rowCount() == 0) {
        m_case->showCase(0);
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(std::max(row, 0), 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CasesPage::showCurrent()
{
    const qint64 id = m_table->currentIndex().data(models::CaseListModel::CaseIdRole).toLongLong();
    if (id != m_case->caseId())
        m_case->showCase(id);
}

void CasesPage::refreshKeepingSelection(qint64 caseId)
{
    (void)m_model->refresh();
    m_count->setText(tr("%n case(s)", nullptr, static_cast<int>(m_model->totalMatching())));
    const int row = m_model->rowOf(caseId);
    if (row >= 0) {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void CasesPage::showCase(qint64 caseId)
{
    int row = m_model->rowOf(caseId);
    if (row < 0) { // a case opened since the list was read
        (void)m_model->refresh();
        row = m_model->rowOf(caseId);
        m_count->setText(tr("%n case(s)", nullptr, static_cast<int>(m_model->totalMatching())));
    }
    if (row < 0) {
        // Filters that hide it are cleared.
        const QSignalBlocker b1(m_status), b2(m_priority), b3(m_allegation), b4(m_mine), b5(m_overdue), b6(m_search);
        m_status->setCurrentIndex(m_status->findText(tr("Every status")));
        m_priority->setCurrentIndex(0);
        m_allegation->setCurrentIndex(0);
        m_mine->setChecked(false);
        m_overdue->setChecked(false);
        m_search->clear();
        applyFilter();
        while ((row = m_model->rowOf(caseId)) < 0 && m_model->canFetchMore({}))
            m_model->fetchMore({});
    }
    if (row >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(m_model->index(row, 0));
    }
    m_case->showCase(caseId);
}

void CasesPage::next()
{
    const int row = m_table->currentIndex().row() + 1;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row < m_model->rowCount())
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CasesPage::previous()
{
    const int row = m_table->currentIndex().row() - 1;
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CasesPage::newCase()
{
    if (!allows(m_tasks->session().user().role, Operation::ManageCases))
        return;
    FormDialog form(this, tr("New case"),
                    tr("For a report by an employee, a hotline call or a manager's referral. Cases from flagged posts "
                       "are opened in the Queue (O)."));
    form.addLine(QStringLiteral("title"), tr("Title"), {}, true);
    form.addWord<IntakeChannel>(QStringLiteral("intake"), tr("Reached us by"), {IntakeChannel::QueueFlag});
    form.addWord<CasePriority>(QStringLiteral("priority"), tr("Priority"))->setCurrentIndex(static_cast<int>(CasePriority::Moderate));
    form.addLine(QStringLiteral("reporter"), tr("Reported by"));
    form.addCheck(QStringLiteral("anonymous"), tr("Anonymous: no name is stored"));
    form.addLine(QStringLiteral("respondent"), tr("About (respondent)"));
    form.addWord<AllegationType>(QStringLiteral("allegation"), tr("Allegation"));
    form.addLine(QStringLiteral("clause"), tr("Policy clause"));
    form.addText(QStringLiteral("summary"), tr("What, when and where"));
    form.addLine(QStringLiteral("posts"), tr("Posts it is about (search words)"));
    form.addDate(QStringLiteral("incident"), tr("Incident date"));
    form.addDate(QStringLiteral("reported"), tr("Reported on"), QDate::currentDate().toString(Qt::ISODate));
    form.addDate(QStringLiteral("due"), tr("Due"), QDate::currentDate().addDays(30).toString(Qt::ISODate));
    form.setAcceptLabel(tr("Open case"));
    if (!form.ask())
        return;
    cases::NewCaseRequest r;
    r.fields.title = form.text(QStringLiteral("title"));
    r.fields.summary = form.text(QStringLiteral("summary"));
    r.fields.intake = form.word<IntakeChannel>(QStringLiteral("intake"));
    r.fields.priority = form.word<CasePriority>(QStringLiteral("priority"));
    r.fields.incidentAt = form.text(QStringLiteral("incident"));
    r.fields.reportedAt = form.text(QStringLiteral("reported"));
    r.fields.dueAt = form.text(QStringLiteral("due"));
    if (form.checked(QStringLiteral("anonymous"))) {
        PartyInput p;
        p.role = PartyRole::Complainant;
        p.anonymous = true;
        r.parties << p;
    } else if (!form.text(QStringLiteral("reporter")).isEmpty()) {
        r.parties << PartyInput{PartyRole::Complainant, 0, form.text(QStringLiteral("reporter")), false, {}};
    }
    if (!form.text(QStringLiteral("respondent")).isEmpty())
        r.parties << PartyInput{PartyRole::Respondent, 0, form.text(QStringLiteral("respondent")), false, {}};
    CaseAllegation a;
    a.type = form.word<AllegationType>(QStringLiteral("allegation"));
    a.clause = form.text(QStringLiteral("clause"));
    r.allegations << a;
    cases::CaseService svc(m_tasks->session());
    // Which posts: found by full-text search, chosen one by one.
    if (!form.text(QStringLiteral("posts")).isEmpty()) {
        auto found = svc.findPosts(form.text(QStringLiteral("posts")), 30);
        if (!found) {
            Dialogs::showError(this, tr("The posts were not found"), found.status().message());
            return;
        }
        if (found->isEmpty()) {
            m_count->setText(tr("No post matches \"%1\"; the case is opened without posts.").arg(form.text(QStringLiteral("posts"))));
        } else {
            FormDialog pick(this, tr("Posts for the case"), tr("%n post(s) match; choose those the report is about.", nullptr,
                                                                static_cast<int>(found->size())));
            for (const cases::FoundPost& p : *found)
                pick.addCheck(QStringLiteral("post%1").arg(p.postId),
                              tr("%1 · #%2 · %3: %4").arg(p.postedAt.left(16).replace(u'T', u' '), p.channel, p.author,
                                                          p.text.simplified().left(90)));
            pick.setAcceptLabel(tr("Add the chosen posts"));
            if (pick.ask()) {
                for (const cases::FoundPost& p : *found)
                    if (pick.checked(QStringLiteral("post%1").arg(p.postId)))
                        r.postIds << p.postId;
            }
        }
    }
    auto opened = svc.open(r);
    if (!opened) {
        Dialogs::showError(this, tr("The case was not opened"), opened.status().message());
        m_count->setText(opened.status().message());
        return;
    }
    showCase(*opened);
}

} // namespace custos::ui
