// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rmx::capture {

/// The hosted form's language: chosen from Accept-Language among the shipped translations
/// (":/i18n/remixcrm_<lang>.qm", English built in). Each page is translated with its own
/// language through a per-language QTranslator, never an application-wide one, so listener
/// threads serving different visitors do not disturb each other or the desktop UI.
class FormTranslator final
{
public:
    static const QStringList &shippedLanguages();
    /// The best shipped language for an Accept-Language value (RFC 9110 §12.5.4), or "en".
    static QString pick(const QByteArray &acceptLanguage);
    /// `source` (a QT_TRANSLATE_NOOP("HostedForm", ...) string) in `language`.
    static QString translate(const QString &language, const char *source);
    /// True when a translation file for `language` is embedded (always for "en").
    static bool isAvailable(const QString &language);
};

} // namespace rmx::capture
