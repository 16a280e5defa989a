// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhooks/WebhookMessages.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QRegularExpression>

namespace rmx::webhooks {

namespace {
// Every stored English message the window translates. Placeholders appear in ascending order.
const char *const Known[] = {
    WebhookMessages::Gone,
    WebhookMessages::FailingSince,
    WebhookMessages::TurnedOffByOwner,
    QT_TRANSLATE_NOOP("WebhookMessages",
                      "the signing secret cannot be decrypted (webhook-secrets.key is missing or "
                      "was replaced); re-create this webhook"),
    QT_TRANSLATE_NOOP("WebhookMessages", "refused target: %1"),
    QT_TRANSLATE_NOOP("WebhookMessages", "cannot resolve %1: %2"),
    QT_TRANSLATE_NOOP("WebhookMessages", "the webhook was removed"),
    QT_TRANSLATE_NOOP("WebhookMessages", "timed out after %1 ms without a complete answer"),
    QT_TRANSLATE_NOOP("WebhookMessages", "could not connect within %1 ms"),
    QT_TRANSLATE_NOOP("WebhookMessages",
                      "redirect not followed (HTTP %1 to %2); point the webhook at the final URL"),
    QT_TRANSLATE_NOOP("WebhookMessages",
                      "%1 is a loopback or private network address; webhooks created with an API "
                      "key may only target public addresses (turn on the "
                      "webhooks_allow_private_targets setting to allow it)"),
    QT_TRANSLATE_NOOP("WebhookMessages",
                      "%1 is a link-local, multicast, broadcast or unspecified address, which "
                      "webhooks never target"),
    QT_TRANSLATE_NOOP("WebhookMessages", "the host name does not resolve to any address"),
};

struct Pattern
{
    const char *source;
    QRegularExpression match;
};

const QList<Pattern> &patterns()
{
    static const QList<Pattern> list = [] {
        QList<Pattern> result;
        for (const char *source : Known) {
            QString regex = QRegularExpression::escape(QString::fromUtf8(source));
            // escape() writes "%1" as "\%1".
            regex.replace(QRegularExpression(QStringLiteral("\\\\%[1-9]")), QStringLiteral("(.*)"));
            result.append({source,
                           QRegularExpression(QStringLiteral("^") + regex + QStringLiteral("$"),
                                              QRegularExpression::DotMatchesEverythingOption)});
        }
        return result;
    }();
    return list;
}

QString shownArgument(const QString &arg)
{
    const QDateTime time = QDateTime::fromString(arg, Qt::ISODateWithMs);
    if (time.isValid() && arg.size() >= 20 && arg.endsWith(u'Z'))
        return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    return WebhookMessages::shown(arg);
}
} // namespace

QString WebhookMessages::english(const char *source, const QStringList &args)
{
    QString text = QString::fromUtf8(source);
    for (const QString &arg : args)
        text = text.arg(arg);
    return text;
}

QString WebhookMessages::shown(const QString &stored)
{
    for (const Pattern &pattern : patterns()) {
        const QRegularExpressionMatch m = pattern.match.match(stored);
        if (!m.hasMatch())
            continue;
        QString text = tr(pattern.source);
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            text = text.arg(shownArgument(m.captured(i)));
        return text;
    }
    return stored;
}

} // namespace rmx::webhooks
