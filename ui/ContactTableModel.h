// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/ContactStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace rmx::ui {

class BackgroundReader;

/// The contact list, newest first, loaded a page at a time on the reader thread as the user
/// scrolls, and narrowed by a name or email search.
class ContactTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactTableModel)

public:
    enum Column { Name, Email, Stage, Source, Created, ColumnCount };
    enum Role { ContactIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    explicit ContactTableModel(BackgroundReader *reader, QObject *parent = nullptr);

    void setSearch(const QString &search);
    QString search() const { return m_search; }
    /// Reloads the rows loaded so far (after a change), keeping their number.
    void refresh();
    const store::ContactRecord *contactAt(int row) const;
    int rowOf(const QString &contactId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// The number of contacts matching the search, after each (re)load.
    void counted(int total);
    /// A reload finished and replaced the rows.
    void reloaded();

private:
    void load(int limit);

    BackgroundReader *m_reader;
    QString m_search;
    QList<store::ContactRecord> m_rows;
    bool m_hasMore = false;
    bool m_fetching = false;
    int m_generation = 0;
};

} // namespace rmx::ui
