// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailTemplates.h"

#include "core/mail/DefaultTemplates.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace rmx::mail {

namespace {

struct Token
{
    bool placeholder = false;
    QString text; // literal text, or the placeholder's name as written (trimmed)
};

enum class Part { Subject, Body };

QString message(const char *text)
{
    return QCoreApplication::translate("MailTemplates", text);
}

// Splits a template into literal text and {{placeholders}}. When a brace is unbalanced,
// `badNear` (if given) is set to the text around it, which is never empty then.
QList<Token> tokenize(const QString &text, QString *badNear = nullptr)
{
    static const QString open = QStringLiteral("{{");
    static const QString close = QStringLiteral("}}");
    QList<Token> tokens;
    qsizetype i = 0;
    const auto fail = [&](qsizetype at) {
        if (badNear)
            *badNear = text.mid(qMax<qsizetype>(0, at - 10), 30).simplified();
        tokens.append({false, text.mid(i)}); // rendered as written
        return tokens;
    };
    while (i < text.size()) {
        const qsizetype a = text.indexOf(open, i);
        const qsizetype b = text.indexOf(close, i);
        if (b >= 0 && (a < 0 || b < a))
            return fail(b);
        if (a < 0) {
            tokens.append({false, text.mid(i)});
            break;
        }
        if (a > i)
            tokens.append({false, text.mid(i, a - i)});
        const qsizetype end = text.indexOf(close, a + 2);
        if (end < 0)
            return fail(a);
        const QString inner = text.mid(a + 2, end - a - 2);
        const QString name = inner.trimmed();
        if (name.isEmpty() || inner.contains(u'{') || inner.contains(u'}') || inner.contains(u'\n')
            || inner.contains(u'\r'))
            return fail(a);
        tokens.append({true, name});
        i = end + 2;
    }
    return tokens;
}

QStringList commonPlaceholders()
{
    return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("event_date"),
            QStringLiteral("event_type"), QStringLiteral("business_name")};
}

QStringList ownerPlaceholders()
{
    return {QStringLiteral("email"),  QStringLiteral("phone"),    QStringLiteral("notes"),
            QStringLiteral("source"), QStringLiteral("lead_url"), QStringLiteral("app_link")};
}

QString braced(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names)
        out.append(QStringLiteral("{{") + name + QStringLiteral("}}"));
    return out.join(QStringLiteral(", "));
}

QString checkPart(TemplateKind kind, const QString &text, Part part)
{
    const bool subject = part == Part::Subject;
    QString badNear;
    const QList<Token> tokens = tokenize(text, &badNear);
    if (!badNear.isEmpty())
        return (subject ? message(QT_TRANSLATE_NOOP(
                    "MailTemplates",
                    "Unbalanced braces in the subject near “%1”; write placeholders "
                    "like {{first_name}}."))
                        : message(QT_TRANSLATE_NOOP(
                            "MailTemplates",
                            "Unbalanced braces in the body near “%1”; write placeholders like "
                            "{{first_name}}.")))
            .arg(badNear);
    const QStringList allowed = MailTemplates::placeholders(kind);
    for (const Token &token : tokens) {
        if (!token.placeholder)
            continue;
        const QString name = token.text.toLower();
        if (allowed.contains(name))
            continue;
        if (ownerPlaceholders().contains(name))
            return (subject ? message(QT_TRANSLATE_NOOP(
                        "MailTemplates",
                        "{{%1}} in the subject is only available in the owner alert: "
                        "an auto-reply never repeats what the sender typed. Use one of "
                        "%2."))
                            : message(QT_TRANSLATE_NOOP(
                                "MailTemplates",
                                "{{%1}} in the body is only available in the owner alert: an "
                                "auto-reply never repeats what the sender typed. Use one of "
                                "%2.")))
                .arg(token.text, braced(allowed));
        return (subject ? message(QT_TRANSLATE_NOOP(
                    "MailTemplates", "Unknown placeholder {{%1}} in the subject; use one of %2."))
                        : message(QT_TRANSLATE_NOOP(
                            "MailTemplates",
                            "Unknown placeholder {{%1}} in the body; use one of %2.")))
            .arg(token.text, braced(allowed));
    }
    return {};
}

bool isControl(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control: // C0, C1, DEL
    case QChar::Other_Format: // bidi overrides, zero-width characters
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// Control characters become spaces; line breaks (and tabs) too, unless `keepLines`.
QString stripControls(const QString &text, bool keepLines)
{
    QString out;
    out.reserve(text.size());
    const QList<uint> codes = text.left(100000).toUcs4();
    for (const uint code : codes) {
        const auto c = static_cast<char32_t>(code);
        if (keepLines && (c == u'\n' || c == u'\t')) {
            out.append(QChar(c));
            continue;
        }
        if (c == u'\r' && keepLines)
            continue; // \r\n → \n; a lone \r is dropped too
        if (isControl(c) || c == u'\n' || c == u'\t' || c == u'\r') {
            out.append(u' ');
            continue;
        }
        out.append(QString::fromUcs4(&c, 1));
    }
    return out;
}

QString oneLine(const QString &text)
{
    return stripControls(text, false).simplified();
}

// Cut to `max` characters (code points, never half a surrogate pair), with "…" when cut.
QString cut(const QString &text, int max, bool ellipsis)
{
    const QList<uint> codes = text.toUcs4();
    if (codes.size() <= max)
        return text;
    const qsizetype keep = ellipsis ? max - 1 : max;
    QString out
        = QString::fromUcs4(reinterpret_cast<const char32_t *>(codes.constData()), keep).trimmed();
    return ellipsis ? out + QChar(0x2026) : out;
}

bool isUrlShaped(const QString &word)
{
    // Dots as browsers read them: "example。com" is a link too.
    static const QRegularExpression domain(
        QStringLiteral("[\\p{L}\\p{N}_-][.\\x{3002}\\x{FF0E}\\x{FF61}]+\\p{L}{2,}"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression scheme(
        QStringLiteral("(^|[^\\p{L}])(https?|ftp|mailto|tel|sms|javascript|data|file):"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return word.contains(QStringLiteral("://")) || word.contains(u'@')
        || word.contains(QStringLiteral("www."), Qt::CaseInsensitive)
        || domain.match(word).hasMatch() || scheme.match(word).hasMatch();
}

// Marks a placeholder that rendered as nothing, so tidy() can mend the text around it.
constexpr char16_t EmptyMark = 0xFDD0;

// Around each empty placeholder: no double space, no space before the punctuation that
// followed the value ("Hello {{first_name}}," → "Hello,"), no orphan comma in a list, no empty
// "()" ("Jane ({{event_type}}, {{event_date}})" → "Jane (Wedding)" or "Jane"), no empty line.
QString tidy(QString text)
{
    static const QString closers = QStringLiteral(",.:;)!?");
    for (qsizetype at = text.indexOf(QChar(EmptyMark)); at >= 0;
         at = text.indexOf(QChar(EmptyMark))) {
        text.remove(at, 1);
        // Alone on its line: the line goes.
        if ((at == 0 || text.at(at - 1) == u'\n') && at < text.size() && text.at(at) == u'\n') {
            text.remove(at, 1);
            continue;
        }
        const auto isSpace = [](QChar c) { return c == u' ' || c == QChar(0xA0); };
        // "(" + ", Saturday": drop the ", ".
        if (at > 0 && text.at(at - 1) == u'(' && at < text.size() && text.at(at) == u',') {
            qsizetype end = at + 1;
            while (end < text.size() && isSpace(text.at(end)))
                ++end;
            text.remove(at, end - at);
        }
        const QChar next = at < text.size() ? text.at(at) : QChar(u'\n');
        const bool nextIsSpace = isSpace(next) || next == u'\n';
        if (nextIsSpace || closers.contains(next)) {
            while (at > 0 && isSpace(text.at(at - 1)))
                text.remove(--at, 1);
        }
        const QChar after = at < text.size() ? text.at(at) : QChar(u'\n');
        // "Wedding, " + ")" or "Hola, " + ":": drop the comma.
        if (at > 0 && (text.at(at - 1) == u',' || text.at(at - 1) == u';')
            && (closers.contains(after) || after == u'\n'))
            text.remove(--at, 1);
        // An empty "()" and the space before it.
        if (at > 0 && text.at(at - 1) == u'(' && at < text.size() && text.at(at) == u')') {
            text.remove(at - 1, 2);
            at -= 1;
            while (at > 0 && isSpace(text.at(at - 1))
                   && (at >= text.size() || !text.at(at).isLetterOrNumber()))
                text.remove(--at, 1);
        }
    }
    return text;
}

QString fill(const QList<Token> &tokens, const QHash<QString, QString> &values)
{
    QString out;
    for (const Token &token : tokens) {
        if (!token.placeholder) {
            out += QString(token.text).remove(QChar(EmptyMark));
            continue;
        }
        const auto it = values.constFind(token.text.toLower());
        if (it == values.constEnd()) {
            out += QStringLiteral("{{") + token.text + QStringLiteral("}}");
            continue;
        }
        out += it->isEmpty() ? QString(QChar(EmptyMark)) : *it;
    }
    return tidy(out);
}

QString normalizeLineEnds(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

} // namespace

QStringList MailTemplates::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString MailTemplates::languageOf(const QString &languageSetting)
{
    QString code = languageSetting.trimmed().toLower();
    if (code.isEmpty())
        code = QLocale::languageToCode(QLocale::system().language());
    code = code.section(u'_', 0, 0).section(u'-', 0, 0);
    return languages().contains(code) ? code : QStringLiteral("en");
}

MailTemplate MailTemplates::defaultTemplate(TemplateKind kind, const QString &language)
{
    const QString code = language.trimmed().toLower().section(u'_', 0, 0).section(u'-', 0, 0);
    return DefaultTemplates::text(kind, languages().contains(code) ? code : QStringLiteral("en"));
}

QStringList MailTemplates::placeholders(TemplateKind kind)
{
    return isAutoReply(kind) ? commonPlaceholders() : commonPlaceholders() + ownerPlaceholders();
}

QString MailTemplates::validate(TemplateKind kind, const MailTemplate &tmpl)
{
    if (tmpl.subject.trimmed().isEmpty())
        return message(QT_TRANSLATE_NOOP("MailTemplates", "The subject is empty."));
    if (tmpl.subject.contains(u'\n') || tmpl.subject.contains(u'\r'))
        return message(QT_TRANSLATE_NOOP("MailTemplates", "The subject must be one line."));
    if (tmpl.subject.size() > MaxSubjectLength)
        return message(QT_TRANSLATE_NOOP("MailTemplates",
                                         "The subject is too long (at most %1 characters)."))
            .arg(MaxSubjectLength);
    if (tmpl.body.trimmed().isEmpty())
        return message(QT_TRANSLATE_NOOP("MailTemplates", "The body is empty."));
    if (tmpl.body.size() > MaxBodyLength)
        return message(QT_TRANSLATE_NOOP("MailTemplates",
                                         "The body is too long (at most %1 characters)."))
            .arg(MaxBodyLength);
    if (QString error = checkPart(kind, tmpl.subject, Part::Subject); !error.isEmpty())
        return error;
    return checkPart(kind, tmpl.body, Part::Body);
}

RenderedMail MailTemplates::render(TemplateKind kind, const MailTemplate &tmpl,
                                   const TemplateValues &values, const QString &language)
{
    QHash<QString, QString> body;
    const bool autoReply = isAutoReply(kind);
    body.insert(QStringLiteral("first_name"),
                autoReply ? cleanName(values.firstName) : oneLine(values.firstName));
    body.insert(QStringLiteral("last_name"),
                autoReply ? cleanName(values.lastName) : oneLine(values.lastName));
    body.insert(QStringLiteral("event_type"),
                autoReply ? cleanName(values.eventType) : oneLine(values.eventType));
    body.insert(QStringLiteral("business_name"), oneLine(values.businessName));
    body.insert(QStringLiteral("event_date"), formatDate(values.eventDate, language));
    QStringList links;
    if (autoReply) {
        // Never the inquiry's own text, even from a template that was not validated.
        for (const QString &name : ownerPlaceholders())
            body.insert(name, QString());
    } else {
        // The owner's own mail: every field of the lead, the inquiry's text included.
        body.insert(QStringLiteral("email"), oneLine(values.email));
        body.insert(QStringLiteral("phone"), oneLine(values.phone));
        body.insert(QStringLiteral("notes"),
                    stripControls(normalizeLineEnds(values.notes), true).trimmed());
        body.insert(QStringLiteral("source"), oneLine(values.source));
        const QString leadUrl = oneLine(values.leadUrl);
        const QString appLink = oneLine(values.appLink);
        body.insert(QStringLiteral("lead_url"), leadUrl);
        body.insert(QStringLiteral("app_link"), appLink);
        const QUrl url(leadUrl, QUrl::StrictMode);
        if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http"))
            links.append(leadUrl);
        if (appLink.startsWith(QStringLiteral("remixcrm://")) && !appLink.contains(u'"'))
            links.append(appLink);
    }
    QHash<QString, QString> subject = body;
    subject.insert(QStringLiteral("notes"), oneLine(body.value(QStringLiteral("notes"))));

    RenderedMail out;
    out.subject
        = cut(oneLine(fill(tokenize(oneLine(tmpl.subject)), subject)), MaxSubjectLength, true);
    out.textBody = fill(tokenize(normalizeLineEnds(tmpl.body)), body);
    out.htmlBody = toHtml(out.textBody, links);
    return out;
}

QString MailTemplates::cleanName(const QString &text)
{
    const QStringList words
        = stripControls(text.left(1000), false)
              .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString &word : words) {
        if (!isUrlShaped(word))
            kept.append(word);
    }
    return cut(kept.join(u' '), MaxNameLength, false);
}

QString MailTemplates::formatDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    const QString code = languageOf(language.isEmpty() ? QStringLiteral("en") : language);
    const QLocale locale(code);
    if (code == u"de")
        return locale.toString(date, QStringLiteral("dddd, d. MMMM yyyy"));
    if (code == u"es")
        return locale.toString(date, QStringLiteral("dddd d 'de' MMMM 'de' yyyy"));
    if (code == u"fr")
        return locale.toString(date,
                               date.day() == 1 ? QStringLiteral("dddd d'er' MMMM yyyy")
                                               : QStringLiteral("dddd d MMMM yyyy"));
    return locale.toString(date, QStringLiteral("dddd, d MMMM yyyy"));
}

TemplateValues MailTemplates::sampleValues(const QString &language, const QString &businessName)
{
    TemplateValues v;
    const QString code = languageOf(language.isEmpty() ? QStringLiteral("en") : language);
    // A Saturday about half a year ahead, so the preview shows a date that could be asked for.
    QDate date = QDate::currentDate().addMonths(6);
    date = date.addDays((Qt::Saturday - date.dayOfWeek() + 7) % 7);
    v.eventDate = date;
    v.businessName = businessName;
    v.source = QStringLiteral("Website");
    v.leadUrl = QStringLiteral("https://crm.example/leads/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    v.appLink = appLinkFor(QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));
    if (code == u"de") {
        v.firstName = QStringLiteral("Julia");
        v.lastName = QStringLiteral("Becker");
        v.eventType = QStringLiteral("Hochzeit");
        v.email = QStringLiteral("julia.becker@example.com");
        v.phone = QStringLiteral("+49 30 1234567");
        v.notes = QStringLiteral("Wir heiraten im Schlossgarten, etwa 80 Gäste.");
    } else if (code == u"es") {
        v.firstName = QStringLiteral("Lucía");
        v.lastName = QStringLiteral("García");
        v.eventType = QStringLiteral("Boda");
        v.email = QStringLiteral("lucia.garcia@example.com");
        v.phone = QStringLiteral("+34 612 345 678");
        v.notes = QStringLiteral("Nos casamos en una finca cerca de Sevilla, unos 80 invitados.");
    } else if (code == u"fr") {
        v.firstName = QStringLiteral("Camille");
        v.lastName = QStringLiteral("Martin");
        v.eventType = QStringLiteral("Mariage");
        v.email = QStringLiteral("camille.martin@example.com");
        v.phone = QStringLiteral("+33 6 12 34 56 78");
        v.notes = QStringLiteral("Nous nous marions dans un domaine près de Lyon, environ 80 "
                                 "invités.");
    } else {
        v.firstName = QStringLiteral("Jane");
        v.lastName = QStringLiteral("Doe");
        v.eventType = QStringLiteral("Wedding");
        v.email = QStringLiteral("jane.doe@example.com");
        v.phone = QStringLiteral("+1 555 0100");
        v.notes = QStringLiteral("We are getting married in a garden venue, about 80 guests.");
    }
    return v;
}

QString MailTemplates::toHtml(const QString &text, const QStringList &links)
{
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t]*\\n\\s*"));
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>"
                                  "<body>\n");
    const QStringList paragraphs = normalizeLineEnds(text).trimmed().split(blank);
    for (const QString &paragraph : paragraphs) {
        QString escaped = paragraph.toHtmlEscaped();
        for (qsizetype i = 0; i < links.size(); ++i) {
            const QString &link = links.at(i);
            // A link inside another would be replaced inside the other's anchor.
            if (link.isEmpty()
                || std::any_of(links.begin(), links.end(), [&](const QString &other) {
                       return other != link && other.contains(link);
                   }))
                continue;
            const QString e = link.toHtmlEscaped();
            escaped.replace(e, QStringLiteral("<a href=\"%1\">%1</a>").arg(e));
        }
        escaped.replace(u'\n', QStringLiteral("<br>\n"));
        html += QStringLiteral("<p>") + escaped + QStringLiteral("</p>\n");
    }
    return html + QStringLiteral("</body></html>\n");
}

} // namespace rmx::mail
