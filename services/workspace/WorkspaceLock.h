// Process-level lock on a workspace folder, so that a second Custos (GUI or CLI) gets a
// clear "already open by ..." message instead of writing into the same files.
//
// The truth is an OS lock (flock) on custos.lock, held for as long as the process keeps
// the workspace open and released by the kernel when the process ends, however it ends.
// The file's content (process id, host, program) only names the holder in the message:
// an empty, garbled or stale file that no live process holds is simply taken over. The
// file is never deleted, so two processes can never lock two different files of one name.
#pragma once

#include "core/Status.h"

#include <QCoreApplication>

#include <memory>

namespace custos::workspace {

class WorkspaceLock final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLock)
public:
    static Result<std::unique_ptr<WorkspaceLock>> acquire(const QString& workspaceDir);
    ~WorkspaceLock();
    Q_DISABLE_COPY_MOVE(WorkspaceLock)

private:
    explicit WorkspaceLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

} // namespace custos::workspace
