// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LeadsPage.h"

#include "core/leads/LeadCsvExporter.h"
#include "core/leads/LeadUpdater.h"
#include "core/store/LeadStore.h"
#include "core/store/LookupStore.h"
#include "core/util/Clock.h"
#include "ui/BackgroundReader.h"
#include "ui/FlowLayout.h"
#include "ui/LeadColumns.h"
#include "ui/LeadEditor.h"
#include "ui/LeadLink.h"
#include "ui/LeadPresentation.h"
#include "ui/LeadRowMenu.h"
#include "ui/LeadTableModel.h"
#include "ui/OptionalDateEdit.h"
#include "ui/Theme.h"
#include "ui/UiWrites.h"
#include "ui/import/ImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rmx::ui {

namespace {
/// Makes `box` at least wide enough to show `text` whole: a filter sized by a count of
/// characters cut its "all" choice short in a longer language ("Alle Veranstaltungsarten").
void fitText(QComboBox *box, const QString &text)
{
    QStyleOptionComboBox option;
    option.initFrom(box);
    const QSize contents(box->fontMetrics().horizontalAdvance(text), box->fontMetrics().height());
    box->setMinimumWidth(
        box->style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, box).width());
}
} // namespace

LeadsPage::LeadsPage(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
                     std::function<QString()> publicBaseUrl, QWidget *parent)
    : QWidget(parent)
    , m_model(new LeadTableModel(reader, this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_newOnly(new QCheckBox(tr("New since I last looked"), this))
    , m_dateFrom(new OptionalDateEdit(tr("Any date"), this))
    , m_dateTo(new OptionalDateEdit(tr("Any date"), this))
    , m_datePreset(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_eventType(new QComboBox(this))
    , m_undoBar(new QWidget(this))
    , m_undoText(new QLabel(this))
    , m_undoTimer(new QTimer(this))
    , m_writer(writer)
    , m_publicBaseUrl(publicBaseUrl)
    , m_reader(reader)
    , m_table(new QTableView(this))
    , m_editor(new LeadEditor(reader, std::move(writer), std::move(publicBaseUrl), this))
    , m_count(new QLabel(this))
    , m_exportResult(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_refresh(new QTimer(this))
    , m_searchDelay(new QTimer(this))
    , m_readDwell(new QTimer(this))
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
    LeadColumns::applyDefaults(m_table);
    m_table->setAccessibleName(tr("Leads"));

    m_count->setObjectName(QStringLiteral("leadCount"));
    m_empty->setObjectName(QStringLiteral("leadsEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    connect(m_empty, &QLabel::linkActivated, this, &LeadsPage::clearFilters);

    // Filters wrap onto more rows in a narrow window or a longer language.
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 30);
    auto *filters = new FlowLayout;
    filters->addWidget(m_search);
    filters->addWidget(m_status);
    filters->addWidget(m_newOnly);
    filters->addWidget(m_count);

    for (OptionalDateEdit *edit : {m_dateFrom, m_dateTo}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            const QSignalBlocker block(m_datePreset);
            m_datePreset->setCurrentIndex(int(presetOfDates()));
            applyFilter();
        });
    }
    m_datePreset->setObjectName(QStringLiteral("eventDatePreset"));
    m_datePreset->setAccessibleName(tr("Event dates"));
    m_datePreset->addItem(tr("Any date"));
    m_datePreset->addItem(tr("This month"));
    m_datePreset->addItem(tr("Next 3 months"));
    m_datePreset->addItem(tr("This year"));
    m_datePreset->addItem(tr("Past"));
    m_datePreset->addItem(tr("Chosen dates"));
    connect(m_datePreset, &QComboBox::activated, this,
            [this](int index) { setDatePreset(DatePreset(index)); });
    m_dateFrom->setObjectName(QStringLiteral("eventDateFrom"));
    m_dateFrom->setAccessibleName(tr("Event date from"));
    m_dateTo->setObjectName(QStringLiteral("eventDateTo"));
    m_dateTo->setAccessibleName(tr("Event date to"));
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_source->setAccessibleName(tr("Filter by source"));
    m_eventType->setObjectName(QStringLiteral("eventTypeFilter"));
    m_eventType->setAccessibleName(tr("Filter by event type"));
    connect(m_source, &QComboBox::currentIndexChanged, this, &LeadsPage::applyFilter);
    connect(m_eventType, &QComboBox::currentIndexChanged, this, &LeadsPage::applyFilter);
    // The preset and the two dates wrap apart in a narrow window.
    auto *datePreset = new QWidget(this);
    auto *presetLayout = new QHBoxLayout(datePreset);
    presetLayout->setContentsMargins(0, 0, 0, 0);
    presetLayout->addWidget(new QLabel(tr("Event date"), datePreset));
    presetLayout->addWidget(m_datePreset);
    auto *dateRange = new QWidget(this);
    auto *dateLayout = new QHBoxLayout(dateRange);
    dateLayout->setContentsMargins(0, 0, 0, 0);
    dateLayout->addWidget(m_dateFrom);
    dateLayout->addWidget(new QLabel(tr("to"), dateRange));
    dateLayout->addWidget(m_dateTo);
    for (QComboBox *choice : {m_source, m_eventType}) {
        choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        choice->setMinimumContentsLength(14);
    }
    fitText(m_source, tr("All sources"));
    fitText(m_eventType, tr("All event types"));
    auto *moreFilters = new FlowLayout;
    moreFilters->addWidget(datePreset);
    moreFilters->addWidget(dateRange);
    moreFilters->addWidget(m_source);
    moreFilters->addWidget(m_eventType);
    auto *exportButton = new QPushButton(tr("E&xport CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportCsv"));
    moreFilters->addWidget(exportButton);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export leads"), QDir::home().filePath(QStringLiteral("leads.csv")),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    auto *importButton = new QPushButton(tr("&Import CSV…"), this);
    importButton->setObjectName(QStringLiteral("importCsv"));
    importButton->setToolTip(tr("Import leads from a CSV file (Ctrl+I)"));
    moreFilters->addWidget(importButton);
    connect(importButton, &QPushButton::clicked, this, &LeadsPage::chooseImportFile);
    auto *importShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this);
    importShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(importShortcut, &QShortcut::activated, this, &LeadsPage::chooseImportFile);
    m_exportResult->setObjectName(QStringLiteral("exportResult"));
    m_exportResult->setWordWrap(true);
    m_exportResult->hide();

    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    auto *undoButton = new QPushButton(tr("&Undo"), m_undoBar);
    undoButton->setObjectName(QStringLiteral("undoDelete"));
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(6, 2, 6, 2);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(undoButton);
    m_undoBar->setStyleSheet(Theme::boxStyle(QStringLiteral("#undoBar"), Theme::Tone::Info));
    m_undoBar->hide();
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(20000);
    connect(m_undoTimer, &QTimer::timeout, m_undoBar, &QWidget::hide);
    connect(undoButton, &QPushButton::clicked, this, &LeadsPage::undo);
    connect(m_editor, &LeadEditor::deleteRequested, this, &LeadsPage::deleteLead);
    connect(
        m_editor, &LeadEditor::statusChanged, this,
        [this](const QString &leadId, const QString &name, const QString &from, const QString &to) {
            offerUndo(tr("Marked %1 as %2.").arg(name, LeadPresentation::statusName(to)),
                      [this, leadId, from] { m_editor->writeStatus(leadId, from, false); });
        });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addLayout(moreFilters);
    leftLayout->addWidget(m_undoBar);
    leftLayout->addWidget(m_exportResult);
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
    connect(m_editor, &LeadEditor::openLeadRequested, this, &LeadsPage::openLead);
    // Whenever rows load, move or go, the highlight follows the edited lead.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LeadsPage::syncSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LeadsPage::syncSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LeadsPage::syncSelection);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LeadsPage::syncSelection);
    connect(m_editor, &LeadEditor::shown, this, [this](const QString &leadId) {
        syncSelection();
        m_dwellId = leadId;
        m_readDwell->start();
    });
    // A lead passed over with the arrow keys stays unread; one shown for a moment, or
    // clicked, is read.
    m_readDwell->setSingleShot(true);
    m_readDwell->setInterval(1500);
    connect(m_readDwell, &QTimer::timeout, this, [this] {
        if (m_editor->state() == LeadEditor::State::Showing && m_editor->leadId() == m_dwellId)
            markRead(m_dwellId);
    });
    connect(m_table, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(LeadTableModel::LeadIdRole).toString();
        if (!id.isEmpty() && id == m_editor->leadId())
            markRead(id);
    });

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    // Delete in the list deletes the lead shown, after the same question as the button.
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_table);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, m_editor, &LeadEditor::requestDelete);
    connect(m_model, &LeadTableModel::counted, this, &LeadsPage::showEmptyState);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &LeadsPage::showRowMenu);
    // Rows that arrive on top must not push the rows the user is reading out of view.
    connect(m_model, &LeadTableModel::rowsArrivedOnTop, this, [this](int count) {
        QScrollBar *bar = m_table->verticalScrollBar();
        if (bar->value() > 0)
            bar->setValue(bar->value() + count);
    });

    reloadChoices();
    m_lastLookedMs = Clock::nowMs();
}

void LeadsPage::setReadDwell(int ms)
{
    m_readDwell->setInterval(ms);
}

void LeadsPage::setDateRange(const QDate &from, const QDate &to)
{
    m_dateFrom->setValue(from);
    m_dateTo->setValue(to);
}

namespace {
/// The event dates of a preset, from today; invalid dates are open ends.
std::pair<QDate, QDate> presetRange(LeadsPage::DatePreset preset)
{
    const QDate today = QDate::currentDate();
    const QDate monthStart(today.year(), today.month(), 1);
    switch (preset) {
    case LeadsPage::DatePreset::ThisMonth:
        return {monthStart, monthStart.addMonths(1).addDays(-1)};
    case LeadsPage::DatePreset::NextThreeMonths:
        return {today, today.addMonths(3)};
    case LeadsPage::DatePreset::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case LeadsPage::DatePreset::Past:
        return {QDate(), today.addDays(-1)};
    case LeadsPage::DatePreset::AnyDate:
    case LeadsPage::DatePreset::Custom:
        break;
    }
    return {};
}
} // namespace

void LeadsPage::setDatePreset(DatePreset preset)
{
    if (preset == DatePreset::Custom) {
        m_dateFrom->setFocus(Qt::OtherFocusReason);
        return;
    }
    const auto [from, to] = presetRange(preset);
    setDateRange(from, to);
}

LeadsPage::DatePreset LeadsPage::presetOfDates() const
{
    const std::pair<QDate, QDate> dates {m_dateFrom->value(), m_dateTo->value()};
    for (DatePreset preset :
         {DatePreset::AnyDate, DatePreset::ThisMonth, DatePreset::NextThreeMonths,
          DatePreset::ThisYear, DatePreset::Past}) {
        if (presetRange(preset) == dates)
            return preset;
    }
    return DatePreset::Custom;
}

void LeadsPage::clearFilters()
{
    {
        // One reload for the whole change, not one per filter.
        const QSignalBlocker search(m_search), status(m_status), newOnly(m_newOnly),
            from(m_dateFrom), to(m_dateTo), source(m_source), type(m_eventType);
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_newOnly->setChecked(false);
        m_dateFrom->setValue({});
        m_dateTo->setValue({});
        m_source->setCurrentIndex(0);
        m_eventType->setCurrentIndex(0);
    }
    m_datePreset->setCurrentIndex(int(DatePreset::AnyDate));
    applyFilter();
}

void LeadsPage::showEmptyState(int total)
{
    m_count->setText(tr("%n lead(s)", nullptr, total));
    const bool filtered = !(m_model->filter() == store::LeadFilter());
    m_empty->setText(
        filtered ? tr("<h3>No leads match</h3><p>No lead fits this search and these filters. "
                      "<a href=\"clear\">Show all leads</a></p>")
                 : tr("<h3>No leads yet</h3><p>Create an API key, then connect your website "
                      "form, Zapier or n8n on the <b>Connect</b> page. New leads show up here "
                      "within a second.</p>"));
    m_empty->setVisible(total == 0);
    m_table->setVisible(total != 0);
}

void LeadsPage::showRowMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    const store::LeadRecord *lead = index.isValid() ? m_model->leadAt(index.row()) : nullptr;
    if (!lead)
        return;
    auto *menu = new LeadRowMenu(*lead, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(menu, &LeadRowMenu::openRequested, this, &LeadsPage::openLead);
    connect(menu, &LeadRowMenu::statusRequested, this,
            [this](const QString &leadId, const QString &status) {
                m_editor->writeStatus(leadId, status, true);
            });
    const QString name = LeadPresentation::fullName(*lead);
    connect(menu, &LeadRowMenu::deleteRequested, this,
            [this, name](const QString &leadId) { confirmDelete(leadId, name); });
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void LeadsPage::confirmDelete(const QString &leadId, const QString &name)
{
    const auto answer = QMessageBox::question(
        this, tr("Delete lead"),
        tr("Delete the lead from %1? You can undo this right after.").arg(name));
    if (answer == QMessageBox::Yes)
        deleteLead(leadId);
}

QString LeadsPage::exportResult() const
{
    return m_exportResult->text();
}

void LeadsPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import leads"), QDir::homePath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importCsv(path);
}

ImportDialog *LeadsPage::importCsv(const QString &path)
{
    auto *dialog = new ImportDialog(path, m_reader->databasePath(), m_writer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_publicBaseUrl)
        dialog->setListenUrl(m_publicBaseUrl());
    connect(dialog, &ImportDialog::imported, this, [this] {
        reloadChoices();
        m_model->refresh();
    });
    dialog->open();
    return dialog;
}

void LeadsPage::exportCsv(const QString &path)
{
    m_exportResult->setText(tr("Exporting…"));
    m_exportResult->show();
    const store::LeadFilter filter = m_model->filter();
    const store::LeadSort sort = m_model->sortKey();
    const Qt::SortOrder order = m_model->sortOrder();
    m_reader->read(
        this,
        [path, filter, sort, order](QSqlDatabase &db) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return QVariant(-1);
            const int written = leads::LeadCsvExporter::write(db, filter, sort, order, &file);
            if (written < 0 || !file.commit())
                return QVariant(-1);
            return QVariant(written);
        },
        [this, path](const QVariant &written) {
            m_exportResult->setText(written.toInt() >= 0
                                        ? tr("Exported %n lead(s) to %1.", nullptr, written.toInt())
                                              .arg(QDir::toNativeSeparators(path))
                                        : tr("The export could not be written to %1.")
                                              .arg(QDir::toNativeSeparators(path)));
        });
}

void LeadsPage::reloadChoices()
{
    m_reader->read(
        this,
        [](QSqlDatabase &db) {
            store::LookupStore lookups(db);
            QVariantList sources, types;
            for (const auto &s : lookups.sources())
                sources.append(QVariantList {s.id, s.name});
            for (const auto &t : lookups.eventTypes())
                types.append(QVariantList {t.id, t.name});
            return QVariant(QVariantList {sources, types});
        },
        [this](const QVariant &result) {
            const QVariantList lists = result.toList();
            auto fill = [](QComboBox *box, const QString &any, const QVariantList &items) {
                const qint64 current = box->currentData().toLongLong();
                const QSignalBlocker block(box);
                box->clear();
                box->addItem(any, 0);
                for (const QVariant &item : items)
                    box->addItem(item.toList().value(1).toString(), item.toList().value(0));
                box->setCurrentIndex(qMax(0, box->findData(current)));
            };
            fill(m_source, tr("All sources"), lists.value(0).toList());
            fill(m_eventType, tr("All event types"), lists.value(1).toList());
        });
}

void LeadsPage::deleteLead(const QString &leadId)
{
    submitWrite(
        m_writer(), this,
        [leadId](QSqlDatabase &db) { return QVariant(store::LeadStore(db).remove(leadId)); },
        [this, leadId](const store::WriteQueue::Outcome &outcome) {
            const QVariantMap removed = outcome.value.toMap();
            if (!outcome.ok || removed.isEmpty())
                return;
            const QVariantMap lead = removed.value(QStringLiteral("lead")).toMap();
            offerUndo(tr("Deleted the lead from %1 %2.")
                          .arg(lead.value(QStringLiteral("first_name")).toString(),
                               lead.value(QStringLiteral("last_name")).toString()),
                      [this, removed] {
                          submitWrite(
                              m_writer(), this,
                              [removed](QSqlDatabase &db) {
                                  store::LeadStore(db).restore(removed);
                                  return QVariant();
                              },
                              [this, removed](const store::WriteQueue::Outcome &outcome) {
                                  if (!outcome.ok)
                                      return;
                                  m_model->refresh();
                                  openLead(removed.value(QStringLiteral("lead"))
                                               .toMap()
                                               .value(QStringLiteral("public_id"))
                                               .toString());
                              });
                      });
            // The highlight stays where it was; once the rows reload, the editor shows the
            // lead that moved up into it (or nothing, when the last row went).
            if (m_editor->leadId() == leadId)
                m_editor->clear();
            m_model->refresh();
        });
}

void LeadsPage::offerUndo(const QString &text, std::function<void()> undo)
{
    m_undo = std::move(undo);
    m_undoText->setText(text);
    m_undoBar->show();
    m_undoTimer->start();
}

void LeadsPage::undo()
{
    if (!m_undo)
        return;
    const std::function<void()> undo = std::exchange(m_undo, {});
    m_undoBar->hide();
    undo();
}

void LeadsPage::dataChanged()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

void LeadsPage::applyFilter()
{
    store::LeadFilter filter;
    // A pasted lead_url or lead id shows and selects just that lead, whatever the filters.
    if (const QString leadId = LeadLink::idOf(m_search->text()); !leadId.isEmpty()) {
        filter.leadId = leadId;
        m_model->setFilter(filter);
        openLead(leadId);
        return;
    }
    filter.search = m_search->text().trimmed();
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty())
        filter.statuses = {status};
    if (m_newOnly->isChecked())
        filter.createdAfterMs = m_lastLookedMs;
    filter.eventDateFrom = m_dateFrom->value().toString(Qt::ISODate);
    filter.eventDateTo = m_dateTo->value().toString(Qt::ISODate);
    filter.sourceId = m_source->currentData().toLongLong();
    filter.eventTypeId = m_eventType->currentData().toLongLong();
    m_model->setFilter(filter);
}

void LeadsPage::onSelectionChanged()
{
    if (m_syncing)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString id = rows.first().data(LeadTableModel::LeadIdRole).toString();
    if (!id.isEmpty() && id == m_editor->leadId())
        return;
    if (!m_editor->prepareToLeave()) {
        syncSelection(); // keep editing: back to the edited lead's row
        return;
    }
    m_pendingScroll.clear(); // the user chose another lead
    if (id.isEmpty())
        m_editor->showLoading(); // its page is still loading; syncSelection() shows it
    else
        m_editor->showLead(id);
}

void LeadsPage::markRead(const QString &leadId)
{
    m_model->markRead(leadId);
    const qint64 now = Clock::nowMs();
    submitWrite(
        m_writer(), this,
        [leadId, now](QSqlDatabase &db) {
            store::LeadStore(db).markRead(leadId, now);
            return QVariant();
        },
        [](const store::WriteQueue::Outcome &) {});
}

void LeadsPage::openLead(const QString &leadId)
{
    if (leadId != m_editor->leadId()) {
        if (!m_editor->prepareToLeave())
            return;
        m_editor->showLead(leadId);
    } else if (!m_editor->hasUnsavedChanges()) {
        m_editor->showLead(leadId); // read again: it may have changed since it was shown
    }
    markRead(leadId);
    m_pendingScroll = leadId;
    syncSelection();
}

void LeadsPage::selectRowQuietly(int row)
{
    const QScopedValueRollback<bool> syncing(m_syncing, true);
    if (row < 0)
        m_table->selectionModel()->clearSelection();
    else
        m_table->selectRow(row);
}

void LeadsPage::syncSelection()
{
    if (m_syncing)
        return;
    const QString target = m_editor->leadId();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString selectedId
        = rows.isEmpty() ? QString() : rows.first().data(LeadTableModel::LeadIdRole).toString();
    if (target.isEmpty()) {
        // Nothing shown (the lead was deleted, or the chosen row was still loading): show the
        // lead in the highlighted row once it is known.
        if (!selectedId.isEmpty())
            m_editor->showLead(selectedId);
        return;
    }
    const int row = selectedId == target ? rows.first().row() : m_model->rowOf(target);
    if (row >= 0) {
        if (selectedId != target)
            selectRowQuietly(row);
        if (m_pendingScroll == target) {
            m_pendingScroll.clear();
            m_table->scrollTo(m_model->index(row, 0));
        }
        return;
    }
    // The edited lead is not among the loaded rows (filtered out, or not loaded): highlight
    // nothing rather than another lead. Rows still loading may bring it back.
    if (!selectedId.isEmpty())
        selectRowQuietly(-1);
}

} // namespace rmx::ui
