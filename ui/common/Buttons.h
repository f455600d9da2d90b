// A push button with its tooltip, as the pages' action bars make them.
#pragma once

#include <QPushButton>

namespace custos::ui {

inline QPushButton* buttonWithTip(const QString& text, const QString& tip)
{
    auto* b = new QPushButton(text);
    b->setToolTip(tip);
    return b;
}

} // namespace custos::ui
