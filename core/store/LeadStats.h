// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/LeadRecord.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

namespace rmx::store {

/// The numbers behind the overview: leads per week by source, how leads moved through the
/// pipeline, and the booked dates ahead. Test leads (the Connect page's) count nowhere here.
class LeadStats final
{
public:
    /// The `created_via` of a test lead.
    static inline const QString TestVia = QStringLiteral("test");

    explicit LeadStats(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    struct Weekly
    {
        QList<QDate> weekStarts; // Mondays, oldest first
        QStringList sources; // the busiest sources, then "" for all others
        QList<QList<int>> counts; // counts[week][source]
    };
    /// The last `weeks` weeks up to the one holding `today`, the `topSources` busiest by name.
    Weekly weeklyBySource(const QDate &today, int weeks = 12, int topSources = 4);
    /// Leads per status (new, contacted, quoted, booked, lost).
    QMap<QString, int> byStatus();
    /// Booked leads with an event date from `from` on, soonest first.
    QList<LeadRecord> upcomingBooked(const QDate &from, int limit = 8);

private:
    QSqlDatabase m_db;
};

} // namespace rmx::store
