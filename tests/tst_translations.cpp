// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped translations are embedded where the app looks for them, follow the system
// locale, and give way to the `language` setting. (Completeness is checked by the
// translations_complete test, which runs lupdate over the sources.)
#include "core/server/AppTranslator.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx;

namespace {
QString run(const QStringList &args, const QString &locale, int *exitCode = nullptr)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), locale);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REMIXCRM_BINARY), args);
    process.waitForFinished(30000);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}
} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void embeddedAtTheDocumentedPath()
    {
        for (const QString &lang : AppTranslator::shippedLanguages()) {
            QFile qm(QStringLiteral(":/i18n/remixcrm_%1.qm").arg(lang));
            QVERIFY2(qm.open(QIODevice::ReadOnly), qPrintable(qm.fileName()));
            QVERIFY(qm.size() > 100);
        }
    }

    void applySwitchesTheLanguage()
    {
        const char *context = "rmx::ui::MainWindow";
        const char *source = "Starting the lead listener…";
        QCOMPARE(AppTranslator::apply(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate(context, source),
                 QStringLiteral("Lead-Empfang wird gestartet…"));
        QCOMPARE(AppTranslator::apply(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate(context, source),
                 QStringLiteral("Démarrage de la réception des prospects…"));
        QCOMPARE(AppTranslator::apply(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate(context, source), QString::fromUtf8(source));
    }

    void englishSpeaksInPlurals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("untranslated") << "it"; // no Italian: English it is
    }
    void englishSpeaksInPlurals()
    {
        QFETCH(QString, language);
        QCOMPARE(AppTranslator::apply(language), QStringLiteral("en"));
        const char *context = "rmx::ui::LeadsPage";
        QCOMPARE(QCoreApplication::translate(context, "%n lead(s)", nullptr, 1),
                 QStringLiteral("1 lead"));
        QCOMPARE(QCoreApplication::translate(context, "%n lead(s)", nullptr, 0),
                 QStringLiteral("0 leads"));
        QCOMPARE(QCoreApplication::translate(context, "%n lead(s)", nullptr, 26),
                 QStringLiteral("26 leads"));
        // Messages without a number stay as written.
        QCOMPARE(QCoreApplication::translate("rmx::ui::MainWindow", "Starting the lead listener…"),
                 QStringLiteral("Starting the lead listener…"));
    }

    void helpFollowsTheSystemLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << "C"
                            << "Usage: remixcrm [options] [command]";
        QTest::newRow("de") << "de_DE.UTF-8"
                            << "Aufruf: remixcrm [Optionen] [Befehl]";
        QTest::newRow("de_AT") << "de_AT.UTF-8"
                               << "Aufruf: remixcrm [Optionen] [Befehl]";
        QTest::newRow("es") << "es_ES.UTF-8"
                            << "Uso: remixcrm [opciones] [comando]";
        QTest::newRow("fr") << "fr_FR.UTF-8"
                            << "Utilisation\u00a0: remixcrm [options] [commande]";
    }
    void helpFollowsTheSystemLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString help
            = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--help")}, locale);
        QVERIFY2(help.startsWith(expected), qPrintable(help));
        // --help only reads: it creates no database.
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("remixcrm.db"))));
    }

    void languageSettingOverridesTheLocale()
    {
        QTemporaryDir dir;
        const QStringList dataDir = {QStringLiteral("--data-dir"), dir.path()};
        int code = -1;
        run(dataDir
                + QStringList {QStringLiteral("config"), QStringLiteral("set"),
                               QStringLiteral("language"), QStringLiteral("es")},
            QStringLiteral("C"), &code);
        QCOMPARE(code, 0);
        QVERIFY(run(dataDir + QStringList {QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"))
                    .startsWith(QStringLiteral("Uso: remixcrm")));
        run(dataDir
                + QStringList {QStringLiteral("config"), QStringLiteral("set"),
                               QStringLiteral("language"), QStringLiteral("en")},
            QStringLiteral("C"), &code);
        QVERIFY(run(dataDir + QStringList {QStringLiteral("--help")}, QStringLiteral("fr_FR.UTF-8"))
                    .startsWith(QStringLiteral("Usage: remixcrm")));
        run(dataDir
                + QStringList {QStringLiteral("config"), QStringLiteral("set"),
                               QStringLiteral("language"), QStringLiteral("klingon")},
            QStringLiteral("C"), &code);
        QCOMPARE(code, 2);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
