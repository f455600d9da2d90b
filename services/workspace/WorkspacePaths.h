// Where the files of a workspace live: a folder holding the encrypted database, its
// WAL and shared-memory files, the keyring and the lock file.
#pragma once

#include <QDir>
#include <QString>

namespace custos::workspace {

class WorkspacePaths final
{
public:
    explicit WorkspacePaths(const QString& dir) : m_dir(QDir::cleanPath(QDir(dir).absolutePath())) {}
    const QString& dir() const { return m_dir; }
    QString database() const { return m_dir + QStringLiteral("/custos.db"); }
    QString keyring() const { return m_dir + QStringLiteral("/custos.keyring"); }
    QString lockFile() const { return m_dir + QStringLiteral("/custos.lock"); }
    // The files that hold workspace data (the lock file is transient).
    QStringList dataFiles() const
    {
        return {database(), database() + QStringLiteral("-wal"), database() + QStringLiteral("-shm"), keyring()};
    }

private:
    QString m_dir;
};

} // namespace custos::workspace
