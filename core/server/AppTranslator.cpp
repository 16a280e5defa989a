// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/AppTranslator.h"

#include "core/server/DataDirectory.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/DbConnection.h"
#include "core/store/SettingsStore.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rmx::AppTranslator {

namespace {
QTranslator *s_app = nullptr;
QTranslator *s_qt = nullptr;

void remove(QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}
} // namespace

QStringList shippedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString apply(const QString &language)
{
    remove(s_app);
    remove(s_qt);
    auto *app = QCoreApplication::instance();
    if (!app)
        return QStringLiteral("en");
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates and numbers follow a chosen language too; the system's region is kept when it
    // speaks that language already (de_AT stays de_AT).
    QLocale::setDefault(locale.language() == QLocale::system().language() ? QLocale::system()
                                                                          : locale);
    auto translator = std::make_unique<QTranslator>(app);
    // Tries each of the locale's UI languages in order: de_AT falls back to de. A language we
    // have no translation for gets English, whose file holds the plurals ("1 lead").
    if (!translator->load(locale, QStringLiteral("remixcrm"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))
        && !translator->load(QStringLiteral(":/i18n/remixcrm_en.qm")))
        return QStringLiteral("en");
    const QString loaded = translator->language().section(u'_', 0, 0);
    QCoreApplication::installTranslator(translator.get());
    s_app = translator.release();
    // Qt's own strings (standard buttons, dialogs) when qt6-translations-l10n is installed.
    auto qt = std::make_unique<QTranslator>(app);
    if (qt->load(QLocale(loaded), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s_qt = qt.release();
    }
    return loaded.isEmpty() ? QStringLiteral("en") : loaded;
}

QString installFor(const QString &dataDir)
{
    QString language;
    const QString path = server::DataDirectory::databasePath(dataDir);
    if (QFileInfo::exists(path)) {
        try {
            store::DbConnection connection(path, QStringLiteral("language"));
            if (connection.isOpen())
                language = store::SettingsStore(connection.db()).value(SettingsSchema::Language);
        } catch (const store::StoreError &) {
            // An unreadable or older database: the system language it is.
        }
    }
    return apply(language);
}

} // namespace rmx::AppTranslator
