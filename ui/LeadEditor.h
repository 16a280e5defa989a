// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/LeadRecord.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace rmx::store {
class WriteQueue;
}

namespace rmx::ui {

class BackgroundReader;

/// Shows and edits one lead: every field, the status pipeline, a warning when another booked or
/// quoted lead has the same event date, and the lead's history. Saving validates, writes through
/// the server's writer (firing `lead.updated`) and never blocks the window.
class LeadEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadEditor)

public:
    LeadEditor(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
               std::function<QString()> publicBaseUrl, QWidget *parent = nullptr);

    void showLead(const QString &leadId);
    QString leadId() const { return m_lead.id; }
    /// Empties the editor (the shown lead was deleted).
    void clear();
    bool hasUnsavedChanges() const;

Q_SIGNALS:
    void saved(const QString &leadId);
    /// The owner confirmed deleting the shown lead.
    void deleteRequested(const QString &leadId);
    /// A lead_url shown in the editor was clicked.
    void openLeadRequested(const QString &leadId);

private:
    void load(const store::LeadRecord &lead);
    store::LeadRecord edited() const;
    void save();
    void checkDateConflicts();
    void loadHistory();
    void setEditable(bool editable);

    BackgroundReader *m_reader;
    std::function<store::WriteQueue *()> m_writer;
    std::function<QString()> m_publicBaseUrl;
    store::LeadRecord m_lead;

    QLabel *m_title;
    QLabel *m_link;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QDateEdit *m_eventDate;
    QComboBox *m_eventType;
    QLineEdit *m_source;
    QPlainTextEdit *m_notes;
    QButtonGroup *m_status;
    QLabel *m_conflict;
    QLabel *m_error;
    QListWidget *m_history;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_delete;
};

} // namespace rmx::ui
