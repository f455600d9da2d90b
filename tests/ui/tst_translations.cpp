// The German and French translations load and reach both the services' and the widgets' strings.
#include "core/Translations.h"
#include "domain/Role.h"
#include "start/StartScreen.h"

#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace custos;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void translationsReachEveryLayer_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("unlock");
        QTest::addRow("de") << QStringLiteral("de") << QStringLiteral("Compliance-Beauftragte(r)")
                            << QStringLiteral("&Entsperren");
        QTest::addRow("fr") << QStringLiteral("fr") << QStringLiteral("Responsable conformité")
                            << QStringLiteral("&Déverrouiller");
    }

    void translationsReachEveryLayer()
    {
        QFETCH(QString, locale);
        QFETCH(QString, role);
        QFETCH(QString, unlock);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(CUSTOS_QM_DIR "/custos_") + locale + QStringLiteral(".qm")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(domain::displayName(domain::Role::ComplianceOfficer), role);
        ui::StartScreen screen;
        QCOMPARE(screen.unlockButton()->text(), unlock);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(domain::displayName(domain::Role::ComplianceOfficer), QStringLiteral("Compliance officer"));
    }

    void qtsOwnButtonsSpeakTheLanguageToo()
    {
        // A confirmation's Cancel button is Qt's own string: installTranslations loads
        // Qt's translation beside Custos's (qt6-translations-l10n).
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
            QSKIP("Qt's German translation is not installed");
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        {
            const Translators translators = installTranslations();
            QDialogButtonBox box(QDialogButtonBox::Cancel);
            QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        }
        QLocale::setDefault(before);
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
