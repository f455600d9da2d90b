// Runs work that needs the session (and its key derivation or database writes) on a
// pool thread. While a task runs, the session belongs to that thread and the window
// shows a busy indicator; the idle lock waits for it.
#pragma once

#include "core/Status.h"
#include "workspace/Session.h"

#include <QObject>
#include <functional>
#include <memory>

namespace custos::ui {

class SessionTasks final : public QObject
{
    Q_OBJECT
public:
    explicit SessionTasks(std::shared_ptr<workspace::Session> session, QObject* parent = nullptr);

    workspace::Session& session() { return *m_session; }
    // For read-only work on a connection of its own (Session::openConnection) while the
    // GUI keeps the session: the work holds the session until it ends.
    std::shared_ptr<workspace::Session> sharedSession() const { return m_session; }
    bool isBusy() const { return m_busy; }

    // `work` runs on a pool thread with the session; `done` on the GUI thread afterwards.
    void run(const QString& description, std::function<Status(workspace::Session&)> work,
             std::function<void(const Status&)> done);

Q_SIGNALS:
    void busyChanged(bool busy, const QString& description);

private:
    std::shared_ptr<workspace::Session> m_session;
    bool m_busy = false;
};

} // namespace custos::ui
