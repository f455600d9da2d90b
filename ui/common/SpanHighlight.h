// Post text as HTML with matched spans highlighted in their category's colour (the
// category is also named next to it, never shown by colour alone). Spans are Unicode
// code point offsets into the text, end exclusive, as the detection engine gives them.
#pragma once

#include <QList>
#include <QString>

namespace custos::ui {

struct CategorySpan
{
    int start = 0;
    int end = 0;
    QString category;
};

QString highlightColour(const QString& category);
// A paragraph of `text`, escaped, line breaks kept, spans highlighted.
QString highlightedHtml(const QString& text, const QList<CategorySpan>& spans, const QString& style = {});

} // namespace custos::ui
