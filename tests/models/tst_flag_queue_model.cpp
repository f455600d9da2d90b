// The review queue model: QAbstractItemModelTester, lazy paging, filters and sorting
// checked against SQL, decisions showing after a refresh, and no rows for a manager.
#include "FlagQueueModel.h"
#include "TestSupport.h"
#include "access/AdministrationService.h"
#include "policy/PolicyService.h"
#include "policy/ScanService.h"
#include "demo/DemoCorpus.h"
#include "ingest/ImportService.h"
#include "review/DecisionService.h"
#include "review/IdentityService.h"
#include "review/QueueService.h"
#include "review/TakedownService.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::demo;
using models::FlagQueueModel;

namespace {

int severityRank(domain::Severity s)
{
    return static_cast<int>(s); // low 0 to critical 3
}

} // namespace

class TestFlagQueueModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_dir;

    std::unique_ptr<workspace::Session> open(const QString& user)
    {
        auto s = workspace::Workspace::open(m_dir, user, QStringLiteral("queue passphrase"));
        if (!s)
            qFatal("%s", qPrintable(s.status().message()));
        return s.takeValue();
    }

    void loadAll(FlagQueueModel& model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = m_tmp.filePath(QStringLiteral("ws"));
        auto admin = test::createWorkspace(m_dir);
        QVERIFY(admin);
        access::AdministrationService users(*admin);
        QVERIFY(users.addUser(QStringLiteral("carla"), QStringLiteral("Carla"), domain::Role::ComplianceOfficer, QStringLiteral("queue passphrase")));
        QVERIFY(users.addUser(QStringLiteral("olga"), QStringLiteral("Olga"), domain::Role::HrInvestigator, QStringLiteral("queue passphrase")));
        QVERIFY(users.addUser(QStringLiteral("mona"), QStringLiteral("Mona"), domain::Role::Manager, QStringLiteral("queue passphrase")));
        const QString corpus = m_tmp.filePath(QStringLiteral("corpus"));
        QVERIFY(demo::DemoCorpus::write(corpus, 30000, 17));
        QVERIFY(ingest::ImportService(*admin).run({QStringLiteral("slack"), corpus, {}, 5000, {}}));
        QVERIFY(policy::ScanService(*admin).scan({}));
        const qint64 flagged = test::scalar(admin->database(), QStringLiteral("SELECT count(DISTINCT post_id) FROM flags;"));
        QVERIFY2(flagged > FlagQueueModel::kPageSize, qPrintable(QString::number(flagged)));
    }

    void pagesLazilyAndGroupsFlagsByPost()
    {
        auto session = open(QStringLiteral("carla"));
        FlagQueueModel model(*session);
        QVERIFY2(model.lastError().ok(), qPrintable(model.lastError().message()));
        const qint64 posts = test::scalar(session->database(), QStringLiteral("SELECT count(DISTINCT post_id) FROM flags;"));
        QCOMPARE(model.totalMatching(), posts);
        QCOMPARE(model.rowCount(), FlagQueueModel::kPageSize); // not all at once
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadAll(model);
        QCOMPARE(model.rowCount(), int(posts));
        QSet<qint64> seen;
        qint64 flags = 0;
        QString previous;
        for (int r = 0; r < model.rowCount(); ++r) {
            const auto* item = model.itemAt(r);
            QVERIFY(!seen.contains(item->row.postId));
            seen.insert(item->row.postId);
            flags += item->row.flagIds.size();
            if (!previous.isEmpty())
                QVERIFY(item->row.postedAt <= previous); // newest first
            previous = item->row.postedAt;
            QVERIFY(item->author.startsWith(QStringLiteral("Person ")));
        }
        QCOMPARE(flags, test::scalar(session->database(), QStringLiteral("SELECT count(*) FROM flags;")));

        // Channels show as #name; a direct or group message says what it is instead.
        QMap<QString, qint64> shown;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString label = model.index(r, FlagQueueModel::ChannelColumn).data().toString();
            const QString name = model.itemAt(r)->row.channel;
            if (label == QStringLiteral("#") + name)
                ++shown[QStringLiteral("channel")];
            else if (label == QStringLiteral("DM ") + name)
                ++shown[QStringLiteral("dm")];
            else if (label == QStringLiteral("Group DM ") + name)
                ++shown[QStringLiteral("group")];
        }
        const auto flaggedIn = [&session](const char* kinds) {
            return test::scalar(session->database(),
                                QStringLiteral("SELECT count(DISTINCT f.post_id) FROM flags f JOIN posts p ON p.id = f.post_id "
                                               "JOIN channels c ON c.id = p.channel_id WHERE c.kind IN (%1);")
                                    .arg(QString::fromLatin1(kinds)));
        };
        QVERIFY(flaggedIn("'dm'") > 0);
        QCOMPARE(shown.value(QStringLiteral("dm")), flaggedIn("'dm'"));
        QCOMPARE(shown.value(QStringLiteral("group")), flaggedIn("'group'"));
        QCOMPARE(shown.value(QStringLiteral("channel")), flaggedIn("'public', 'private'"));
    }

    void filtersAndSortsInSql()
    {
        auto session = open(QStringLiteral("carla"));
        FlagQueueModel model(*session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        domain::FlagFilter pii;
        pii.category = domain::Category::PersonalData;
        QVERIFY(model.setFilter(pii).ok());
        QCOMPARE(model.totalMatching(), test::scalar(session->database(), QStringLiteral("SELECT count(DISTINCT post_id) FROM flags WHERE category = 'pii';")));
        loadAll(model);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.itemAt(r)->row.categories.contains(domain::Category::PersonalData));

        QVERIFY(model.setFilter({}).ok());
        model.sort(FlagQueueModel::SeverityColumn, Qt::DescendingOrder);
        loadAll(model);
        int last = 3;
        for (int r = 0; r < model.rowCount(); ++r) {
            const int rank = severityRank(model.itemAt(r)->row.severity);
            QVERIFY2(rank <= last, qPrintable(QString::number(r)));
            last = rank;
        }
        QCOMPARE(severityRank(model.itemAt(0)->row.severity),
                 int(test::scalar(session->database(), QStringLiteral("SELECT max(CASE severity WHEN 'critical' THEN 3 WHEN 'high' THEN 2 "
                                                                "WHEN 'medium' THEN 1 ELSE 0 END) FROM flags;"))));
        model.sort(FlagQueueModel::ScoreColumn, Qt::AscendingOrder);
        loadAll(model);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.itemAt(r - 1)->row.score <= model.itemAt(r)->row.score);

        // Full-text search.
        domain::FlagFilter search;
        search.search = QStringLiteral("password");
        QVERIFY(model.setFilter(search).ok());
        loadAll(model);
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.itemAt(r)->row.text.contains(QStringLiteral("password"), Qt::CaseInsensitive));
    }

    // Every column, both directions, with and without a filter: the walk over the flags'
    // indexes gives exactly the order of sorting every matching post by its aggregate
    // value (highest severity and score, most pressing status, first category and rule,
    // last assignee), then by time.
    void everySortMatchesFullAggregationInSql()
    {
        auto session = open(QStringLiteral("carla"));
        // Some flags assigned and decided, so that assignee and status sorts have runs.
        {
            FlagQueueModel model(*session);
            loadAll(model);
            QVERIFY(model.rowCount() > 80);
            // One flag of a post at a time, so that a post's flags differ in status and
            // assignee and the aggregates matter.
            for (int r = 40; r < 80; r += 2)
                QVERIFY(review::DecisionService(*session).assign({model.itemAt(r)->row.flagIds.first()}).ok());
            for (int r = 41; r < 80; r += 3)
                QVERIFY(review::DecisionService(*session).escalate({model.itemAt(r)->row.flagIds.last()}, QStringLiteral("olga"),
                                                        QStringLiteral("for review")).ok());
            for (int r = 42; r < 80; r += 5)
                QVERIFY(review::DecisionService(*session).dismiss({model.itemAt(r)->row.flagIds.last()}, domain::DismissReason::Duplicate).ok());
        }
        const struct
        {
            int column;
            const char* key;
        } sorts[] = {
            {FlagQueueModel::TimeColumn, "p.posted_at"},
            {FlagQueueModel::ChannelColumn, "c.name %1, c.id"},
            {FlagQueueModel::AuthorColumn, "coalesce(p.author_id, 0)"},
            {FlagQueueModel::CategoryColumn, "min(f.category)"},
            {FlagQueueModel::SeverityColumn, "max(CASE f.severity WHEN 'critical' THEN 3 WHEN 'high' THEN 2 WHEN 'medium' THEN 1 ELSE 0 END)"},
            {FlagQueueModel::ScoreColumn, "max(f.score)"},
            {FlagQueueModel::RuleColumn, "min(f.rule)"},
            {FlagQueueModel::StatusColumn, "min(CASE f.status WHEN 'new' THEN 0 WHEN 'escalated' THEN 1 WHEN 'takedown_requested' THEN 2 "
                                           "WHEN 'in_review' THEN 3 WHEN 'takedown_approved' THEN 4 WHEN 'takedown_rejected' THEN 5 "
                                           "WHEN 'resolved' THEN 6 ELSE 7 END)"},
            {FlagQueueModel::AssigneeColumn, "max(coalesce(u.name, ''))"},
        };
        // A second policy version with one more rule, and a scan with it, so that the
        // policy filter has something to tell apart.
        {
            QFile builtIn(QStringLiteral(":/custos/policies/default.json"));
            QVERIFY(builtIn.open(QIODevice::ReadOnly));
            QJsonObject policy = QJsonDocument::fromJson(builtIn.readAll()).object();
            QJsonArray rules = policy.value(QStringLiteral("rules")).toArray();
            rules.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("everyday-words")},
                                     {QStringLiteral("description"), QStringLiteral("Words of every day.")},
                                     {QStringLiteral("risk"), QStringLiteral("reputation")},
                                     {QStringLiteral("category"), QStringLiteral("reputation")},
                                     {QStringLiteral("severity"), QStringLiteral("low")},
                                     {QStringLiteral("weight"), 0.3},
                                     {QStringLiteral("keywords"), QJsonArray{QStringLiteral("lunch"), QStringLiteral("coffee")}}});
            policy.insert(QStringLiteral("rules"), rules);
            auto published = policy::PolicyService(*session).publish(QJsonDocument(policy).toJson());
            QVERIFY2(published, qPrintable(published.status().message()));
            QCOMPARE(*published, 2);
            QVERIFY(policy::ScanService(*session).scan({}));
        }
        // Each filter, with the same condition in SQL. Flag-level ones (category, rule,
        // policy, assignee) also decide which of a post's flags make its aggregates.
        const auto scalarText = [&session](const QString& sql) {
            storage::Statement q = session->database().prepare(sql);
            return q.step() ? q.text(0) : QString();
        };
        QList<std::pair<domain::FlagFilter, QString>> filters;
        filters.append({domain::FlagFilter(), QString()});
        domain::FlagFilter f;
        f.category = domain::Category::PersonalData;
        filters.append({f, QStringLiteral("f.category = 'pii'")});
        f = {};
        f.author = scalarText(QStringLiteral("SELECT author_id FROM flags WHERE author_id > 0 GROUP BY author_id ORDER BY count(*) DESC, author_id LIMIT 1;")).toLongLong();
        QVERIFY(f.author > 0);
        filters.append({f, QStringLiteral("f.author_id = %1").arg(f.author)});
        f = {};
        f.assignee = QStringLiteral("carla");
        filters.append({f, QStringLiteral("u.name = 'carla'")});
        f = {};
        f.policyVersion = 1;
        filters.append({f, QStringLiteral("f.policy_id IN (SELECT id FROM policies WHERE version = 1)")});
        f = {};
        f.rule = scalarText(QStringLiteral("SELECT rule FROM flags GROUP BY rule ORDER BY count(*) DESC LIMIT 1;"));
        filters.append({f, QStringLiteral("f.rule = '%1'").arg(f.rule)});
        f = {};
        f.channel = scalarText(QStringLiteral("SELECT c.name FROM flags f JOIN channels c ON c.id = f.channel_id GROUP BY c.id ORDER BY count(*) DESC LIMIT 1;"));
        filters.append({f, QStringLiteral("c.name = '%1'").arg(f.channel)});
        f = {};
        const QString middle = scalarText(QStringLiteral("SELECT posted_at FROM flags ORDER BY posted_at LIMIT 1 OFFSET (SELECT count(*) / 3 FROM flags);"));
        f.from = middle.left(10);
        f.to = QDate::fromString(f.from, Qt::ISODate).addDays(20).toString(Qt::ISODate);
        f.severity = domain::Severity::High;
        filters.append({f, QStringLiteral("f.posted_at >= '%1' AND f.posted_at < '%2' AND f.severity = 'high'").arg(f.from, f.to)});
        for (const auto& [filter, condition] : filters) {
            // Every filter keeps some posts and drops some.
            const qint64 kept = test::scalar(session->database(), QStringLiteral("SELECT count(DISTINCT f.post_id) FROM flags f JOIN posts p ON p.id = f.post_id "
                                                                                  "JOIN channels c ON c.id = p.channel_id LEFT JOIN users u ON u.id = f.assignee_id %1;")
                                                                       .arg(condition.isEmpty() ? QString() : QString(QStringLiteral("WHERE ") + condition)));
            const bool filtered = !condition.isEmpty();
            QVERIFY2(kept > 0 && (!filtered || kept < test::scalar(session->database(), QStringLiteral("SELECT count(DISTINCT post_id) FROM flags;"))),
                     qPrintable(condition));
            {
                FlagQueueModel counted(*session);
                QVERIFY(counted.setFilter(filter).ok());
                QCOMPARE(counted.totalMatching(), kept); // the count above the table
            }
            for (const auto& sort : sorts) {
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
                    FlagQueueModel model(*session);
                    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
                    QVERIFY(model.setFilter(filter).ok());
                    model.sort(sort.column, order);
                    QVERIFY(model.lastError().ok());
                    // The first page is full: the walk itself skips what the filter drops.
                    QCOMPARE(model.rowCount(), int(std::min<qint64>(kept, FlagQueueModel::kPageSize)));
                    loadAll(model);
                    storage::Statement expected = session->database().prepare(
                        QStringLiteral("SELECT p.id FROM flags f JOIN posts p ON p.id = f.post_id JOIN channels c ON c.id = p.channel_id "
                                       "LEFT JOIN users u ON u.id = f.assignee_id %1 GROUP BY p.id ORDER BY %2 %3, p.posted_at %3, p.id %3;")
                            .arg(filtered ? QString(QStringLiteral("WHERE ") + condition) : QString(),
                                 QString::fromLatin1(sort.key).replace(QStringLiteral("%1"), dir), dir));
                    int row = 0;
                    while (expected.step()) {
                        QVERIFY2(row < model.rowCount(), qPrintable(QStringLiteral("column %1 %2: too few rows").arg(sort.column).arg(dir)));
                        QVERIFY2(model.itemAt(row)->row.postId == expected.int64(0),
                                 qPrintable(QStringLiteral("column %1 %2 where %3: row %4").arg(sort.column).arg(dir, condition).arg(row)));
                        ++row;
                    }
                    QVERIFY(expected.status().ok());
                    QCOMPARE(model.rowCount(), row);
                }
            }
        }
    }

    void decisionsShowAfterRefreshAndManagersSeeNothing()
    {
        {
            auto session = open(QStringLiteral("carla"));
            FlagQueueModel model(*session);
            const auto* first = model.itemAt(0);
            QVERIFY(first);
            const QList<qint64> ids = first->row.flagIds;
            const qint64 post = first->row.postId;
            const QString rule = first->row.rules.first();
            QCOMPARE(first->row.status, domain::FlagStatus::New);
            QVERIFY(review::DecisionService(*session).dismiss(ids, domain::DismissReason::FalsePositive).ok());
            QVERIFY(model.refresh().ok());
            bool found = false;
            for (int r = 0; r < model.rowCount(); ++r) {
                if (model.itemAt(r)->row.postId == post) {
                    QCOMPARE(model.itemAt(r)->row.status, domain::FlagStatus::Dismissed);
                    QCOMPARE(model.data(model.index(r, FlagQueueModel::StatusColumn)).toString(), QStringLiteral("Dismissed"));
                    found = true;
                }
            }
            QVERIFY(found);
            // The rule now shows its record: a false positive, nothing confirmed yet.
            auto records = review::QueueService(*session).ruleRecords();
            QVERIFY(records);
            const auto record = std::find_if(records->cbegin(), records->cend(), [&](const domain::RuleRecord& r) { return r.rule == rule; });
            QVERIFY(record != records->cend());
            QVERIFY(record->falsePositives >= 1);
            QCOMPARE(record->precision(), 0.0);
            bool shown = false;
            for (int r = 0; r < model.rowCount(); ++r) {
                if (model.data(model.index(r, FlagQueueModel::RuleColumn)).toString().contains(rule + QStringLiteral(" (0 %)")))
                    shown = true;
            }
            QVERIFY(shown);
        }
        auto manager = open(QStringLiteral("mona"));
        FlagQueueModel model(*manager);
        QCOMPARE(model.lastError().code(), ErrorCode::PermissionDenied);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFlagQueueModel)
#include "tst_flag_queue_model.moc"
