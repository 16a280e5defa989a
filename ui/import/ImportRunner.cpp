// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportRunner.h"

#include "core/settings/SettingsSchema.h"
#include "core/store/SettingsStore.h"
#include "ui/UiWrites.h"

namespace rmx::ui {

ImportRunner::ImportRunner(ImportWorker *worker, std::function<store::WriteQueue *()> writer,
                           leads::LeadCsvImporter::Mapping mapping, int batchRows, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_writer(std::move(writer))
    , m_mapping(std::move(mapping))
    , m_batchRows(qMax(1, batchRows))
{
    connect(m_worker, &ImportWorker::batchRead, this, &ImportRunner::onBatchRead);
}

void ImportRunner::start()
{
    m_running = true;
    m_cancelRequested = false;
    m_summary = {};
    readNext();
}

void ImportRunner::readNext()
{
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, rows = m_batchRows] { worker->readBatch(rows); });
}

void ImportRunner::onBatchRead(const QList<CsvRow> &rows, qint64 bytesRead, qint64 bytesTotal,
                               bool atEnd, const QString &error)
{
    if (!m_running)
        return;
    if (!error.isEmpty()) {
        finish(error);
        return;
    }
    if (rows.isEmpty()) {
        finish(QString());
        return;
    }
    // Duplicates inside the file need no memory across batches here: each batch sees the
    // leads of the batches before it in the database.
    auto job = [mapping = m_mapping, rows, listenUrl = m_listenUrl,
                dateFormat = m_dateFormat](QSqlDatabase &db) {
        leads::LeadCsvImporter importer(mapping, false);
        importer.setDateFormat(dateFormat);
        // lead_url in the events uses the public URL (the tunnel's) when one is set.
        const QString configured = store::SettingsStore(db).value(SettingsSchema::PublicUrl);
        importer.setPublicBaseUrl(configured.isEmpty() ? listenUrl : configured);
        for (const CsvRow &row : rows)
            importer.importRow(db, row.number, row.values);
        return QVariant::fromValue(importer.summary());
    };
    submitWrite(m_writer(), this, std::move(job),
                [this, bytesRead, bytesTotal, atEnd](const store::WriteQueue::Outcome &outcome) {
                    if (!outcome.ok) {
                        finish(outcome.error);
                        return;
                    }
                    m_summary += outcome.value.value<leads::LeadCsvImporter::Summary>();
                    emit progressed(m_summary.rows, bytesRead, bytesTotal);
                    if (atEnd) {
                        finish(QString());
                    } else if (m_cancelRequested) {
                        m_summary.cancelled = true;
                        finish(QString());
                    } else {
                        readNext();
                    }
                });
}

void ImportRunner::finish(const QString &error)
{
    m_running = false;
    emit finished(m_summary, error);
}

} // namespace rmx::ui
