// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/LeadRecord.h"

#include "core/store/RecordJson.h"
#include "core/util/Clock.h"

namespace rmx::store {

QString LeadRecord::urlFor(const QString &publicBaseUrl, const QString &id)
{
    QString base = publicBaseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + QStringLiteral("/leads/") + id;
}

namespace {
/// Calls `field(key, text, nullWhenEmpty)` or `field(key, object)` for each member of a lead's
/// JSON, in the documented order.
template<typename Field>
void forEachField(const LeadRecord &r, const QString &publicBaseUrl, Field field)
{
    field(QStringLiteral("id"), r.id, false);
    field(QStringLiteral("contact_id"), r.contactId, false);
    field(QStringLiteral("first_name"), r.firstName, false);
    field(QStringLiteral("last_name"), r.lastName, false);
    field(QStringLiteral("email"), r.email, false);
    field(QStringLiteral("phone"), r.phone, false);
    field(QStringLiteral("event_date"), r.eventDate, true); // null: the inquiry named no date
    field(QStringLiteral("event_type"), r.eventType, true);
    field(QStringLiteral("source"), r.source, true);
    field(QStringLiteral("notes"), r.notes, false);
    field(QStringLiteral("status"), r.status, false);
    field(QStringLiteral("created_via"), r.createdVia, false);
    field(QStringLiteral("details"), r.details);
    field(QStringLiteral("created_at"), Clock::isoUtc(r.createdAt), false);
    field(QStringLiteral("updated_at"), Clock::isoUtc(r.updatedAt), false);
    if (!publicBaseUrl.isEmpty())
        field(QStringLiteral("lead_url"), LeadRecord::urlFor(publicBaseUrl, r.id), false);
}
} // namespace

QJsonObject LeadRecord::toJson(const QString &publicBaseUrl) const
{
    return RecordJson::object(
        [this, &publicBaseUrl](auto field) { forEachField(*this, publicBaseUrl, field); });
}

QByteArray LeadRecord::toJsonText(const QString &publicBaseUrl) const
{
    return RecordJson::text(
        [this, &publicBaseUrl](auto field) { forEachField(*this, publicBaseUrl, field); });
}

} // namespace rmx::store
