#include "shell/AppController.h"

#include "cases/EvidenceViewer.h"

#include "common/IdleWatcher.h"
#include "common/SessionTasks.h"
#include "shell/MainWindow.h"
#include "start/StartScreen.h"

namespace custos::ui {

AppController::AppController(QObject* parent)
    : QObject(parent), m_start(std::make_unique<StartScreen>()), m_idle(new IdleWatcher(this))
{
    m_start->resize(900, 520);
    connect(m_start.get(), &StartScreen::sessionOpened, this, &AppController::onSessionOpened);
    connect(m_idle, &IdleWatcher::idle, this, &AppController::lock);
}

AppController::~AppController()
{
    m_main.reset();
    m_session.reset();
}

void AppController::start(const QString& workspace, const QString& user)
{
    if (!workspace.isEmpty())
        m_start->setWorkspace(workspace, user);
    m_start->show();
}

void AppController::onSessionOpened(std::shared_ptr<workspace::Session> session)
{
    m_session = std::move(session);
    m_main = std::make_unique<MainWindow>(m_session);
    // Queued: the window is deleted while locking, never from inside its own signal.
    connect(m_main.get(), &MainWindow::lockRequested, this, &AppController::lock, Qt::QueuedConnection);
    connect(m_main.get(), &MainWindow::idleLockMinutesChanged, this,
            [this](int minutes) { m_idle->start(std::chrono::minutes(minutes)); });
    connect(m_main->tasks(), &SessionTasks::busyChanged, this, [this](bool busy) {
        if (!busy && m_lockPending)
            QMetaObject::invokeMethod(this, &AppController::lock, Qt::QueuedConnection);
    });
    m_idle->start(std::chrono::minutes(m_session->idleLockMinutes()));
    m_start->hide();
    m_main->show();
}

void AppController::lock()
{
    if (!m_session)
        return;
    if (m_main && m_main->tasks()->isBusy()) {
        m_lockPending = true; // the session belongs to a worker right now; lock when it is back
        return;
    }
    m_lockPending = false;
    m_idle->stop();
    const QString path = m_session->paths().dir();
    const QString user = m_session->user().name;
    m_main.reset();
    m_session.reset(); // wipes the keys, closes the database, releases the workspace lock
    EvidenceViewer::removeAll(); // no evidence file stays readable outside the workspace
    m_start->setWorkspace(path, user);
    m_start->showMessage(tr("The workspace is locked and its keys are forgotten. Enter your passphrase to continue."),
                         false);
    m_start->show();
}

} // namespace custos::ui
