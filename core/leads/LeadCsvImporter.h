// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
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
/// `run` reads and writes a whole file; an instance checks (and writes) rows one at a time
/// inside a transaction its caller owns, such as a job on the app's WriteQueue.
class LeadCsvImporter final
{
public:
    /// Lead field (first_name, last_name, name, email, phone, event_date, event_type, source,
    /// notes, status) -> column index.
    using Mapping = QHash<QString, int>;

    struct Problem
    {
        enum class Kind { Invalid, Duplicate };
        int row = 0; // 1-based, the header being row 1
        QString message;
        Kind kind = Kind::Invalid;
        QStringList fields; // the lead fields at fault (Invalid), or email and event_date
        QStringList values; // what the file holds for each of `fields`
    };
    struct Summary
    {
        int rows = 0; // data rows read, blank lines not counted
        int created = 0;
        int updated = 0;
        int skipped = 0;
        int errors = 0;
        QList<Problem> problems; // errors and skips, each with its row
        bool cancelled = false;

        /// Adds the counts and problems of a later part of the same file.
        Summary &operator+=(const Summary &later);
    };
    /// Called now and then with the bytes read so far; return false to cancel.
    using Progress = std::function<bool(qint64 bytesRead)>;

    static const QStringList &fields();
    static Mapping guessMapping(const QStringList &header);
    /// The ways of writing event dates an import understands (QDate formats), ISO first.
    static const QStringList &dateFormats();
    /// The first of dateFormats() that reads the most non-empty samples (all of them when
    /// one can); `monthFirst` decides between d/M/yyyy and M/d/yyyy when the samples fit both.
    /// ISO when none fits.
    static QString guessDateFormat(const QStringList &samples, bool monthFirst);

    /// Reads `csv` (header first) and imports it into `db` unless `dryRun`. With a real run the
    /// caller's connection must not be inside a transaction.
    static Summary run(QSqlDatabase &db, QIODevice *csv, const Mapping &mapping, bool dryRun,
                       const Progress &progress = {}, const QString &dateFormat = {});

    LeadCsvImporter(Mapping mapping, bool dryRun);
    /// Checks one data row and, unless a dry run, creates its lead on `db`, which must be inside
    /// a transaction. Rows of one file go to one instance (it remembers duplicates in the file).
    void importRow(QSqlDatabase &db, int row, const QStringList &record);
    const Summary &summary() const { return m_summary; }
    /// The base of `lead_url` in the `lead.created` events (none by default).
    void setPublicBaseUrl(const QString &url) { m_publicBaseUrl = url; }
    /// How the file writes event dates (one of dateFormats()); they are stored as YYYY-MM-DD.
    /// Empty: YYYY-MM-DD only, as the Lead API.
    void setDateFormat(const QString &format) { m_dateFormat = format; }

private:
    Mapping m_mapping;
    bool m_dryRun;
    QString m_publicBaseUrl;
    QString m_dateFormat;
    Summary m_summary;
    QSet<QString> m_seenInFile; // email + date, for duplicates inside the file itself
    QSet<QString> m_newEmails; // contacts a dry run would create
};

} // namespace rmx::leads

Q_DECLARE_METATYPE(rmx::leads::LeadCsvImporter::Summary)
