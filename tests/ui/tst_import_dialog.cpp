// The Import dialog: format detection, preview, CSV column mapping, a background import
// with a summary, and a clear message for something that is not an export.
#include "TestSupport.h"
#include "common/Dialogs.h"
#include "importer/ImportDialog.h"
#include "shell/SessionTasks.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
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
