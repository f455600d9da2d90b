// The Records page, for compliance officers and administrators: retention rules (what is
// kept how long and why), legal holds (placed, released, custodian notices and their
// acknowledgements), the purge (a preview per rule with what is kept and why, then an
// audited purge in the background with progress and cancel) and the purge history with
// each purge's certificate of disposition.
#pragma once

#include "domain/Records.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressDialog;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace custos::ui {

class SessionTasks;

class RecordsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit RecordsPage(SessionTasks* tasks, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* rulesTable() const { return m_rules; }
    QTableWidget* holdsTable() const { return m_holds; }
    QTableWidget* previewTable() const { return m_preview; }
    QTableWidget* keptTable() const { return m_kept; }
    QTableWidget* historyTable() const { return m_history; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* rulesEmpty() const { return m_rulesEmpty; }

public Q_SLOTS:
    void refresh();
    void addRule();
    void retireRule();
    void placeHold();
    void releaseHold();
    void exportNotices();
    void recordAcknowledgement();
    void runPreview();
    void purge();
    void exportCertificate();

Q_SIGNALS:
    void purgeFinished();

private:
    QWidget* buildRulesTab();
    QWidget* buildHoldsTab();
    QWidget* buildPurgeTab();
    QWidget* buildHistoryTab();
    void showPreview(const domain::PurgePreview& preview);
    void finishPurge(const QString& error, const QJsonObject& summary);
    qint64 selectedId(QTableWidget* table) const;
    void report(const QString& text);

    SessionTasks* m_tasks;
    QTabWidget* m_tabs;
    QTableWidget* m_rules;
    QLabel* m_rulesEmpty;
    QTableWidget* m_holds;
    QTableWidget* m_preview;
    QTableWidget* m_kept;
    QTextBrowser* m_samples;
    QTableWidget* m_history;
    QLabel* m_previewSummary;
    QLabel* m_status;
    QPushButton* m_purge;
    bool m_canManage = false;
    bool m_canPurge = false;
    QProgressDialog* m_progress = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace custos::ui
