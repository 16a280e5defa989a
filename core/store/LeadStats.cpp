// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/LeadStats.h"

#include "core/store/LeadStore.h"
#include "core/store/Sql.h"

#include <QDateTime>
#include <QSqlQuery>

namespace rmx::store {

LeadStats::Weekly LeadStats::weeklyBySource(const QDate &today, int weeks, int topSources)
{
    Weekly result;
    const QDate firstMonday = today.addDays(1 - today.dayOfWeek()).addDays(-7 * (weeks - 1));
    for (int w = 0; w < weeks; ++w)
        result.weekStarts.append(firstMonday.addDays(7 * w));
    const qint64 fromMs = QDateTime(firstMonday, QTime(0, 0)).toMSecsSinceEpoch();

    QSqlQuery top(m_db);
    top.prepare(
        QStringLiteral("SELECT s.name, COUNT(*) AS n FROM leads l JOIN lead_sources s "
                       "ON s.id = l.source_id WHERE l.created_at >= ? AND l.created_via <> ? "
                       "GROUP BY s.id "
                       "ORDER BY n DESC, s.name LIMIT ?"));
    top.addBindValue(fromMs);
    top.addBindValue(TestVia);
    top.addBindValue(topSources);
    Sql::exec(top, "find busiest sources");
    while (top.next())
        result.sources.append(top.value(0).toString());
    result.sources.append(QString()); // everything else, and leads without a source

    for (int w = 0; w < weeks; ++w)
        result.counts.append(QList<int>(result.sources.size(), 0));
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT l.created_at, s.name FROM leads l LEFT JOIN lead_sources s "
                       "ON s.id = l.source_id WHERE l.created_at >= ? AND l.created_via <> ?"));
    q.addBindValue(fromMs);
    q.addBindValue(TestVia);
    Sql::exec(q, "count leads per week");
    while (q.next()) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong()).date();
        const int week = int(firstMonday.daysTo(day) / 7);
        if (week < 0 || week >= weeks)
            continue;
        qsizetype source = result.sources.indexOf(q.value(1).toString());
        if (source < 0 || q.value(1).toString().isEmpty())
            source = result.sources.size() - 1;
        ++result.counts[week][source];
    }
    return result;
}

QMap<QString, int> LeadStats::byStatus()
{
    QMap<QString, int> counts;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT status, COUNT(*) FROM leads WHERE created_via <> ? GROUP BY status"));
    q.addBindValue(TestVia);
    Sql::exec(q, "count leads per status");
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

QList<LeadRecord> LeadStats::upcomingBooked(const QDate &from, int limit)
{
    QSqlQuery q(m_db);
    q.prepare(LeadStore::selectSql()
              + QStringLiteral("WHERE l.status = 'booked' AND l.event_date >= ? "
                               "AND l.created_via <> ? ORDER BY l.event_date, l.id LIMIT ?"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(TestVia);
    q.addBindValue(limit);
    Sql::exec(q, "find upcoming bookings");
    QList<LeadRecord> leads;
    while (q.next())
        leads.append(LeadStore::fromRow(q));
    return leads;
}

} // namespace rmx::store
