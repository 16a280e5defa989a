// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhooks/SubscriptionInput.h"

#include "core/util/SecureRandom.h"
#include "core/webhooks/TargetPolicy.h"
#include "core/webhooks/WebhookStore.h"

#include <QJsonArray>
#include <QUrl>

namespace rmx::webhooks {

SubscriptionInput SubscriptionInput::fromJson(const QJsonObject &body)
{
    SubscriptionInput in;
    QStringList problems;

    const QJsonValue url = body.value(QStringLiteral("url"));
    if (!url.isString() || url.toString().trimmed().isEmpty()) {
        problems.append(QStringLiteral("url is required: an absolute http(s) URL"));
        in.fields.append(QStringLiteral("url"));
    } else {
        in.url = url.toString().trimmed();
        const QUrl parsed(in.url, QUrl::StrictMode);
        if (const QString error = TargetPolicy::validateUrl(parsed);
            !error.isEmpty() || in.url.size() > 2048) {
            problems.append(error.isEmpty() ? QStringLiteral("url is longer than 2048 characters")
                                            : error);
            in.fields.append(QStringLiteral("url"));
        }
    }

    const QJsonValue events = body.value(QStringLiteral("events"));
    const QStringList &known = WebhookStore::knownEvents();
    bool eventsOk = events.isArray() && !events.toArray().isEmpty();
    if (eventsOk) {
        for (const QJsonValue &v : events.toArray()) {
            const QString name = v.toString();
            if (!v.isString() || (!known.contains(name) && name != u"*")) {
                eventsOk = false;
                break;
            }
            if (!in.events.contains(name))
                in.events.append(name);
        }
    }
    if (!eventsOk) {
        problems.append(QStringLiteral("events must be a non-empty list of: %1, or \"*\"")
                            .arg(known.join(QStringLiteral(", "))));
        in.fields.append(QStringLiteral("events"));
        in.events.clear();
    }

    const QJsonValue secret = body.value(QStringLiteral("secret"));
    if (!secret.isUndefined() && !secret.isNull()) {
        const qsizetype length = secret.toString().size();
        if (!secret.isString() || length < SecretMin || length > SecretMax) {
            problems.append(QStringLiteral("secret must be %1 to %2 characters; leave it out to "
                                           "get a generated one")
                                .arg(SecretMin)
                                .arg(SecretMax));
            in.fields.append(QStringLiteral("secret"));
        } else {
            in.secret = secret.toString();
        }
    }
    if (!problems.isEmpty())
        in.error = problems.join(QStringLiteral("; "));
    return in;
}

QString SubscriptionInput::generateSecret()
{
    return QStringLiteral("whsec_") + QString::fromLatin1(SecureRandom::bytes(24).toBase64());
}

} // namespace rmx::webhooks
