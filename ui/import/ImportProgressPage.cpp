// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportProgressPage.h"

#include "ui/import/ImportRunner.h"
#include "ui/import/ImportSummaryView.h"
#include "ui/import/ImportWorker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcImport, "remixcrm.ui.import", QtInfoMsg)

namespace rmx::ui {

ImportProgressPage::ImportProgressPage(ImportWorker *worker,
                                       std::function<store::WriteQueue *()> writer,
                                       MappingSource mapping, QWidget *parent)
    : QWizardPage(parent)
    , m_worker(worker)
    , m_writer(std::move(writer))
    , m_mapping(std::move(mapping))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("&Stop import"), this))
    , m_view(new ImportSummaryView(this))
{
    setObjectName(QStringLiteral("importProgressPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("Leads are added in batches, each with its history and lead.created event."));
    setFinalPage(true);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Import progress"));
    m_stop->setObjectName(QStringLiteral("stopImport"));
    m_stop->setToolTip(tr("Stops after the batch being written. Leads already imported stay."));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_view, 1);
    layout->addStretch(); // keeps the status on top while the summary is hidden
    connect(m_stop, &QPushButton::clicked, this, &ImportProgressPage::stop);
}

void ImportProgressPage::initializePage()
{
    m_finished = false;
    m_expected = m_expectedRows ? m_expectedRows() : 0;
    m_status->setText(tr("Importing…"));
    m_progress->setValue(0);
    m_progress->show();
    m_stop->show();
    m_stop->setEnabled(true);
    m_view->hide();
    delete m_runner;
    const ColumnMapping mapping = m_mapping();
    m_runner = new ImportRunner(m_worker, m_writer, mapping.toImporterMapping(), m_batchRows, this);
    m_runner->setDateFormat(mapping.dateFormat());
    m_runner->setListenUrl(m_listenUrl);
    connect(m_runner, &ImportRunner::progressed, this, &ImportProgressPage::onProgress);
    connect(m_runner, &ImportRunner::finished, this, &ImportProgressPage::onFinished);
    m_runner->start();
}

bool ImportProgressPage::isComplete() const
{
    return m_finished;
}

bool ImportProgressPage::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void ImportProgressPage::stop()
{
    if (!isRunning())
        return;
    m_runner->cancel();
    m_stop->setEnabled(false);
    m_status->setText(tr("Stopping after the current batch…"));
}

void ImportProgressPage::onProgress(int rowsDone, qint64 bytesRead, qint64 bytesTotal)
{
    // The reader reads ahead in large chunks, so rows tell the progress of small files better.
    if (m_expected > 0)
        m_progress->setValue(int(qMin<qint64>(rowsDone, m_expected) * 1000 / m_expected));
    else if (bytesTotal > 0)
        m_progress->setValue(int(bytesRead * 1000 / bytesTotal));
    if (!m_stop->isEnabled())
        return;
    if (m_expected > 0)
        m_status->setText(
            tr("Importing… %1 of %n row(s) done.", nullptr, m_expected).arg(rowsDone));
    else
        m_status->setText(tr("Importing… %n row(s) done.", nullptr, rowsDone));
}

void ImportProgressPage::onFinished(const leads::LeadCsvImporter::Summary &summary,
                                    const QString &error)
{
    m_finished = true;
    m_progress->hide();
    m_stop->hide();
    const int leads = summary.created + summary.updated;
    if (!error.isEmpty()) {
        qCWarning(lcImport).noquote() << "import stopped:" << error;
        m_status->setText(
            tr("<b>The import stopped:</b> the database could not be written. The %n lead(s) "
               "imported before that stay; importing the file again skips them as duplicates.",
               nullptr, leads));
    } else if (summary.cancelled) {
        m_status->setText(
            tr("<b>Import stopped.</b> The %n lead(s) imported before you stopped stay in "
               "RemixCRM. To add the rest, import the file again: rows already imported are "
               "skipped as duplicates.",
               nullptr, leads));
    } else {
        m_status->setText(tr("<b>Done.</b> The imported leads are in your Leads list now."));
    }
    m_view->setSummary(summary, false);
    m_view->show();
    emit completeChanged();
    emit finished();
}

} // namespace rmx::ui
