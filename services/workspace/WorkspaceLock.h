// Process-level lock on a workspace folder, so that a second Custos (GUI or CLI) gets a
// clear "already open by ..." message instead of writing into the same files.
#pragma once

#include "core/Status.h"

#include <QCoreApplication>
#include <QLockFile>

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
    explicit WorkspaceLock(const QString& path);
    QLockFile m_file;
};

} // namespace custos::workspace
