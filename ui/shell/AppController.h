// Wires the start screen, the main window and the idle lock around one session at a
// time. Locking destroys the main window and the session: keys are wiped, the
// database is closed and the workspace lock is released until the user unlocks again.
#pragma once

#include "workspace/Session.h"

#include <QObject>

#include <memory>

namespace custos::ui {

class IdleWatcher;
class MainWindow;
class StartScreen;

class AppController final : public QObject
{
    Q_OBJECT
public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    // Shows the start screen, with `workspace` and `user` filled in when given.
    void start(const QString& workspace = {}, const QString& user = {});

    StartScreen* startScreen() const { return m_start.get(); }
    MainWindow* mainWindow() const { return m_main.get(); }
    IdleWatcher* idleWatcher() const { return m_idle; }
    bool isUnlocked() const { return m_session != nullptr; }

public Q_SLOTS:
    void lock();

private:
    void onSessionOpened(std::shared_ptr<workspace::Session> session);

    std::unique_ptr<StartScreen> m_start;
    std::unique_ptr<MainWindow> m_main;
    std::shared_ptr<workspace::Session> m_session;
    IdleWatcher* m_idle;
    bool m_lockPending = false;
};

} // namespace custos::ui
