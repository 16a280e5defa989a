// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportDialog.h"

#include "core/leads/LeadCsvImporter.h"
#include "ui/import/ColumnMappingPage.h"
#include "ui/import/DryRunPage.h"
#include "ui/import/ImportProgressPage.h"
#include "ui/import/ImportWorker.h"

#include <QFileInfo>
#include <QThread>

namespace rmx::ui {

ImportDialog::ImportDialog(const QString &csvPath, const QString &databasePath,
                           std::function<store::WriteQueue *()> writer, QWidget *parent)
    : QWizard(parent)
    , m_thread(new QThread)
    , m_worker(new ImportWorker(csvPath, databasePath))
{
    qRegisterMetaType<leads::LeadCsvImporter::Summary>();
    qRegisterMetaType<QList<CsvRow>>();
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import leads from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(820, 580);

    m_thread->setObjectName(QStringLiteral("ui-import"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    m_mappingPage = new ColumnMappingPage(m_worker, QFileInfo(csvPath).fileName(), this);
    auto mapping = [page = m_mappingPage] { return page->mapping(); };
    m_dryRunPage = new DryRunPage(m_worker, mapping, this);
    m_progressPage = new ImportProgressPage(m_worker, std::move(writer), mapping, this);
    m_progressPage->setBatchRows(DefaultBatchRows);
    m_progressPage->setExpectedRows([page = m_dryRunPage] { return page->summary().rows; });
    setPage(MappingPageId, m_mappingPage);
    setPage(DryRunPageId, m_dryRunPage);
    setPage(ProgressPageId, m_progressPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    connect(m_progressPage, &ImportProgressPage::finished, this, &ImportDialog::imported);

    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->preview(); });
}

ImportDialog::~ImportDialog()
{
    m_worker->cancelDryRun();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void ImportDialog::setBatchRows(int rows)
{
    m_progressPage->setBatchRows(rows);
}

void ImportDialog::setListenUrl(const QString &url)
{
    m_progressPage->setListenUrl(url);
}

void ImportDialog::reject()
{
    if (m_progressPage->isRunning()) {
        m_progressPage->stop();
        return;
    }
    m_worker->cancelDryRun();
    QWizard::reject();
}

} // namespace rmx::ui
