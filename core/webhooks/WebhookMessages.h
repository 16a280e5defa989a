// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace rmx::webhooks {

/// The webhook messages that are stored and served by the API in English (the API's contract),
/// such as why a subscription was turned off or why a delivery failed, and their translation
/// for the window, made when they are shown.
class WebhookMessages final
{
    Q_DECLARE_TR_FUNCTIONS(WebhookMessages)

public:
    static constexpr const char *Gone
        = QT_TRANSLATE_NOOP("WebhookMessages",
                            "The receiver answered 410 Gone: it no longer "
                            "wants these events.");
    static constexpr const char *FailingSince = QT_TRANSLATE_NOOP(
        "WebhookMessages", "Every delivery failed since %1; the webhook was turned off.");
    static constexpr const char *TurnedOffByOwner
        = QT_TRANSLATE_NOOP("WebhookMessages", "Turned off by the owner.");

    /// `source` with its arguments filled in, in English, as stored.
    static QString english(const char *source, const QStringList &args = {});
    /// A stored message in the current language; text it does not know is returned as is.
    /// Timestamps in it are shown in the user's locale and time zone.
    static QString shown(const QString &stored);
};

} // namespace rmx::webhooks
