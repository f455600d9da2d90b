// Loads the Custos translation for the user's locale, from the build tree or the install prefix.
#pragma once

#include <QTranslator>

#include <memory>

namespace custos {

// Installs the translator into the application and returns it (keep it alive).
std::unique_ptr<QTranslator> installTranslations();

} // namespace custos
