// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <deque>

namespace rmx::capture {

/// Sliding-window request counts per client address, in memory and thread-safe. IPv6 clients
/// are counted per /64, the block one subscriber usually gets, so hopping addresses inside it
/// gains nothing.
class IpRateLimiter final
{
public:
    static constexpr qsizetype MaxBuckets = 20000;

    struct Decision
    {
        bool allowed = true;
        qint64 retryAfterSec = 0;
    };

    /// Counts one request from `clientIp` unless it is over `limit` per `windowMs`.
    Decision hit(const QString &clientIp, int limit, qint64 windowMs, qint64 nowMs);

    static QString bucketOf(const QString &clientIp);

private:
    void sweep(qint64 windowMs, qint64 nowMs);

    QMutex m_mutex;
    QHash<QString, std::deque<qint64>> m_hits;
    qint64 m_lastSweepMs = 0;
};

} // namespace rmx::capture
