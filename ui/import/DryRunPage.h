// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/LeadCsvImporter.h"
#include "ui/import/ColumnMapping.h"

#include <QWizardPage>

#include <functional>

class QLabel;
class QProgressBar;

namespace rmx::ui {

class ImportSummaryView;
class ImportWorker;

/// The second step of the CSV import: checks every row against the database without writing
/// anything (on the worker's thread) and shows what the import would do. It is the commit
/// page: once the import starts there is no going back.
class DryRunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DryRunPage)

public:
    using MappingSource = std::function<ColumnMapping()>;

    DryRunPage(ImportWorker *worker, MappingSource mapping, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isFinished() const { return m_finished; }
    const leads::LeadCsvImporter::Summary &summary() const { return m_summary; }
    ImportSummaryView *summaryView() const { return m_view; }

private:
    void onFinished(const leads::LeadCsvImporter::Summary &summary, const QString &error);

    ImportWorker *m_worker;
    MappingSource m_mapping;
    QLabel *m_status;
    QProgressBar *m_progress;
    ImportSummaryView *m_view;
    leads::LeadCsvImporter::Summary m_summary;
    int m_pending = 0; // dry runs started and not finished (going back and forth queues them)
    bool m_finished = false;
};

} // namespace rmx::ui
