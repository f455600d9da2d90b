#include "FuzzSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>

namespace custos::fuzz {
namespace {

constexpr int kMaxFiles = 64;
constexpr int kMaxDepth = 4;
const QByteArray kHeader = QByteArrayLiteral("=== ");

const QString& scratchRoot()
{
    // Made once and removed when the process exits; TMPDIR chooses where (a RAM disk
    // makes the targets faster).
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/custos-fuzz-XXXXXX"));
    static const QString path = [] {
        if (!dir.isValid()) {
            std::fprintf(stderr, "fuzz: no scratch folder: %s\n", qPrintable(dir.errorString()));
            std::abort();
        }
        return dir.path() + QStringLiteral("/input");
    }();
    return path;
}

bool validPath(const QString& path)
{
    static const QRegularExpression part(QStringLiteral("^[A-Za-z0-9._ -]{1,64}$"));
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() > kMaxDepth)
        return false;
    for (const QString& p : parts) {
        if (p == QLatin1String(".") || p == QLatin1String("..") || !part.match(p).hasMatch())
            return false;
    }
    return true;
}

} // namespace

QString freshFolder()
{
    const QString& root = scratchRoot();
    QDir dir(root);
    if ((dir.exists() && !dir.removeRecursively()) || !QDir().mkpath(root)) {
        std::fprintf(stderr, "fuzz: cannot empty %s\n", qPrintable(root));
        std::abort(); // a run that saw the previous input's files would not be reproducible
    }
    return root;
}

QString writeFile(const QString& name, const QByteArray& data)
{
    const QString path = QDir(freshFolder()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        std::fprintf(stderr, "fuzz: cannot write %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

QList<TreeFile> splitTree(const QByteArray& text, const QString& firstFile)
{
    QList<TreeFile> files;
    QString path = firstFile;
    qsizetype start = 0;
    bool atHeader = text.startsWith(kHeader);
    while (files.size() < kMaxFiles) {
        if (atHeader) {
            const qsizetype end = text.indexOf('\n', start);
            path = QString::fromUtf8(
                       text.mid(start + kHeader.size(), end < 0 ? -1 : end - start - kHeader.size()))
                       .trimmed();
            if (end < 0) {
                start = text.size();
            } else {
                start = end + 1;
            }
        }
        const qsizetype next = text.indexOf(QByteArray('\n' + kHeader), start);
        const QByteArray content = text.mid(start, next < 0 ? -1 : next - start);
        if (validPath(path))
            files.append({path, content});
        if (next < 0)
            break;
        start = next + 1;
        atHeader = true;
    }
    return files;
}

QByteArray joinTree(const QList<TreeFile>& files)
{
    QByteArray text;
    for (const TreeFile& f : files) {
        if (!text.isEmpty())
            text += '\n';
        text += kHeader + f.path.toUtf8() + '\n' + f.content;
    }
    return text;
}

QString writeTree(const QByteArray& text, const QString& firstFile)
{
    const QString root = freshFolder();
    const QDir dir(root);
    for (const TreeFile& f : splitTree(text, firstFile)) {
        const QString path = dir.filePath(f.path);
        // A name that is also another file's folder ("a" and "a/b") cannot be both: the
        // later one is left out, as an export could not hold both either.
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            continue;
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(f.content);
    }
    return root;
}

} // namespace custos::fuzz
