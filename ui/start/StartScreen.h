// The first screen: recent workspaces, open a folder, create a workspace, and unlock
// with user name and passphrase. Key derivation runs in the background.
#pragma once

#include "workspace/Session.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace custos::ui {

class CreateWorkspaceWizard;

class StartScreen final : public QWidget
{
    Q_OBJECT
public:
    explicit StartScreen(QWidget* parent = nullptr);

    void setWorkspace(const QString& path, const QString& user = {});
    QString workspacePath() const { return m_workspacePath; }
    void showMessage(const QString& text, bool isError);
    bool isBusy() const;

    // Widgets for tests.
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* createButton() const { return m_create; }
    QLabel* messageLabel() const { return m_message; }
    CreateWorkspaceWizard* wizard() const { return m_wizard; }

public Q_SLOTS:
    void unlock();
    void startCreateWizard();

Q_SIGNALS:
    void sessionOpened(std::shared_ptr<custos::workspace::Session> session);

private:
    void reloadRecent();
    void openFolder();
    void createFromWizard();
    void setBusy(bool busy, const QString& what = {});
    void finishOpening(Result<std::unique_ptr<workspace::Session>> result, const QString& user);

    QString m_workspacePath;
    QListWidget* m_recent;
    QPushButton* m_openFolder;
    QPushButton* m_create;
    QLabel* m_workspaceLabel;
    QLineEdit* m_user;
    QLineEdit* m_passphrase;
    QPushButton* m_unlock;
    QProgressBar* m_busy;
    QLabel* m_busyLabel;
    QLabel* m_message;
    CreateWorkspaceWizard* m_wizard = nullptr;
};

} // namespace custos::ui
