// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/CaptureValidator.h"

#include "core/leads/LeadDetails.h"
#include "core/leads/LeadValidator.h"

#include <QJsonDocument>

namespace rmx::capture {

using leads::LeadValidator;
using leads::ValidationError;

namespace {
constexpr LeadValidator::StringField StringFields[] = {
    {"email", LeadValidator::EmailMax},          {"first_name", LeadValidator::NameMax},
    {"last_name", LeadValidator::NameMax},       {"name", 2 * LeadValidator::NameMax + 1},
    {"source", LeadValidator::LabelMax},         {"phone", LeadValidator::PhoneMax},
    {"event_date", LeadValidator::EventDateMax}, {"event_type", LeadValidator::LabelMax},
    {"notes", LeadValidator::NotesMax},
};
/// What validate() reads; the rest of an inquiry is kept as its lead's details.
constexpr const char *KnownFields[]
    = {"email",      "first_name", "last_name", "name",   "source",  "phone",
       "event_date", "event_type", "notes",     "status", "metadata"};
} // namespace

QJsonObject CaptureValidator::fromUrlEncoded(const QByteArray &body, FormFields *form)
{
    return fromFormFields(http::FormBody::urlEncoded(body), form);
}

QJsonObject CaptureValidator::fromFormFields(const QList<http::FormBody::Field> &fields,
                                             FormFields *form)
{
    QJsonObject out;
    QJsonObject metadata;
    *form = {};
    for (const auto &[key, value] : fields) {
        if (key == QLatin1StringView(TokenField)) {
            form->hasToken = true;
            form->token = value;
        } else if (key == QLatin1StringView(HoneypotField)) {
            form->honeypot = value;
        } else if (key == QLatin1StringView(EmbedField)) {
            form->embed = value == u"1";
        } else if (key.startsWith(u"metadata[") && key.endsWith(u']')) {
            const QString name = key.mid(9, key.size() - 10);
            if (!metadata.contains(name))
                metadata.insert(name, value);
        } else if (key == u"metadata") {
            // A form sends only text: a bare `metadata` field is one entry, not the object.
            if (!metadata.contains(key))
                metadata.insert(key, value);
        } else if (key == u"message") {
            if (!out.contains(QStringLiteral("notes")))
                out.insert(QStringLiteral("notes"), value);
        } else if (!out.contains(key)) {
            out.insert(key, value);
        }
    }
    if (!metadata.isEmpty())
        out.insert(QStringLiteral("metadata"), metadata);
    return out;
}

QString CaptureValidator::metadataProblem(const QJsonObject &metadata)
{
    if (metadata.size() > MetadataMaxKeys)
        return QStringLiteral("metadata may have at most %1 keys").arg(MetadataMaxKeys);
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (it.key().isEmpty() || it.key().size() > MetadataKeyMax)
            return QStringLiteral("metadata keys must be 1 to %1 characters").arg(MetadataKeyMax);
    }
    if (QJsonDocument(metadata).toJson(QJsonDocument::Compact).size() > MetadataMaxBytes)
        return QStringLiteral("metadata must be at most 8 KiB as JSON");
    return {};
}

CaptureInput CaptureValidator::validate(const QJsonObject &sent, ValidationError *error)
{
    CaptureInput input;
    *error = {};
    const QJsonObject body
        = LeadValidator::textFromScalars(LeadValidator::messageAsNotes(sent), StringFields);

    QStringList wrongType;
    QStringList tooLong;
    LeadValidator::checkStrings(body, StringFields, &wrongType, &tooLong);
    const QJsonValue metadata = body.value(QLatin1StringView("metadata"));
    if (!metadata.isUndefined() && !metadata.isNull() && !metadata.isObject()) {
        *error = {QStringLiteral("metadata must be a JSON object"), {QStringLiteral("metadata")}};
        return input;
    }
    if (!wrongType.isEmpty()) {
        *error = {LeadValidator::wrongTypeMessage(), wrongType};
        return input;
    }
    if (!tooLong.isEmpty()) {
        *error = {LeadValidator::tooLongMessage(tooLong, StringFields), tooLong};
        return input;
    }
    if (const QString problem = metadataProblem(metadata.toObject()); !problem.isEmpty()) {
        *error = {problem, {QStringLiteral("metadata")}};
        return input;
    }

    auto text = [&](const char *name) {
        return body.value(QLatin1StringView(name)).toString().trimmed();
    };
    input.email = text("email");
    if (input.email.isEmpty()) {
        *error = {QStringLiteral("Missing required fields"), {QStringLiteral("email")}};
        return input;
    }
    if (!LeadValidator::isValidEmail(input.email)) {
        *error
            = {QStringLiteral("Invalid fields: ") + QLatin1StringView(LeadValidator::EmailMessage),
               {QStringLiteral("email")}};
        return input;
    }
    input.firstName = text("first_name");
    input.lastName = text("last_name");
    if (const QString full = text("name"); !full.isEmpty()) {
        QString first, last;
        LeadValidator::splitName(full, &first, &last);
        if (input.firstName.isEmpty() && input.lastName.isEmpty()) {
            input.firstName = first;
            input.lastName = last;
        }
        if (input.firstName.size() > LeadValidator::NameMax
            || input.lastName.size() > LeadValidator::NameMax) {
            *error = {QStringLiteral("These fields are too long: name at most %1 characters "
                                     "for each of the first and the last name")
                          .arg(LeadValidator::NameMax),
                      {QStringLiteral("name")}};
            return input;
        }
    }
    input.phone = text("phone");
    input.source = text("source");
    input.metadata = metadata.toObject();

    const QJsonObject details = leads::LeadDetails::extras(body, KnownFields);
    if (!text("event_date").isEmpty()) {
        // An inquiry with a date is a lead: the Lead API's fields and rules apply. Status is
        // not for unauthenticated senders to choose.
        QJsonObject leadBody = body;
        leadBody.remove(QStringLiteral("status"));
        leadBody.remove(QStringLiteral("metadata"));
        leads::LeadInput lead = LeadValidator::validate(leadBody, error);
        if (!error->isValid())
            return input;
        input.firstName = lead.firstName;
        input.lastName = lead.lastName;
        input.lead = lead;
    } else if (!text("notes").isEmpty() || !text("event_type").isEmpty() || !details.isEmpty()) {
        // An inquiry without a date (a message, an event type, a venue...) is still a lead, so
        // what the visitor wrote reaches the inbox; only the Lead API requires a date.
        leads::LeadInput lead;
        lead.firstName = input.firstName;
        lead.lastName = input.lastName;
        lead.email = input.email;
        lead.phone = input.phone;
        lead.eventType = text("event_type");
        lead.source = input.source;
        lead.notes = body.value(QLatin1StringView("notes")).toString();
        lead.details = details;
        input.lead = lead;
    }

    QJsonObject payload;
    for (const LeadValidator::StringField &f : StringFields) {
        const QString value = text(f.name);
        if (!value.isEmpty() && qstrcmp(f.name, "name") != 0)
            payload.insert(QLatin1StringView(f.name), value);
    }
    payload.insert(QStringLiteral("first_name"), input.firstName);
    payload.insert(QStringLiteral("last_name"), input.lastName);
    if (input.lead && !input.lead->eventDate.isEmpty())
        payload.insert(QStringLiteral("event_date"), input.lead->eventDate); // as a date
    for (auto it = details.begin(); it != details.end(); ++it)
        payload.insert(it.key(), it.value());
    if (!input.metadata.isEmpty())
        payload.insert(QStringLiteral("metadata"), input.metadata);
    input.payload = payload;
    return input;
}

} // namespace rmx::capture
