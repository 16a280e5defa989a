// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/MailTemplate.h"

#include <QStringList>

namespace rmx::mail {

/// The default texts of the four templates in the shipped languages, checking a template's
/// placeholders, and filling them in. Used by the mail dispatcher at send time, the CLI and
/// the template editor.
///
/// Rendering an auto-reply never lets the inquiry's sender choose what the mail says: only the
/// placeholders of autoReplyPlaceholders() exist there, and names and the event type are
/// cleaned first (cleanName()). The subject is always one line.
class MailTemplates final
{
public:
    /// Languages with default texts; any other language gets English.
    static QStringList languages();
    /// "de_AT" → "de", "" → the system's language; "en" for any language without texts.
    static QString languageOf(const QString &languageSetting);

    /// The shipped text of `kind` in `language` (en, de, es, fr; anything else: en).
    static MailTemplate defaultTemplate(TemplateKind kind, const QString &language);

    /// The placeholders `kind` may use, without braces ("first_name", …).
    static QStringList placeholders(TemplateKind kind);

    /// Empty when `tmpl` can be saved, else a message for people naming what is wrong: an
    /// unknown placeholder (or one only the owner alert has), an unbalanced {{ or }}, a subject
    /// with a line break, an empty subject or body, or a text that is too long.
    static QString validate(TemplateKind kind, const MailTemplate &tmpl);

    /// Fills in `tmpl`'s placeholders with `values`. `language` formats {{event_date}}.
    /// A template that does not validate renders its unknown placeholders as they are written.
    static RenderedMail render(TemplateKind kind, const MailTemplate &tmpl,
                               const TemplateValues &values, const QString &language);

    /// A name or event type from an inquiry, as an auto-reply may show it: control characters
    /// and line breaks removed, anything URL-shaped (a scheme://, www., a domain, an email
    /// address) removed, spaces collapsed, and cut to MaxNameLength characters.
    static QString cleanName(const QString &text);
    static constexpr int MaxNameLength = 40;
    static constexpr int MaxSubjectLength = 200;
    static constexpr int MaxBodyLength = 20000;

    /// {{event_date}}'s text: "Saturday, 15 March 2027", "Samstag, 15. März 2027",
    /// "sábado 15 de marzo de 2027", "samedi 15 mars 2027"; "" for an invalid date.
    static QString formatDate(const QDate &date, const QString &language);

    /// A made-up lead for previews and test mails, in `language`.
    static TemplateValues sampleValues(const QString &language, const QString &businessName);

    /// Simple, safe HTML for a rendered plain text: everything escaped, paragraphs at blank
    /// lines, <br> at single line breaks; the `links` (trusted URLs) made clickable.
    static QString toHtml(const QString &text, const QStringList &links = {});
};

} // namespace rmx::mail
