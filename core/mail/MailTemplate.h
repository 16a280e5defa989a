// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rmx::mail {

/// Which mail a template writes: the three auto-replies to a new inquiry, chosen by its event
/// date, and the alert to the owner about a new lead.
enum class TemplateKind { DateFree, DateTaken, NoDate, OwnerAlert };

/// "date_free", "date_taken", "no_date", "owner_alert": the name in the database and the CLI.
QString templateName(TemplateKind kind);
/// The kind named `name` (as templateName() spells it, any case); nullopt for another name.
std::optional<TemplateKind> templateKindFromName(const QString &name);
/// The four kinds, in the order they are listed.
QList<TemplateKind> allTemplateKinds();
/// True for the three auto-replies, which go to the sender of an inquiry (a stranger).
bool isAutoReply(TemplateKind kind);

/// A template as the vendor writes it: plain text with {{placeholders}}.
struct MailTemplate
{
    QString subject;
    QString body;

    bool operator==(const MailTemplate &other) const
    {
        return subject == other.subject && body == other.body;
    }
    bool operator!=(const MailTemplate &other) const { return !(*this == other); }
};

/// The values a template's placeholders are replaced with. MailTemplates::render() cleans
/// them (see there), so callers pass the lead's fields as stored.
struct TemplateValues
{
    QString firstName, lastName, eventType, businessName;
    QDate eventDate; // invalid: the inquiry has no date
    // Only the owner alert shows these:
    QString email, phone, notes, source, leadUrl;
    QString appLink; // opens the lead in the app: appLinkFor(id)
};

/// `remixcrm://lead/<id>`: opens the lead in the app (`remixcrm --open` and the window take it,
/// as they take the lead's id or lead_url).
QString appLinkFor(const QString &leadId);

/// A template with its placeholders filled in, ready for a MailMessage.
struct RenderedMail
{
    QString subject; // one line
    QString textBody;
    QString htmlBody; // the same text as simple, escaped HTML
};

} // namespace rmx::mail
