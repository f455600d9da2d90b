#include "print/HtmlPdf.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace custos::print {

void HtmlPdf::print(const QString& html, QPagedPaintDevice& device)
{
    QTextDocument doc;
    doc.setHtml(html);
    // QTextDocument::print paginates a copy to the device's page, keeps a 2 cm margin and
    // prints the page number at the foot of each page.
    doc.print(&device);
}

Status HtmlPdf::write(const QString& html, const QString& title, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status(ErrorCode::Io, tr("The report cannot be written to %1: %2. Choose another folder.")
                                         .arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Custos"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        // QTextDocument::print keeps its own 2 cm margin inside the page.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        print(html, writer);
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return Status(ErrorCode::Io, tr("The report could not be written completely to %1: %2. Nothing was saved; "
                                        "check the free disk space and try again.")
                                         .arg(path, file.errorString()));
    return Status::success();
}

} // namespace custos::print
