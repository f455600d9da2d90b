// Loads the Custos translation for the user's locale, from the build tree or the install
// prefix, and Qt's own (standard buttons and dialogs).
#pragma once

#include <QTranslator>

#include <memory>
#include <vector>

namespace custos {

using Translators = std::vector<std::unique_ptr<QTranslator>>;
// Installs the translators into the application and returns them (keep them alive).
Translators installTranslations();

} // namespace custos
