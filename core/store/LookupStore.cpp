// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/LookupStore.h"

#include "core/store/Sql.h"
#include "core/store/TransactionCache.h"

#include <QSqlQuery>

namespace rmx::store {

namespace {
QList<LookupStore::Entry> allOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.prepare(sql);
    Sql::exec(q, "list lookup values");
    QList<LookupStore::Entry> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}
} // namespace

std::optional<LookupStore::Entry> LookupStore::findEventType(const QString &name)
{
    const QString key = keyOf(name);
    TransactionCache *cache = TransactionCache::current(m_db);
    const QString cacheKey = QStringLiteral("event_type:") + key;
    if (cache) {
        if (const auto known = cache->find(cacheKey))
            return known->isValid() ? std::optional(known->value<Entry>()) : std::nullopt;
    }
    QSqlQuery &q = Sql::prepared(
        m_db, QStringLiteral("SELECT id, name FROM event_types WHERE name_key = ?"));
    q.addBindValue(key);
    Sql::exec(q, "find event type");
    std::optional<Entry> found;
    if (q.next())
        found = Entry {q.value(0).toLongLong(), q.value(1).toString()};
    q.finish();
    if (cache)
        cache->insert(cacheKey, found ? QVariant::fromValue(*found) : QVariant());
    return found;
}

QList<LookupStore::Entry> LookupStore::eventTypes()
{
    return allOf(m_db, QStringLiteral("SELECT id, name FROM event_types ORDER BY position, name"));
}

QList<LookupStore::Entry> LookupStore::sources()
{
    return allOf(m_db, QStringLiteral("SELECT id, name FROM lead_sources ORDER BY name"));
}

LookupStore::Entry LookupStore::sourceFor(const QString &name, qint64 nowMs)
{
    const QString key = keyOf(name);
    TransactionCache *cache = TransactionCache::current(m_db);
    const QString cacheKey = QStringLiteral("source:") + key;
    if (cache) {
        if (const auto known = cache->find(cacheKey))
            return known->value<Entry>();
    }
    const auto find = [this, &key]() -> std::optional<Entry> {
        QSqlQuery &q = Sql::prepared(
            m_db, QStringLiteral("SELECT id, name FROM lead_sources WHERE name_key = ?"));
        q.addBindValue(key);
        Sql::exec(q, "find lead source");
        std::optional<Entry> found;
        if (q.next())
            found = Entry {q.value(0).toLongLong(), q.value(1).toString()};
        q.finish();
        return found;
    };
    std::optional<Entry> entry = find();
    if (!entry) {
        QSqlQuery &insert
            = Sql::prepared(m_db,
                            QStringLiteral("INSERT INTO lead_sources (name, name_key, created_at) "
                                           "VALUES (?, ?, ?) ON CONFLICT(name_key) DO NOTHING"));
        insert.addBindValue(name.trimmed());
        insert.addBindValue(key);
        insert.addBindValue(nowMs);
        Sql::exec(insert, "create lead source");
        entry = find();
    }
    const Entry result = entry.value_or(Entry {});
    if (cache)
        cache->insert(cacheKey, QVariant::fromValue(result));
    return result;
}

} // namespace rmx::store
