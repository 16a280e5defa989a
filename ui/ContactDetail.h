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

namespace rmx::store {
class WriteQueue;
}

namespace rmx::ui {

class BackgroundReader;

/// One contact: its names, phone and stage (editable, saved with `contact.updated`), where it
/// came from (source and metadata such as the UTM fields, shown readably), and its leads.
class ContactDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDetail)

public:
    ContactDetail(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
                  QWidget *parent = nullptr);

    void showContact(const QString &contactId);
    void clear();
    QString contactId() const { return m_contact.id; }
    const store::ContactRecord &contact() const { return m_contact; }
    void save();

Q_SIGNALS:
    void saved(const QString &contactId);
    void openLeadRequested(const QString &leadId);

private:
    void load(const store::ContactRecord &contact);
    void loadLeads();
    void setEditable(bool editable);

    BackgroundReader *m_reader;
    std::function<store::WriteQueue *()> m_writer;
    store::ContactRecord m_contact;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_phone;
    QComboBox *m_stage;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_revert;
    QListWidget *m_leads;
    QLabel *m_noLeads;
    QFormLayout *m_metadata;
    QLabel *m_noMetadata;
};

} // namespace rmx::ui
