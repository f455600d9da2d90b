// custos: the desktop console. Parses arguments, runs the self-tests and hands over to
// the AppController; everything else lives in ui/ and services/.
#include "core/Resources.h"
#include "core/Translations.h"
#include "crypto/SelfTest.h"
#include "shell/AppController.h"
#include "cases/EvidenceViewer.h"
#include "demo/DemoWorkspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("custos"));
    QApplication::setApplicationDisplayName(QStringLiteral("Custos"));
    QApplication::setOrganizationName(QStringLiteral("Custos"));
    QApplication::setApplicationVersion(QStringLiteral(CUSTOS_VERSION));
    custos::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/custos/icons/custos.svg")));
    QApplication::setDesktopFileName(QStringLiteral("custos"));
    const auto translators = custos::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Custos console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo workspace (created on first run)."));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QApplication::translate("main", "Preselect the workspace folder DIR."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption user(QStringLiteral("user"), QApplication::translate("main", "Prefill the user name."),
                                  QStringLiteral("NAME"));
    parser.addOptions({demo, workspace, user});
    parser.process(app);

    const custos::Status selfTest = custos::crypto::SelfTest::run();
    if (!selfTest.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Custos cannot start"), selfTest.message());
        return 1;
    }

    // Temporary copies of evidence files a crash may have left, and those of this run
    // when it ends.
    custos::ui::EvidenceViewer::removeAll();
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &app, [] { custos::ui::EvidenceViewer::removeAll(); });

    QString dir = parser.value(workspace);
    QString name = parser.value(user);
    if (parser.isSet(demo)) {
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo-workspace"));
        const auto created = custos::demo::DemoWorkspace::ensure(dir);
        if (!created) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Demo workspace"), created.status().message());
            return 1;
        }
        const QString lines = custos::demo::DemoWorkspace::credentialLines().join(QLatin1Char('\n'));
        std::printf("%s\n%s\n",
                    qPrintable(QApplication::translate("main", "Demo workspace %1 (%2). Sign in as:")
                                   .arg(QDir::toNativeSeparators(dir),
                                        *created ? QApplication::translate("main", "created now")
                                                 : QApplication::translate("main", "already there"))),
                    qPrintable(lines));
        std::fflush(stdout);
        if (name.isEmpty())
            name = custos::demo::DemoWorkspace::users().first().name;
    }

    custos::ui::AppController controller;
    controller.start(dir, name);
    return QApplication::exec();
}
