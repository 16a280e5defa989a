// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/IpRateLimiter.h"

#include <QHostAddress>

namespace rmx::capture {

QString IpRateLimiter::bucketOf(const QString &clientIp)
{
    const QHostAddress address(clientIp);
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return clientIp;
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

IpRateLimiter::Decision IpRateLimiter::hit(const QString &clientIp, int limit, qint64 windowMs,
                                           qint64 nowMs)
{
    if (limit <= 0)
        return {};
    QString bucket = bucketOf(clientIp);
    QMutexLocker lock(&m_mutex);
    if (nowMs - m_lastSweepMs > windowMs)
        sweep(windowMs, nowMs);
    if (m_hits.size() >= MaxBuckets && !m_hits.contains(bucket)) {
        sweep(windowMs, nowMs);
        // Memory stays bounded under a flood of distinct addresses: the newcomers share one
        // allowance until the table has room again.
        if (m_hits.size() >= MaxBuckets)
            bucket = QStringLiteral("overflow");
    }
    std::deque<qint64> &hits = m_hits[bucket];
    while (!hits.empty() && hits.front() <= nowMs - windowMs)
        hits.pop_front();
    if (hits.size() >= size_t(limit)) {
        // Room again when the oldest counted request leaves the window.
        const qint64 freeAt = hits[hits.size() - size_t(limit)] + windowMs;
        return {false, qMax<qint64>(1, (freeAt - nowMs + 999) / 1000)};
    }
    hits.push_back(nowMs);
    return {};
}

void IpRateLimiter::sweep(qint64 windowMs, qint64 nowMs)
{
    m_lastSweepMs = nowMs;
    for (auto it = m_hits.begin(); it != m_hits.end();) {
        if (it->empty() || it->back() <= nowMs - windowMs)
            it = m_hits.erase(it);
        else
            ++it;
    }
}

} // namespace rmx::capture
