// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/LookupStore.h"

#include "core/store/Sql.h"

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
    QSqlQuery &q = Sql::prepared(
        m_db, QStringLiteral("SELECT id, name FROM event_types WHERE name_key = ?"));
    q.addBindValue(keyOf(name));
    Sql::exec(q, "find event type");
    std::optional<Entry> found;
    if (q.next())
        found = Entry {q.value(0).toLongLong(), q.value(1).toString()};
    q.finish();
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
    QSqlQuery &insert
        = Sql::prepared(m_db,
                        QStringLiteral("INSERT INTO lead_sources (name, name_key, created_at) "
                                       "VALUES (?, ?, ?) ON CONFLICT(name_key) DO NOTHING"));
    insert.addBindValue(name.trimmed());
    insert.addBindValue(key);
    insert.addBindValue(nowMs);
    Sql::exec(insert, "create lead source");
    QSqlQuery &q = Sql::prepared(
        m_db, QStringLiteral("SELECT id, name FROM lead_sources WHERE name_key = ?"));
    q.addBindValue(key);
    Sql::exec(q, "find lead source");
    Entry entry;
    if (q.next())
        entry = {q.value(0).toLongLong(), q.value(1).toString()};
    q.finish();
    return entry;
}

} // namespace rmx::store
