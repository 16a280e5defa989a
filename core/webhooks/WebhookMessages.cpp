// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhooks/WebhookMessages.h"

#include "core/util/Clock.h"

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
    WebhookMessages::SecretUnreadable,
    WebhookMessages::RefusedTarget,
    WebhookMessages::CannotResolve,
    WebhookMessages::Removed,
    WebhookMessages::TimedOut,
    WebhookMessages::ConnectTimeout,
    WebhookMessages::Redirect,
    WebhookMessages::PrivateTarget,
    WebhookMessages::ForbiddenTarget,
    WebhookMessages::NoAddress,
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

// Fills all placeholders at once, so a "%2" inside an argument (a URL) stays as it is.
QString fill(const QString &text, const QStringList &args)
{
    switch (args.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(args.at(0));
    case 2:
        return text.arg(args.at(0), args.at(1));
    default:
        return text.arg(args.at(0), args.at(1), args.at(2));
    }
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
    return fill(QString::fromUtf8(source), args);
}

QString WebhookMessages::disableReasonEnglish(DisableReason reason, qint64 failingSince)
{
    switch (reason) {
    case DisableReason::None:
        return {};
    case DisableReason::Owner:
        return english(TurnedOffByOwner);
    case DisableReason::Gone:
        return english(Gone);
    case DisableReason::FailingTooLong:
        return english(FailingSince, {Clock::isoUtc(failingSince)});
    }
    return {};
}

QString WebhookMessages::disableReasonShown(DisableReason reason, qint64 failingSince)
{
    switch (reason) {
    case DisableReason::None:
        return {};
    case DisableReason::Owner:
        return tr(TurnedOffByOwner);
    case DisableReason::Gone:
        return tr(Gone);
    case DisableReason::FailingTooLong:
        return tr(FailingSince)
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(failingSince),
                                    QLocale::ShortFormat));
    }
    return {};
}

QString WebhookMessages::shown(const QString &stored)
{
    for (const Pattern &pattern : patterns()) {
        const QRegularExpressionMatch m = pattern.match.match(stored);
        if (!m.hasMatch())
            continue;
        QStringList args;
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            args.append(shownArgument(m.captured(i)));
        return fill(tr(pattern.source), args);
    }
    return stored;
}

} // namespace rmx::webhooks
