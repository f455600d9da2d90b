// Post text as HTML with matched spans highlighted in their category's colour (the
// category is also named next to it, never shown by colour alone). Spans are Unicode
// code point offsets into the text, end exclusive, as the detection engine gives them.
#pragma once

#include "domain/Flags.h"

#include <QList>
#include <QString>

namespace custos::ui {

struct CategorySpan
{
    int start = 0;
    int end = 0;
    domain::Category category = domain::Category::Harassment;
};

QString highlightColour(domain::Category category);
// A paragraph of `text`, escaped, line breaks kept, spans highlighted.
QString highlightedHtml(const QString& text, const QList<CategorySpan>& spans, const QString& style = {});

} // namespace custos::ui
