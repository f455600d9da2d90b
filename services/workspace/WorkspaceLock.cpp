#include "workspace/WorkspaceLock.h"

#include "workspace/WorkspacePaths.h"

namespace custos::workspace {

WorkspaceLock::WorkspaceLock(const QString& path) : m_file(path)
{
    // A lock is never stale by age: only a lock whose process has died is taken over.
    m_file.setStaleLockTime(0);
}

WorkspaceLock::~WorkspaceLock()
{
    m_file.unlock();
}

Result<std::unique_ptr<WorkspaceLock>> WorkspaceLock::acquire(const QString& workspaceDir)
{
    std::unique_ptr<WorkspaceLock> lock(new WorkspaceLock(WorkspacePaths(workspaceDir).lockFile()));
    if (lock->m_file.tryLock(0))
        return lock;
    if (lock->m_file.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->m_file.getLockInfo(&pid, &host, &app);
        if (app.isEmpty())
            app = tr("another program");
        return Status(ErrorCode::WorkspaceLocked,
                      tr("The workspace %1 is already open by %2 (process %3 on %4). Close it there first, "
                         "then try again.")
                          .arg(workspaceDir, app)
                          .arg(pid)
                          .arg(host));
    }
    return Status(ErrorCode::Io, tr("The workspace %1 cannot be locked for use (no permission to write in its "
                                    "folder?). Check the folder's permissions.")
                                     .arg(workspaceDir));
}

} // namespace custos::workspace
