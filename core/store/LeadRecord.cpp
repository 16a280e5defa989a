// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/LeadRecord.h"

#include "core/util/Clock.h"
#include "core/util/OrderedJson.h"

namespace rmx::store {

namespace {
QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

QString LeadRecord::urlFor(const QString &publicBaseUrl, const QString &id)
{
    QString base = publicBaseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + QStringLiteral("/leads/") + id;
}

namespace {
/// Calls `field(key, value)` for each member of a lead's JSON, in the documented order.
template<typename Field>
void forEachField(const LeadRecord &r, const QString &publicBaseUrl, Field field)
{
    field(QStringLiteral("id"), r.id);
    field(QStringLiteral("contact_id"), r.contactId);
    field(QStringLiteral("first_name"), r.firstName);
    field(QStringLiteral("last_name"), r.lastName);
    field(QStringLiteral("email"), r.email);
    field(QStringLiteral("phone"), r.phone);
    field(QStringLiteral("event_date"), r.eventDate);
    field(QStringLiteral("event_type"), orNull(r.eventType));
    field(QStringLiteral("source"), orNull(r.source));
    field(QStringLiteral("notes"), r.notes);
    field(QStringLiteral("status"), r.status);
    field(QStringLiteral("created_via"), r.createdVia);
    field(QStringLiteral("created_at"), Clock::isoUtc(r.createdAt));
    field(QStringLiteral("updated_at"), Clock::isoUtc(r.updatedAt));
    if (!publicBaseUrl.isEmpty())
        field(QStringLiteral("lead_url"), LeadRecord::urlFor(publicBaseUrl, r.id));
}
} // namespace

QJsonObject LeadRecord::toJson(const QString &publicBaseUrl) const
{
    QJsonObject o;
    forEachField(*this, publicBaseUrl,
                 [&o](const QString &key, const QJsonValue &value) { o.insert(key, value); });
    return o;
}

QByteArray LeadRecord::toJsonText(const QString &publicBaseUrl) const
{
    OrderedJson o;
    forEachField(*this, publicBaseUrl,
                 [&o](const QString &key, const QJsonValue &value) { o.add(key, value); });
    return o.toJson();
}

} // namespace rmx::store
