// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/contacts/ContactCreator.h"

#include "core/store/OutboxStore.h"

namespace rmx::contacts {

void ContactCreator::create(QSqlDatabase &db, store::ContactRecord &contact,
                            std::optional<qint64> sourceId)
{
    store::ContactStore(db).insert(contact, sourceId);
    store::OutboxStore(db).append(QStringLiteral("contact.created"), contact.toJsonText(),
                                  contact.createdAt);
}

} // namespace rmx::contacts
