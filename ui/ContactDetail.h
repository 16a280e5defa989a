// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/ContactStore.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace rmx::store {
class WriteQueue;
}

namespace rmx::ui {

class BackgroundReader;

/// One contact: its names, phone and stage (editable, saved with `contact.updated`), where it
/// came from (source and metadata such as the UTM fields, shown readably), and its leads.
/// Edits save themselves a moment after the last change, as in the lead editor.
class ContactDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDetail)

public:
    ContactDetail(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
                  QWidget *parent = nullptr);

    /// Shows the contact (saving the edits of the one shown before); earlier answers that
    /// arrive later are dropped.
    void showContact(const QString &contactId);
    void clear();
    /// The contact shown or being loaded.
    QString contactId() const { return m_wantedId; }
    const store::ContactRecord &contact() const { return m_contact; }
    bool hasUnsavedChanges() const;
    /// Saves pending edits now; false (and the reason shown) when they are not valid.
    bool save();
    /// Call before showing another contact: saves pending edits, or asks whether to discard
    /// them when they cannot be saved. False means "keep editing this contact".
    bool prepareToLeave();
    void setAutosaveDelay(int ms);

Q_SIGNALS:
    void saved(const QString &contactId);
    void openLeadRequested(const QString &leadId);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void load(const store::ContactRecord &contact);
    store::ContactRecord edited() const;
    static bool sameFields(const store::ContactRecord &a, const store::ContactRecord &b);
    void onEdited();
    void updateButtons();
    void loadLeads();
    void setEditable(bool editable);

    BackgroundReader *m_reader;
    std::function<store::WriteQueue *()> m_writer;
    store::ContactRecord m_contact; // as last read or saved
    store::ContactRecord m_sent; // the fields last handed to the writer
    QString m_wantedId;
    quint64 m_ticket = 0; // bumped on every change of contact; stale answers are dropped
    bool m_loading = false;
    bool m_showing = false;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_phone;
    QComboBox *m_stage;
    QLabel *m_error;
    QLabel *m_saveState;
    QPushButton *m_save;
    QPushButton *m_revert;
    QListWidget *m_leads;
    QLabel *m_noLeads;
    QFormLayout *m_metadata;
    QLabel *m_noMetadata;
    QTimer *m_autosave;
};

} // namespace rmx::ui
