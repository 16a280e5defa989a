// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LeadsPage.h"

#include "core/leads/LeadUpdater.h"
#include "core/util/Clock.h"
#include "ui/LeadEditor.h"
#include "ui/LeadPresentation.h"
#include "ui/LeadTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rmx::ui {

LeadsPage::LeadsPage(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
                     std::function<QString()> publicBaseUrl, QWidget *parent)
    : QWidget(parent)
    , m_model(new LeadTableModel(reader, this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_newOnly(new QCheckBox(tr("New since I last looked"), this))
    , m_table(new QTableView(this))
    , m_editor(new LeadEditor(reader, std::move(writer), std::move(publicBaseUrl), this))
    , m_count(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_refresh(new QTimer(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("leadsPage"));
    m_search->setObjectName(QStringLiteral("leadSearch"));
    m_search->setPlaceholderText(tr("Search name, email, phone, notes or source"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search leads"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &status : leads::LeadUpdater::pipeline())
        m_status->addItem(LeadPresentation::statusName(status), status);

    m_table->setObjectName(QStringLiteral("leadTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LeadTableModel::Received, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(LeadTableModel::Name, 180);
    m_table->setColumnWidth(LeadTableModel::Email, 220);
    m_table->setAccessibleName(tr("Leads"));

    m_empty->setObjectName(QStringLiteral("leadsEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("<h3>No leads yet</h3><p>Create an API key, then connect your website "
                        "form, Zapier or n8n on the <b>Connect</b> page. New leads show up here "
                        "within a second.</p>"));
    m_empty->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_newOnly);
    filters->addWidget(m_count);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table);
    leftLayout->addWidget(m_empty);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("leadsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, m_model, &LeadTableModel::refresh);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_searchDelay, &QTimer::timeout, this, &LeadsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &LeadsPage::applyFilter);
    connect(m_newOnly, &QCheckBox::toggled, this, &LeadsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LeadsPage::onSelectionChanged);
    connect(m_editor, &LeadEditor::saved, m_model, &LeadTableModel::refresh);
    connect(m_model, &LeadTableModel::counted, this, [this](int total) {
        m_count->setText(tr("%n lead(s)", nullptr, total));
        const bool empty = total == 0 && m_model->filter() == store::LeadFilter();
        m_empty->setVisible(empty);
        m_table->setVisible(!empty);
    });
    // Rows that arrive on top must not push the rows the user is reading out of view.
    connect(m_model, &LeadTableModel::rowsArrivedOnTop, this, [this](int count) {
        QScrollBar *bar = m_table->verticalScrollBar();
        if (bar->value() > 0)
            bar->setValue(bar->value() + count);
    });

    m_lastLookedMs = Clock::nowMs();
    m_model->setUnreadAfter(m_lastLookedMs);
}

void LeadsPage::dataChanged()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

void LeadsPage::applyFilter()
{
    store::LeadFilter filter;
    filter.search = m_search->text().trimmed();
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty())
        filter.statuses = {status};
    if (m_newOnly->isChecked())
        filter.createdAfterMs = m_lastLookedMs;
    m_model->setFilter(filter);
}

void LeadsPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString id = rows.first().data(LeadTableModel::LeadIdRole).toString();
    if (id.isEmpty() || id == m_editor->leadId())
        return;
    m_model->markRead(id);
    m_editor->showLead(id);
}

void LeadsPage::openLead(const QString &leadId)
{
    m_model->markRead(leadId);
    m_editor->showLead(leadId);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(LeadTableModel::LeadIdRole).toString() == leadId) {
            m_table->selectRow(row);
            m_table->scrollTo(index);
            return;
        }
        if (!m_model->leadAt(row))
            return; // only loaded pages are searched; the editor shows the lead anyway
    }
}

} // namespace rmx::ui
