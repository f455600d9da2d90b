// Where the files of a workspace live: a folder holding one encrypted database file per
// compartment, the keyring and the lock file.
#pragma once

#include "domain/Compartment.h"
#include "storage/Connection.h"

#include <QDir>
#include <QString>

namespace custos::workspace {

class WorkspacePaths final
{
public:
    explicit WorkspacePaths(const QString& dir) : m_dir(QDir::cleanPath(QDir(dir).absolutePath())) {}
    const QString& dir() const { return m_dir; }
    // The log compartment's file: users, settings, policies and the audit log.
    QString database() const { return database(domain::Compartment::Log); }
    QString database(domain::Compartment compartment) const
    {
        switch (compartment) {
        case domain::Compartment::Log:
            return m_dir + QStringLiteral("/custos.db");
        case domain::Compartment::Content:
            return m_dir + QStringLiteral("/content.db");
        case domain::Compartment::Aggregates:
            return m_dir + QStringLiteral("/aggregates.db");
        }
        Q_UNREACHABLE();
    }
    storage::CompartmentFiles databases() const
    {
        storage::CompartmentFiles files;
        for (const domain::Compartment c : domain::all<domain::Compartment>())
            files[c] = database(c);
        return files;
    }
    QString keyring() const { return m_dir + QStringLiteral("/custos.keyring"); }
    QString lockFile() const { return m_dir + QStringLiteral("/custos.lock"); }
    // The files that hold workspace data (the lock file is transient; a journal exists
    // only while a transaction is open or after a crash, until the next open rolls it
    // back).
    QStringList dataFiles() const
    {
        QStringList files;
        for (const domain::Compartment c : domain::all<domain::Compartment>()) {
            files << database(c) << database(c) + QStringLiteral("-journal");
            // A rekey's copy, between its steps (KeyCustody::rekey).
            files << database(c) + QStringLiteral(".rekey");
            // Left from workspaces that kept a write-ahead log.
            files << database(c) + QStringLiteral("-wal") << database(c) + QStringLiteral("-shm");
        }
        files << keyring();
        return files;
    }

private:
    QString m_dir;
};

} // namespace custos::workspace
