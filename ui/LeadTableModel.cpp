// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LeadTableModel.h"

#include "core/util/Clock.h"
#include "ui/BackgroundReader.h"
#include "ui/LeadPresentation.h"

#include <QDateTime>
#include <QFont>
#include <QPalette>

namespace rmx::ui {

using store::LeadRecord;

namespace {
store::LeadSort sortFor(int column)
{
    switch (column) {
    case LeadTableModel::Name:
        return store::LeadSort::Name;
    case LeadTableModel::Email:
        return store::LeadSort::Email;
    case LeadTableModel::Phone:
        return store::LeadSort::Phone;
    case LeadTableModel::EventDate:
        return store::LeadSort::EventDate;
    case LeadTableModel::EventType:
        return store::LeadSort::EventType;
    case LeadTableModel::Source:
        return store::LeadSort::Source;
    case LeadTableModel::Status:
        return store::LeadSort::Status;
    default:
        return store::LeadSort::Received;
    }
}
} // namespace

LeadTableModel::LeadTableModel(BackgroundReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
    requestPage(0);
    recount(false);
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int LeadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const LeadRecord *LeadTableModel::leadAt(int row) const
{
    const auto it = m_pages.constFind(row / PageSize);
    if (it == m_pages.constEnd() || row % PageSize >= it->size())
        return nullptr;
    return &it->at(row % PageSize);
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_total)
        return {};
    const LeadRecord *lead = leadAt(index.row());
    if (!lead) {
        requestPage(index.row() / PageSize);
        return role == Qt::DisplayRole && index.column() == Name ? QVariant(tr("Loading…"))
                                                                 : QVariant();
    }
    const bool unread = lead->readAt == 0 && !m_read.contains(lead->id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: {
            const QString name = LeadPresentation::fullName(*lead);
            // The Connect page's test lead says so, so it is never mistaken for a real one.
            return lead->createdVia == u"test" ? tr("%1 (test)").arg(name) : name;
        }
        case Email:
            return lead->email;
        case Phone:
            return lead->phone;
        case EventDate:
            return LeadPresentation::eventDate(lead->eventDate);
        case EventType:
            return lead->eventType;
        case Source:
            return lead->source;
        case Status:
            return LeadPresentation::statusName(lead->status);
        case Received:
            return LeadPresentation::received(lead->createdAt);
        }
        return {};
    case Qt::FontRole:
        if (unread) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == Status ? LeadPresentation::statusColor(lead->status) : QVariant();
    case Qt::AccessibleTextRole:
        return index.column() == Name && unread
            ? tr("%1 (unread)").arg(LeadPresentation::fullName(*lead))
            : QVariant();
    case LeadIdRole:
        return lead->id;
    case UnreadRole:
        return unread;
    }
    return {};
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case EventDate:
        return tr("Event date");
    case EventType:
        return tr("Event type");
    case Source:
        return tr("Source");
    case Status:
        return tr("Status");
    case Received:
        return tr("Received");
    }
    return {};
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    const store::LeadSort sort = sortFor(column);
    if (sort == m_sort && order == m_order)
        return;
    m_sort = sort;
    m_order = order;
    beginResetModel();
    m_pages.clear();
    m_requested.clear();
    ++m_generation;
    endResetModel();
    requestPage(0); // the first rows show before the count (a full scan) is known
    recount(false);
}

void LeadTableModel::setFilter(const store::LeadFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    beginResetModel();
    m_total = 0;
    m_countKnown = false;
    m_pages.clear();
    m_requested.clear();
    ++m_generation;
    endResetModel();
    requestPage(0);
    recount(false);
}

void LeadTableModel::refresh()
{
    recount(true);
}

void LeadTableModel::markRead(const QString &leadId)
{
    if (m_read.contains(leadId))
        return;
    m_read.insert(leadId);
    if (const int row = rowOf(leadId); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int LeadTableModel::rowOf(const QString &leadId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == leadId)
                return it.key() * PageSize + int(i);
        }
    }
    return -1;
}

void LeadTableModel::recount(bool keepPages)
{
    const quint64 generation = m_generation;
    const store::LeadFilter filter = m_filter;
    m_reader->read(
        this, [filter](QSqlDatabase &db) { return QVariant(store::LeadQuery(db).count(filter)); },
        [this, generation, keepPages](const QVariant &result) {
            if (generation != m_generation || !result.isValid())
                return;
            const int total = result.toInt();
            const int grown = total - m_total;
            const bool newestFirst
                = m_sort == store::LeadSort::Received && m_order == Qt::DescendingOrder;
            // After a refresh, loaded pages may have shifted; reload them. When the count is
            // unchanged (an edit, a read mark) the old rows stay shown until their fresh copy
            // arrives, so the table does not flash "Loading…" after every save.
            if (keepPages) {
                m_requested.clear();
                ++m_generation;
                if (grown != 0) {
                    m_pages.clear(); // the view asks again
                } else {
                    const QList<int> loaded = m_pages.keys();
                    for (int page : loaded)
                        requestPage(page);
                }
            }
            if (grown > 0 && newestFirst && m_countKnown) {
                beginInsertRows({}, 0, grown - 1);
                m_total = total;
                endInsertRows();
                emit rowsArrivedOnTop(grown);
            } else if (grown > 0) {
                beginInsertRows({}, m_total, total - 1);
                m_total = total;
                endInsertRows();
            } else if (grown < 0) {
                beginRemoveRows({}, total, m_total - 1);
                m_total = total;
                endRemoveRows();
            }
            m_countKnown = true;
            if (keepPages && m_total > 0)
                emit dataChanged(index(0, 0), index(m_total - 1, ColumnCount - 1));
            emit counted(m_total);
        });
}

void LeadTableModel::requestPage(int page) const
{
    if (m_requested.contains(page))
        return;
    m_requested.insert(page);
    auto *self = const_cast<LeadTableModel *>(this);
    const quint64 generation = m_generation;
    const store::LeadFilter filter = m_filter;
    const store::LeadSort sort = m_sort;
    const Qt::SortOrder order = m_order;
    m_reader->read(
        self,
        [=](QSqlDatabase &db) {
            return QVariant::fromValue(
                store::LeadQuery(db).page(filter, sort, order, page * PageSize, PageSize));
        },
        [self, generation, page](const QVariant &result) {
            if (generation != self->m_generation || !result.isValid())
                return;
            const auto rows = result.value<QList<LeadRecord>>();
            self->m_pages.insert(page, rows);
            if (!self->m_countKnown && page == 0 && rows.size() > self->m_total) {
                // Show the first rows now; the count extends the table when it arrives.
                self->beginInsertRows({}, self->m_total, int(rows.size()) - 1);
                self->m_total = int(rows.size());
                self->endInsertRows();
            }
            const int first = page * PageSize;
            const int last = qMin(self->m_total, first + PageSize) - 1;
            if (last >= first)
                emit self->dataChanged(self->index(first, 0), self->index(last, ColumnCount - 1));
        });
}

} // namespace rmx::ui
