#include "common/SpanHighlight.h"

namespace custos::ui {

QString highlightColour(domain::Category category)
{
    if (domain::isSensitiveData(category))
        return QStringLiteral("#e1d5f5");
    switch (category) {
    case domain::Category::Confidential: return QStringLiteral("#d3e3fd");
    case domain::Category::Reputation: return QStringLiteral("#c9ece6");
    case domain::Category::Profanity: return QStringLiteral("#ffe0b2");
    default: return QStringLiteral("#ffd6d1"); // what is said about a person
    }
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
