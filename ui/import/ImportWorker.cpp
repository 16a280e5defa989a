// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportWorker.h"

#include "core/leads/CsvReader.h"
#include "core/store/DbConnection.h"
#include "core/store/StoreError.h"

namespace rmx::ui {

ImportWorker::ImportWorker(QString csvPath, QString databasePath)
    : m_csvPath(std::move(csvPath))
    , m_databasePath(std::move(databasePath))
{ }

ImportWorker::~ImportWorker() = default;

void ImportWorker::preview()
{
    QFile file(m_csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        emit previewed({}, {}, file.errorString());
        return;
    }
    leads::CsvReader reader(&file);
    QStringList header;
    if (!reader.next(&header) || (header.size() == 1 && header.first().trimmed().isEmpty())) {
        emit previewed({}, {}, tr("The file is empty."));
        return;
    }
    QList<QStringList> samples;
    QStringList record;
    while (samples.size() < PreviewRows && reader.next(&record)) {
        if (record.size() > 1 || !record.first().trimmed().isEmpty())
            samples.append(record);
    }
    emit previewed(header, samples, QString());
}

void ImportWorker::dryRun(const leads::LeadCsvImporter::Mapping &mapping, const QString &dateFormat)
{
    m_cancelDryRun = false;
    QFile file(m_csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        emit dryRunFinished({}, file.errorString());
        return;
    }
    const qint64 total = file.size();
    try {
        QSqlDatabase db = store::DbConnection::forCurrentThread(m_databasePath).db();
        const auto summary = leads::LeadCsvImporter::run(
            db, &file, mapping, true,
            [this, total](qint64 read) {
                emit progressed(read, total);
                return !m_cancelDryRun.load();
            },
            dateFormat);
        emit dryRunFinished(summary, QString());
    } catch (const store::StoreError &e) {
        emit dryRunFinished({}, e.message());
    }
}

void ImportWorker::readBatch(int count)
{
    if (!m_reader) {
        m_file.setFileName(m_csvPath);
        if (!m_file.open(QIODevice::ReadOnly)) {
            emit batchRead({}, 0, 0, true, m_file.errorString());
            return;
        }
        m_reader = std::make_unique<leads::CsvReader>(&m_file);
        QStringList header;
        m_reader->next(&header);
    }
    QList<CsvRow> rows;
    QStringList record;
    bool atEnd = false;
    while (rows.size() < count) {
        if (!m_reader->next(&record)) {
            atEnd = true;
            break;
        }
        rows.append({++m_row, record});
    }
    emit batchRead(rows, m_reader->position(), m_file.size(), atEnd, QString());
}

} // namespace rmx::ui
