// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace rmx::store {

/// A lead as the API, webhooks and UI see it.
struct LeadRecord
{
    qint64 rowId = 0;
    QString id; // uuid
    QString contactId; // cont_<ULID>
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString eventDate; // YYYY-MM-DD; empty for an inquiry that named no date
    QString eventType; // empty when none
    QString source; // empty when none
    QString notes;
    /// What the inquiry sent beyond these fields (venue, guest_count, utm_source, an event type
    /// not in the list...): names to JSON values, as sent.
    QJsonObject details;
    QString status = QStringLiteral("new");
    QString createdVia;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 readAt = 0; // when the owner first opened it in the window; 0 while unread

    /// Every lead field; `lead_url` is added when a public base URL is given.
    QJsonObject toJson(const QString &publicBaseUrl = {}) const;
    /// The same object as JSON text, in the documented key order (cheaper than toJson()).
    QByteArray toJsonText(const QString &publicBaseUrl = {}) const;
    static QString urlFor(const QString &publicBaseUrl, const QString &id);
};

} // namespace rmx::store
