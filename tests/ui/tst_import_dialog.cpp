// The Import dialog: format detection, preview, CSV column mapping, a background import
// with a summary, and a clear message for something that is not an export.
#include "TestSupport.h"
#include "common/Dialogs.h"
#include "common/SessionTasks.h"
#include "importer/ImportDialog.h"
#include "demo/DemoCorpus.h"
#include "ingest/ImportService.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::demo;
using namespace custos::ui;

namespace {
QString fixture(const QString& name)
{
    return QStringLiteral(CUSTOS_TEST_DATA_DIR "/import/") + name;
}
} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    int m_n = 0;

    std::shared_ptr<workspace::Session> session()
    {
        return std::shared_ptr<workspace::Session>(test::createWorkspace(m_tmp.filePath(QStringLiteral("ws%1").arg(++m_n))).release());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void slackExportPreviewedAndImported()
    {
        auto s = session();
        SessionTasks tasks(s);
        ImportDialog dialog(&tasks);
        dialog.show();
        dialog.setSource(fixture(QStringLiteral("slack-small")));
        QCOMPARE(dialog.formatCombo()->currentData().toString(), QStringLiteral("slack"));
        QVERIFY(dialog.previewTable()->rowCount() >= 5);
        QStringList authors;
        for (int row = 0; row < dialog.previewTable()->rowCount(); ++row)
            authors << dialog.previewTable()->item(row, 1)->text();
        QVERIFY(authors.contains(QStringLiteral("Ada Lovelace"))); // names, not platform ids
        QVERIFY(!authors.contains(QStringLiteral("U1")));
        QVERIFY(dialog.importButton()->isEnabled());
        dialog.importButton()->click();
        QVERIFY(dialog.isImporting());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 30000);
        QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("Import finished: 10 post(s) added")),
                 qPrintable(dialog.summaryLabel()->text()));
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("5 record(s) skipped")));
        storage::Statement q = s->database().prepare(QStringLiteral("SELECT count(*) FROM posts;"));
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), qint64(10));
    }

    void csvColumnsAreMapped()
    {
        auto s = session();
        SessionTasks tasks(s);
        ImportDialog dialog(&tasks);
        dialog.setSource(fixture(QStringLiteral("csv-small.csv")));
        QCOMPARE(dialog.formatCombo()->currentData().toString(), QStringLiteral("csv"));
        QCOMPARE(dialog.mappingCombo(QStringLiteral("author"))->currentText(), QStringLiteral("user"));
        QCOMPARE(dialog.mappingCombo(QStringLiteral("channel"))->currentText(), QStringLiteral("room"));
        QCOMPARE(dialog.mappingCombo(QStringLiteral("time"))->currentText(), QStringLiteral("sent"));
        QCOMPARE(dialog.mappingCombo(QStringLiteral("text"))->currentText(), QStringLiteral("body"));
        QCOMPARE(dialog.mappingCombo(QStringLiteral("id"))->currentText(), QStringLiteral("msg_id"));
        QCOMPARE(dialog.previewTable()->rowCount(), 3);
        dialog.importButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 30000);
        QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("3 post(s) added")), qPrintable(dialog.summaryLabel()->text()));
    }

    void cancelKeepsWholeBatchesAndImportingAgainResumes()
    {
        // Cancel straight away: the import stops at its first batch's end, keeps that
        // batch whole, and the same export imported again adds the rest, nothing twice.
        const QString corpus = m_tmp.filePath(QStringLiteral("corpus-cancel"));
        QVERIFY(demo::DemoCorpus::write(corpus, 30000, 5));
        auto s = session();
        SessionTasks tasks(s);
        ImportDialog dialog(&tasks);
        dialog.show();
        dialog.setSource(corpus);
        QCOMPARE(dialog.formatCombo()->currentData().toString(), QStringLiteral("slack"));
        dialog.importButton()->click();
        QVERIFY(dialog.cancelButton()->isVisible());
        dialog.cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 60000);
        QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("Import cancelled")), qPrintable(dialog.summaryLabel()->text()));
        const auto scalar = [&s](const char* sql) {
            storage::Statement q = s->database().prepare(QString::fromLatin1(sql));
            return q.step() ? q.int64(0) : qint64(-1);
        };
        const qint64 kept = scalar("SELECT count(*) FROM posts;");
        QVERIFY2(kept > 0 && kept <= ingest::ImportOptions{}.batchSize, qPrintable(QString::number(kept)));
        // The one batch kept is whole: its audit entry counts exactly the posts there are.
        QCOMPARE(scalar("SELECT count(*) FROM audit_entries WHERE action = 'import.batch';"), qint64(1));
        QCOMPARE(QString::number(kept),
                 [&s] {
                     storage::Statement q = s->database().prepare(QStringLiteral("SELECT details FROM audit_entries WHERE action = 'import.batch';"));
                     return q.step() ? QString::number(QJsonDocument::fromJson(q.text(0).toUtf8())
                                                           .object()
                                                           .value(QStringLiteral("counts"))
                                                           .toObject()
                                                           .value(QStringLiteral("posts_added"))
                                                           .toInteger())
                                     : QString();
                 }());
        QCOMPARE(scalar("SELECT count(*) FROM imports WHERE status = 'cancelled';"), qint64(1));
        QCOMPARE(scalar("SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'the';") > 0, true);

        dialog.importButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 60000);
        QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("Import finished")), qPrintable(dialog.summaryLabel()->text()));
        QCOMPARE(scalar("SELECT count(*) FROM posts;"), qint64(30000));
        QCOMPARE(scalar("SELECT count(*) FROM (SELECT DISTINCT channel_id, message_id FROM posts);"), qint64(30000));
        QCOMPARE(scalar("SELECT count(*) FROM imports;"), qint64(1)); // resumed, not a second import
        QCOMPARE(scalar("SELECT count(*) FROM imports WHERE status = 'done';"), qint64(1));
    }

    void notAnExportIsExplained()
    {
        auto s = session();
        SessionTasks tasks(s);
        ImportDialog dialog(&tasks);
        const QString bogus = m_tmp.filePath(QStringLiteral("bogus.zip"));
        test::writeFile(bogus, "definitely not a zip");
        dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(QStringLiteral("slack")));
        dialog.setSource(bogus);
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.findChildren<QLabel*>().size() > 0);
        bool explained = false;
        for (QLabel* l : dialog.findChildren<QLabel*>())
            explained |= l->text().contains(QStringLiteral("neither a folder nor a readable .zip"));
        QVERIFY(explained);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_import_dialog.moc"
