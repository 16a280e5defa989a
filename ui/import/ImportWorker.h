// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/LeadCsvImporter.h"

#include <QFile>
#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace rmx::leads {
class CsvReader;
}

namespace rmx::ui {

/// One data row of a CSV file and its row number (the header is row 1).
struct CsvRow
{
    int number = 0;
    QStringList values;
};

/// The disk side of a CSV import, on a thread of its own: reads the header and a sample, runs
/// the dry run (reading the database through this thread's own connection) and reads the rows
/// of the real import batch by batch. Call its slots through queued invocations only.
class ImportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWorker)

public:
    static constexpr int PreviewRows = 50;

    ImportWorker(QString csvPath, QString databasePath);
    ~ImportWorker() override;

    /// Thread-safe: stops a running dry run at its next progress check.
    void cancelDryRun() { m_cancelDryRun = true; }

    void preview();
    void dryRun(const rmx::leads::LeadCsvImporter::Mapping &mapping, const QString &dateFormat);
    /// Reads up to `count` more data rows (opening the file on the first call).
    void readBatch(int count);

Q_SIGNALS:
    /// The header and the first data rows (up to PreviewRows, blank lines left out).
    void previewed(const QStringList &header, const QList<QStringList> &samples,
                   const QString &error);
    void progressed(qint64 bytesRead, qint64 bytesTotal);
    void dryRunFinished(const rmx::leads::LeadCsvImporter::Summary &summary, const QString &error);
    void batchRead(const QList<rmx::ui::CsvRow> &rows, qint64 bytesRead, qint64 bytesTotal,
                   bool atEnd, const QString &error);

private:
    QString m_csvPath;
    QString m_databasePath;
    std::atomic<bool> m_cancelDryRun = false;
    QFile m_file;
    std::unique_ptr<leads::CsvReader> m_reader;
    int m_row = 1;
};

} // namespace rmx::ui

Q_DECLARE_METATYPE(rmx::ui::CsvRow)
