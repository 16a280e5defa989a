// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace rmx::capture {

/// Renders the hosted inquiry form and its result pages from the templates in
/// resources/form/ (compiled into the core). Every value from settings or from a visitor is
/// HTML-escaped; the accent colour is used only when it is a valid hex colour.
class HostedForm final
{
public:
    struct Settings
    {
        QString title; // empty: the translated default
        QString intro; // empty: the translated default
        QString accentColor;
        QStringList eventTypes;
        bool targetTop = false; // an embedded form whose result replaces the whole page
    };

    struct FormState
    {
        QString language = QStringLiteral("en");
        bool embed = false;
        QString token;
        QString today; // YYYY-MM-DD, the earliest event date offered
        QJsonObject values; // what the visitor sent, shown again after an error
        QStringList invalidFields; // fields to mark, e.g. email
        QList<QPair<QString, QString>> hidden; // extra hidden fields (metadata[utm_source], ...)
    };

    static QByteArray form(const Settings &settings, const FormState &state);
    static QByteArray thankYou(const Settings &settings, const QString &language, bool embed);
    static QByteArray tooManyRequests(const Settings &settings, const QString &language,
                                      bool embed);

    /// `color` when it is #rgb or #rrggbb, else the default accent.
    static QString safeAccent(const QString &color);
    static QString escape(const QString &text);
    /// The translated sentence for an invalid field of the form.
    static QString problemText(const QString &language, const QString &field);

private:
    static QByteArray page(const Settings &settings, const QString &language, bool embed,
                           const QString &pageTitle, const QString &content);
    static QByteArray message(const Settings &settings, const QString &language, bool embed,
                              const QString &heading, const QString &text, bool warn);
};

} // namespace rmx::capture
