// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContactTableModel.h"

#include "core/store/ContactQuery.h"
#include "ui/BackgroundReader.h"
#include "ui/ContactPresentation.h"
#include "ui/LeadPresentation.h"
#include "ui/Theme.h"

namespace rmx::ui {

using store::ContactQuery;

ContactTableModel::ContactTableModel(BackgroundReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{ }

void ContactTableModel::setSearch(const QString &search)
{
    m_search = search.trimmed();
    load(PageSize);
}

void ContactTableModel::refresh()
{
    load(qMax<int>(PageSize, int(m_rows.size())));
}

void ContactTableModel::load(int limit)
{
    const int generation = ++m_generation;
    m_fetching = true;
    const QString search = m_search;
    m_reader->read(
        this,
        [search, limit](QSqlDatabase &db) {
            ContactQuery query(db);
            const ContactQuery::Page page = query.page(search, limit, 0);
            return QVariant(QVariantList {QVariant::fromValue(page.contacts), page.hasMore,
                                          query.count(search)});
        },
        [this, generation](const QVariant &result) {
            if (generation != m_generation)
                return; // a newer search or refresh is on its way
            m_fetching = false;
            if (!result.isValid())
                return;
            const QVariantList parts = result.toList();
            beginResetModel();
            m_rows = parts.value(0).value<QList<store::ContactRecord>>();
            m_hasMore = parts.value(1).toBool();
            endResetModel();
            emit counted(parts.value(2).toInt());
            emit reloaded();
        });
}

bool ContactTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetching;
}

void ContactTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    m_fetching = true;
    const int generation = m_generation;
    const QString search = m_search;
    const qint64 before = m_rows.last().rowId;
    m_reader->read(
        this,
        [search, before](QSqlDatabase &db) {
            const ContactQuery::Page page = ContactQuery(db).page(search, PageSize, before);
            return QVariant(QVariantList {QVariant::fromValue(page.contacts), page.hasMore});
        },
        [this, generation](const QVariant &result) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            const QVariantList parts = result.toList();
            const auto more = parts.value(0).value<QList<store::ContactRecord>>();
            m_hasMore = parts.value(1).toBool();
            if (more.isEmpty())
                return;
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
            m_rows.append(more);
            endInsertRows();
        });
}

const store::ContactRecord *ContactTableModel::contactAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ContactTableModel::rowOf(const QString &contactId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == contactId)
            return row;
    }
    return -1;
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    const store::ContactRecord *c = contactAt(index.row());
    if (!c)
        return {};
    if (role == ContactIdRole)
        return c->id;
    if (role == Qt::ForegroundRole && index.column() == Stage)
        return Theme::readable(ContactPresentation::stageColor(c->stage));
    if (role == Qt::ToolTipRole && index.column() == Email)
        return c->email;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return QString(c->firstName + u' ' + c->lastName).trimmed();
    case Email:
        return c->email;
    case Stage:
        return ContactPresentation::stageName(c->stage);
    case Source:
        return c->source;
    case Created:
        return LeadPresentation::received(c->createdAt);
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Stage:
        return tr("Stage");
    case Source:
        return tr("Source");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace rmx::ui
