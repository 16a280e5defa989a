// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rmx::leads {

/// A lead as submitted, after validation and normalisation.
struct LeadInput
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString eventDate; // YYYY-MM-DD, a real date; empty for a capture that named none
    QString eventType; // matched against event_types; kept in details when unknown
    QString source; // matched or created
    QString notes;
    QString status = QStringLiteral("new");
    QJsonObject details; // the fields sent beyond these (see LeadDetails)
};

/// Why a submission was refused: a message and the offending fields.
struct ValidationError
{
    QString message;
    QStringList fields;
    bool isValid() const { return message.isEmpty(); }
};

} // namespace rmx::leads
