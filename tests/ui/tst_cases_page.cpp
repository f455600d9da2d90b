// An investigator's case from the queue to closed, on the offscreen platform: opened from
// two flags with O, a witness, a note, an interview from a template read back and agreed,
// evidence viewed without a plaintext copy left anywhere, a task, findings, outcomes with
// the repeat history beside them, the report as PDF, closed; then an appeal the
// investigator may not decide and a compliance officer decides. The case list's filters
// and keys, and a manager who has no Cases page.
#include "CaseListModel.h"
#include "FlagQueueModel.h"
#include "TestSupport.h"
#include "TimelineModel.h"
#include "access/AdministrationService.h"
#include "cases/CaseService.h"
#include "cases/CaseView.h"
#include "cases/CasesPage.h"
#include "cases/EvidenceViewer.h"
#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/SessionTasks.h"
#include "demo/DemoCorpus.h"
#include "ingest/ImportService.h"
#include "policy/ScanService.h"
#include "queue/QueuePage.h"
#include "shell/MainWindow.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUuid>

using namespace custos;
using namespace custos::domain;
using namespace custos::ui;

namespace {

const QString kPass = QStringLiteral("cases page passphrase");
// Made at run time, so that neither this source nor the test binary contains it.
const QByteArray kCanary = QByteArray("CANARY-") + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) +
                           " statement text that must never reach the disk in plaintext";

// Every file in `dir` (and below it, when `deep`) whose bytes contain `needle`.
QStringList filesContaining(const QString& dir, const QByteArray& needle, bool deep = true)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, deep ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

} // namespace

class TestCasesPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_dir;
    qint64 m_repeatAuthor = 0;

    std::shared_ptr<workspace::Session> openAs(const QString& user)
    {
        auto s = workspace::Workspace::open(m_dir, user, kPass);
        if (!s)
            qFatal("%s", qPrintable(s.status().message()));
        return std::shared_ptr<workspace::Session>(s.takeValue());
    }

    static void answer(const QList<QMap<QString, QString>>& forms) { FormDialog::setNextAnswersForTesting(forms); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::suppressErrorsForTesting(true);
        m_dir = m_tmp.filePath(QStringLiteral("ws"));
        auto admin = test::createWorkspace(m_dir);
        QVERIFY(admin);
        access::AdministrationService users(*admin);
        for (const auto& [name, role] : QList<std::pair<QString, Role>>{{QStringLiteral("carla"), Role::ComplianceOfficer},
                                                                         {QStringLiteral("henri"), Role::HrInvestigator},
                                                                         {QStringLiteral("mona"), Role::Manager}})
            QVERIFY(users.addUser(name, name.toUpper(), role, kPass));
        const QString corpus = m_tmp.filePath(QStringLiteral("corpus"));
        QVERIFY(demo::DemoCorpus::write(corpus, 3000, 29));
        QVERIFY(ingest::ImportService(*admin).run({QStringLiteral("slack"), corpus, {}, 3000, {}}));
        QVERIFY(policy::ScanService(*admin).scan({}));
        // An earlier case about the author of a harassment post, closed with a written
        // warning: their repeat history shows beside the new outcome.
        // (the earlier case is about another, unflagged post of a flagged post's author)
        storage::Statement st = admin->database().prepare(
            QStringLiteral("SELECT f.author_id, p.id FROM flags f JOIN posts p ON p.author_id = f.author_id AND p.id <> f.post_id "
                           "WHERE f.author_id > 0 AND f.category = 'harassment' ORDER BY f.id LIMIT 1;"));
        QVERIFY(st.step());
        m_repeatAuthor = st.int64(0);
        const qint64 earlierPost = st.int64(1);
        st = storage::Statement();
        admin.reset();
        auto henri = openAs(QStringLiteral("henri"));
        cases::CaseService svc(*henri);
        cases::NewCaseRequest r;
        r.fields.title = QStringLiteral("Earlier remark");
        r.postIds = {earlierPost};
        CaseAllegation insult;
        insult.type = AllegationType::Harassment;
        r.allegations = {insult};
        auto id = svc.open(r);
        QVERIFY(id);
        for (CaseStatus s : {CaseStatus::Investigating, CaseStatus::Findings})
            QVERIFY(svc.setStatus(*id, s).ok());
        const auto earlier = svc.show(*id);
        QVERIFY(earlier);
        for (const CaseAllegation& a : earlier->allegations)
            QVERIFY(svc.recordFinding(a.id, Finding::Substantiated, QStringLiteral("Clear.")).ok());
        QVERIFY(svc.setStatus(*id, CaseStatus::Outcome).ok());
        QVERIFY(svc.recordOutcome(*id, earlier->parties.first().party.id, Sanction::WrittenWarning, QStringLiteral("First time.")));
        QVERIFY(svc.setStatus(*id, CaseStatus::Closed).ok());
    }

    void fromTwoFlagsToClosedAndAnAppealDecidedBySomeoneElse()
    {
        qint64 caseId = 0;
        {
            MainWindow window(openAs(QStringLiteral("henri")));
            window.resize(1400, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.pageNames().contains(QStringLiteral("casesPage")));
            auto* queue = window.findChild<QueuePage*>();
            QVERIFY(queue);
            // Two flagged posts, one of them by the author with the earlier case.
            models::FlagQueueModel* model = queue->model();
            while (model->canFetchMore({}))
                model->fetchMore({});
            int repeatRow = -1, otherRow = -1;
            for (int row = 0; row < model->rowCount(); ++row) {
                const qint64 author = model->itemAt(row)->row.authorId;
                if (author == m_repeatAuthor && repeatRow < 0 && model->itemAt(row)->row.status == FlagStatus::New)
                    repeatRow = row;
                else if (author != m_repeatAuthor && otherRow < 0)
                    otherRow = row;
            }
            QVERIFY(repeatRow >= 0 && otherRow >= 0);
            queue->table()->setFocus();
            queue->table()->selectionModel()->clearSelection();
            for (int row : {repeatRow, otherRow})
                queue->table()->selectionModel()->select(model->index(row, 0),
                                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
            queue->table()->selectionModel()->setCurrentIndex(model->index(otherRow, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            // The author's earlier record shows in the post detail.
            queue->table()->selectionModel()->setCurrentIndex(model->index(repeatRow, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            QVERIFY2(queue->detailView()->toPlainText().contains(QStringLiteral("Written warning in force")),
                     qPrintable(queue->detailView()->toPlainText().left(400)));
            answer({{{QStringLiteral("title"), QStringLiteral("Insults in two channels")},
                     {QStringLiteral("priority"), QStringLiteral("high")}}});
            QTest::keyClick(queue->table(), Qt::Key_O); // the shortcut, like the queue's other decisions
            auto* cases = window.casesPage();
            QVERIFY(cases);
            QTRY_VERIFY(cases->isVisible());
            CaseView* view = cases->caseView();
            caseId = view->caseId();
            QVERIFY(caseId > 0);
            QCOMPARE(view->view()->record.row.priority, CasePriority::High);
            int posts = 0;
            for (int row = 0; row < view->timeline()->rowCount(); ++row)
                posts += view->timeline()->itemAt(row)->kind == TimelineKind::Post ? 1 : 0;
            QCOMPARE(posts, 2);
            int respondents = 0;
            for (const cases::PartyView& p : view->view()->parties)
                respondents += p.party.role == PartyRole::Respondent ? 1 : 0;
            QCOMPARE(respondents, 2);

            // A witness, a note.
            answer({{{QStringLiteral("role"), QStringLiteral("witness")}, {QStringLiteral("name"), QStringLiteral("Priya Raman")}}});
            view->addParty();
            QVERIFY(view->detailsView()->toPlainText().contains(QStringLiteral("Priya Raman")));
            answer({{{QStringLiteral("text"), QStringLiteral("The team lead confirms both posts.")}}});
            view->timelineTable()->setFocus(); // the case's keys work anywhere in the case view
            QTest::keyClick(view->timelineTable(), Qt::Key_N);
            QVERIFY2(view->messageLabel()->text() == QStringLiteral("Note added."), qPrintable(view->messageLabel()->text()));
            // The header changed, a message to the witness recorded (never sent).
            answer({{{QStringLiteral("title"), QStringLiteral("Insults in two channels (team A)")},
                     {QStringLiteral("due"), QStringLiteral("2026-12-31")}}});
            view->editCase();
            QCOMPARE(view->view()->record.row.title, QStringLiteral("Insults in two channels (team A)"));
            QCOMPARE(view->view()->record.row.dueAt.left(10), QStringLiteral("2026-12-31"));
            answer({{{QStringLiteral("party"), QStringLiteral("Priya Raman (Witness)")},
                     {QStringLiteral("text"), QStringLiteral("Please come to room 4 on Monday at 10.")}}});
            view->recordMessage();
            QCOMPARE(view->messageLabel()->text(), QStringLiteral("Message recorded."));
            // Investigators do not edit templates or decide appeals: not offered.
            QVERIFY(!view->findChild<QAction*>(QStringLiteral("templatesAction"))->isVisible());
            QVERIFY(!view->findChild<QAction*>(QStringLiteral("decideAppealAction"))->isVisible());
            // A skipped step is refused with the service's message, nothing changes.
            answer({{{QStringLiteral("status"), QStringLiteral("closed")}}});
            view->moveStatus();
            QCOMPARE(view->view()->record.row.status, CaseStatus::Triage); // closed is not offered from triage
            answer({{{QStringLiteral("status"), QStringLiteral("investigating")}}});
            view->moveStatus();
            QCOMPARE(view->view()->record.row.status, CaseStatus::Investigating);

            // An interview from a template, read back and agreed.
            answer({{{QStringLiteral("party"), QStringLiteral("Priya Raman (Witness)")}},
                    {{QStringLiteral("held"), QStringLiteral("2026-11-30")},
                     {QStringLiteral("attendees"), QStringLiteral("Henri, Priya Raman")},
                     {QStringLiteral("answer0"), QStringLiteral("I saw both posts the day they were written.")},
                     {QStringLiteral("agreed"), QStringLiteral("true")}}});
            view->recordInterview();
            QVERIFY2(FormDialog::lastProblemForTesting().isEmpty(), qPrintable(FormDialog::lastProblemForTesting()));
            QCOMPARE(view->view()->interviews.size(), 1);
            QVERIFY(view->view()->interviews.first().agreed);
            QVERIFY(!view->view()->interviews.first().questions.isEmpty());

            // Evidence: a text statement shown inside, a PDF through a temporary copy.
            const QString statement = m_tmp.filePath(QStringLiteral("statement.txt"));
            test::writeFile(statement, kCanary);
            const QString scan = m_tmp.filePath(QStringLiteral("scan.pdf"));
            test::writeFile(scan, QByteArray("%PDF-1.4\n% ") + kCanary + "\n%%EOF\n");
            for (const QString& file : {statement, scan}) {
                Dialogs::setNextDirectoryForTesting(file);
                answer({{{QStringLiteral("description"), QStringLiteral("From the complainant")}}});
                view->addEvidence();
            }
            QCOMPARE(view->evidenceTable()->rowCount(), 2);
            QFile::remove(statement);
            QFile::remove(scan);
            QStringList opened, whileOpen;
            EvidenceViewer::setOpenerForTesting([&](const QString& path) {
                opened << path;
                return true;
            });
            EvidenceViewer::setWaitForTesting([&](const QString& path) {
                if (!path.isEmpty())
                    whileOpen << filesContaining(EvidenceViewer::folder(), kCanary);
            });
            for (int row = 0; row < 2; ++row) {
                view->evidenceTable()->selectRow(row);
                view->openEvidence();
            }
            QCOMPARE(opened.size(), 1); // the text was shown inside, from memory
            QCOMPARE(whileOpen.size(), 1); // the PDF's copy existed while it was open …
            QVERIFY(!QFile::exists(opened.first())); // … and is gone afterwards
            QVERIFY(QFileInfo(EvidenceViewer::folder()).permissions() ==
                    (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                     QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));
            QVERIFY2(filesContaining(EvidenceViewer::folder(), kCanary).isEmpty(), "a copy was left behind");
            QVERIFY2(filesContaining(QDir::tempPath(), kCanary, false).isEmpty(), "plaintext in the temporary folder");
            QVERIFY2(filesContaining(m_tmp.path(), kCanary).isEmpty(), "plaintext left beside the test's files");
            QVERIFY2(filesContaining(m_dir, kCanary).isEmpty(), "plaintext in the workspace folder");
            EvidenceViewer::setOpenerForTesting({});
            EvidenceViewer::setWaitForTesting({});

            // A task, overdue, then done.
            answer({{{QStringLiteral("title"), QStringLiteral("Interview the respondents")}, {QStringLiteral("due"), QStringLiteral("2026-01-05")}}});
            view->tasksTable()->setFocus();
            QTest::keyClick(view->tasksTable(), Qt::Key_T);
            QCOMPARE(view->tasksTable()->rowCount(), 1);
            QVERIFY(view->tasksTable()->item(0, 2)->text().contains(QStringLiteral("⚠")));
            QVERIFY(view->header()->text().contains(QStringLiteral("task(s) overdue")) ||
                    view->header()->text().contains(QStringLiteral("task overdue")));
            view->tasksTable()->selectRow(0);
            view->completeTask();
            QVERIFY(!view->tasksTable()->item(0, 3)->text().isEmpty());

            // Findings on every allegation, then outcomes with the repeat history beside them.
            answer({{{QStringLiteral("status"), QStringLiteral("findings")}}});
            view->moveStatus();
            const QList<CaseAllegation> allegations = view->view()->allegations;
            for (const CaseAllegation& a : allegations) {
                answer({{{QStringLiteral("allegation"), QString::number(a.id)},
                         {QStringLiteral("finding"), QStringLiteral("substantiated")},
                         {QStringLiteral("reasoning"), QStringLiteral("Both posts are insults; the witness confirms.")}}});
                view->recordFinding();
            }
            for (const CaseAllegation& a : view->view()->allegations)
                QCOMPARE(a.finding, std::optional<Finding>(Finding::Substantiated));
            answer({{{QStringLiteral("status"), QStringLiteral("outcome")}}});
            view->moveStatus();
            QCOMPARE(view->view()->record.row.status, CaseStatus::Outcome);
            bool sawHistory = false;
            const QList<cases::PartyView> parties = view->view()->parties; // each step reloads the view
            for (const cases::PartyView& p : parties) {
                if (p.party.role != PartyRole::Respondent)
                    continue;
                const bool repeat = p.party.personId == m_repeatAuthor;
                answer({{{QStringLiteral("respondent"), QString::number(p.party.id)},
                         {QStringLiteral("sanction"), repeat ? QStringLiteral("final_warning") : QStringLiteral("coaching")},
                         {QStringLiteral("reasoning"), QStringLiteral("Decided on the findings and the record.")}}});
                view->recordOutcome();
                if (repeat)
                    sawHistory = FormDialog::lastInfoForTesting().contains(QStringLiteral("Written warning"));
            }
            QVERIFY2(sawHistory, qPrintable(FormDialog::lastInfoForTesting()));
            QCOMPARE(view->view()->outcomes.size(), 2);

            // The report as PDF, each step with its entry.
            const QString pdf = m_tmp.filePath(QStringLiteral("case.pdf"));
            Dialogs::setNextDirectoryForTesting(pdf);
            view->saveReport();
            QFile report(pdf);
            QVERIFY2(report.open(QIODevice::ReadOnly), qPrintable(view->messageLabel()->text()));
            QVERIFY(report.read(5) == "%PDF-");
            QVERIFY(report.size() > 10000);

            answer({{{QStringLiteral("status"), QStringLiteral("closed")}}});
            view->moveStatus();
            QCOMPARE(view->view()->record.row.status, CaseStatus::Closed);
            // Closed cases leave the default list; the list shows them under their status.
            QCOMPARE(cases->model()->rowOf(caseId), -1);
            cases->statusFilter()->setCurrentIndex(cases->statusFilter()->findData(QStringLiteral("closed")));
            QVERIFY(cases->model()->rowOf(caseId) >= 0);

            // The respondent appeals; the investigator who decided may not decide it.
            answer({{{QStringLiteral("grounds"), QStringLiteral("The remark was taken out of context.")}}});
            view->lodgeAppeal();
            QCOMPARE(view->view()->appeals.size(), 1);
            answer({{{QStringLiteral("decision"), QStringLiteral("upheld")}, {QStringLiteral("reasoning"), QStringLiteral("Stands.")}}});
            view->decideAppeal();
            QCOMPARE(view->view()->appeals.first().status, AppealStatus::Pending);
            QVERIFY(Dialogs::lastErrorForTesting().contains(QStringLiteral("not allowed")));
        }
        {
            const std::shared_ptr<workspace::Session> openedAsCarla = openAs(QStringLiteral("carla"));
            MainWindow window(openedAsCarla);
            window.show();
            auto* cases = window.casesPage();
            QVERIFY(cases);
            cases->showCase(caseId);
            CaseView* view = cases->caseView();
            QCOMPARE(view->caseId(), caseId);
            answer({{{QStringLiteral("decision"), QStringLiteral("overturned")},
                     {QStringLiteral("reasoning"), QStringLiteral("The context shows banter between friends.")}}});
            view->decideAppeal();
            QCOMPARE(view->view()->appeals.first().status, AppealStatus::Overturned);
            // A compliance officer edits an interview template; new interviews ask its questions.
            answer({{{QStringLiteral("template"), QString::number(1)}},
                    {{QStringLiteral("name"), QStringLiteral("Harassment, first interview")},
                     {QStringLiteral("questions"), QStringLiteral("What happened?\n\nWho else saw it?\n")}}});
            view->editTemplates();
            QVERIFY2(view->messageLabel()->text().contains(QStringLiteral("saved")), qPrintable(view->messageLabel()->text()));
            auto templates = cases::CaseService(*openedAsCarla).interviewTemplates();
            QVERIFY(templates);
            QCOMPARE(templates->first().questions, (QStringList{QStringLiteral("What happened?"), QStringLiteral("Who else saw it?")}));
            QVERIFY(std::any_of(view->view()->outcomes.cbegin(), view->view()->outcomes.cend(),
                                [](const CaseOutcome& o) { return o.setAside; }));
            QVERIFY(view->detailsView()->toPlainText().contains(QStringLiteral("set aside on appeal")));
        }
    }

    void listFiltersAndKeys()
    {
        auto session = openAs(QStringLiteral("henri"));
        SessionTasks tasks(session);
        cases::CaseService svc(*session);
        for (int i = 0; i < 3; ++i) {
            cases::NewCaseRequest r;
            r.fields.title = QStringLiteral("Report %1 about the night shift").arg(i);
            r.fields.priority = i == 0 ? CasePriority::Critical : CasePriority::Low;
            r.fields.dueAt = i == 1 ? QStringLiteral("2025-01-01") : QString();
            QVERIFY(svc.open(r));
        }
        CasesPage page(&tasks);
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int open = page.model()->rowCount();
        QVERIFY(open >= 3);
        QVERIFY(page.caseView()->caseId() > 0); // the first case is shown at once
        page.priorityFilter()->setCurrentIndex(page.priorityFilter()->findData(QStringLiteral("critical")));
        QCOMPARE(page.model()->rowCount(), 1);
        page.priorityFilter()->setCurrentIndex(0);
        page.overdueFilter()->setChecked(true);
        QCOMPARE(page.model()->rowCount(), 1);
        QVERIFY(page.model()->data(page.model()->index(0, models::CaseListModel::DueColumn)).toString().contains(QStringLiteral("⚠")));
        page.overdueFilter()->setChecked(false);
        page.mineFilter()->setChecked(true); // opened by henri, so assigned to him
        QCOMPARE(page.model()->rowCount(), open);
        page.mineFilter()->setChecked(false);
        // / searches, Escape hands the keys back to the list, j/k move.
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_Slash);
        QVERIFY(page.searchBox()->hasFocus());
        QTest::keyClicks(page.searchBox(), QStringLiteral("night shift"));
        QCOMPARE(page.model()->rowCount(), 3);
        QTest::keyClick(page.searchBox(), Qt::Key_Escape);
        QVERIFY(page.table()->hasFocus());
        const qint64 first = page.caseView()->caseId();
        QTest::keyClick(page.table(), Qt::Key_J);
        QVERIFY(page.caseView()->caseId() != first);
        QTest::keyClick(page.table(), Qt::Key_K);
        QCOMPARE(page.caseView()->caseId(), first);
        QVERIFY(page.countLabel()->text().contains(QStringLiteral("3")));
    }

    // An employee's report: an anonymous reporter (no name stored) and a post found by search.
    void newCaseFromAReport()
    {
        auto session = openAs(QStringLiteral("henri"));
        SessionTasks tasks(session);
        CasesPage page(&tasks);
        cases::CaseService svc(*session);
        auto found = svc.findPosts(QStringLiteral("lunch"), 5);
        QVERIFY(found && !found->isEmpty());
        const qint64 post = found->first().postId;
        answer({{{QStringLiteral("title"), QStringLiteral("Hotline: remarks at lunch")},
                 {QStringLiteral("intake"), QStringLiteral("hotline")},
                 {QStringLiteral("anonymous"), QStringLiteral("true")},
                 {QStringLiteral("reporter"), QStringLiteral("should not be kept")},
                 {QStringLiteral("allegation"), QStringLiteral("bullying")},
                 {QStringLiteral("incident"), QStringLiteral("2026-11-02")},
                 {QStringLiteral("posts"), QStringLiteral("lunch")}},
                {{QStringLiteral("post%1").arg(post), QStringLiteral("true")}}});
        page.newCase();
        const auto v = page.caseView()->view();
        QVERIFY2(v, qPrintable(page.countLabel()->text()));
        QCOMPARE(v->record.row.title, QStringLiteral("Hotline: remarks at lunch"));
        QCOMPARE(v->record.row.intake, IntakeChannel::Hotline);
        QCOMPARE(v->parties.size(), 2); // the anonymous reporter and the post's author
        QVERIFY(std::any_of(v->parties.cbegin(), v->parties.cend(),
                            [](const cases::PartyView& p) { return p.party.anonymous && p.party.name.isEmpty(); }));
        QCOMPARE(v->allegations.first().type, AllegationType::Bullying);
        bool linked = false;
        for (int row = 0; row < page.caseView()->timeline()->rowCount(); ++row)
            linked = linked || page.caseView()->timeline()->itemAt(row)->postId == post;
        QVERIFY(linked);
        // A date that is not one is refused in the form, and nothing is opened.
        const qint64 before = page.model()->totalMatching();
        answer({{{QStringLiteral("title"), QStringLiteral("Bad date")}, {QStringLiteral("due"), QStringLiteral("31.12.2026")}}});
        page.newCase();
        QVERIFY(FormDialog::lastProblemForTesting().contains(QStringLiteral("YYYY-MM-DD")));
        (void)page.model()->refresh();
        QCOMPARE(page.model()->totalMatching(), before);
    }

    // A copy left by a crash (or open when the workspace locks) is overwritten and removed.
    void leftoverCopiesAreRemoved()
    {
        QVERIFY(QDir().mkpath(EvidenceViewer::folder()));
        const QString left = QDir(EvidenceViewer::folder()).filePath(QStringLiteral("left-behind.pdf"));
        test::writeFile(left, kCanary);
        QCOMPARE(EvidenceViewer::copies(), QStringList{left});
        EvidenceViewer::removeAll();
        QVERIFY(!QFile::exists(left));
        QVERIFY(EvidenceViewer::copies().isEmpty());
    }

    void aManagerHasNoCasesPage()
    {
        MainWindow window(openAs(QStringLiteral("mona")));
        QVERIFY(!window.pageNames().contains(QStringLiteral("casesPage")));
        QVERIFY(window.casesPage() == nullptr);
    }
};

QTEST_MAIN(TestCasesPage)
#include "tst_cases_page.moc"
