// Printing HTML reports (a case report, later the dashboards' summary) as PDF, for the
// console and for custos-cli. Qt GUI only, no widgets: the CLI renders on the offscreen
// platform.
#pragma once

#include "core/Status.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace custos::print {

class HtmlPdf final
{
    Q_DECLARE_TR_FUNCTIONS(HtmlPdf)
public:
    // Lays `html` out on A4 pages with 2 cm margins and the page number at the foot of
    // each page, and writes the PDF to `path` whole or not at all (a temporary file is
    // renamed into place once complete). `title` goes into the PDF's metadata.
    static Status write(const QString& html, const QString& title, const QString& path);
    // The same onto a printer or another paged device (the console's Print…).
    static void print(const QString& html, QPagedPaintDevice& device);
};

} // namespace custos::print
