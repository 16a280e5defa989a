// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/capture/HostedForm.h"

#include "core/capture/FormTranslator.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <cmath>

namespace rmx::capture {

namespace {
// Strings shown by the hosted form, extracted by lupdate under the "HostedForm" context.
const char *const TextTitle = QT_TRANSLATE_NOOP("HostedForm", "Tell us about your event");
const char *const TextIntro
    = QT_TRANSLATE_NOOP("HostedForm", "Share a few details and we will get back to you shortly.");
const char *const TextName = QT_TRANSLATE_NOOP("HostedForm", "Your name");
const char *const TextEmail = QT_TRANSLATE_NOOP("HostedForm", "Email");
const char *const TextPhone = QT_TRANSLATE_NOOP("HostedForm", "Phone");
const char *const TextEventDate = QT_TRANSLATE_NOOP("HostedForm", "Event date");
const char *const TextEventType = QT_TRANSLATE_NOOP("HostedForm", "Type of event");
const char *const TextChoose = QT_TRANSLATE_NOOP("HostedForm", "Choose one");
const char *const TextMessage = QT_TRANSLATE_NOOP("HostedForm", "Message");
const char *const TextMessagePlaceholder
    = QT_TRANSLATE_NOOP("HostedForm", "Venue, number of guests, what you have in mind…");
const char *const TextSubmit = QT_TRANSLATE_NOOP("HostedForm", "Send inquiry");
const char *const TextPrivacy
    = QT_TRANSLATE_NOOP("HostedForm", "Your details are only used to answer your inquiry.");
const char *const TextWebsite = QT_TRANSLATE_NOOP("HostedForm", "Leave this field empty");
const char *const TextErrorsIntro
    = QT_TRANSLATE_NOOP("HostedForm", "Please check the highlighted fields:");
const char *const TextBadEmail
    = QT_TRANSLATE_NOOP("HostedForm", "Enter a valid email address, like name@example.com.");
const char *const TextBadName = QT_TRANSLATE_NOOP("HostedForm", "Enter your name.");
const char *const TextBadPhone = QT_TRANSLATE_NOOP("HostedForm", "Enter a phone number.");
const char *const TextBadDate = QT_TRANSLATE_NOOP("HostedForm", "Enter a valid event date.");
const char *const TextBadMessage = QT_TRANSLATE_NOOP("HostedForm", "Shorten your message.");
const char *const TextBadOther = QT_TRANSLATE_NOOP("HostedForm", "Check this field: %1.");
const char *const TextThanksTitle = QT_TRANSLATE_NOOP("HostedForm", "Thank you!");
const char *const TextThanks = QT_TRANSLATE_NOOP(
    "HostedForm", "Your inquiry is on its way. We will get back to you as soon as we can.");
const char *const TextAnother = QT_TRANSLATE_NOOP("HostedForm", "Send another inquiry");
const char *const TextBusyTitle = QT_TRANSLATE_NOOP("HostedForm", "Please wait a moment");
const char *const TextBusy = QT_TRANSLATE_NOOP(
    "HostedForm", "We received many requests from your connection. Please try again in a minute.");
const char *const TextFooter = QT_TRANSLATE_NOOP("HostedForm", "Powered by RemixCRM");

const QString DefaultAccent = QStringLiteral("#6d28d9");

QString resource(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(name); it != cache.constEnd())
        return *it;
    QFile file(QStringLiteral(":/form/") + name);
    const QString text
        = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    cache.insert(name, text);
    return text;
}

/// Replaces {{name}} placeholders in one pass; values must already be escaped.
QString fill(const QString &templ, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{([a-z_]+)\}\})"));
    QString out;
    out.reserve(templ.size() * 2);
    qsizetype last = 0;
    auto it = placeholder.globalMatch(templ);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(templ).mid(last, m.capturedStart() - last);
        out += values.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(templ).mid(last);
    return out;
}

QString accentInk(const QString &accent)
{
    // Dark text on light accents, white on dark ones (WCAG relative luminance).
    QString hex = accent.mid(1);
    if (hex.size() == 3)
        hex = QString(hex[0]) + hex[0] + hex[1] + hex[1] + hex[2] + hex[2];
    const uint rgb = hex.toUInt(nullptr, 16);
    auto channel = [](uint v) {
        const double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    const double luminance = 0.2126 * channel((rgb >> 16) & 0xff)
        + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
    return luminance > 0.45 ? QStringLiteral("#111827") : QStringLiteral("#ffffff");
}
} // namespace

QString HostedForm::escape(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', QStringLiteral("&#39;"));
}

QString HostedForm::safeAccent(const QString &color)
{
    static const QRegularExpression hex(QStringLiteral("^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$"));
    return hex.match(color).hasMatch() ? color.toLower() : DefaultAccent;
}

QString HostedForm::problemText(const QString &language, const QString &field)
{
    auto t = [&](const char *s) { return FormTranslator::translate(language, s); };
    if (field == u"email")
        return t(TextBadEmail);
    if (field == u"name" || field == u"first_name" || field == u"last_name")
        return t(TextBadName);
    if (field == u"phone")
        return t(TextBadPhone);
    if (field == u"event_date")
        return t(TextBadDate);
    if (field == u"notes")
        return t(TextBadMessage);
    return t(TextBadOther).arg(field);
}

QByteArray HostedForm::page(const Settings &settings, const QString &language, bool embed,
                            const QString &pageTitle, const QString &content)
{
    const QString accent = safeAccent(settings.accentColor);
    const QHash<QString, QString> values = {
        {QStringLiteral("lang"), escape(language)},
        {QStringLiteral("page_title"), escape(pageTitle)},
        {QStringLiteral("accent"), accent},
        {QStringLiteral("accent_ink"), accentInk(accent)},
        {QStringLiteral("style"), resource(QStringLiteral("style.css"))},
        {QStringLiteral("body_class"), embed ? QStringLiteral("embed") : QString()},
        {QStringLiteral("content"), content},
        {QStringLiteral("footer"), escape(FormTranslator::translate(language, TextFooter))},
    };
    return fill(resource(QStringLiteral("page.html")), values).toUtf8();
}

QByteArray HostedForm::form(const Settings &settings, const FormState &state)
{
    const QString &lang = state.language;
    auto t = [&](const char *s) { return escape(FormTranslator::translate(lang, s)); };
    const QString title
        = settings.title.isEmpty() ? FormTranslator::translate(lang, TextTitle) : settings.title;
    const QString intro
        = settings.intro.isEmpty() ? FormTranslator::translate(lang, TextIntro) : settings.intro;

    auto value = [&](const char *name) {
        return escape(state.values.value(QLatin1StringView(name)).toString());
    };
    QString name = value("name");
    if (name.isEmpty())
        name = escape(QString(state.values.value(QStringLiteral("first_name")).toString() + u' '
                              + state.values.value(QStringLiteral("last_name")).toString())
                          .trimmed());

    const QString chosenType = state.values.value(QStringLiteral("event_type")).toString();
    QString options;
    for (const QString &type : settings.eventTypes) {
        options += QStringLiteral("<option value=\"%1\"%2>%1</option>\n")
                       .arg(escape(type),
                            type.compare(chosenType, Qt::CaseInsensitive) == 0
                                ? QStringLiteral(" selected")
                                : QString());
    }

    QString hidden;
    for (const auto &[key, val] : state.hidden) {
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                      .arg(escape(key), escape(val));
    }

    QString errors;
    if (!state.invalidFields.isEmpty()) {
        QStringList seen;
        errors = QStringLiteral("<div class=\"errors\" role=\"alert\"><p>%1</p><ul>")
                     .arg(t(TextErrorsIntro));
        for (const QString &field : state.invalidFields) {
            const QString text = problemText(lang, field);
            if (seen.contains(text))
                continue;
            seen.append(text);
            errors += QStringLiteral("<li>%1</li>").arg(escape(text));
        }
        errors += QStringLiteral("</ul></div>");
    }
    auto invalid = [&](std::initializer_list<const char *> fields) {
        for (const char *f : fields) {
            if (state.invalidFields.contains(QLatin1StringView(f)))
                return QStringLiteral(" invalid");
        }
        return QString();
    };

    const QHash<QString, QString> values = {
        {QStringLiteral("title"), escape(title)},
        {QStringLiteral("intro"), escape(intro)},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("target"),
         settings.targetTop && state.embed ? QStringLiteral(" target=\"_top\"") : QString()},
        {QStringLiteral("token"), escape(state.token)},
        {QStringLiteral("embed"), state.embed ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("source"), QStringLiteral("Hosted form")},
        {QStringLiteral("hidden"), hidden},
        {QStringLiteral("label_website"), t(TextWebsite)},
        {QStringLiteral("label_name"), t(TextName)},
        {QStringLiteral("label_email"), t(TextEmail)},
        {QStringLiteral("label_phone"), t(TextPhone)},
        {QStringLiteral("label_event_date"), t(TextEventDate)},
        {QStringLiteral("label_event_type"), t(TextEventType)},
        {QStringLiteral("label_message"), t(TextMessage)},
        {QStringLiteral("message_placeholder"), t(TextMessagePlaceholder)},
        {QStringLiteral("choose"), t(TextChoose)},
        {QStringLiteral("submit"), t(TextSubmit)},
        {QStringLiteral("privacy"), t(TextPrivacy)},
        {QStringLiteral("today"), escape(state.today)},
        {QStringLiteral("event_type_options"), options},
        {QStringLiteral("value_name"), name},
        {QStringLiteral("value_email"), value("email")},
        {QStringLiteral("value_phone"), value("phone")},
        {QStringLiteral("value_event_date"), value("event_date")},
        {QStringLiteral("value_notes"), value("notes")},
        {QStringLiteral("invalid_name"), invalid({"name", "first_name", "last_name"})},
        {QStringLiteral("invalid_email"), invalid({"email"})},
        {QStringLiteral("invalid_phone"), invalid({"phone"})},
        {QStringLiteral("invalid_event_date"), invalid({"event_date"})},
        {QStringLiteral("invalid_notes"), invalid({"notes"})},
    };
    return page(settings, lang, state.embed, title,
                fill(resource(QStringLiteral("form.html")), values));
}

QByteArray HostedForm::message(const Settings &settings, const QString &language, bool embed,
                               const QString &heading, const QString &text, bool warn)
{
    const QString link = warn
        ? QString()
        : QStringLiteral("<p><a href=\"%1\">%2</a></p>")
              .arg(embed ? QStringLiteral("/form/embed") : QStringLiteral("/form"),
                   escape(FormTranslator::translate(language, TextAnother)));
    const QHash<QString, QString> values = {
        {QStringLiteral("message_class"), warn ? QStringLiteral("warn") : QString()},
        {QStringLiteral("icon"), warn ? QStringLiteral("!") : QStringLiteral("&#10003;")},
        {QStringLiteral("heading"), escape(heading)},
        {QStringLiteral("text"), escape(text)},
        {QStringLiteral("link"), link},
    };
    return page(settings, language, embed, heading,
                fill(resource(QStringLiteral("message.html")), values));
}

QByteArray HostedForm::thankYou(const Settings &settings, const QString &language, bool embed)
{
    return message(settings, language, embed, FormTranslator::translate(language, TextThanksTitle),
                   FormTranslator::translate(language, TextThanks), false);
}

QByteArray HostedForm::tooManyRequests(const Settings &settings, const QString &language,
                                       bool embed)
{
    return message(settings, language, embed, FormTranslator::translate(language, TextBusyTitle),
                   FormTranslator::translate(language, TextBusy), true);
}

} // namespace rmx::capture
