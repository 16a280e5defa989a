// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/IdempotencyStore.h"

#include "core/store/Sql.h"

#include <QSqlQuery>

namespace rmx::store {

std::optional<IdempotencyStore::Stored> IdempotencyStore::find(qint64 apiKeyId, const QString &key,
                                                               qint64 nowMs)
{
    QSqlQuery &q
        = Sql::prepared(m_db,
                        QStringLiteral("SELECT status, response FROM idempotency_keys "
                                       "WHERE api_key_id = ? AND key = ? AND created_at > ?"));
    q.addBindValue(apiKeyId);
    q.addBindValue(key);
    q.addBindValue(nowMs - LifetimeMs);
    Sql::exec(q, "find idempotency key");
    std::optional<Stored> found;
    if (q.next())
        found = Stored {q.value(0).toInt(), q.value(1).toByteArray()};
    q.finish();
    return found;
}

void IdempotencyStore::save(qint64 apiKeyId, const QString &key, int status, const QByteArray &body,
                            qint64 nowMs)
{
    // An expired record under the same key is replaced.
    QSqlQuery &q = Sql::prepared(m_db,
                                 QStringLiteral("INSERT OR REPLACE INTO idempotency_keys "
                                                "(api_key_id, key, status, response, created_at) "
                                                "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(apiKeyId);
    q.addBindValue(key);
    q.addBindValue(status);
    q.addBindValue(body);
    q.addBindValue(nowMs);
    Sql::exec(q, "save idempotency key");
}

void IdempotencyStore::pruneExpired(qint64 nowMs)
{
    QSqlQuery &q
        = Sql::prepared(m_db, QStringLiteral("DELETE FROM idempotency_keys WHERE created_at <= ?"));
    q.addBindValue(nowMs - LifetimeMs);
    Sql::exec(q, "prune idempotency keys");
}

} // namespace rmx::store
