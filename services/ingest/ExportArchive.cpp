#include "ingest/ExportArchive.h"

#include "crypto/Crypto.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

namespace custos::ingest {

Result<std::unique_ptr<ExportArchive>> ExportArchive::open(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Status(ErrorCode::NotFound, tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    std::unique_ptr<ExportArchive> archive(new ExportArchive);
    archive->m_path = info.absoluteFilePath();
    if (info.isDir()) {
        QDirIterator it(archive->m_path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            archive->m_files << QDir(archive->m_path).relativeFilePath(it.next());
    } else {
        int error = 0;
        zip_t* zip = zip_open(QFile::encodeName(archive->m_path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (!zip) {
            if (error == ZIP_ER_NOZIP || error == ZIP_ER_INCONS)
                return Status(ErrorCode::ForeignFile,
                              tr("%1 is neither a folder nor a readable .zip file.").arg(QDir::toNativeSeparators(path)));
            return Status(ErrorCode::Io, tr("%1 cannot be opened as a .zip file.").arg(QDir::toNativeSeparators(path)));
        }
        archive->m_zip = zip;
        const zip_int64_t n = zip_get_num_entries(zip, 0);
        for (zip_int64_t i = 0; i < n; ++i) {
            const char* name = zip_get_name(zip, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
            if (!name)
                continue;
            const QString file = QString::fromUtf8(name);
            if (file.endsWith(QLatin1Char('/')) || file.startsWith(QStringLiteral("__MACOSX/")))
                continue;
            archive->m_files << file;
            archive->m_zipIndex.insert(file, i);
        }
    }
    archive->m_files.sort();
    return archive;
}

ExportArchive::~ExportArchive()
{
    if (m_zip)
        zip_discard(static_cast<zip_t*>(m_zip));
}

Status ExportArchive::digestRemaining()
{
    for (const QString& file : m_files) {
        if (!m_digests.contains(file)) {
            auto data = read(file);
            if (!data)
                return data.status();
        }
    }
    return Status::success();
}

Result<QByteArray> ExportArchive::read(const QString& name)
{
    QByteArray data;
    if (!m_zip) {
        QFile file(QDir(m_path).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Status(ErrorCode::Io, tr("%1 cannot be read: %2.").arg(name, file.errorString()));
        if (file.size() > kMaxFileSize)
            return Status(ErrorCode::BadInput, tr("%1 is larger than %2 MiB; it is refused.").arg(name).arg(kMaxFileSize >> 20));
        data = file.readAll();
    } else {
        auto* zip = static_cast<zip_t*>(m_zip);
        const auto index = m_zipIndex.constFind(name);
        if (index == m_zipIndex.constEnd())
            return Status(ErrorCode::NotFound, tr("%1 is not in the export.").arg(name));
        zip_stat_t st;
        if (zip_stat_index(zip, static_cast<zip_uint64_t>(*index), 0, &st) != 0)
            return Status(ErrorCode::Corrupted, tr("%1 in %2 is damaged.").arg(name, m_path));
        if (static_cast<qint64>(st.size) > kMaxFileSize)
            return Status(ErrorCode::BadInput, tr("%1 is larger than %2 MiB; it is refused.").arg(name).arg(kMaxFileSize >> 20));
        zip_file_t* f = zip_fopen_index(zip, static_cast<zip_uint64_t>(*index), 0);
        if (!f)
            return Status(ErrorCode::Corrupted, tr("%1 in %2 cannot be unpacked.").arg(name, m_path));
        data.resize(static_cast<qsizetype>(st.size));
        const zip_int64_t got = zip_fread(f, data.data(), st.size);
        zip_fclose(f);
        if (got != static_cast<zip_int64_t>(st.size))
            return Status(ErrorCode::Corrupted, tr("%1 in %2 is truncated or damaged.").arg(name, m_path));
    }
    m_digests.insert(name, QString::fromLatin1(crypto::sha256(data).toHex()));
    return data;
}

} // namespace custos::ingest
