// The case list and timeline models: QAbstractItemModelTester, paging, filters and
// sorting of the list checked against SQL, the timeline's order and filters against SQL,
// and nothing at all for a manager.
#include "CaseListModel.h"
#include "TestSupport.h"
#include "TimelineModel.h"
#include "access/AdministrationService.h"
#include "cases/CaseService.h"
#include "demo/DemoCorpus.h"
#include "ingest/ImportService.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::domain;
using models::CaseListModel;
using models::TimelineModel;

namespace {
const QString kPass = QStringLiteral("case model passphrase");
}

class TestCaseModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_dir;
    qint64 m_timelineCase = 0;

    std::unique_ptr<workspace::Session> open(const QString& user)
    {
        auto s = workspace::Workspace::open(m_dir, user, kPass);
        if (!s)
            qFatal("%s", qPrintable(s.status().message()));
        return s.takeValue();
    }

    static QList<qint64> ids(workspace::Session& s, const QString& sql)
    {
        QList<qint64> out;
        storage::Statement st = s.database().prepare(sql);
        while (st.step())
            out << st.int64(0);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = m_tmp.filePath(QStringLiteral("ws"));
        auto admin = test::createWorkspace(m_dir);
        QVERIFY(admin);
        access::AdministrationService users(*admin);
        QVERIFY(users.addUser(QStringLiteral("henri"), QStringLiteral("Henri"), Role::HrInvestigator, kPass));
        QVERIFY(users.addUser(QStringLiteral("mona"), QStringLiteral("Mona"), Role::Manager, kPass));
        const QString corpus = m_tmp.filePath(QStringLiteral("corpus"));
        QVERIFY(demo::DemoCorpus::write(corpus, 400, 11));
        QVERIFY(ingest::ImportService(*admin).run({QStringLiteral("slack"), corpus, {}, 2000, {}}));
        admin.reset();

        auto henri = open(QStringLiteral("henri"));
        cases::CaseService svc(*henri);
        const QList<qint64> posts = ids(*henri, QStringLiteral("SELECT id FROM posts ORDER BY id LIMIT 40;"));
        const QString past = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
        const QString future = QDate::currentDate().addDays(30).toString(Qt::ISODate);
        // 130 cases: more than a page; every fifth overdue, every third investigating.
        for (int i = 0; i < 130; ++i) {
            cases::NewCaseRequest r;
            r.fields.title = QStringLiteral("Case about team %1").arg(i % 7);
            r.fields.priority = static_cast<CasePriority>(i % 4);
            r.fields.dueAt = i % 5 == 0 ? past : future;
            r.postIds = {posts.at(i % posts.size())};
            auto id = svc.open(r);
            QVERIFY2(id, qPrintable(id.status().message()));
            if (i % 3 == 0)
                QVERIFY(svc.setStatus(*id, CaseStatus::Investigating).ok());
        }
        // One case with a long timeline of posts, notes and a task.
        cases::NewCaseRequest r;
        r.fields.title = QStringLiteral("Long timeline");
        r.postIds = posts.mid(0, 12);
        auto id = svc.open(r);
        QVERIFY(id);
        m_timelineCase = *id;
        for (int i = 0; i < 8; ++i)
            QVERIFY(svc.addNote(m_timelineCase, QStringLiteral("Note %1").arg(i), QStringLiteral("2024-01-%1").arg(10 + i)));
        QVERIFY(svc.addTask(m_timelineCase, QStringLiteral("Interview the witness"), henri->user().id, future));
    }

    void caseListPagesFiltersAndSortsAsSql()
    {
        auto henri = open(QStringLiteral("henri"));
        CaseListModel model(*henri);
        QVERIFY2(model.lastError().ok(), qPrintable(model.lastError().message()));
        QCOMPARE(model.rowCount(), CaseListModel::kPageSize);
        int pages = 1;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++pages;
            QCOMPARE(model.rowCount(), std::min(131, pages * CaseListModel::kPageSize));
        }
        QCOMPARE(model.rowCount(), 131);
        QCOMPARE(pages, (131 + CaseListModel::kPageSize - 1) / CaseListModel::kPageSize);
        // The tester fetches more itself, so it watches from here on.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.totalMatching(), test::scalar(henri->database(), QStringLiteral("SELECT count(*) FROM cases;")));
        // Newest first by default: the last case opened is on top.
        QCOMPARE(model.data(model.index(0, CaseListModel::TitleColumn)).toString(), QStringLiteral("Long timeline"));

        CaseFilter overdue;
        overdue.overdue = true;
        QVERIFY(model.setFilter(overdue).ok());
        const qint64 sqlOverdue = test::scalar(henri->database(), QStringLiteral("SELECT count(*) FROM cases WHERE due_at < '%1';")
                                                                      .arg(QDate::currentDate().toString(Qt::ISODate)));
        QCOMPARE(model.rowCount(), static_cast<int>(sqlOverdue));
        QCOMPARE(sqlOverdue, 26);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.data(model.index(row, 0), CaseListModel::OverdueRole).toBool());
            QVERIFY(model.data(model.index(row, CaseListModel::DueColumn)).toString().contains(QStringLiteral("⚠")));
        }

        CaseFilter investigating;
        investigating.status = CaseStatus::Investigating;
        investigating.priority = CasePriority::Critical;
        QVERIFY(model.setFilter(investigating).ok());
        const qint64 sqlBoth = test::scalar(henri->database(),
                                            QStringLiteral("SELECT count(*) FROM cases WHERE status = 'investigating' AND priority = 'critical';"));
        QCOMPARE(model.rowCount(), static_cast<int>(sqlBoth));
        QVERIFY(sqlBoth > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row, 0), CaseListModel::StatusKeyRole).toString(), QStringLiteral("investigating"));

        CaseFilter search;
        search.search = QStringLiteral("team 3");
        QVERIFY(model.setFilter(search).ok());
        QCOMPARE(model.rowCount(), static_cast<int>(test::scalar(
                                       henri->database(), QStringLiteral("SELECT count(*) FROM cases WHERE title LIKE '%team 3%';"))));

        // Sorted by number, both ways, across pages.
        QVERIFY(model.setFilter({}).ok());
        model.sort(CaseListModel::NumberColumn, Qt::AscendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 131);
        const QList<qint64> byNumber = ids(*henri, QStringLiteral("SELECT id FROM cases ORDER BY year, year_seq;"));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row, 0), CaseListModel::CaseIdRole).toLongLong(), byNumber.at(row));
        model.sort(CaseListModel::NumberColumn, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, 0), CaseListModel::CaseIdRole).toLongLong(), byNumber.last());
        // Respondents are shown by pseudonym, never by name.
        bool pseudonym = false;
        for (int row = 0; row < model.rowCount() && !pseudonym; ++row)
            pseudonym = model.data(model.index(row, CaseListModel::RespondentsColumn)).toString().startsWith(QStringLiteral("Person "));
        QVERIFY(pseudonym);
    }

    void aManagerSeesNoCase()
    {
        auto mona = open(QStringLiteral("mona"));
        CaseListModel model(*mona);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.lastError().code(), ErrorCode::PermissionDenied);
        TimelineModel timeline(*mona);
        QCOMPARE(timeline.setCase(m_timelineCase).code(), ErrorCode::PermissionDenied);
        QCOMPARE(timeline.rowCount(), 0);
    }

    void timelineIsInTimeOrderAndFiltersAsSql()
    {
        auto henri = open(QStringLiteral("henri"));
        TimelineModel model(*henri);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.setCase(m_timelineCase).ok());
        const QList<qint64> sql = ids(*henri, QStringLiteral("SELECT id FROM case_timeline WHERE case_id = %1 ORDER BY at, id;")
                                                  .arg(m_timelineCase));
        QCOMPARE(model.rowCount(), static_cast<int>(sql.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.data(model.index(row, 0), TimelineModel::ItemIdRole).toLongLong(), sql.at(row));
            QVERIFY(model.data(model.index(row, TimelineModel::EntryColumn)).toLongLong() > 0);
        }
        // Posts carry their author's pseudonym; the kind reads without colour.
        int posts = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (const cases::TimelinePost* p = model.postAt(row)) {
                ++posts;
                QVERIFY(p->author.startsWith(QStringLiteral("Person ")));
                QVERIFY(model.data(model.index(row, TimelineModel::KindColumn)).toString().startsWith(QStringLiteral("✉")));
            }
        }
        QCOMPARE(posts, 12);

        TimelineFilter notes;
        notes.kinds = {TimelineKind::Note};
        QVERIFY(model.setFilter(notes).ok());
        QCOMPARE(model.rowCount(), 8);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row, 0), TimelineModel::KindKeyRole).toString(), QStringLiteral("note"));
        TimelineFilter window;
        window.from = QStringLiteral("2024-01-12");
        window.to = QStringLiteral("2024-01-15");
        window.kinds = {TimelineKind::Note};
        QVERIFY(model.setFilter(window).ok());
        QCOMPARE(model.rowCount(), 3); // the 12th, 13th and 14th
        QVERIFY(model.setFilter({}).ok());
        const int jump = model.rowAtOrAfter(QStringLiteral("2024-01-15"));
        QVERIFY(jump >= 0);
        QVERIFY(model.data(model.index(jump, 0), TimelineModel::AtRole).toString() >= QStringLiteral("2024-01-15"));
        if (jump > 0)
            QVERIFY(model.data(model.index(jump - 1, 0), TimelineModel::AtRole).toString() < QStringLiteral("2024-01-15"));
    }
};

QTEST_GUILESS_MAIN(TestCaseModels)
#include "tst_case_models.moc"
