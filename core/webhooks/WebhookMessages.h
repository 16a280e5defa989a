// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/webhooks/WebhookCodes.h"

#include <QCoreApplication>
#include <QString>

namespace rmx::webhooks {

/// The webhook messages that are served by the API in English (the API's contract), such as why
/// a subscription was turned off (stored as a DisableReason) or why a delivery failed (stored as
/// English text), and their translation for the window, made when they are shown.
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
    static constexpr const char *SecretUnreadable
        = QT_TRANSLATE_NOOP("WebhookMessages",
                            "the signing secret cannot be decrypted (webhook-secrets.key is "
                            "missing or was replaced); re-create this webhook");
    static constexpr const char *RefusedTarget
        = QT_TRANSLATE_NOOP("WebhookMessages", "refused target: %1");
    static constexpr const char *CannotResolve
        = QT_TRANSLATE_NOOP("WebhookMessages", "cannot resolve %1: %2");
    static constexpr const char *Removed
        = QT_TRANSLATE_NOOP("WebhookMessages", "the webhook was removed");
    static constexpr const char *TimedOut
        = QT_TRANSLATE_NOOP("WebhookMessages", "timed out after %1 ms without a complete answer");
    static constexpr const char *ConnectTimeout
        = QT_TRANSLATE_NOOP("WebhookMessages", "could not connect within %1 ms");
    static constexpr const char *Redirect = QT_TRANSLATE_NOOP(
        "WebhookMessages",
        "redirect not followed (HTTP %1 to %2); point the webhook at the final URL");
    static constexpr const char *PrivateTarget = QT_TRANSLATE_NOOP(
        "WebhookMessages",
        "%1 is a loopback or private network address; webhooks created with an API key may only "
        "target public addresses (turn on the webhooks_allow_private_targets setting to allow "
        "it)");
    static constexpr const char *ForbiddenTarget
        = QT_TRANSLATE_NOOP("WebhookMessages",
                            "%1 is a link-local, multicast, broadcast or unspecified address, "
                            "which webhooks never target");
    static constexpr const char *NoAddress
        = QT_TRANSLATE_NOOP("WebhookMessages", "the host name does not resolve to any address");

    /// `source` with its arguments filled in, in English, as stored.
    static QString english(const char *source, const QStringList &args = {});
    /// Why a subscription is off, in English as the API sends it; "" for DisableReason::None.
    /// `failingSince` is when its run of failures began (for FailingTooLong).
    static QString disableReasonEnglish(DisableReason reason, qint64 failingSince);
    /// The same in the current language, the time in the user's locale and time zone.
    static QString disableReasonShown(DisableReason reason, qint64 failingSince);
    /// A stored message in the current language; text it does not know is returned as is.
    /// Timestamps in it are shown in the user's locale and time zone.
    static QString shown(const QString &stored);
};

} // namespace rmx::webhooks
