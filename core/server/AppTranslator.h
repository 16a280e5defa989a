// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rmx {

/// Loads the app's translation (":/i18n/remixcrm_<lang>.qm", built from translations/) and
/// Qt's own for the chosen language into the running QCoreApplication. The language follows
/// the system locale unless the `language` setting names one.
namespace AppTranslator {
/// Reads the `language` setting of `dataDir` (if it has a database) and applies it.
/// Returns the language in use ("en" when nothing was loaded).
QString installFor(const QString &dataDir);
/// Applies `language` ("" = the system's); replaces translators installed before.
QString apply(const QString &language);
/// Languages with a translation, besides English.
QStringList shippedLanguages();
} // namespace AppTranslator

} // namespace rmx
