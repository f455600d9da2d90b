#include "cases/EvidenceViewer.h"

#include "common/Dialogs.h"

#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

namespace custos::ui {

namespace {

void overwriteAndRemove(const QString& path)
{
    QFile f(path);
    if (f.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(static_cast<int>(std::min<qint64>(f.size(), 1 << 20)), '\0');
        for (qint64 left = f.size(); left > 0; left -= zeros.size())
            f.write(zeros.constData(), std::min<qint64>(left, zeros.size()));
        f.flush();
        f.close();
    }
    QFile::remove(path);
}

} // namespace

bool EvidenceViewer::showsInside(const QString& mediaType)
{
    return mediaType.startsWith(QLatin1String("text/")) || mediaType.startsWith(QLatin1String("image/")) ||
           mediaType == QLatin1String("message/rfc822") || mediaType == QLatin1String("application/json");
}

QString EvidenceViewer::folder()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty())
        base = QDir::tempPath();
    return QDir(base).filePath(QStringLiteral("custos-evidence"));
}

QStringList EvidenceViewer::copies()
{
    QStringList out;
    for (const QFileInfo& f : QDir(folder()).entryInfoList(QDir::Files | QDir::Hidden))
        out << f.absoluteFilePath();
    return out;
}

void EvidenceViewer::removeAll()
{
    for (const QString& path : copies())
        overwriteAndRemove(path);
}

void EvidenceViewer::show(QWidget* parent, const domain::EvidenceItem& item, const QByteArray& content)
{
    if (showsInside(item.mediaType)) {
        QDialog dialog(parent);
        dialog.setObjectName(QStringLiteral("evidenceDialog"));
        dialog.setWindowTitle(tr("Evidence: %1").arg(item.fileName));
        auto* layout = new QVBoxLayout(&dialog);
        auto* about = new QLabel(tr("SHA-256 at intake %1 · checked now · %n byte(s)", nullptr, static_cast<int>(item.size))
                                     .arg(QString::fromLatin1(item.sha256.toHex())));
        about->setWordWrap(true);
        about->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(about);
        if (item.mediaType.startsWith(QLatin1String("image/"))) {
            auto* scroll = new QScrollArea;
            auto* picture = new QLabel;
            picture->setPixmap(QPixmap::fromImage(QImage::fromData(content)));
            scroll->setWidget(picture);
            layout->addWidget(scroll, 1);
        } else {
            auto* text = new QPlainTextEdit(QString::fromUtf8(content));
            text->setReadOnly(true);
            layout->addWidget(text, 1);
        }
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        dialog.resize(760, 560);
        if (!s_wait)
            dialog.exec();
        else
            s_wait(QString());
        return;
    }
    const QString dir = folder();
    if (!QDir().mkpath(dir) ||
        !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        Dialogs::showError(parent, tr("The file cannot be opened"),
                           tr("No private folder for a temporary copy can be made in %1. Save a copy where you choose "
                              "instead.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    // A name of its own, keeping the extension so the system picks the right viewer.
    const QString suffix = QFileInfo(item.fileName).suffix();
    const QString path = QDir(dir).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) +
                                            (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || f.write(content) != content.size()) {
            f.close();
            overwriteAndRemove(path);
            Dialogs::showError(parent, tr("The file cannot be opened"),
                               tr("The temporary copy could not be written (%1). Check the free space; nothing was left "
                                  "behind.").arg(f.errorString()));
            return;
        }
    }
    const bool opened = s_opener ? s_opener(path) : QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    if (!opened) {
        overwriteAndRemove(path);
        Dialogs::showError(parent, tr("The file cannot be opened"),
                           tr("No program on this computer opens %1 files. Save a copy where you choose and open it "
                              "there.").arg(item.mediaType));
        return;
    }
    if (s_wait) {
        s_wait(path);
    } else {
        QMessageBox box(QMessageBox::Information, tr("Opened in another program"),
                        tr("%1 is open in another program from a temporary copy. Close it there, then close this "
                           "message: the copy is overwritten and removed.").arg(item.fileName),
                        QMessageBox::Close, parent);
        box.exec();
    }
    overwriteAndRemove(path);
}

} // namespace custos::ui
