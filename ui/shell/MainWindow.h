// The console's main window: navigation rail, pages, top bar with workspace, user and
// lock button, status bar with background work. Only pages that work are listed, and
// only for the roles that may use them.
#pragma once

#include "workspace/FileWarmUp.h"
#include "workspace/Session.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;

namespace custos::ui {

class CasesPage;
class ImportDialog;
class PoliciesPage;
class SessionTasks;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<workspace::Session> session, QWidget* parent = nullptr);

    SessionTasks* tasks() const { return m_tasks; }
    QStringList pageNames() const;
    ImportDialog* openImportDialog();
    PoliciesPage* policiesPage() const { return m_policies; } // null for roles that may not see it
    CasesPage* casesPage() const { return m_cases; }          // null for roles that may not see cases
    bool showPage(const QString& objectName);
    // Reads the workspace file into the system's file cache in the background.
    const workspace::FileWarmUp& warmUp() const { return *m_warmUp; }

Q_SIGNALS:
    void lockRequested();
    void idleLockMinutesChanged(int minutes);

private:
    void addPage(QWidget* page, const QString& title);
    void updateIdentity();

    std::shared_ptr<workspace::Session> m_session;
    SessionTasks* m_tasks;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    QLabel* m_identity;
    QProgressBar* m_busy;
    QLabel* m_busyLabel;
    ImportDialog* m_importDialog = nullptr;
    PoliciesPage* m_policies = nullptr;
    CasesPage* m_cases = nullptr;
    std::unique_ptr<workspace::FileWarmUp> m_warmUp; // stopped when the window goes (the workspace locks)
};

} // namespace custos::ui
