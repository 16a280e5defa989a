// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace rmx::webhooks {

/// Signs one webhook attempt: `X-Rex-Signature: t=<unix s>,v1=<hex HMAC-SHA256>` keyed with the
/// secret string, and the Standard Webhooks headers when the secret is `whsec_` + base64.
/// Every attempt is signed afresh with its own timestamp over exactly the bytes sent.
namespace WebhookSigner {
using Headers = QList<QPair<QByteArray, QByteArray>>;

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);
/// "t=<t>,v1=<lowercase hex>"
QByteArray rexSignature(const QString &secret, qint64 unixSeconds, const QByteArray &body);
/// The key bytes of a `whsec_` secret whose remainder is strictly valid, padded base64.
std::optional<QByteArray> standardKey(const QString &secret);
/// "v1,<base64>"
QByteArray standardSignature(const QByteArray &key, const QByteArray &eventId, qint64 unixSeconds,
                             const QByteArray &body);
/// Every signature header for one attempt.
Headers headers(const QString &secret, const QByteArray &eventId, qint64 unixSeconds,
                const QByteArray &body);
} // namespace WebhookSigner

} // namespace rmx::webhooks
