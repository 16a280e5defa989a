// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/LeadCsvImporter.h"
#include "ui/import/ImportWorker.h"

#include <QObject>

#include <functional>

namespace rmx::store {
class WriteQueue;
}

namespace rmx::ui {

/// Runs the real import from the GUI thread without ever waiting: the worker reads a batch of
/// rows, the app's writer checks and creates them in one transaction (with their history and
/// `lead.created` events), and only then is the next batch read. A cancel therefore stops
/// between two batches; the batches already written stay.
class ImportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunner)

public:
    ImportRunner(ImportWorker *worker, std::function<store::WriteQueue *()> writer,
                 leads::LeadCsvImporter::Mapping mapping, int batchRows, QObject *parent = nullptr);

    /// The listen URL, the base of lead_url in events when no public URL is set.
    void setListenUrl(const QString &url) { m_listenUrl = url; }
    void setDateFormat(const QString &format) { m_dateFormat = format; }
    void start();
    /// Stops after the batch being written.
    void cancel() { m_cancelRequested = true; }
    bool isRunning() const { return m_running; }
    const leads::LeadCsvImporter::Summary &summary() const { return m_summary; }

Q_SIGNALS:
    /// After each committed batch.
    void progressed(int rowsDone, qint64 bytesRead, qint64 bytesTotal);
    void finished(const rmx::leads::LeadCsvImporter::Summary &summary, const QString &error);

private:
    void onBatchRead(const QList<rmx::ui::CsvRow> &rows, qint64 bytesRead, qint64 bytesTotal,
                     bool atEnd, const QString &error);
    void readNext();
    void finish(const QString &error);

    ImportWorker *m_worker;
    std::function<store::WriteQueue *()> m_writer;
    leads::LeadCsvImporter::Mapping m_mapping;
    int m_batchRows;
    QString m_listenUrl;
    QString m_dateFormat;
    leads::LeadCsvImporter::Summary m_summary;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace rmx::ui
