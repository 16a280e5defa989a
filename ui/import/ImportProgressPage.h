// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/LeadCsvImporter.h"
#include "ui/import/ColumnMapping.h"

#include <QWizardPage>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rmx::store {
class WriteQueue;
}

namespace rmx::ui {

class ImportRunner;
class ImportSummaryView;
class ImportWorker;

/// The last step of the CSV import: writes the leads batch by batch with a progress bar and a
/// Stop button, then shows what was imported.
class ImportProgressPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProgressPage)

public:
    using MappingSource = std::function<ColumnMapping()>;

    ImportProgressPage(ImportWorker *worker, std::function<store::WriteQueue *()> writer,
                       MappingSource mapping, QWidget *parent = nullptr);

    void setBatchRows(int rows) { m_batchRows = rows; }
    void setListenUrl(const QString &url) { m_listenUrl = url; }
    /// The rows the dry run read, for the progress bar (bytes read are used without it).
    void setExpectedRows(std::function<int()> rows) { m_expectedRows = std::move(rows); }
    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const;
    /// Stops after the batch being written; what is written stays.
    void stop();
    ImportRunner *runner() const { return m_runner; }
    ImportSummaryView *summaryView() const { return m_view; }

Q_SIGNALS:
    void finished();

private:
    void onProgress(int rowsDone, qint64 bytesRead, qint64 bytesTotal);
    void onFinished(const leads::LeadCsvImporter::Summary &summary, const QString &error);

    ImportWorker *m_worker;
    std::function<store::WriteQueue *()> m_writer;
    MappingSource m_mapping;
    int m_batchRows = 200;
    QString m_listenUrl;
    std::function<int()> m_expectedRows;
    int m_expected = 0;
    ImportRunner *m_runner = nullptr;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    ImportSummaryView *m_view;
    bool m_finished = false;
};

} // namespace rmx::ui
