// What the fuzz targets share: one scratch folder per process, emptied before every
// input, and the text form in which one input describes a whole folder of files (an
// export folder, an audit bundle).
#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace custos::fuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// An empty folder, the same path for every input of the process: whatever the previous
// input left there is removed first, so that no run sees another's files.
QString freshFolder();

// Writes `data` as the one file `name` of a fresh folder; returns the file's path.
QString writeFile(const QString& name, const QByteArray& data);

// A folder described by text. A line "=== PATH" starts the file PATH, which holds the
// bytes after that line up to the line break before the next such line; the bytes before
// the first one are the file `firstFile`. PATH is relative, its parts made of letters,
// digits, '.', '_', '-' and ' ' (never "." or ".."), at most four deep; a file with any
// other name is left out, as are files past the 64th. Returns the folder's path.
QString writeTree(const QByteArray& text, const QString& firstFile);

// The same split without writing: (path, content) pairs in order, invalid names left out.
struct TreeFile
{
    QString path;
    QByteArray content;
};
QList<TreeFile> splitTree(const QByteArray& text, const QString& firstFile);
// The inverse of splitTree, for the tools that write seeds.
QByteArray joinTree(const QList<TreeFile>& files);

} // namespace custos::fuzz
