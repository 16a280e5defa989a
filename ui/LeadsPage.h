// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariantMap>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QPushButton;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QDate;

namespace rmx::store {
class WriteQueue;
}

namespace rmx::ui {

class BackgroundReader;
class ImportDialog;
class LeadEditor;
class LeadTableModel;
class OptionalDateEdit;

/// The inbox: instant search, filters, the lazily loaded lead table and the lead editor.
/// New leads appear within a second of arriving without moving what the user is looking at.
class LeadsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsPage)

public:
    LeadsPage(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
              std::function<QString()> publicBaseUrl, QWidget *parent = nullptr);

    LeadTableModel *model() const { return m_model; }
    LeadEditor *editor() const { return m_editor; }
    QTableView *table() const { return m_table; }
    /// Data changed somewhere (a commit): refresh soon, coalescing bursts.
    void dataChanged();
    /// Selects the lead (e.g. from a notification or a lead_url).
    void openLead(const QString &leadId);
    /// Reloads the source and event type choices of the filters.
    void reloadChoices();
    void setDateRange(const QDate &from, const QDate &to);
    /// Ready-made event-date ranges of the filter, relative to today.
    enum class DatePreset { AnyDate, ThisMonth, NextThreeMonths, ThisYear, Past, Custom };
    void setDatePreset(DatePreset preset);
    /// Back to every lead: no search, no filters.
    void clearFilters();
    /// Writes the current filtered, sorted view to `path` as CSV (off the GUI thread).
    void exportCsv(const QString &path);
    QString exportResult() const;
    /// Opens the import wizard for the CSV file at `path` (non-modal); returns it.
    ImportDialog *importCsv(const QString &path);
    /// How long a lead reached with the keyboard must stay shown before it counts as read.
    void setReadDwell(int ms);

private:
    void applyFilter();
    /// The preset that the dates of the filter make, or Custom.
    DatePreset presetOfDates() const;
    void showRowMenu(const QPoint &pos);
    /// Asks, then deletes the lead (from the row menu; the editor's Delete asks on its own).
    void confirmDelete(const QString &leadId, const QString &name);
    void showEmptyState(int total);
    void chooseImportFile();
    /// Keeps the highlighted row on the lead the editor shows (by id), whatever moved it.
    void syncSelection();
    void selectRowQuietly(int row);
    void onSelectionChanged();
    void markRead(const QString &leadId);
    void deleteLead(const QString &leadId);
    void offerUndo(const QString &text, std::function<void()> undo);
    void undo();

    LeadTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_status;
    QCheckBox *m_newOnly;
    OptionalDateEdit *m_dateFrom;
    OptionalDateEdit *m_dateTo;
    QComboBox *m_datePreset;
    QComboBox *m_source;
    QComboBox *m_eventType;
    QWidget *m_undoBar;
    QLabel *m_undoText;
    QTimer *m_undoTimer;
    std::function<void()> m_undo;
    std::function<store::WriteQueue *()> m_writer;
    std::function<QString()> m_publicBaseUrl;
    BackgroundReader *m_reader;
    QTableView *m_table;
    LeadEditor *m_editor;
    QLabel *m_count;
    QLabel *m_exportResult;
    QLabel *m_empty;
    QTimer *m_refresh;
    QTimer *m_searchDelay;
    QTimer *m_readDwell;
    QString m_dwellId; // the lead to mark read when m_readDwell fires
    qint64 m_lastLookedMs = 0;
    QString m_pendingScroll; // a lead opened from elsewhere, to scroll to once its row loads
    bool m_syncing = false; // the page itself is moving the selection
};

} // namespace rmx::ui
