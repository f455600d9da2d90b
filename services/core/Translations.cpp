#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace custos {

Translators installTranslations()
{
    Translators out;
    // Qt's own strings (standard buttons such as Cancel, context menus), where installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        out.push_back(std::move(qt));
    }
    auto translator = std::make_unique<QTranslator>();
    const QStringList dirs = {QCoreApplication::applicationDirPath() + QStringLiteral("/../translations"),
                              QStringLiteral(CUSTOS_TRANSLATIONS_INSTALL_DIR)};
    for (const QString& dir : dirs) {
        if (translator->load(QLocale(), QStringLiteral("custos"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(translator.get());
            out.push_back(std::move(translator));
            break;
        }
    }
    return out;
}

} // namespace custos
