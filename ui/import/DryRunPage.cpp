// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/DryRunPage.h"

#include "ui/import/ImportSummaryView.h"
#include "ui/import/ImportWorker.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace rmx::ui {

DryRunPage::DryRunPage(ImportWorker *worker, MappingSource mapping, QWidget *parent)
    : QWizardPage(parent)
    , m_worker(worker)
    , m_mapping(std::move(mapping))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_view(new ImportSummaryView(this))
{
    setObjectName(QStringLiteral("dryRunPage"));
    setTitle(tr("Check before importing"));
    setSubTitle(tr("Every row is checked against your leads. Nothing has been written yet."));
    setCommitPage(true);
    m_status->setObjectName(QStringLiteral("dryRunStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("dryRunProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Checking progress"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addStretch(); // keeps the status on top while the summary is hidden

    connect(worker, &ImportWorker::progressed, this, [this](qint64 read, qint64 total) {
        if (!m_finished && total > 0)
            m_progress->setValue(int(read * 1000 / total));
    });
    connect(worker, &ImportWorker::dryRunFinished, this, &DryRunPage::onFinished);
}

void DryRunPage::initializePage()
{
    m_finished = false;
    m_summary = {};
    m_status->setText(tr("Checking the rows…"));
    m_progress->setValue(0);
    m_progress->show();
    m_view->hide();
    ++m_pending;
    const ColumnMapping mapping = m_mapping();
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, columns = mapping.toImporterMapping(),
                               dates = mapping.dateFormat()] { worker->dryRun(columns, dates); });
    emit completeChanged();
}

void DryRunPage::cleanupPage()
{
    if (!m_finished)
        m_worker->cancelDryRun();
}

bool DryRunPage::isComplete() const
{
    return m_finished && m_summary.created + m_summary.updated > 0;
}

void DryRunPage::onFinished(const leads::LeadCsvImporter::Summary &summary, const QString &error)
{
    if (--m_pending > 0)
        return; // an earlier run, left behind by going back
    m_progress->hide();
    m_finished = true;
    m_summary = summary;
    const int leads = summary.created + summary.updated;
    if (!error.isEmpty()) {
        m_status->setText(tr("The check stopped: the database could not be read."));
    } else if (leads == 0) {
        m_status->setText(tr("<b>Nothing to import.</b> No row is a new lead; see why below."));
    } else {
        m_status->setText(tr("Nothing has been written yet. Click <b>Import</b> to add these "
                             "leads, or <b>Back</b> to change the columns."));
    }
    setButtonText(QWizard::CommitButton, tr("&Import %n lead(s)", nullptr, leads));
    m_view->setSummary(summary, true);
    m_view->setVisible(error.isEmpty());
    emit completeChanged();
}

} // namespace rmx::ui
