// Watches keyboard and mouse input across the application and reports when the user
// has been idle for the configured time, so the console can lock itself.
#pragma once

#include <QObject>
#include <QTimer>

namespace custos::ui {

class IdleWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void start(std::chrono::milliseconds timeout);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    std::chrono::milliseconds timeout() const { return m_timer.intervalAsDuration(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace custos::ui
