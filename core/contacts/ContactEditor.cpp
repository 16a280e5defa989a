// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/contacts/ContactEditor.h"

#include "core/capture/CaptureValidator.h"
#include "core/capture/ContactCapture.h"
#include "core/leads/LeadValidator.h"
#include "core/store/OutboxStore.h"
#include "core/store/Sql.h"

#include <QSqlQuery>

namespace rmx::contacts {

using namespace rmx::store;

namespace {
void repoint(QSqlDatabase &db, const QString &sql, qint64 keep, qint64 duplicate, const char *what)
{
    QSqlQuery &q = Sql::prepared(db, sql);
    q.addBindValue(keep);
    q.addBindValue(duplicate);
    Sql::exec(q, what);
}
} // namespace

leads::ValidationError ContactEditor::validate(const ContactRecord &e)
{
    QStringList invalid;
    if (e.firstName.trimmed().size() > leads::LeadValidator::NameMax)
        invalid.append(QStringLiteral("first_name"));
    if (e.lastName.trimmed().size() > leads::LeadValidator::NameMax)
        invalid.append(QStringLiteral("last_name"));
    if (e.phone.trimmed().size() > leads::LeadValidator::PhoneMax)
        invalid.append(QStringLiteral("phone"));
    if (!capture::ContactCapture::stages().contains(e.stage))
        invalid.append(QStringLiteral("stage"));
    if (!invalid.isEmpty())
        return {QStringLiteral("Invalid fields"), invalid};
    return {};
}

std::optional<ContactRecord> ContactEditor::save(QSqlDatabase &db, const ContactRecord &edited,
                                                 qint64 now)
{
    if (!validate(edited).isValid())
        return std::nullopt;
    ContactStore contacts(db);
    std::optional<ContactRecord> stored = contacts.findById(edited.id);
    if (!stored)
        return std::nullopt;
    ContactRecord c = *stored;
    c.firstName = edited.firstName.trimmed();
    c.lastName = edited.lastName.trimmed();
    c.phone = edited.phone.trimmed();
    c.stage = edited.stage;
    if (c.firstName == stored->firstName && c.lastName == stored->lastName
        && c.phone == stored->phone && c.stage == stored->stage)
        return stored; // nothing changed: no event
    c.updatedAt = qMax(now, stored->updatedAt);
    contacts.update(c, std::nullopt);
    OutboxStore(db).append(QStringLiteral("contact.updated"), c.toJsonText(), now);
    return c;
}

std::optional<ContactRecord> ContactEditor::merge(QSqlDatabase &db, const QString &keepId,
                                                  const QString &duplicateId, qint64 now)
{
    if (keepId == duplicateId)
        return std::nullopt;
    ContactStore contacts(db);
    std::optional<ContactRecord> kept = contacts.findById(keepId);
    const std::optional<ContactRecord> duplicate = contacts.findById(duplicateId);
    if (!kept || !duplicate)
        return std::nullopt;

    ContactRecord c = *kept;
    if (c.firstName.isEmpty() && c.lastName.isEmpty()) {
        c.firstName = duplicate->firstName;
        c.lastName = duplicate->lastName;
    }
    if (c.phone.isEmpty())
        c.phone = duplicate->phone;
    for (auto it = duplicate->metadata.begin(); it != duplicate->metadata.end(); ++it) {
        if (c.metadata.contains(it.key()))
            continue; // the kept contact's own value wins
        QJsonObject grown = c.metadata;
        grown.insert(it.key(), it.value());
        if (capture::CaptureValidator::metadataProblem(grown).isEmpty())
            c.metadata = grown;
    }
    if (capture::ContactCapture::stageRank(duplicate->stage)
        > capture::ContactCapture::stageRank(c.stage))
        c.stage = duplicate->stage;
    c.updatedAt = qMax(now, c.updatedAt);

    repoint(db, QStringLiteral("UPDATE leads SET contact_id = ? WHERE contact_id = ?"), c.rowId,
            duplicate->rowId, "move leads to kept contact");
    repoint(db, QStringLiteral("UPDATE spam_submissions SET contact_id = ? WHERE contact_id = ?"),
            c.rowId, duplicate->rowId, "move restored spam to kept contact");
    // The kept contact takes the duplicate's source only when it has none of its own.
    QSqlQuery &source = Sql::prepared(
        db,
        QStringLiteral("UPDATE contacts SET source_id = (SELECT source_id FROM contacts "
                       "WHERE id = ?) WHERE id = ? AND source_id IS NULL"));
    source.addBindValue(duplicate->rowId);
    source.addBindValue(c.rowId);
    Sql::exec(source, "merge contact source");
    QSqlQuery &remove = Sql::prepared(db, QStringLiteral("DELETE FROM contacts WHERE id = ?"));
    remove.addBindValue(duplicate->rowId);
    Sql::exec(remove, "delete merged contact");

    contacts.update(c, std::nullopt);
    ContactRecord saved = *contacts.findById(keepId);
    OutboxStore(db).append(QStringLiteral("contact.updated"), saved.toJsonText(), now);
    return saved;
}

} // namespace rmx::contacts
