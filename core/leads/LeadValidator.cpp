// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/leads/LeadValidator.h"

#include "core/leads/LeadUpdater.h"

#include <QDate>
#include <QRegularExpression>

namespace rmx::leads {

namespace {
constexpr LeadValidator::StringField StringFields[] = {
    {"first_name", LeadValidator::NameMax},   {"last_name", LeadValidator::NameMax},
    {"name", 2 * LeadValidator::NameMax + 1}, {"email", LeadValidator::EmailMax},
    {"phone", LeadValidator::PhoneMax},       {"event_date", 10},
    {"event_type", LeadValidator::LabelMax},  {"source", LeadValidator::LabelMax},
    {"notes", LeadValidator::NotesMax},       {"status", 20},
};
} // namespace

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

void LeadValidator::splitName(const QString &full, QString *first, QString *last)
{
    const QString name = full.simplified();
    const qsizetype space = name.indexOf(u' ');
    *first = space < 0 ? name : name.left(space);
    *last = space < 0 ? QString() : name.mid(space + 1);
}

LeadInput LeadValidator::validate(const QJsonObject &body, ValidationError *error,
                                  Statuses statuses)
{
    LeadInput input;
    *error = {};

    // Types first: every known field is a string (null counts as absent).
    QStringList wrongType;
    QStringList tooLong;
    auto text = [&](const char *name) -> QString {
        const QJsonValue v = body.value(QLatin1StringView(name));
        return v.isString() ? v.toString().trimmed() : QString();
    };
    checkStrings(body, StringFields, &wrongType, &tooLong);
    if (!wrongType.isEmpty()) {
        *error = {QStringLiteral("These fields must be strings"), wrongType};
        return input;
    }
    if (!tooLong.isEmpty()) {
        *error = {QStringLiteral("These fields are too long"), tooLong};
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
                *error = {QStringLiteral("These fields are too long"), {QStringLiteral("name")}};
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

    QStringList missing;
    if (input.firstName.isEmpty())
        missing.append(QStringLiteral("first_name"));
    // A single-word `name` ("Cher") is a complete name; only first/last senders need both.
    if (input.lastName.isEmpty() && !usedFullName)
        missing.append(QStringLiteral("last_name"));
    if (input.email.isEmpty())
        missing.append(QStringLiteral("email"));
    if (input.phone.trimmed().isEmpty())
        missing.append(QStringLiteral("phone"));
    if (input.eventDate.isEmpty())
        missing.append(QStringLiteral("event_date"));
    if (!missing.isEmpty()) {
        *error = {QStringLiteral("Missing required fields"), missing};
        return input;
    }

    QStringList invalid;
    QStringList reasons;
    if (!isValidEmail(input.email)) {
        invalid.append(QStringLiteral("email"));
        reasons.append(QStringLiteral("email is not a valid email address"));
    }
    if (!isValidDate(input.eventDate)) {
        invalid.append(QStringLiteral("event_date"));
        reasons.append(QStringLiteral("event_date must be a real date written YYYY-MM-DD"));
    }
    if (!status.isEmpty()) {
        const QStringList &allowed
            = statuses == Statuses::Api ? apiStatuses() : LeadUpdater::pipeline();
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
