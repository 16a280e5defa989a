// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/LeadInput.h"

#include <QJsonObject>

#include <span>

namespace rmx::leads {

/// Turns a Lead API body into a LeadInput, following the Lead API contract: `first_name` +
/// `last_name` or `name` (split at the first space), `email`, `phone` and `event_date` required;
/// `event_type`, `source`, `notes` and `status` (new, contacted, quoted) optional. Other fields
/// are kept as the lead's details.
class LeadValidator final
{
public:
    static constexpr int NameMax = 200;
    static constexpr int EmailMax = 254;
    static constexpr int PhoneMax = 64;
    static constexpr int LabelMax = 200; // event_type, source
    static constexpr int NotesMax = 10'000;
    /// event_date's own length cap: its shape check, not a length, is what refuses a value.
    static constexpr int EventDateMax = NotesMax;

    /// Whose rules a body follows:
    /// - Api: the Lead API contract (statuses new, contacted, quoted; phone and date required).
    /// - Import: the owner's own CSV import, where an export comes back as it was: booked and
    ///   lost leads, and leads without a phone or an event date (as the hosted form takes them).
    enum class Rules { Api, Import };

    static LeadInput validate(const QJsonObject &sent, ValidationError *error,
                              Rules rules = Rules::Api);

    /// A string field of a request body and its length cap.
    struct StringField
    {
        const char *name;
        int max;
    };
    /// Adds to `wrongType` the fields present but not strings (null counts as absent), and to
    /// `tooLong` those longer than their cap once trimmed.
    static void checkStrings(const QJsonObject &body, std::span<const StringField> fields,
                             QStringList *wrongType, QStringList *tooLong);
    /// `body` with the numbers and booleans of `fields` turned into their text, as tools such as
    /// n8n send a spreadsheet's phone column: 15551234567 -> "15551234567" (integers exactly,
    /// other numbers in their shortest form without an exponent), true -> "true".
    static QJsonObject textFromScalars(QJsonObject body, std::span<const StringField> fields);
    /// A JSON number as text: integers exactly, others in their shortest form, no exponent.
    static QString numberText(const QJsonValue &number);
    /// `body` with a `message` (as forms and form builders name it) moved to `notes` when no
    /// notes were sent.
    static QJsonObject messageAsNotes(QJsonObject body);
    /// The names of the fields validate() reads; every other field is a detail.
    static std::span<const char *const> knownFields();
    /// The messages that name what the fields should have been.
    static QString wrongTypeMessage();
    static QString tooLongMessage(const QStringList &fields, std::span<const StringField> caps);

    static bool isValidEmail(const QString &email);
    static bool isValidDate(const QString &date);
    /// The calendar date of an event_date: a date (2026-08-15), or an ISO 8601 date-time whose
    /// date is taken as written, never moved to another zone (2027-06-20T11:45:05.383-04:00 ->
    /// 2027-06-20). Empty when it is neither.
    static QString eventDateOf(const QString &value);
    static constexpr const char *EventDateMessage = "event_date must be a date like 2026-08-15";
    static constexpr const char *EmailMessage = "email must be an address like jane@example.com";
    /// Splits a full name at the first space: "Mary Ann Smith" -> "Mary", "Ann Smith".
    static void splitName(const QString &full, QString *first, QString *last);
    /// The statuses a client of the API may set.
    static const QStringList &apiStatuses();
};

} // namespace rmx::leads
