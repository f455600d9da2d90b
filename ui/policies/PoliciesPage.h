// The Policies page: the published versions of the detection policy (who published
// each, how many posts were scanned with it, how many flags it raised), the rules of the
// selected version, a test bench that classifies what you type with that version, and
// the actions: publish a new version from a JSON file, save a version as JSON, and scan
// the workspace with progress and cancel.
#pragma once

#include "detection/Classifier.h"
#include "policy/PolicyService.h"
#include "policy/ScanService.h"

#include <QHash>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace custos::ui {

class SessionTasks;

class PoliciesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit PoliciesPage(SessionTasks* tasks, QWidget* parent = nullptr);
    ~PoliciesPage() override;

    QTableWidget* versionsTable() const { return m_versions; }
    QTableWidget* rulesTable() const { return m_rules; }
    QPlainTextEdit* testInput() const { return m_testInput; }
    QTextBrowser* testResult() const { return m_testResult; }
    QPushButton* publishButton() const { return m_publish; }
    QPushButton* scanButton() const { return m_scan; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* statusLabel() const { return m_status; }
    bool isScanning() const { return m_cancel != nullptr; }
    bool isTestBenchReady() const; // the selected version's classifier is compiled

public Q_SLOTS:
    void refresh();
    void publishFromFile();
    void saveSelected();
    void scan();
    void runTestBench();

Q_SIGNALS:
    void scanFinished(); // after a scan ended, cancelled or not

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::optional<int> selectedVersion() const;
    void showVersion();
    void showPolicy(const detection::Policy& policy);
    void finishScan(const Status& status, const policy::ScanSummary& summary);

    SessionTasks* m_tasks;
    QLabel* m_status;
    QTableWidget* m_versions;
    QTableWidget* m_rules;
    QPlainTextEdit* m_testInput;
    QTextBrowser* m_testResult;
    QPushButton* m_publish;
    QPushButton* m_save;
    QPushButton* m_scan;
    QTimer* m_testTimer;
    QProgressDialog* m_progress = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    policy::PolicyOverview m_overview;
    QHash<int, std::shared_ptr<detection::Classifier>> m_classifiers; // by version (0: built-in)
    int m_compiling = -1; // version whose classifier is being compiled
};

} // namespace custos::ui
