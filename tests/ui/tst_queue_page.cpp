// The review queue as reviewers use it, on the offscreen platform: filter, select,
// dismiss with a reason, escalate, bulk dismiss with x, request a takedown as one
// compliance officer and approve it as another; the requester is not offered the
// decision and the service refuses it; the approved order exports.
#include "FlagQueueModel.h"
#include "TestSupport.h"
#include "access/AdministrationService.h"
#include "common/Dialogs.h"
#include "common/SessionTasks.h"
#include "policy/PolicyService.h"
#include "policy/ScanService.h"
#include "ingest/CsvReader.h"
#include "demo/DemoCorpus.h"
#include "ingest/ImportService.h"
#include "queue/QueuePage.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace custos;
using namespace custos::demo;
using namespace custos::ui;

class TestQueuePage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_dir;

    std::shared_ptr<workspace::Session> openAs(const QString& user)
    {
        auto s = workspace::Workspace::open(m_dir, user, QStringLiteral("queue page passphrase"));
        if (!s)
            qFatal("%s", qPrintable(s.status().message()));
        return std::shared_ptr<workspace::Session>(s.takeValue());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::suppressErrorsForTesting(true);
        m_dir = m_tmp.filePath(QStringLiteral("ws"));
        auto admin = test::createWorkspace(m_dir);
        QVERIFY(admin);
        access::AdministrationService users(*admin);
        for (const auto& [name, role] : QList<std::pair<QString, domain::Role>>{{QStringLiteral("carla"), domain::Role::ComplianceOfficer},
                                                                                 {QStringLiteral("cody"), domain::Role::ComplianceOfficer},
                                                                                 {QStringLiteral("henri"), domain::Role::HrInvestigator}})
            QVERIFY(users.addUser(name, name, role, QStringLiteral("queue page passphrase")));
        const QString corpus = m_tmp.filePath(QStringLiteral("corpus"));
        QVERIFY(demo::DemoCorpus::write(corpus, 6000, 23));
        QVERIFY(ingest::ImportService(*admin).run({QStringLiteral("slack"), corpus, {}, 3000, {}}));
        // A wave of copies of one insult, written differently, for near-identical grouping.
        const QString wave = m_tmp.filePath(QStringLiteral("wave.csv"));
        test::writeFile(wave, "id,user,room,sent,body\n"
                              "w1,u1,general,2025-06-02T09:00:00Z,\"Tom is a total loser\"\n"
                              "w2,u2,general,2025-06-02T09:01:00Z,\"TOM IS A TOTAL LOSER!!\"\n"
                              "w3,u3,random,2025-06-02T09:02:00Z,\"tom is a total l0s3r\"\n"
                              "w4,u4,random,2025-06-02T09:03:00Z,\"Tom is a total loser, and lazy\"\n");
        auto mapping = ingest::CsvMapping::parse(QStringLiteral("author=user,channel=room,time=sent,text=body,id=id"));
        QVERIFY(mapping);
        QVERIFY(ingest::ImportService(*admin).run({QStringLiteral("csv"), wave, *mapping, 3000, {}}));
        QVERIFY(policy::ScanService(*admin).scan({}));
    }

    void filterSelectDismissEscalateAndBulk()
    {
        auto session = openAs(QStringLiteral("henri"));
        SessionTasks tasks(session);
        QueuePage page(&tasks);
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        models::FlagQueueModel* model = page.model();
        QVERIFY(model->rowCount() > 5);
        QVERIFY(page.detailView()->toPlainText().contains(QStringLiteral("Person ")));
        QVERIFY(page.takedownsTable() == nullptr); // investigators do not decide takedowns

        // Filter to personal data: every row has it, the detail highlights spans.
        page.categoryFilter()->setCurrentIndex(page.categoryFilter()->findData(QStringLiteral("pii")));
        QVERIFY(model->rowCount() > 0);
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->itemAt(r)->row.categories.contains(domain::Category::PersonalData));
        QVERIFY(page.detailView()->toHtml().contains(QStringLiteral("background-color")));
        // The count follows the page, from a pool thread, and is the filter's.
        auto* count = page.findChild<QLabel*>(QStringLiteral("queueCount"));
        QVERIFY(count);
        const qint64 pii = test::scalar(session->database(), QStringLiteral("SELECT count(DISTINCT post_id) FROM flags WHERE category = 'pii';"));
        QTRY_COMPARE(count->text(), QStringLiteral("%1 posts").arg(QLocale().toString(pii)));

        // Save this filter, clear it, apply it again from the saved list.
        Dialogs::setNextAnswersForTesting({QStringLiteral("personal data")});
        for (QPushButton* b : page.findChildren<QPushButton*>()) {
            if (b->text() == QStringLiteral("Save &filter…"))
                b->click();
        }
        QCOMPARE(page.savedFiltersBox()->findText(QStringLiteral("personal data")), 1);
        page.categoryFilter()->setCurrentIndex(0);
        QVERIFY(page.categoryFilter()->currentData().toString().isEmpty());
        page.savedFiltersBox()->setCurrentIndex(1);
        Q_EMIT page.savedFiltersBox()->activated(1);
        QCOMPARE(page.categoryFilter()->currentData().toString(), QStringLiteral("pii"));
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->itemAt(r)->row.categories.contains(domain::Category::PersonalData));

        // d: dismiss the current post's flags as a false positive.
        page.table()->setFocus();
        const qint64 firstPost = model->itemAt(0)->row.postId;
        Dialogs::setNextAnswersForTesting({QStringLiteral("False positive")});
        QTest::keyClick(page.table(), Qt::Key_D);
        QCOMPARE(test::scalar(session->database(), QStringLiteral("SELECT count(*) FROM flags WHERE post_id = %1 AND status != 'dismissed';").arg(firstPost)), 0);
        QCOMPARE(test::scalar(session->database(), QStringLiteral("SELECT count(*) FROM flag_decisions d JOIN flags f ON f.id = d.flag_id "
                                                            "WHERE f.post_id = %1 AND d.reason = 'false_positive';").arg(firstPost)) > 0, true);
        QVERIFY(page.messageLabel()->text().contains(QStringLiteral("dismissed")));

        // Cancelling the reason changes nothing.
        page.categoryFilter()->setCurrentIndex(0);
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QStringLiteral("new")));
        const qint64 before = test::scalar(session->database(), QStringLiteral("SELECT count(*) FROM audit_entries;"));
        Dialogs::setNextAnswersForTesting({QStringLiteral("(cancel)")});
        QTest::keyClick(page.table(), Qt::Key_D);
        QCOMPARE(test::scalar(session->database(), QStringLiteral("SELECT count(*) FROM audit_entries;")), before);

        // The detail names the post's channel as the table does (a direct message as "DM …").
        for (int row = 0; row < model->rowCount(); ++row) {
            page.table()->selectionModel()->setCurrentIndex(model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            const QString label = model->index(row, models::FlagQueueModel::ChannelColumn).data().toString();
            QVERIFY2(page.detailView()->toPlainText().contains(QStringLiteral(" · ") + label + QStringLiteral(" · ")),
                     qPrintable(label + QStringLiteral(" | ") + page.detailView()->toPlainText().left(120)));
        }
        page.table()->selectionModel()->setCurrentIndex(model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        // e: escalate to carla with a note.
        const qint64 escalated = model->itemAt(page.table()->currentIndex().row())->row.postId;
        Dialogs::setNextAnswersForTesting({QStringLiteral("carla"), QStringLiteral("looks like a leak, please decide")});
        QTest::keyClick(page.table(), Qt::Key_E);
        QCOMPARE(test::scalar(session->database(), QStringLiteral("SELECT count(*) FROM flags f JOIN users u ON u.id = f.assignee_id "
                                                            "WHERE f.post_id = %1 AND f.status = 'escalated' AND u.name = 'carla';").arg(escalated)) > 0, true);

        // x, j, x: select two posts, then dismiss both at once.
        page.table()->selectionModel()->clearSelection();
        const qint64 a = model->itemAt(page.table()->currentIndex().row())->row.postId;
        QTest::keyClick(page.table(), Qt::Key_X);
        QTest::keyClick(page.table(), Qt::Key_J);
        const qint64 b = model->itemAt(page.table()->currentIndex().row())->row.postId;
        QTest::keyClick(page.table(), Qt::Key_X);
        QVERIFY(a != b);
        Dialogs::setNextAnswersForTesting({QStringLiteral("Duplicate")});
        QTest::keyClick(page.table(), Qt::Key_D);
        QCOMPARE(test::scalar(session->database(), QStringLiteral("SELECT count(*) FROM flags WHERE post_id IN (%1, %2) AND status != 'dismissed';").arg(a).arg(b)), 0);
        QCOMPARE(test::scalar(session->database(), QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'flag.dismiss' AND details LIKE '%duplicate%';")), 1);

        // s then d: near-identical flags (same words and rule, written differently) go
        // with the current post, in one decision; a post with more words does not.
        page.statusFilter()->setCurrentIndex(0);
        page.searchBox()->clear();
        page.applyFilter();
        while (page.model()->canFetchMore({}))
            page.model()->fetchMore({});
        const qint64 w1 = test::scalar(session->database(), QStringLiteral("SELECT id FROM posts WHERE message_id = 'w1';"));
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->itemAt(r)->row.postId == w1)
                row = r;
        }
        QVERIFY(row >= 0);
        page.table()->selectionModel()->setCurrentIndex(model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(page.table(), Qt::Key_S);
        QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("near-identical")), qPrintable(page.messageLabel()->text()));
        Dialogs::setNextAnswersForTesting({QStringLiteral("Duplicate")});
        QTest::keyClick(page.table(), Qt::Key_D);
        for (const char* id : {"w1", "w2", "w3"})
            QCOMPARE(test::scalar(session->database(), QStringLiteral("SELECT count(*) FROM flags f JOIN posts p ON p.id = f.post_id WHERE "
                                                                "p.message_id = '%1' AND f.rule = 'insult' AND f.status = 'dismissed';").arg(QString::fromLatin1(id))), 1);
        QCOMPARE(test::scalar(session->database(), QStringLiteral("SELECT count(*) FROM flags f JOIN posts p ON p.id = f.post_id WHERE "
                                                            "p.message_id = 'w4' AND f.status = 'dismissed';")), 0);
    }

    void filtersByRuleChannelAuthorAssigneeAndDates()
    {
        auto session = openAs(QStringLiteral("henri"));
        SessionTasks tasks(session);
        QueuePage page(&tasks);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* model = page.model();
        const int all = int(model->totalMatching());
        QVERIFY(all > 3);
        const auto rows = [model] {
            while (model->canFetchMore({}))
                model->fetchMore({});
            return model->rowCount();
        };
        const auto choose = [](QComboBox* box, const QVariant& value) {
            const int i = box->findData(value);
            QVERIFY2(i > 0, qPrintable(value.toString()));
            box->setCurrentIndex(i);
        };

        // A rule: every row has it.
        const QString rule = model->itemAt(0)->row.rules.first();
        choose(page.ruleFilter(), rule);
        QVERIFY(rows() > 0 && rows() < all + 1);
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->itemAt(r)->row.rules.contains(rule));
        page.ruleFilter()->setCurrentIndex(0);

        // A channel and an author, as the table shows them.
        const QString channel = model->itemAt(0)->row.channel;
        choose(page.channelFilter(), channel);
        for (int r = 0; r < rows(); ++r)
            QCOMPARE(model->itemAt(r)->row.channel, channel);
        page.channelFilter()->setCurrentIndex(0);
        const QString author = model->itemAt(1)->author;
        const int authorIndex = page.authorFilter()->findText(author);
        QVERIFY2(authorIndex > 0, qPrintable(author));
        page.authorFilter()->setCurrentIndex(authorIndex);
        QVERIFY(rows() > 0);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->itemAt(r)->author, author);
        // Revealing the author (with a reason) names them in the list too; the filter stays.
        const qint64 authorId = page.authorFilter()->currentData().toLongLong();
        const int authorRows = model->rowCount();
        page.table()->selectionModel()->setCurrentIndex(model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Dialogs::setNextAnswersForTesting({QStringLiteral("formal complaint 2024-17")});
        for (QPushButton* b : page.findChildren<QPushButton*>()) {
            if (b->text().contains(QStringLiteral("Reveal")))
                b->click();
        }
        QVERIFY2(page.messageLabel()->text().startsWith(author + QStringLiteral(" is ")), qPrintable(page.messageLabel()->text()));
        QCOMPARE(page.authorFilter()->currentData().toLongLong(), authorId);
        QVERIFY(page.authorFilter()->currentText() != author);
        QCOMPARE(rows(), authorRows);
        page.authorFilter()->setCurrentIndex(0);
        QCOMPARE(rows(), all);

        // Assigned to me: a with a post selected, then the filter shows just that post.
        page.table()->setFocus();
        page.table()->selectionModel()->setCurrentIndex(model->index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const qint64 mine = model->itemAt(2)->row.postId;
        QTest::keyClick(page.table(), Qt::Key_A);
        choose(page.assigneeFilter(), QStringLiteral("henri"));
        QCOMPARE(rows(), 1);
        QCOMPARE(model->itemAt(0)->row.postId, mine);
        page.assigneeFilter()->setCurrentIndex(0);

        // Dates: one day, that of the newest post; both ends inclusive.
        const QDate day = QDateTime::fromString(model->itemAt(0)->row.postedAt, Qt::ISODateWithMs).toUTC().date();
        page.fromFilter()->setDate(day);
        page.toFilter()->setDate(day);
        QVERIFY(rows() > 0);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(QDateTime::fromString(model->itemAt(r)->row.postedAt, Qt::ISODateWithMs).toUTC().date(), day);
        const int onThatDay = model->rowCount();

        // Saved with the dates and a policy version; cleared; applied again.
        choose(page.policyFilter(), 1);
        QCOMPARE(rows(), onThatDay); // one policy version here
        Dialogs::setNextAnswersForTesting({QStringLiteral("that day")});
        page.findChild<QPushButton*>(QStringLiteral("saveFilterButton"))->click();
        page.fromFilter()->setDate(page.fromFilter()->minimumDate());
        page.toFilter()->setDate(page.toFilter()->minimumDate());
        page.policyFilter()->setCurrentIndex(0);
        QCOMPARE(rows(), all);
        const int saved = page.savedFiltersBox()->findText(QStringLiteral("that day"));
        QVERIFY(saved > 0);
        page.savedFiltersBox()->setCurrentIndex(saved);
        Q_EMIT page.savedFiltersBox()->activated(saved);
        QCOMPARE(page.fromFilter()->date(), day);
        QCOMPARE(page.toFilter()->date(), day);
        QCOMPARE(page.policyFilter()->currentData().toInt(), 1);
        QCOMPARE(rows(), onThatDay);
    }

    void closingThePageLetsTheWorkspaceOpenAgain()
    {
        // The post count runs on a pool thread with the session: closing the page waits
        // for it, so the workspace can be opened again at once, every time.
        for (int round = 0; round < 3; ++round) {
            auto session = openAs(QStringLiteral("henri"));
            {
                SessionTasks tasks(session);
                QueuePage page(&tasks);
                page.show();
                QVERIFY(QTest::qWaitForWindowExposed(&page));
                page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QStringLiteral("new")));
            }
            QCOMPARE(session.use_count(), 1);
            session.reset();
            auto again = workspace::Workspace::open(m_dir, QStringLiteral("carla"), QStringLiteral("queue page passphrase"));
            QVERIFY2(again, qPrintable(again.status().message()));
        }
    }

    void takedownIsRequestedByOneOfficerAndApprovedByAnother()
    {
        const QString order = m_tmp.filePath(QStringLiteral("order.json"));
        qint64 post = 0;
        {
            auto session = openAs(QStringLiteral("carla"));
            SessionTasks tasks(session);
            QueuePage page(&tasks);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QStringLiteral("new")));
            page.table()->setFocus();
            post = page.model()->itemAt(page.table()->currentIndex().row())->row.postId;
            Dialogs::setNextAnswersForTesting({QStringLiteral("customer card number in a public channel"), QStringLiteral("Data policy 4.2")});
            QTest::keyClick(page.table(), Qt::Key_T);
            QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("another compliance officer")), qPrintable(page.messageLabel()->text()));
            // Her own request: listed, but the decision is not offered, and the service refuses it.
            QCOMPARE(page.takedownsTable()->rowCount(), 1);
            page.takedownsTable()->selectRow(0);
            QVERIFY(!page.approveButton()->isVisible());
            QVERIFY(!page.rejectButton()->isVisible());
            const qint64 id = page.takedownsTable()->item(0, 0)->text().toLongLong();
            QCOMPARE(review::TakedownService(*session).decide(id, true, QStringLiteral("self")).code(), ErrorCode::PermissionDenied);
        }
        auto session = openAs(QStringLiteral("cody"));
        SessionTasks tasks(session);
        QueuePage page(&tasks);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.takedownsTable()->selectRow(0);
        QVERIFY(page.approveButton()->isVisible());
        QVERIFY(!page.exportOrderButton()->isEnabled());
        Dialogs::setNextAnswersForTesting({QStringLiteral("agreed, remove it")});
        page.approveButton()->click();
        QCOMPARE(page.takedownsTable()->item(0, 1)->text(), domain::displayName(domain::TakedownStatus::Approved));
        QCOMPARE(test::scalar(session->database(), QStringLiteral("SELECT count(*) FROM flags WHERE post_id = %1 AND status = 'takedown_approved';").arg(post)) > 0, true);
        page.takedownsTable()->selectRow(0);
        QVERIFY(page.exportOrderButton()->isEnabled());
        Dialogs::setNextDirectoryForTesting(order);
        page.exportOrderButton()->click();
        const QJsonObject json = QJsonDocument::fromJson(test::readFile(order)).object();
        QCOMPARE(json.value(QStringLiteral("requested")).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("carla"));
        QCOMPARE(json.value(QStringLiteral("approved")).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("cody"));
        QCOMPARE(json.value(QStringLiteral("why")).toObject().value(QStringLiteral("policy_clause")).toString(), QStringLiteral("Data policy 4.2"));

        // The message to the author: written from the template, recorded, saved for sending.
        const QString message = m_tmp.filePath(QStringLiteral("message.txt"));
        page.table()->selectionModel()->setCurrentIndex(page.model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Dialogs::setNextAnswersForTesting({QStringLiteral("Code of conduct 2.1"), QStringLiteral("Remove the post and apologise")});
        Dialogs::setNextDirectoryForTesting(message);
        page.findChild<QPushButton*>(QStringLiteral("notifyButton"))->click();
        const QString written = QString::fromUtf8(test::readFile(message));
        QVERIFY2(written.contains(QStringLiteral("Code of conduct 2.1")) && written.contains(QStringLiteral("Remove the post and apologise")),
                 qPrintable(written));
        QVERIFY(page.messageLabel()->text().contains(QStringLiteral("sends nothing")));

        // The template: a version without its placeholders is refused, a good one is used.
        Dialogs::setNextAnswersForTesting({QStringLiteral("Please behave.")});
        page.findChild<QPushButton*>(QStringLiteral("templateButton"))->click();
        QVERIFY(Dialogs::lastErrorForTesting().contains(QStringLiteral("{clause}")));
        Dialogs::setNextAnswersForTesting({QStringLiteral("About {clause}: {what} To do: {todo}")});
        page.findChild<QPushButton*>(QStringLiteral("templateButton"))->click();
        QCOMPARE(page.messageLabel()->text(), QStringLiteral("Notification template saved."));
        Dialogs::setNextAnswersForTesting({QStringLiteral("4.2"), QStringLiteral("delete it")});
        Dialogs::setNextDirectoryForTesting(message);
        page.findChild<QPushButton*>(QStringLiteral("notifyButton"))->click();
        QVERIFY2(QString::fromUtf8(test::readFile(message)).startsWith(QStringLiteral("About 4.2: ")), qPrintable(QString::fromUtf8(test::readFile(message))));
    }
};

QTEST_MAIN(TestQueuePage)
#include "tst_queue_page.moc"
