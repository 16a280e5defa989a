// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/LeadRecord.h"

#include "core/util/Clock.h"

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

QJsonObject LeadRecord::toJson(const QString &publicBaseUrl) const
{
    QJsonObject o {
        {QStringLiteral("id"), id},
        {QStringLiteral("contact_id"), contactId},
        {QStringLiteral("first_name"), firstName},
        {QStringLiteral("last_name"), lastName},
        {QStringLiteral("email"), email},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("event_date"), eventDate},
        {QStringLiteral("event_type"), orNull(eventType)},
        {QStringLiteral("source"), orNull(source)},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("status"), status},
        {QStringLiteral("created_via"), createdVia},
        {QStringLiteral("created_at"), Clock::isoUtc(createdAt)},
        {QStringLiteral("updated_at"), Clock::isoUtc(updatedAt)},
    };
    if (!publicBaseUrl.isEmpty())
        o.insert(QStringLiteral("lead_url"), urlFor(publicBaseUrl, id));
    return o;
}

} // namespace rmx::store
