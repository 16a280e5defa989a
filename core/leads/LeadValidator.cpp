// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/leads/LeadValidator.h"

#include "core/leads/LeadDetails.h"
#include "core/leads/LeadUpdater.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QVariant>

namespace rmx::leads {

namespace {
constexpr LeadValidator::StringField StringFields[] = {
    {"first_name", LeadValidator::NameMax},   {"last_name", LeadValidator::NameMax},
    {"name", 2 * LeadValidator::NameMax + 1}, {"email", LeadValidator::EmailMax},
    {"phone", LeadValidator::PhoneMax},       {"event_date", LeadValidator::EventDateMax},
    {"event_type", LeadValidator::LabelMax},  {"source", LeadValidator::LabelMax},
    {"notes", LeadValidator::NotesMax},       {"status", 20},
};
constexpr const char *KnownFields[] = {"first_name", "last_name",  "name",   "email", "phone",
                                       "event_date", "event_type", "source", "notes", "status"};
} // namespace

std::span<const char *const> LeadValidator::knownFields()
{
    return KnownFields;
}

QJsonObject LeadValidator::messageAsNotes(QJsonObject body)
{
    const QJsonValue notes = std::as_const(body).value(QLatin1StringView("notes"));
    const QJsonValue message = std::as_const(body).value(QLatin1StringView("message"));
    const bool noNotes = notes.isUndefined() || notes.isNull()
        || (notes.isString() && notes.toString().trimmed().isEmpty());
    if (noNotes && message.isString() && !message.toString().trimmed().isEmpty()) {
        body.insert(QStringLiteral("notes"), message);
        body.remove(QStringLiteral("message"));
    }
    return body;
}

void LeadValidator::checkStrings(const QJsonObject &body, std::span<const StringField> fields,
                                 QStringList *wrongType, QStringList *tooLong)
{
    for (const StringField &f : fields) {
        const QJsonValue v = body.value(QLatin1StringView(f.name));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            wrongType->append(QLatin1StringView(f.name));
        else if (v.isString() && v.toString().trimmed().size() > f.max)
            tooLong->append(QLatin1StringView(f.name));
    }
}

QJsonObject LeadValidator::textFromScalars(QJsonObject body, std::span<const StringField> fields)
{
    // Looked up read-only, so a body of strings only (the usual case) is never copied.
    for (const StringField &f : fields) {
        const QLatin1StringView name(f.name);
        const QJsonValue v = std::as_const(body).value(name);
        if (v.isBool()) {
            body.insert(name, v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        } else if (v.isDouble()) {
            body.insert(name, numberText(v));
        }
    }
    return body;
}

QString LeadValidator::numberText(const QJsonValue &number)
{
    // Qt keeps JSON integers exact as 64-bit values; every E.164 number fits.
    const QVariant value = number.toVariant();
    return value.typeId() == QMetaType::LongLong
        ? QString::number(value.toLongLong())
        : QString::number(number.toDouble(), 'f', QLocale::FloatingPointShortest);
}

QString LeadValidator::wrongTypeMessage()
{
    return QStringLiteral("These fields must be text (a string, a number or true/false), not an "
                          "object, an array or a list");
}

QString LeadValidator::tooLongMessage(const QStringList &fields, std::span<const StringField> caps)
{
    QStringList parts;
    for (const QString &field : fields) {
        for (const StringField &cap : caps) {
            if (field == QLatin1StringView(cap.name))
                parts.append(QStringLiteral("%1 at most %2 characters").arg(field).arg(cap.max));
        }
    }
    return QStringLiteral("These fields are too long: ") + parts.join(QStringLiteral(", "));
}

const QStringList &LeadValidator::apiStatuses()
{
    static const QStringList statuses
        = {QStringLiteral("new"), QStringLiteral("contacted"), QStringLiteral("quoted")};
    return statuses;
}

bool LeadValidator::isValidEmail(const QString &email)
{
    // Pragmatic RFC 5321 shape: local@domain.tld, no spaces, sane lengths and labels.
    static const QRegularExpression shape(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\x{80}-\x{10FFFF}-]+@)"
        R"(([A-Za-z0-9\x{80}-\x{10FFFF}]([A-Za-z0-9\x{80}-\x{10FFFF}-]*[A-Za-z0-9\x{80}-\x{10FFFF}])?\.)+)"
        R"([A-Za-z\x{80}-\x{10FFFF}]{2,63}$)"));
    if (email.size() > EmailMax || !shape.match(email).hasMatch())
        return false;
    const QString local = email.section(u'@', 0, 0);
    return local.size() <= 64 && !local.startsWith(u'.') && !local.endsWith(u'.')
        && !local.contains(QStringLiteral(".."));
}

bool LeadValidator::isValidDate(const QString &date)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    return shape.match(date).hasMatch()
        && QDate::fromString(date, QStringLiteral("yyyy-MM-dd")).isValid();
}

QString LeadValidator::eventDateOf(const QString &value)
{
    // ISO 8601 / RFC 3339: date, then optionally T (or a space), hh:mm[:ss[.fraction]] and a
    // zone (Z, +hh, +hhmm or +hh:mm).
    static const QRegularExpression shape(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)"
                       R"((?:[Zz]|[+-](\d{2})(?::?(\d{2}))?)?)?$)"));
    const QRegularExpressionMatch match = shape.match(value);
    if (!match.hasMatch() || !isValidDate(match.captured(1)))
        return {};
    auto within = [&match](int group, int max) {
        return match.captured(group).isEmpty() || match.captured(group).toInt() <= max;
    };
    // A leap second (60) is a valid ISO 8601 time.
    if (!within(2, 23) || !within(3, 59) || !within(4, 60) || !within(5, 23) || !within(6, 59))
        return {};
    return match.captured(1);
}

void LeadValidator::splitName(const QString &full, QString *first, QString *last)
{
    const QString name = full.simplified();
    const qsizetype space = name.indexOf(u' ');
    *first = space < 0 ? name : name.left(space);
    *last = space < 0 ? QString() : name.mid(space + 1);
}

LeadInput LeadValidator::validate(const QJsonObject &sent, ValidationError *error, Rules rules)
{
    LeadInput input;
    *error = {};
    const QJsonObject body = textFromScalars(messageAsNotes(sent), StringFields);

    // Types first: every known field is a string (null counts as absent).
    QStringList wrongType;
    QStringList tooLong;
    auto text = [&](const char *name) -> QString {
        const QJsonValue v = body.value(QLatin1StringView(name));
        return v.isString() ? v.toString().trimmed() : QString();
    };
    checkStrings(body, StringFields, &wrongType, &tooLong);
    if (!wrongType.isEmpty()) {
        *error = {wrongTypeMessage(), wrongType};
        return input;
    }
    if (!tooLong.isEmpty()) {
        *error = {tooLongMessage(tooLong, StringFields), tooLong};
        return input;
    }

    input.firstName = text("first_name");
    input.lastName = text("last_name");
    if (input.firstName.isEmpty() || input.lastName.isEmpty()) {
        const QString full = text("name");
        if (!full.isEmpty()) {
            QString first, last;
            splitName(full, &first, &last);
            if (input.firstName.isEmpty() && input.lastName.isEmpty()) {
                input.firstName = first;
                input.lastName = last;
            } else if (input.firstName.isEmpty()) {
                input.firstName = first;
            } else {
                input.lastName = last.isEmpty() ? first : last;
            }
            if (input.firstName.size() > NameMax || input.lastName.size() > NameMax) {
                *error = {QStringLiteral("These fields are too long: name at most %1 characters "
                                         "for each of the first and the last name")
                              .arg(NameMax),
                          {QStringLiteral("name")}};
                return input;
            }
        }
    }
    const bool usedFullName = !text("name").isEmpty();
    input.email = text("email");
    input.phone = body.value(QLatin1StringView("phone")).toString(); // stored as sent
    input.eventDate = text("event_date");
    input.eventType = text("event_type");
    input.source = text("source");
    input.notes = body.value(QLatin1StringView("notes")).toString();
    const QString status = text("status").toLower();
    input.details = LeadDetails::extras(body, KnownFields);

    QStringList missing;
    if (input.firstName.isEmpty())
        missing.append(QStringLiteral("first_name"));
    // A single-word `name` ("Cher") is a complete name; only first/last senders need both.
    if (input.lastName.isEmpty() && !usedFullName)
        missing.append(QStringLiteral("last_name"));
    if (input.email.isEmpty())
        missing.append(QStringLiteral("email"));
    const bool strict = rules == Rules::Api;
    if (strict && input.phone.trimmed().isEmpty())
        missing.append(QStringLiteral("phone"));
    if (strict && input.eventDate.isEmpty())
        missing.append(QStringLiteral("event_date"));
    if (!missing.isEmpty()) {
        *error = {QStringLiteral("Missing required fields"), missing};
        return input;
    }

    QStringList invalid;
    QStringList reasons;
    if (!isValidEmail(input.email)) {
        invalid.append(QStringLiteral("email"));
        reasons.append(QLatin1StringView(EmailMessage));
    }
    if (input.eventDate.isEmpty()) {
        // Allowed by Rules::Import only: a lead without an event date.
    } else if (const QString date = eventDateOf(input.eventDate); date.isEmpty()) {
        invalid.append(QStringLiteral("event_date"));
        reasons.append(QLatin1StringView(EventDateMessage));
    } else {
        input.eventDate = date;
    }
    if (!status.isEmpty()) {
        const QStringList &allowed = strict ? apiStatuses() : LeadUpdater::pipeline();
        if (!allowed.contains(status)) {
            invalid.append(QStringLiteral("status"));
            reasons.append(QStringLiteral("status must be one of ")
                           + allowed.join(QStringLiteral(", ")));
        } else {
            input.status = status;
        }
    }
    if (!invalid.isEmpty())
        *error = {QStringLiteral("Invalid fields: ") + reasons.join(QStringLiteral("; ")), invalid};
    return input;
}

} // namespace rmx::leads
