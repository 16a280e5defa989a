// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/LeadQuery.h"

#include "core/store/LeadStore.h"
#include "core/store/PhoneSearch.h"
#include "core/store/Sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace rmx::store {

namespace {
QString orderColumn(LeadSort sort)
{
    switch (sort) {
    case LeadSort::Received:
        return QStringLiteral("l.id");
    case LeadSort::Name:
        return QStringLiteral("l.last_name");
    case LeadSort::Email:
        return QStringLiteral("l.email");
    case LeadSort::Phone:
        return QStringLiteral("l.phone");
    case LeadSort::EventDate:
        return QStringLiteral("l.event_date");
    case LeadSort::EventType:
        return QStringLiteral("t.name");
    case LeadSort::Source:
        return QStringLiteral("s.name");
    case LeadSort::Status:
        return QStringLiteral("l.status");
    }
    return QStringLiteral("l.id");
}
} // namespace

QString LeadQuery::ftsQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral(R"([\s"]+)"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms.append(u'"' + word + QStringLiteral("\"*"));
    return terms.join(u' ');
}

QString LeadQuery::where(const LeadFilter &f, QVariantList *binds) const
{
    QStringList conditions;
    const QString fts = ftsQuery(f.search);
    if (!fts.isEmpty()) {
        QString search
            = QStringLiteral("l.id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)");
        binds->append(fts);
        // The words of a phone number are its groups of digits, so "5551234" needs the
        // digits of the whole number to find "+1 (555) 123-4567".
        if (const QString digits = PhoneSearch::digitsOf(f.search); !digits.isEmpty()) {
            search = u'(' + search + QStringLiteral(" OR ")
                + PhoneSearch::digitsSql(QStringLiteral("l.phone")) + QStringLiteral(" LIKE ?)");
            binds->append(PhoneSearch::likePattern(digits));
        }
        conditions.append(search);
    }
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : f.statuses) {
            marks.append(QStringLiteral("?"));
            binds->append(status);
        }
        conditions.append(QStringLiteral("l.status IN (%1)").arg(marks.join(u',')));
    }
    if (!f.eventDateFrom.isEmpty()) {
        conditions.append(QStringLiteral("l.event_date >= ?"));
        binds->append(f.eventDateFrom);
    }
    if (!f.eventDateTo.isEmpty()) {
        conditions.append(QStringLiteral("l.event_date <= ?"));
        binds->append(f.eventDateTo);
    }
    if (f.sourceId > 0) {
        conditions.append(QStringLiteral("l.source_id = ?"));
        binds->append(f.sourceId);
    }
    if (f.eventTypeId > 0) {
        conditions.append(QStringLiteral("l.event_type_id = ?"));
        binds->append(f.eventTypeId);
    }
    if (f.createdAfterMs > 0) {
        conditions.append(QStringLiteral("l.created_at > ?"));
        binds->append(f.createdAfterMs);
    }
    if (f.withoutTests)
        conditions.append(QStringLiteral("l.created_via <> 'test'"));
    if (!f.leadId.isEmpty()) {
        conditions.append(QStringLiteral("l.public_id = ?"));
        binds->append(f.leadId);
    }
    return conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

int LeadQuery::count(const LeadFilter &filter)
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM leads l") + where(filter, &binds);
    QSqlQuery &q = Sql::prepared(m_db, sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    Sql::exec(q, "count leads");
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

QList<LeadRecord> LeadQuery::page(const LeadFilter &filter, LeadSort sort, Qt::SortOrder order,
                                  int offset, int limit)
{
    QVariantList binds;
    const QString direction
        = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // Leads without an event date come after the dated ones in either direction: sorting by
    // date ascending starts with the next events, not with the inquiries that have none.
    const QString datelessLast
        = sort == LeadSort::EventDate ? QStringLiteral("l.event_date = '', ") : QString();
    const QString orderBy = QStringLiteral(" ORDER BY ") + datelessLast + orderColumn(sort) + u' '
        + direction + QStringLiteral(", l.id ") + direction;
    // Skip rows over the narrow leads table (and its indexes) first, then join only the page:
    // OFFSET would otherwise build every skipped row with its joins.
    QString joins;
    if (sort == LeadSort::EventType)
        joins = QStringLiteral(" LEFT JOIN event_types t ON t.id = l.event_type_id");
    else if (sort == LeadSort::Source)
        joins = QStringLiteral(" LEFT JOIN lead_sources s ON s.id = l.source_id");
    const QString pageIds = QStringLiteral("SELECT l.id FROM leads l") + joins
        + where(filter, &binds) + orderBy + QStringLiteral(" LIMIT ? OFFSET ?");
    const QString sql
        = LeadStore::selectSql() + QStringLiteral("WHERE l.id IN (") + pageIds + u')' + orderBy;
    QSqlQuery &q = Sql::prepared(m_db, sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    Sql::exec(q, "page leads");
    QList<LeadRecord> rows;
    rows.reserve(limit);
    while (q.next())
        rows.append(LeadStore::fromRow(q));
    q.finish();
    return rows;
}

} // namespace rmx::store
