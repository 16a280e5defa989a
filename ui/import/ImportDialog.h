// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

#include <functional>

namespace rmx::store {
class WriteQueue;
}

namespace rmx::ui {

class ColumnMappingPage;
class DryRunPage;
class ImportProgressPage;
class ImportWorker;

/// The CSV import wizard: match the columns, check every row without writing (dry run), then
/// import through the app's writer. Owns the worker thread that reads the file.
class ImportDialog final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    enum PageId { MappingPageId, DryRunPageId, ProgressPageId };
    static constexpr int DefaultBatchRows = 200;

    ImportDialog(const QString &csvPath, const QString &databasePath,
                 std::function<store::WriteQueue *()> writer, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Rows written per transaction, and so how soon a Stop takes effect.
    void setBatchRows(int rows);
    /// The base of lead_url in the events when no public URL is set.
    void setListenUrl(const QString &url);
    ColumnMappingPage *mappingPage() const { return m_mappingPage; }
    DryRunPage *dryRunPage() const { return m_dryRunPage; }
    ImportProgressPage *progressPage() const { return m_progressPage; }

    /// While the import runs, closing the dialog stops it after the current batch instead.
    void reject() override;

Q_SIGNALS:
    /// The import ended (done, stopped or failed) and leads may have been added.
    void imported();

private:
    QThread *m_thread;
    ImportWorker *m_worker;
    ColumnMappingPage *m_mappingPage;
    DryRunPage *m_dryRunPage;
    ImportProgressPage *m_progressPage;
};

} // namespace rmx::ui
