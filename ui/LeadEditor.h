// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/LeadRecord.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace rmx::store {
class WriteQueue;
}

namespace rmx::ui {

class BackgroundReader;
class EventDateEdit;
class LeadDetailsView;

/// Shows and edits one lead: every field, the status pipeline, a warning when another booked or
/// quoted lead has the same event date, and the lead's history. Text edits save themselves a
/// moment after the last keystroke (and at once when another lead is shown or the editor is
/// hidden); a status click is written at once. Writes go through the server's writer (firing
/// `lead.updated`), always to the lead shown, by id, and never block the window.
class LeadEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadEditor)

public:
    /// Empty: no lead. Loading: a lead was asked for and nothing can be edited or saved until
    /// it arrives. Showing: the lead `leadId()` is shown and editable.
    enum class State { Empty, Loading, Showing };

    LeadEditor(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
               std::function<QString()> publicBaseUrl, QWidget *parent = nullptr);

    /// Shows the lead (saving the edits of the lead shown before). Answers to earlier requests
    /// that arrive later are dropped.
    void showLead(const QString &leadId);
    /// Waits for a lead that is not known yet (its row is still loading): nothing is editable.
    void showLoading();
    /// Empties the editor (the shown lead was deleted), dropping its pending edits.
    void clear();
    /// The lead shown or being loaded; empty when none.
    QString leadId() const { return m_wantedId; }
    State state() const { return m_state; }
    bool hasUnsavedChanges() const;
    /// Saves pending text edits now; false (and the reason shown) when they are not valid.
    bool saveNow();
    /// Call before showing another lead: saves pending edits, or, when they cannot be saved,
    /// asks whether to discard them. False means "keep editing this lead".
    bool prepareToLeave();
    /// Asks to confirm, then emits deleteRequested() for the shown lead.
    void requestDelete();
    /// Writes `status` to the lead `leadId` (shown or not); `undoable` announces it with
    /// statusChanged() so it can be taken back.
    void writeStatus(const QString &leadId, const QString &status, bool undoable);
    /// How long after the last keystroke text edits are saved (tests use a few ms).
    void setAutosaveDelay(int ms);

Q_SIGNALS:
    void saved(const QString &leadId);
    /// The lead finished loading and is shown.
    void shown(const QString &leadId);
    /// A status click was written: `from` → `to` for the lead named `name`.
    void statusChanged(const QString &leadId, const QString &name, const QString &from,
                       const QString &to);
    /// The owner confirmed deleting the shown lead.
    void deleteRequested(const QString &leadId);
    /// A lead_url shown in the editor was clicked.
    void openLeadRequested(const QString &leadId);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void load(const store::LeadRecord &lead);
    void resetFields();
    /// The text fields as typed, normalised as the writer stores them.
    store::LeadRecord edited() const;
    bool sameText(const store::LeadRecord &a, const store::LeadRecord &b) const;
    void onEdited();
    void updateButtons();
    void setSaveState(const QString &text);
    void checkDateConflicts();
    void loadHistory();
    void setEditable(bool editable);

    BackgroundReader *m_reader;
    std::function<store::WriteQueue *()> m_writer;
    std::function<QString()> m_publicBaseUrl;
    State m_state = State::Empty;
    QString m_wantedId;
    /// Bumped whenever the editor turns to another lead (or none): answers carry the value
    /// they were asked under and are dropped when it has moved on.
    quint64 m_ticket = 0;
    store::LeadRecord m_lead; // as last read or saved
    store::LeadRecord m_sent; // the text last handed to the writer
    bool m_loading = false; // fields are being filled by the editor itself
    bool m_hiding = false; // saving because the editor is hidden (perhaps by the window's end)
    QString m_listenUrl; // the window's URL as last asked, for lead_url in the event

    QLabel *m_title;
    QLabel *m_link;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    EventDateEdit *m_eventDate;
    QComboBox *m_eventType;
    QLineEdit *m_source;
    QPlainTextEdit *m_notes;
    LeadDetailsView *m_details;
    QButtonGroup *m_status;
    QLabel *m_conflict;
    QLabel *m_error;
    QLabel *m_saveState;
    QListWidget *m_history;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_delete;
    QTimer *m_autosave;
};

} // namespace rmx::ui
