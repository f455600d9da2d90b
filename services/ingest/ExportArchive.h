// Read access to a platform export that is either a folder or a .zip file, with the
// SHA-256 of every file read (for the import manifest).
#pragma once

#include "core/Status.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <memory>

namespace custos::ingest {

class ExportArchive final
{
    Q_DECLARE_TR_FUNCTIONS(ExportArchive)
public:
    static constexpr qint64 kMaxFileSize = 512LL * 1024 * 1024; // a single export file above this is refused

    static Result<std::unique_ptr<ExportArchive>> open(const QString& path);
    ~ExportArchive();
    Q_DISABLE_COPY_MOVE(ExportArchive)

    const QString& path() const { return m_path; }
    bool isZip() const { return m_zip != nullptr; }
    // Relative paths of the files, sorted, with '/' separators.
    const QStringList& files() const { return m_files; }
    bool contains(const QString& name) const { return m_files.contains(name); }
    Result<QByteArray> read(const QString& name);
    // Reads the files not read yet, so that digests() covers the whole export.
    Status digestRemaining();
    // SHA-256 (hex) of every file read so far.
    const QMap<QString, QString>& digests() const { return m_digests; }

private:
    ExportArchive() = default;
    QString m_path;
    void* m_zip = nullptr; // zip_t*
    QStringList m_files;
    QMap<QString, qint64> m_zipIndex;
    QMap<QString, QString> m_digests;
};

} // namespace custos::ingest
