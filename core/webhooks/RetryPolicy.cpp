// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhooks/RetryPolicy.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace rmx::webhooks {

RetryPolicy::RetryPolicy(QList<double> scheduleSeconds, qint64 disableAfterMs)
    : m_schedule(std::move(scheduleSeconds))
    , m_disableAfterMs(disableAfterMs)
{ }

RetryPolicy::Decision RetryPolicy::afterFailure(const Failure &failure, double jitter) const
{
    Decision d;
    if (failure.httpStatus == 410)
        d.disable = DisableReason::Gone;
    else if (failure.now - failure.failingSince >= m_disableAfterMs)
        d.disable = DisableReason::FailingTooLong;
    const int index = failure.roundAttempts - 1;
    if (d.disable != DisableReason::None || index >= m_schedule.size())
        return d;
    d.retry = true;
    const qint64 delay = failure.retryAfterMs ? qMin(*failure.retryAfterMs, RetryAfterCapMs)
                                              : qint64(m_schedule.at(index) * 1000.0 * jitter);
    d.nextAttemptAt = failure.now + delay;
    return d;
}

double RetryPolicy::randomJitter()
{
    return JitterMin + QRandomGenerator::global()->bounded(JitterMax - JitterMin);
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, qint64 now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // RFC 9110 §10.2.3: an HTTP-date.
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return qMax<qint64>(0, at.toMSecsSinceEpoch() - now);
}

} // namespace rmx::webhooks
