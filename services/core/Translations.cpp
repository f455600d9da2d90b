#include "core/Translations.h"

#include <QCoreApplication>
#include <QLocale>

namespace custos {

std::unique_ptr<QTranslator> installTranslations()
{
    auto translator = std::make_unique<QTranslator>();
    const QStringList dirs = {QCoreApplication::applicationDirPath() + QStringLiteral("/../translations"),
                              QStringLiteral(CUSTOS_TRANSLATIONS_INSTALL_DIR)};
    for (const QString& dir : dirs) {
        if (translator->load(QLocale(), QStringLiteral("custos"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(translator.get());
            return translator;
        }
    }
    return nullptr;
}

} // namespace custos
