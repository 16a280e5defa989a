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

/// The entry whose `name_key` is `key`, read with `sql`, as a QVariant (invalid when none).
QVariant entryByKey(const QSqlDatabase &db, const QString &sql, const QString &key,
                    const char *what)
{
    QSqlQuery &q = Sql::prepared(db, sql);
    q.addBindValue(key);
    Sql::exec(q, what);
    QVariant found;
    if (q.next())
        found = QVariant::fromValue(
            LookupStore::Entry {q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    return found;
}
} // namespace

std::optional<LookupStore::Entry> LookupStore::findEventType(const QString &name)
{
    const QString key = keyOf(name);
    const QVariant found
        = TransactionCache::remembered(m_db, QStringLiteral("event_type:") + key, [&] {
              return entryByKey(
                  m_db, QStringLiteral("SELECT id, name FROM event_types WHERE name_key = ?"), key,
                  "find event type");
          });
    return found.isValid() ? std::optional(found.value<Entry>()) : std::nullopt;
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
    return TransactionCache::remembered(
               m_db, QStringLiteral("source:") + key,
               [&] {
                   const QString select
                       = QStringLiteral("SELECT id, name FROM lead_sources WHERE name_key = ?");
                   QVariant found = entryByKey(m_db, select, key, "find lead source");
                   if (!found.isValid()) {
                       QSqlQuery &insert = Sql::prepared(
                           m_db,
                           QStringLiteral("INSERT INTO lead_sources (name, name_key, created_at) "
                                          "VALUES (?, ?, ?) ON CONFLICT(name_key) DO NOTHING"));
                       insert.addBindValue(name.trimmed());
                       insert.addBindValue(key);
                       insert.addBindValue(nowMs);
                       Sql::exec(insert, "create lead source");
                       found = entryByKey(m_db, select, key, "find lead source");
                   }
                   return found;
               })
        .value<Entry>();
}

} // namespace rmx::store
