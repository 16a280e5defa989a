// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace rmx::store {
class WriteQueue;
}

namespace rmx::ui {

class BackgroundReader;
class LeadEditor;
class LeadTableModel;

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

private:
    void applyFilter();
    void onSelectionChanged();

    LeadTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_status;
    QCheckBox *m_newOnly;
    QTableView *m_table;
    LeadEditor *m_editor;
    QLabel *m_count;
    QLabel *m_empty;
    QTimer *m_refresh;
    QTimer *m_searchDelay;
    qint64 m_lastLookedMs = 0;
};

} // namespace rmx::ui
