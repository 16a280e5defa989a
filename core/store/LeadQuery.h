// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/LeadRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace rmx::store {

/// What the inbox shows: search text and filters.
struct LeadFilter
{
    QString search; // words matched as prefixes over name, email, phone, notes, source;
                    // a phone number also by its digits alone
    QStringList statuses; // empty: all
    QString eventDateFrom; // YYYY-MM-DD, inclusive; empty: open
    QString eventDateTo;
    qint64 sourceId = 0; // 0: any
    qint64 eventTypeId = 0; // 0: any
    qint64 createdAfterMs = 0; // "new since I last looked"; 0: any
    QString leadId; // just this lead (a pasted lead_url); empty: any
    bool withoutTests = false; // leave out the Connect page's test leads (created_via 'test')

    bool operator==(const LeadFilter &) const = default;
};

/// Sortable inbox columns.
enum class LeadSort { Received, Name, Email, Phone, EventDate, EventType, Source, Status };

/// Read-only queries behind the desktop inbox: counts and pages of leads for a filter and sort,
/// fast on a million rows (indexed sorts, FTS5 search). Runs on a loader thread's connection.
class LeadQuery final
{
public:
    explicit LeadQuery(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    int count(const LeadFilter &filter);
    QList<LeadRecord> page(const LeadFilter &filter, LeadSort sort, Qt::SortOrder order, int offset,
                           int limit);
    /// The FTS5 query for user text: every word as a quoted prefix term, all required.
    static QString ftsQuery(const QString &text);

private:
    QString where(const LeadFilter &filter, QVariantList *binds) const;
    QSqlDatabase m_db;
};

} // namespace rmx::store
