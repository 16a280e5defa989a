// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/FormToken.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace rmx::capture {

namespace {
constexpr qint64 ClockSkewMs = 60 * 1000;

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
} // namespace

QByteArray FormToken::signature(const QByteArray &issued) const
{
    return QMessageAuthenticationCode::hash("remixcrm-form:" + issued, m_secret,
                                            QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString FormToken::issue(qint64 nowMs) const
{
    const QByteArray issued = QByteArray::number(nowMs);
    return QString::fromLatin1(issued + '.' + signature(issued));
}

FormToken::Verdict FormToken::check(const QString &token, qint64 nowMs, qint64 minFillMs) const
{
    const QByteArray text = token.toLatin1();
    const qsizetype dot = text.indexOf('.');
    if (m_secret.isEmpty() || dot <= 0 || text.size() > 128)
        return Verdict::Invalid;
    const QByteArray issued = text.left(dot);
    bool ok = false;
    const qint64 issuedMs = issued.toLongLong(&ok);
    if (!ok || !equalInConstantTime(signature(issued), text.mid(dot + 1)))
        return Verdict::Invalid;
    if (issuedMs > nowMs + ClockSkewMs)
        return Verdict::Invalid;
    if (nowMs - issuedMs < minFillMs)
        return Verdict::TooFast;
    if (nowMs - issuedMs > MaxAgeMs)
        return Verdict::Expired;
    return Verdict::Valid;
}

QString FormToken::reason(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return {};
    case Verdict::TooFast:
        return QStringLiteral("too_fast");
    case Verdict::Expired:
        return QStringLiteral("expired_token");
    case Verdict::Invalid:
        break;
    }
    return QStringLiteral("bad_token");
}

} // namespace rmx::capture
