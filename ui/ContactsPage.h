// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/ContactStore.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace rmx::store {
class WriteQueue;
}

namespace rmx::ui {

class BackgroundReader;
class ContactDetail;
class ContactTableModel;

/// Contacts: the searchable, lazily loaded list (name, email, stage, source, created), the
/// detail of the selected contact, and merging two duplicates into one.
class ContactsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsPage)

public:
    ContactsPage(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
                 QWidget *parent = nullptr);

    ContactTableModel *model() const { return m_model; }
    ContactDetail *detail() const { return m_detail; }
    QTableView *table() const { return m_table; }
    /// Data changed somewhere (a commit): refresh soon, coalescing bursts.
    void dataChanged();
    void setSearch(const QString &text);
    /// Merges the two selected contacts after asking which one to keep. `choose` answers in
    /// tests: it gets both and returns the id of the one to keep, or nothing to cancel.
    void mergeSelected(
        std::function<QString(const store::ContactRecord &, const store::ContactRecord &)> choose
        = {});

Q_SIGNALS:
    void openLeadRequested(const QString &leadId);
    /// A merge finished (the duplicate's leads now belong to the kept contact).
    void merged(const QString &keptId);

private:
    void onSelectionChanged();
    void reselect();

    BackgroundReader *m_reader;
    std::function<store::WriteQueue *()> m_writer;
    ContactTableModel *m_model;
    QLineEdit *m_search;
    QLabel *m_count;
    QPushButton *m_merge;
    QLabel *m_notice;
    QTableView *m_table;
    QLabel *m_empty;
    ContactDetail *m_detail;
    QTimer *m_refresh;
    QTimer *m_searchDelay;
};

} // namespace rmx::ui
