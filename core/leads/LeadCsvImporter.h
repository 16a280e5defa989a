// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

class QIODevice;

namespace rmx::leads {

/// Imports leads from CSV: columns are mapped to lead fields (guessed from the header, or given),
/// every row is checked like a Lead API request, and rows are counted as new (a new contact),
/// updated (a new lead for a contact that exists, matched by email), skipped (the same email and
/// event date is already a lead) or errors. A dry run writes nothing; a real run writes each
/// batch of rows in one transaction, with `lead.created` events like any other lead.
class LeadCsvImporter final
{
public:
    /// Lead field (first_name, last_name, name, email, phone, event_date, event_type, source,
    /// notes, status) -> column index.
    using Mapping = QHash<QString, int>;

    struct Problem
    {
        int row = 0; // 1-based, the header being row 1
        QString message;
    };
    struct Summary
    {
        int created = 0;
        int updated = 0;
        int skipped = 0;
        int errors = 0;
        QList<Problem> problems; // errors and skips, each with its row
        bool cancelled = false;
    };
    /// Called now and then with the bytes read so far; return false to cancel.
    using Progress = std::function<bool(qint64 bytesRead)>;

    static const QStringList &fields();
    static Mapping guessMapping(const QStringList &header);

    /// Reads `csv` (header first) and imports it into `db` unless `dryRun`. With a real run the
    /// caller's connection must not be inside a transaction.
    static Summary run(QSqlDatabase &db, QIODevice *csv, const Mapping &mapping, bool dryRun,
                       const Progress &progress = {});
};

} // namespace rmx::leads
