// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/leads/LeadCreator.h"

#include "core/contacts/ContactCreator.h"
#include "core/leads/LeadDetails.h"
#include "core/mail/MailQueuer.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/ApiKeyStore.h"
#include "core/store/ContactStore.h"
#include "core/store/IdempotencyStore.h"
#include "core/store/LeadStore.h"
#include "core/store/LookupStore.h"
#include "core/store/OutboxStore.h"
#include "core/store/SettingsStore.h"
#include "core/util/OrderedJson.h"
#include "core/util/TimeOrderedUuid.h"

#include <QJsonDocument>

namespace rmx::leads {

using namespace rmx::store;

namespace {
constexpr qint64 HourMs = 3600 * 1000;
}

QByteArray LeadCreator::createdBody(const LeadRecord &lead, const QString &publicBaseUrl)
{
    return OrderedJson()
        .add(QStringLiteral("id"), lead.id)
        .add(QStringLiteral("status"), QStringLiteral("created"))
        .add(QStringLiteral("lead_url"), LeadRecord::urlFor(publicBaseUrl, lead.id))
        .toJson();
}

LeadCreation LeadCreator::create(QSqlDatabase &db, const LeadSubmission &s, qint64 now)
{
    LeadCreation result;

    if (s.apiKeyId) {
        // Re-checked inside the transaction: a revoke that committed a moment ago wins.
        if (!ApiKeyStore(db).isActive(*s.apiKeyId)) {
            result.kind = LeadCreation::Kind::KeyRevoked;
            result.status = 401;
            return result;
        }
        if (!s.idempotencyKey.isEmpty()) {
            IdempotencyStore idempotency(db);
            if (const auto stored = idempotency.find(*s.apiKeyId, s.idempotencyKey, now)) {
                result.kind = LeadCreation::Kind::Replayed;
                result.status = stored->status;
                result.body = stored->body;
                return result;
            }
        }
    }

    if (s.createdVia == u"api") {
        const int limit = int(SettingsStore(db).intValue(SettingsSchema::LeadRateLimitPerHour));
        if (limit > 0) {
            const auto window = LeadStore(db).countCreatedSince(s.createdVia, now - HourMs, limit);
            if (window.count >= limit) {
                result.kind = LeadCreation::Kind::RateLimited;
                result.status = 429;
                result.retryAfterSec
                    = qMax<qint64>(1, (window.slotFreesAtMs + HourMs - now + 999) / 1000);
                return result;
            }
        }
    }

    const LeadInput &in = s.input;
    LookupStore lookups(db);
    std::optional<qint64> sourceId;
    QString sourceName;
    if (!in.source.isEmpty()) {
        const LookupStore::Entry source = lookups.sourceFor(in.source, now);
        sourceId = source.id;
        sourceName = source.name;
    }
    std::optional<qint64> eventTypeId;
    QString eventTypeName;
    QJsonObject details = in.details;
    if (!in.eventType.isEmpty()) {
        if (const auto type = lookups.findEventType(in.eventType)) {
            eventTypeId = type->id;
            eventTypeName = type->name;
        } else {
            // Not one of the owner's types ("Elopement"): kept for her to see, not dropped.
            details = LeadDetails::with(details, QStringLiteral("event_type"), in.eventType);
        }
    }

    ContactStore contacts(db);
    OutboxStore outbox(db);
    std::optional<ContactRecord> contact = contacts.findByEmail(in.email);
    if (!contact) {
        ContactRecord fresh;
        fresh.email = in.email;
        fresh.firstName = in.firstName;
        fresh.lastName = in.lastName;
        fresh.phone = in.phone;
        fresh.source = sourceName;
        fresh.createdAt = fresh.updatedAt = now;
        contacts::ContactCreator::create(db, fresh, sourceId);
        contact = fresh;
        result.contactCreated = true;
    }

    LeadStore leads(db);
    LeadStore::NewLead lead;
    LeadRecord &r = lead.record;
    // Time-ordered, so the id index grows at its end: one page per commit, not one per lead.
    r.id = TimeOrderedUuid::generate(now);
    r.contactId = contact->id;
    r.firstName = in.firstName;
    r.lastName = in.lastName;
    r.email = in.email;
    r.phone = in.phone;
    r.eventDate = in.eventDate;
    r.eventType = eventTypeName;
    r.source = sourceName;
    r.notes = in.notes;
    r.details = details;
    r.status = in.status;
    r.createdVia = s.createdVia;
    r.createdAt = r.updatedAt = now;
    lead.contactRowId = contact->rowId;
    lead.eventTypeId = eventTypeId;
    lead.sourceId = sourceId;
    lead.apiKeyId = s.apiKeyId;
    r.rowId = leads.insert(lead);

    QJsonObject history {{QStringLiteral("via"), s.createdVia}};
    if (!s.historyDetail.isEmpty())
        history.insert(QStringLiteral("detail"), s.historyDetail);
    leads.addHistory(r.rowId, now, QStringLiteral("created"), history);
    outbox.append(QStringLiteral("lead.created"), r.toJsonText(s.publicBaseUrl), now);
    if (!s.mailChannel.isEmpty())
        mail::MailQueuer::queue(
            db, r, contact->rowId,
            {s.mailChannel, LeadRecord::urlFor(s.publicBaseUrl, r.id), s.mailHeldReason}, now);

    result.lead = r;
    result.body = createdBody(r, s.publicBaseUrl);
    if (s.apiKeyId) {
        ApiKeyStore(db).touch(*s.apiKeyId, now);
        if (!s.idempotencyKey.isEmpty())
            IdempotencyStore(db).save(*s.apiKeyId, s.idempotencyKey, 201, result.body, now);
    }
    return result;
}

} // namespace rmx::leads
