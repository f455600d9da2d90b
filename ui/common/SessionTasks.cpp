#include "common/SessionTasks.h"

#include "common/BackgroundTask.h"

#include <QThread>

namespace custos::ui {

SessionTasks::SessionTasks(std::shared_ptr<workspace::Session> session, QObject* parent)
    : QObject(parent), m_session(std::move(session))
{
}

void SessionTasks::run(const QString& description, std::function<Status(workspace::Session&)> work,
                       std::function<void(const Status&)> done)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    Q_EMIT busyChanged(true, description);
    QThread* gui = QThread::currentThread();
    auto session = m_session;
    runInBackground(
        this,
        [session, work = std::move(work), gui]() {
            session->setOwnerThread(QThread::currentThread());
            Status status = work(*session);
            session->setOwnerThread(gui);
            return status;
        },
        [this, done = std::move(done)](Status status) {
            m_busy = false;
            Q_EMIT busyChanged(false, {});
            done(status);
        });
}

} // namespace custos::ui
