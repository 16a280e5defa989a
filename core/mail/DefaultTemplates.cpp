// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/DefaultTemplates.h"

namespace rmx::mail::DefaultTemplates {

namespace {

MailTemplate english(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::DateFree:
        return {QStringLiteral("Your inquiry for {{event_date}}"),
                QStringLiteral("Hello {{first_name}},\n"
                               "\n"
                               "Thank you for your inquiry, and good news: {{event_date}} is "
                               "still open.\n"
                               "\n"
                               "I'm looking at your details and will reply to you personally "
                               "very soon. If there is anything you would like to add in the "
                               "meantime, simply reply to this email.\n"
                               "\n"
                               "Warm regards,\n"
                               "{{business_name}}\n")};
    case TemplateKind::DateTaken:
        return {QStringLiteral("Your inquiry for {{event_date}}"),
                QStringLiteral("Hello {{first_name}},\n"
                               "\n"
                               "Thank you so much for thinking of me. I'm sorry to say that "
                               "{{event_date}} is already booked.\n"
                               "\n"
                               "If your date is flexible, I would be glad to suggest a nearby "
                               "date that is still open. I can also put you on the waiting list "
                               "for that day and let you know straight away if it becomes "
                               "free. Just reply to this email and tell me what you prefer.\n"
                               "\n"
                               "Warm regards,\n"
                               "{{business_name}}\n")};
    case TemplateKind::NoDate:
        return {QStringLiteral("Thank you for your inquiry"),
                QStringLiteral("Hello {{first_name}},\n"
                               "\n"
                               "Thank you for your inquiry. I'm delighted you got in touch!\n"
                               "\n"
                               "To check my availability I need one more detail: on which date "
                               "is your event? Simply reply to this email with the date (and the "
                               "venue, if you know it already), and I will get back to you "
                               "personally very soon.\n"
                               "\n"
                               "Warm regards,\n"
                               "{{business_name}}\n")};
    case TemplateKind::OwnerAlert:
        break;
    }
    return {QStringLiteral("New inquiry: {{first_name}} {{last_name}} ({{event_type}}, "
                           "{{event_date}})"),
            QStringLiteral("New inquiry from {{first_name}} {{last_name}}\n"
                           "\n"
                           "Event: {{event_type}}\n"
                           "Date: {{event_date}}\n"
                           "Email: {{email}}\n"
                           "Phone: {{phone}}\n"
                           "Source: {{source}}\n"
                           "\n"
                           "Message:\n"
                           "{{notes}}\n"
                           "\n"
                           "Open in RemixCRM: {{app_link}}\n"
                           "Lead link: {{lead_url}}\n")};
}

MailTemplate german(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::DateFree:
        return {QStringLiteral("Ihre Anfrage für {{event_date}}"),
                QStringLiteral("Guten Tag {{first_name}} {{last_name}},\n"
                               "\n"
                               "vielen Dank für Ihre Anfrage – und eine gute Nachricht: Am "
                               "{{event_date}} bin ich noch frei.\n"
                               "\n"
                               "Ich sehe mir Ihre Angaben in Ruhe an und melde mich in Kürze "
                               "persönlich bei Ihnen. Wenn Sie in der Zwischenzeit etwas "
                               "ergänzen möchten, antworten Sie einfach auf diese E-Mail.\n"
                               "\n"
                               "Herzliche Grüße\n"
                               "{{business_name}}\n")};
    case TemplateKind::DateTaken:
        return {QStringLiteral("Ihre Anfrage für {{event_date}}"),
                QStringLiteral("Guten Tag {{first_name}} {{last_name}},\n"
                               "\n"
                               "vielen Dank, dass Sie an mich gedacht haben. Leider bin ich am "
                               "{{event_date}} bereits gebucht.\n"
                               "\n"
                               "Wenn Sie bei Ihrem Termin flexibel sind, schlage ich Ihnen gern "
                               "einen freien Termin in der Nähe vor. Ich kann Sie auch auf die "
                               "Warteliste für diesen Tag setzen und mich sofort melden, falls er "
                               "wieder frei wird. Antworten Sie einfach auf diese E-Mail und "
                               "sagen Sie mir, was Ihnen lieber ist.\n"
                               "\n"
                               "Herzliche Grüße\n"
                               "{{business_name}}\n")};
    case TemplateKind::NoDate:
        return {QStringLiteral("Vielen Dank für Ihre Anfrage"),
                QStringLiteral("Guten Tag {{first_name}} {{last_name}},\n"
                               "\n"
                               "vielen Dank für Ihre Anfrage – ich freue mich, dass Sie sich "
                               "gemeldet haben!\n"
                               "\n"
                               "Damit ich nachsehen kann, ob ich Zeit habe, fehlt mir noch eine "
                               "Angabe: An welchem Datum findet Ihre Veranstaltung statt? "
                               "Antworten Sie einfach mit dem Datum (und gern auch dem Ort, falls "
                               "er schon feststeht) auf diese E-Mail, dann melde ich mich in "
                               "Kürze persönlich bei Ihnen.\n"
                               "\n"
                               "Herzliche Grüße\n"
                               "{{business_name}}\n")};
    case TemplateKind::OwnerAlert:
        break;
    }
    return {QStringLiteral("Neue Anfrage: {{first_name}} {{last_name}} ({{event_type}}, "
                           "{{event_date}})"),
            QStringLiteral("Neue Anfrage von {{first_name}} {{last_name}}\n"
                           "\n"
                           "Anlass: {{event_type}}\n"
                           "Datum: {{event_date}}\n"
                           "E-Mail: {{email}}\n"
                           "Telefon: {{phone}}\n"
                           "Quelle: {{source}}\n"
                           "\n"
                           "Nachricht:\n"
                           "{{notes}}\n"
                           "\n"
                           "In RemixCRM öffnen: {{app_link}}\n"
                           "Link zur Anfrage: {{lead_url}}\n")};
}

MailTemplate spanish(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::DateFree:
        return {QStringLiteral("Su consulta para el {{event_date}}"),
                QStringLiteral("Hola, {{first_name}}:\n"
                               "\n"
                               "Muchas gracias por su consulta. Tengo una buena noticia: el "
                               "{{event_date}} todavía está libre.\n"
                               "\n"
                               "Voy a revisar los detalles con calma y le responderé "
                               "personalmente muy pronto. Si mientras tanto desea añadir algo, "
                               "basta con responder a este correo.\n"
                               "\n"
                               "Un cordial saludo,\n"
                               "{{business_name}}\n")};
    case TemplateKind::DateTaken:
        return {QStringLiteral("Su consulta para el {{event_date}}"),
                QStringLiteral("Hola, {{first_name}}:\n"
                               "\n"
                               "Muchas gracias por pensar en mí. Lamentablemente, el "
                               "{{event_date}} ya está reservado.\n"
                               "\n"
                               "Si su fecha es flexible, con mucho gusto le propongo otra fecha "
                               "cercana que siga libre. También puedo apuntarle en la lista de "
                               "espera para ese día y avisarle enseguida si queda libre. Responda "
                               "a este correo y dígame qué prefiere.\n"
                               "\n"
                               "Un cordial saludo,\n"
                               "{{business_name}}\n")};
    case TemplateKind::NoDate:
        return {QStringLiteral("Gracias por su consulta"),
                QStringLiteral("Hola, {{first_name}}:\n"
                               "\n"
                               "Muchas gracias por su consulta; me alegra mucho que se haya "
                               "puesto en contacto conmigo.\n"
                               "\n"
                               "Para comprobar mi disponibilidad solo me falta un dato: ¿en qué "
                               "fecha se celebra su evento? Responda a este correo con la fecha "
                               "(y el lugar, si ya lo sabe) y le contestaré personalmente muy "
                               "pronto.\n"
                               "\n"
                               "Un cordial saludo,\n"
                               "{{business_name}}\n")};
    case TemplateKind::OwnerAlert:
        break;
    }
    return {QStringLiteral("Nueva solicitud: {{first_name}} {{last_name}} ({{event_type}}, "
                           "{{event_date}})"),
            QStringLiteral("Nueva solicitud de {{first_name}} {{last_name}}\n"
                           "\n"
                           "Evento: {{event_type}}\n"
                           "Fecha: {{event_date}}\n"
                           "Correo: {{email}}\n"
                           "Teléfono: {{phone}}\n"
                           "Origen: {{source}}\n"
                           "\n"
                           "Mensaje:\n"
                           "{{notes}}\n"
                           "\n"
                           "Abrir en RemixCRM: {{app_link}}\n"
                           "Enlace a la solicitud: {{lead_url}}\n")};
}

// French typography: a no-break space (U+00A0) before ":", "?" and "!".
MailTemplate french(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::DateFree:
        return {QStringLiteral("Votre demande pour le {{event_date}}"),
                QStringLiteral("Bonjour {{first_name}},\n"
                               "\n"
                               "Merci beaucoup pour votre demande. Bonne nouvelle\u00a0: je suis "
                               "encore disponible le {{event_date}}.\n"
                               "\n"
                               "Je regarde vos informations en détail et je vous réponds "
                               "personnellement très bientôt. Si vous souhaitez ajouter quelque "
                               "chose d'ici là, il vous suffit de répondre à cet e-mail.\n"
                               "\n"
                               "Bien cordialement,\n"
                               "{{business_name}}\n")};
    case TemplateKind::DateTaken:
        return {QStringLiteral("Votre demande pour le {{event_date}}"),
                QStringLiteral("Bonjour {{first_name}},\n"
                               "\n"
                               "Merci beaucoup d'avoir pensé à moi. Malheureusement, le "
                               "{{event_date}} est déjà réservé.\n"
                               "\n"
                               "Si votre date est flexible, je vous propose volontiers une autre "
                               "date proche encore libre. Je peux aussi vous inscrire sur la "
                               "liste d'attente pour ce jour-là et vous prévenir tout de suite "
                               "s'il se libère. Répondez simplement à cet e-mail pour me dire ce "
                               "que vous préférez.\n"
                               "\n"
                               "Bien cordialement,\n"
                               "{{business_name}}\n")};
    case TemplateKind::NoDate:
        return {QStringLiteral("Merci pour votre demande"),
                QStringLiteral("Bonjour {{first_name}},\n"
                               "\n"
                               "Merci beaucoup pour votre demande et pour votre confiance\u00a0!\n"
                               "\n"
                               "Pour vérifier mes disponibilités, il me manque une seule "
                               "information\u00a0: à quelle date a lieu votre événement\u00a0? "
                               "Répondez simplement à cet e-mail en m'indiquant la date (et le "
                               "lieu, si vous le connaissez déjà), et je vous répondrai "
                               "personnellement très bientôt.\n"
                               "\n"
                               "Bien cordialement,\n"
                               "{{business_name}}\n")};
    case TemplateKind::OwnerAlert:
        break;
    }
    return {QStringLiteral("Nouvelle demande\u00a0: {{first_name}} {{last_name}} "
                           "({{event_type}}, {{event_date}})"),
            QStringLiteral("Nouvelle demande de {{first_name}} {{last_name}}\n"
                           "\n"
                           "Événement\u00a0: {{event_type}}\n"
                           "Date\u00a0: {{event_date}}\n"
                           "E-mail\u00a0: {{email}}\n"
                           "Téléphone\u00a0: {{phone}}\n"
                           "Source\u00a0: {{source}}\n"
                           "\n"
                           "Message\u00a0:\n"
                           "{{notes}}\n"
                           "\n"
                           "Ouvrir dans RemixCRM\u00a0: {{app_link}}\n"
                           "Lien vers la demande\u00a0: {{lead_url}}\n")};
}

} // namespace

MailTemplate text(TemplateKind kind, const QString &language)
{
    if (language == u"de")
        return german(kind);
    if (language == u"es")
        return spanish(kind);
    if (language == u"fr")
        return french(kind);
    return english(kind);
}

} // namespace rmx::mail::DefaultTemplates
