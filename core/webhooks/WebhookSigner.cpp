// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhooks/WebhookSigner.h"

#include <QMessageAuthenticationCode>

namespace rmx::webhooks::WebhookSigner {

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray rexSignature(const QString &secret, qint64 unixSeconds, const QByteArray &body)
{
    const QByteArray t = QByteArray::number(unixSeconds);
    const QByteArray mac = hmacSha256(secret.toUtf8(), t + '.' + body).toHex();
    return "t=" + t + ",v1=" + mac;
}

std::optional<QByteArray> standardKey(const QString &secret)
{
    if (!secret.startsWith(QStringLiteral("whsec_")))
        return std::nullopt;
    const QByteArray encoded = secret.mid(6).toLatin1();
    if (encoded.isEmpty() || secret.mid(6) != QString::fromLatin1(encoded))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        encoded, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    // Qt skips nothing with AbortOnBase64DecodingErrors, but still tolerates missing padding:
    // requiring the canonical encoding back rules that (and anything lenient) out.
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.toBase64() != encoded)
        return std::nullopt;
    return decoded.decoded;
}

QByteArray standardSignature(const QByteArray &key, const QByteArray &eventId, qint64 unixSeconds,
                             const QByteArray &body)
{
    const QByteArray content = eventId + '.' + QByteArray::number(unixSeconds) + '.' + body;
    return "v1," + hmacSha256(key, content).toBase64();
}

Headers headers(const QString &secret, const QByteArray &eventId, qint64 unixSeconds,
                const QByteArray &body)
{
    Headers out {{"X-Rex-Signature", rexSignature(secret, unixSeconds, body)}};
    if (const auto key = standardKey(secret)) {
        out.append({"webhook-id", eventId});
        out.append({"webhook-timestamp", QByteArray::number(unixSeconds)});
        out.append({"webhook-signature", standardSignature(*key, eventId, unixSeconds, body)});
    }
    return out;
}

} // namespace rmx::webhooks::WebhookSigner
