// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/webhooks/WebhookCodes.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace rmx::webhooks {

/// What happens after a failed delivery attempt: another try after the configured schedule
/// (with jitter, or as long as the receiver's Retry-After asks, up to a day), giving up when the
/// schedule runs out, or turning the subscription off (410 Gone, failing for too long). Pure:
/// the scheduler passes in the time and the random jitter.
class RetryPolicy final
{
public:
    static constexpr qint64 RetryAfterCapMs = 24LL * 3600 * 1000;
    static constexpr double JitterMin = 0.8;
    static constexpr double JitterMax = 1.2;

    struct Failure
    {
        int httpStatus = 0; // 0: no HTTP answer
        int roundAttempts = 1; // attempts of this round so far, this one included
        qint64 failingSince = 0; // when the subscription's current run of failures began
        qint64 now = 0;
        std::optional<qint64> retryAfterMs; // the receiver's Retry-After, when it sent one
    };
    struct Decision
    {
        bool retry = false; // false: the delivery has failed for good
        qint64 nextAttemptAt = 0; // when `retry`
        DisableReason disable = DisableReason::None; // not None: turn the subscription off
    };

    /// `scheduleSeconds`: the delay before each retry of a round; `disableAfterMs`: how long a
    /// subscription may fail without a success before it is turned off.
    RetryPolicy(QList<double> scheduleSeconds, qint64 disableAfterMs);

    /// `jitter` scales the scheduled delay, in [JitterMin, JitterMax).
    Decision afterFailure(const Failure &failure, double jitter) const;
    /// A random jitter factor for afterFailure().
    static double randomJitter();
    /// A Retry-After value (delay seconds or an HTTP date) as a delay in ms from `now`.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 now);

private:
    QList<double> m_schedule;
    qint64 m_disableAfterMs;
};

} // namespace rmx::webhooks
