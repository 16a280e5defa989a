// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportTexts.h"

namespace rmx::ui {

QString ImportTexts::fieldName(const QString &field)
{
    if (field == u"first_name")
        return tr("First name");
    if (field == u"last_name")
        return tr("Last name");
    if (field == u"name")
        return tr("Full name");
    if (field == u"email")
        return tr("Email");
    if (field == u"phone")
        return tr("Phone");
    if (field == u"event_date")
        return tr("Event date");
    if (field == u"event_type")
        return tr("Event type");
    if (field == u"source")
        return tr("Source");
    if (field == u"notes")
        return tr("Notes");
    if (field == u"status")
        return tr("Status");
    return field;
}

QString ImportTexts::reason(const leads::LeadCsvImporter::Problem &problem, const QString &field)
{
    using Kind = leads::LeadCsvImporter::Problem::Kind;
    if (problem.kind == Kind::Duplicate) {
        return problem.values.value(1).isEmpty()
            ? tr("Skipped: already a lead with this email and no date")
            : tr("Skipped: already a lead with this email and date");
    }
    // The validator's categories, see LeadValidator::validate.
    if (problem.message.startsWith(u"Missing required fields"))
        return tr("Required, but empty");
    if (problem.message.startsWith(u"These fields are too long"))
        return tr("Too long");
    if (problem.message.startsWith(u"Invalid fields")) {
        if (field == u"email")
            return tr("Not a valid email address");
        if (field == u"event_date")
            return tr("Not a real date in the chosen date format");
        if (field == u"status")
            return tr("Must be new, contacted, quoted, booked or lost");
    }
    return problem.message;
}

} // namespace rmx::ui
