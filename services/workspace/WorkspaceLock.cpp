#include "workspace/WorkspaceLock.h"

#include "workspace/WorkspacePaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace custos::workspace {
namespace {

QByteArray readAll(int fd)
{
    QByteArray out;
    char buffer[512];
    if (::lseek(fd, 0, SEEK_SET) < 0)
        return out;
    ssize_t n;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0 && out.size() < 4096)
        out.append(buffer, static_cast<qsizetype>(n));
    return out;
}

} // namespace

WorkspaceLock::~WorkspaceLock()
{
    if (m_fd >= 0) {
        // Emptied, not deleted (see the header); the kernel drops the lock with the descriptor.
        (void)::ftruncate(m_fd, 0);
        ::close(m_fd);
    }
}

Result<std::unique_ptr<WorkspaceLock>> WorkspaceLock::acquire(const QString& workspaceDir)
{
    const QString path = WorkspacePaths(workspaceDir).lockFile();
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOSPC || error == EDQUOT)
            return Status(ErrorCode::Io, tr("The disk holding the workspace %1 is full: not even its lock file can be "
                                            "written. Free some space and try again; nothing was changed.")
                                             .arg(workspaceDir));
        if (error == EROFS)
            return Status(ErrorCode::Io, tr("The workspace %1 is on a read-only disk. Copy it to a writable disk to "
                                            "open it.")
                                             .arg(workspaceDir));
        return Status(ErrorCode::Io, tr("The workspace %1 cannot be locked for use: %2. Check the folder's "
                                        "permissions.")
                                         .arg(workspaceDir, QString::fromLocal8Bit(::strerror(error))));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        // Who holds it, as far as the file says (it may be empty while the holder starts).
        const QList<QByteArray> lines = readAll(fd).split('\n');
        ::close(fd);
        if (error != EWOULDBLOCK)
            return Status(ErrorCode::Io, tr("The workspace %1 cannot be locked for use: %2.")
                                             .arg(workspaceDir, QString::fromLocal8Bit(::strerror(error))));
        bool ok = false;
        const qint64 pid = lines.value(0).trimmed().toLongLong(&ok);
        const QString host = QString::fromUtf8(lines.value(1).trimmed()).left(200);
        QString app = QString::fromUtf8(lines.value(2).trimmed()).left(200);
        if (app.isEmpty())
            app = tr("another program");
        if (!ok || pid <= 0)
            return Status(ErrorCode::WorkspaceLocked,
                          tr("The workspace %1 is already open by %2. Close it there first, then try again.")
                              .arg(workspaceDir, app));
        return Status(ErrorCode::WorkspaceLocked,
                      tr("The workspace %1 is already open by %2 (process %3 on %4). Close it there first, "
                         "then try again.")
                          .arg(workspaceDir, app)
                          .arg(pid)
                          .arg(host));
    }
    // Ours: whatever the file said before (nothing, garbage, a process that died) is replaced.
    const QByteArray info = QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
                            QSysInfo::machineHostName().toUtf8() + '\n' +
                            QCoreApplication::applicationName().toUtf8() + '\n';
    // The file's content only names the holder: when the disk is too full to write it, the
    // lock still holds and the next write of real data reports the full disk.
    if (::ftruncate(fd, 0) == 0)
        (void)::pwrite(fd, info.constData(), static_cast<size_t>(info.size()), 0);
    return std::unique_ptr<WorkspaceLock>(new WorkspaceLock(fd));
}

} // namespace custos::workspace
