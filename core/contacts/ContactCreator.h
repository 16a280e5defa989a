// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/ContactStore.h"

#include <QSqlDatabase>

#include <optional>

namespace rmx::contacts {

/// Creates a contact and announces it: the row and its `contact.created` outbox event, in the
/// caller's transaction. Shared by captures and by leads from a new address.
class ContactCreator final
{
public:
    /// `contact` holds the new contact's fields and times; its ids are filled in.
    static void create(QSqlDatabase &db, store::ContactRecord &contact,
                       std::optional<qint64> sourceId);
};

} // namespace rmx::contacts
