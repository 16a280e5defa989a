// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/ContactStore.h"
#include "core/store/LeadRecord.h"

#include <QList>
#include <QSqlDatabase>

namespace rmx::store {

/// Read-side queries over contacts for the desktop window: pages of the list (newest first,
/// optionally narrowed by a name, email or phone search) and the leads of one contact.
class ContactQuery final
{
public:
    explicit ContactQuery(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    struct Page
    {
        QList<ContactRecord> contacts;
        bool hasMore = false;
    };
    /// Up to `limit` contacts older than the row `beforeRowId` (0: from the newest).
    Page page(const QString &search, int limit, qint64 beforeRowId);
    int count(const QString &search);
    /// The contact's leads, newest first.
    QList<LeadRecord> leadsOf(const QString &contactId);

private:
    QSqlDatabase m_db;
};

} // namespace rmx::store
