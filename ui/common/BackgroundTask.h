// Runs slow work (key derivation, database writes) on the thread pool and hands the
// result back on the GUI thread, so the window never freezes.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>

namespace custos::ui {

// `work` runs on a pool thread; `done(result)` runs on `context`'s thread unless
// `context` is destroyed first. The result travels in a shared_ptr, so move-only
// results (a Session) are fine.
template <typename Work, typename Done>
void runInBackground(QObject* context, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<std::shared_ptr<R>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        std::shared_ptr<R> result = watcher->result();
        watcher->deleteLater();
        done(std::move(*result));
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)]() mutable { return std::make_shared<R>(work()); }));
}

} // namespace custos::ui
