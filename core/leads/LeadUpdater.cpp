// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/leads/LeadUpdater.h"

#include "core/leads/LeadValidator.h"
#include "core/store/LeadStore.h"
#include "core/store/LookupStore.h"
#include "core/store/OutboxStore.h"
#include "core/store/Sql.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace rmx::leads {

using namespace rmx::store;

const QStringList &LeadUpdater::pipeline()
{
    static const QStringList statuses
        = {QStringLiteral("new"), QStringLiteral("contacted"), QStringLiteral("quoted"),
           QStringLiteral("booked"), QStringLiteral("lost")};
    return statuses;
}

ValidationError LeadUpdater::validate(const LeadRecord &e)
{
    // The owner's own edits need only an address to answer: an inquiry from the hosted form
    // or /capture may have come without a name, a phone or a date.
    if (e.email.trimmed().isEmpty())
        return {QStringLiteral("Missing required fields"), {QStringLiteral("email")}};
    QStringList invalid;
    if (!LeadValidator::isValidEmail(e.email.trimmed()))
        invalid.append(QStringLiteral("email"));
    if (!e.eventDate.trimmed().isEmpty() && !LeadValidator::isValidDate(e.eventDate.trimmed()))
        invalid.append(QStringLiteral("event_date"));
    if (!pipeline().contains(e.status))
        invalid.append(QStringLiteral("status"));
    if (e.firstName.size() > LeadValidator::NameMax || e.lastName.size() > LeadValidator::NameMax)
        invalid.append(QStringLiteral("name"));
    if (e.notes.size() > LeadValidator::NotesMax)
        invalid.append(QStringLiteral("notes"));
    if (!invalid.isEmpty())
        return {QStringLiteral("Invalid fields"), invalid};
    return {};
}

std::optional<LeadRecord> LeadUpdater::save(QSqlDatabase &db, const LeadRecord &edited,
                                            const QString &publicBaseUrl, qint64 now)
{
    LeadStore leads(db);
    const std::optional<LeadRecord> before = leads.findById(edited.id);
    if (!before)
        return std::nullopt;

    LookupStore lookups(db);
    QVariant sourceId {QMetaType(QMetaType::LongLong)};
    if (!edited.source.trimmed().isEmpty())
        sourceId = lookups.sourceFor(edited.source, now).id;
    QVariant eventTypeId {QMetaType(QMetaType::LongLong)};
    if (!edited.eventType.trimmed().isEmpty()) {
        if (const auto type = lookups.findEventType(edited.eventType))
            eventTypeId = type->id;
    }

    QSqlQuery &q = Sql::prepared(
        db,
        QStringLiteral("UPDATE leads SET first_name = ?, last_name = ?, email = ?, phone = ?, "
                       "event_date = ?, event_type_id = ?, source_id = ?, notes = ?, "
                       "status = ?, updated_at = ? WHERE public_id = ?"));
    q.addBindValue(Sql::text(edited.firstName.trimmed()));
    q.addBindValue(Sql::text(edited.lastName.trimmed()));
    q.addBindValue(Sql::text(edited.email.trimmed()));
    q.addBindValue(Sql::text(edited.phone));
    q.addBindValue(Sql::text(edited.eventDate.trimmed()));
    q.addBindValue(eventTypeId);
    q.addBindValue(sourceId);
    q.addBindValue(Sql::text(edited.notes));
    q.addBindValue(edited.status);
    q.addBindValue(now);
    q.addBindValue(edited.id);
    Sql::exec(q, "update lead");

    const LeadRecord after = *leads.findById(edited.id);
    const QJsonObject oldJson = before->toJson();
    const QJsonObject newJson = after.toJson();
    QJsonArray changed;
    for (auto it = newJson.begin(); it != newJson.end(); ++it) {
        if (it.key() != u"updated_at" && it.key() != u"status"
            && oldJson.value(it.key()) != it.value())
            changed.append(it.key());
    }
    if (before->status != after.status) {
        leads.addHistory(
            after.rowId, now, QStringLiteral("status"),
            {{QStringLiteral("from"), before->status}, {QStringLiteral("to"), after.status}});
    }
    if (!changed.isEmpty())
        leads.addHistory(after.rowId, now, QStringLiteral("edited"),
                         {{QStringLiteral("fields"), changed}});
    if (before->status != after.status || !changed.isEmpty())
        OutboxStore(db).append(QStringLiteral("lead.updated"), after.toJsonText(publicBaseUrl),
                               now);
    return after;
}

} // namespace rmx::leads
