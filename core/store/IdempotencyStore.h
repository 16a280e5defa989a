// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rmx::store {

/// Remembers the answer to a POST that carried an Idempotency-Key, per API key, for 24 hours.
class IdempotencyStore final
{
public:
    static constexpr qint64 LifetimeMs = 24 * 3600 * 1000;

    explicit IdempotencyStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    struct Stored
    {
        int status = 0;
        QByteArray body;
    };
    std::optional<Stored> find(qint64 apiKeyId, const QString &key, qint64 nowMs);
    void save(qint64 apiKeyId, const QString &key, int status, const QByteArray &body,
              qint64 nowMs);
    void pruneExpired(qint64 nowMs);

private:
    QSqlDatabase m_db;
};

} // namespace rmx::store
