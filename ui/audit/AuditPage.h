// The Audit page: the log's entries (filtered, loaded page by page), the selected entry
// with its Merkle inclusion proof, verification of the whole log in the background with
// progress and cancel, and export of a bundle that third parties can verify.
#pragma once

#include "audit/AuditVerifier.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace custos::models {
class AuditEntriesModel;
}

namespace custos::ui {

class SessionTasks;

class AuditPage final : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(SessionTasks* tasks, QWidget* parent = nullptr);
    ~AuditPage() override;

    models::AuditEntriesModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* actorFilter() const { return m_actor; }
    QComboBox* actionFilter() const { return m_action; }
    QLineEdit* objectFilter() const { return m_object; }
    QPlainTextEdit* detailsView() const { return m_details; }
    QPushButton* verifyButton() const { return m_verify; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* verificationLabel() const { return m_status; }
    bool isVerifying() const { return m_cancel != nullptr; }
    const audit::VerificationReport& lastReport() const { return m_report; }

public Q_SLOTS:
    void verify();
    void exportBundle();
    void applyFilter();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSelected();
    void finishVerification(const audit::VerificationReport& report);

    SessionTasks* m_tasks;
    models::AuditEntriesModel* m_model;
    QComboBox* m_actor;
    QComboBox* m_action;
    QLineEdit* m_object;
    QCheckBox* m_useFrom;
    QDateEdit* m_from;
    QCheckBox* m_useTo;
    QDateEdit* m_to;
    QLabel* m_count;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QPushButton* m_verify;
    QPushButton* m_cancelButton;
    QPushButton* m_export;
    QProgressBar* m_progress;
    QLabel* m_status;
    std::shared_ptr<std::atomic_bool> m_cancel;
    audit::VerificationReport m_report;
    bool m_verifiedOnce = false;
};

} // namespace custos::ui
