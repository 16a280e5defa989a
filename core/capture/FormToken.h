// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace rmx::capture {

/// The signed timestamp rendered into the hosted form: "<issued ms>.<HMAC-SHA256, base64url>"
/// keyed with a per-data-directory secret. It proves when the form was served, so a
/// submission that comes back faster than a person can type is recognised as a bot.
class FormToken final
{
public:
    enum class Verdict { Valid, TooFast, Expired, Invalid };
    static constexpr qint64 MaxAgeMs = 2LL * 24 * 3600 * 1000;
    static constexpr int SecretBytes = 32;

    explicit FormToken(QByteArray secret)
        : m_secret(std::move(secret))
    { }

    QString issue(qint64 nowMs) const;
    Verdict check(const QString &token, qint64 nowMs, qint64 minFillMs) const;
    /// The spam reason recorded for a verdict other than Valid.
    static QString reason(Verdict verdict);

private:
    QByteArray signature(const QByteArray &issued) const;
    QByteArray m_secret;
};

} // namespace rmx::capture
