#include "common/SpanHighlight.h"

namespace custos::ui {

QString highlightColour(const QString& category)
{
    if (category == QLatin1String("pii") || category == QLatin1String("secret"))
        return QStringLiteral("#e1d5f5");
    if (category == QLatin1String("confidential"))
        return QStringLiteral("#d3e3fd");
    if (category == QLatin1String("reputation"))
        return QStringLiteral("#c9ece6");
    if (category == QLatin1String("profanity"))
        return QStringLiteral("#ffe0b2");
    return QStringLiteral("#ffd6d1");
}

QString highlightedHtml(const QString& text, const QList<CategorySpan>& spans, const QString& style)
{
    const QList<uint> points = text.toUcs4();
    QList<QString> colourAt(points.size());
    for (const CategorySpan& s : spans) {
        for (int p = std::max(0, s.start); p < s.end && p < points.size(); ++p)
            colourAt[p] = highlightColour(s.category);
    }
    QString html = style.isEmpty() ? QStringLiteral("<p>") : QStringLiteral("<p style='%1'>").arg(style);
    QString open;
    for (qsizetype p = 0; p < points.size(); ++p) {
        if (colourAt.at(p) != open) {
            if (!open.isEmpty())
                html += QStringLiteral("</span>");
            if (!colourAt.at(p).isEmpty())
                html += QStringLiteral("<span style='background-color: %1; font-weight: bold;'>").arg(colourAt.at(p));
            open = colourAt.at(p);
        }
        const char32_t cp = points.at(p);
        html += QString::fromUcs4(&cp, 1).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    }
    if (!open.isEmpty())
        html += QStringLiteral("</span>");
    return html + QStringLiteral("</p>");
}

} // namespace custos::ui
