// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/LeadQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace rmx::ui {

class BackgroundReader;

/// The inbox's rows, loaded lazily in pages on the reader thread: the row count is known up
/// front and a page is fetched only when the view shows it, so a million leads open at once and
/// scroll smoothly. Leads never opened are flagged unread (shown bold).
class LeadTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadTableModel)

public:
    enum Column { Name, Email, Phone, EventDate, EventType, Source, Status, Received, ColumnCount };
    enum Role { LeadIdRole = Qt::UserRole + 1, UnreadRole };
    static constexpr int PageSize = 200;

    explicit LeadTableModel(BackgroundReader *reader, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const store::LeadFilter &filter);
    const store::LeadFilter &filter() const { return m_filter; }
    store::LeadSort sortKey() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }
    /// Re-reads the count and the loaded pages (new or edited leads), keeping rows stable.
    void refresh();
    /// Shows the lead as read at once (the stored read mark follows through the writer).
    void markRead(const QString &leadId);
    /// The loaded lead in `row`, if its page is loaded.
    const store::LeadRecord *leadAt(int row) const;
    /// The row of the lead among the loaded pages; -1 when it is not loaded.
    int rowOf(const QString &leadId) const;
    bool isLoaded() const { return m_countKnown; }

Q_SIGNALS:
    /// The row count is known (after a filter, sort or refresh).
    void counted(int total);
    /// `count` rows were added at the top (newest-first order), for views keeping their place.
    void rowsArrivedOnTop(int count);

private:
    void requestPage(int page) const;
    void recount(bool keepPages);

    BackgroundReader *m_reader;
    store::LeadFilter m_filter;
    store::LeadSort m_sort = store::LeadSort::Received;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    int m_total = 0;
    bool m_countKnown = false;
    quint64 m_generation = 0;
    QHash<int, QList<store::LeadRecord>> m_pages;
    mutable QSet<int> m_requested;
    QSet<QString> m_read;
};

} // namespace rmx::ui
