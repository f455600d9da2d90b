// The Import dialog: choose an export (file or folder), see its detected format and a
// preview of its first posts, map CSV columns, then import in the background with a
// progress count and cancel, ending with a summary.
#pragma once

#include "ingest/ImportService.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace custos::ui {

class SessionTasks;

class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(SessionTasks* tasks, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setSource(const QString& path);
    QComboBox* formatCombo() const { return m_format; }
    QTableWidget* previewTable() const { return m_preview; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* summaryLabel() const { return m_summary; }
    QComboBox* mappingCombo(const QString& field) const;
    bool isImporting() const { return m_cancelFlag != nullptr; }

Q_SIGNALS:
    void imported();

private:
    void refreshPreview();
    void fillMapping(const QStringList& header);
    ingest::ImportOptions options() const;
    void startImport();
    void showProgress(const QJsonObject& summary);
    void finishImport(const Status& status, const ingest::ImportSummary& summary);

    SessionTasks* m_tasks;
    QLineEdit* m_path;
    QComboBox* m_format;
    QGroupBox* m_mappingBox;
    QList<QPair<QString, QComboBox*>> m_mapping;
    QTableWidget* m_preview;
    QLabel* m_previewNote;
    QProgressBar* m_progress;
    QLabel* m_counts;
    QLabel* m_summary;
    QPushButton* m_import;
    QPushButton* m_cancel;
    QPushButton* m_close;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
};

} // namespace custos::ui
