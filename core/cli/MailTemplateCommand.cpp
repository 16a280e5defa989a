// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/MailTemplateCommand.h"

#include "core/cli/CommandDatabase.h"
#include "core/cli/Terminal.h"
#include "core/mail/MailTemplates.h"
#include "core/mail/TemplateStore.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/SettingsStore.h"
#include "core/store/StoreError.h"
#include "core/util/Clock.h"

#include <QFile>

#include <cstdio>

namespace rmx::cli {

using mail::TemplateKind;

namespace {
const char *const Usage = "Usage: remixcrm mail templates | mail template show NAME | "
                          "mail template set NAME [--subject S] [--body-file FILE] | "
                          "mail template reset NAME";

QString describe(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::DateFree:
        return QStringLiteral("auto-reply when the event date is free");
    case TemplateKind::DateTaken:
        return QStringLiteral("auto-reply when the date is already booked");
    case TemplateKind::NoDate:
        return QStringLiteral("auto-reply to an inquiry without a date");
    case TemplateKind::OwnerAlert:
        break;
    }
    return QStringLiteral("alert to you about a new lead");
}

QStringList names()
{
    QStringList out;
    for (TemplateKind kind : mail::allTemplateKinds())
        out.append(mail::templateName(kind));
    return out;
}

// The body from a file ("-": standard input) as UTF-8; null with a message when unreadable.
QString readBody(const QString &path)
{
    QFile file;
    const bool ok = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                 : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok) {
        Terminal::err(
            QStringLiteral("--body-file: cannot read %1: %2").arg(path, file.errorString()));
        return {};
    }
    const QByteArray bytes = file.read(4 * mail::MailTemplates::MaxBodyLength + 1);
    QString text = QString::fromUtf8(bytes);
    if (text.isNull())
        text = QStringLiteral("");
    return text;
}
} // namespace

bool MailTemplateCommand::handles(const QStringList &args)
{
    return args.value(0) == u"templates" || args.value(0) == u"template";
}

int MailTemplateCommand::run(const QString &dataDir, const QStringList &args,
                             const Options &options)
{
    const QString action = args.value(1);
    const bool list = args == QStringList {QStringLiteral("templates")};
    const bool usageOk = list
        || (args.value(0) == u"template" && args.size() == 3
            && (action == u"show" || action == u"set" || action == u"reset"));
    if (!usageOk) {
        Terminal::err(QString::fromLatin1(Usage));
        return 2;
    }
    std::optional<TemplateKind> kind;
    if (!list) {
        kind = mail::templateKindFromName(args.at(2));
        if (!kind) {
            Terminal::err(QStringLiteral("Unknown template '%1'. The templates are: %2")
                              .arg(args.at(2), names().join(QStringLiteral(", "))));
            return 2;
        }
    }
    if (action == u"set" && options.subject.isNull() && options.bodyFile.isEmpty()) {
        Terminal::err(QStringLiteral("mail template set needs --subject, --body-file or both"));
        return 2;
    }
    QString body;
    if (action == u"set" && !options.bodyFile.isEmpty()) {
        body = readBody(options.bodyFile);
        if (body.isNull())
            return 2;
    }

    auto connection = openCommandDatabase(dataDir);
    if (!connection)
        return 1;
    try {
        const QString language = mail::MailTemplates::languageOf(
            store::SettingsStore(connection->db()).value(SettingsSchema::Language));
        mail::TemplateStore templates(connection->db());
        if (list) {
            QList<QStringList> rows;
            for (TemplateKind k : mail::allTemplateKinds()) {
                rows.append(
                    {mail::templateName(k),
                     templates.stored(k) ? QStringLiteral("(edited)") : QStringLiteral("(default)"),
                     describe(k)});
            }
            Terminal::out(Terminal::table(rows));
            return 0;
        }
        if (action == u"show") {
            const mail::MailTemplate t = templates.effective(*kind, language);
            Terminal::out(QStringLiteral("Subject: %1\n\n%2").arg(t.subject, t.body));
            return 0;
        }
        if (action == u"reset") {
            templates.reset(*kind);
            Terminal::out(QStringLiteral("%1 is the default text again.").arg(args.at(2)));
            return 0;
        }
        mail::MailTemplate edited = templates.effective(*kind, language);
        if (!options.subject.isNull())
            edited.subject = options.subject;
        if (!options.bodyFile.isEmpty())
            edited.body = body;
        if (const QString error = templates.save(*kind, edited, Clock::nowMs()); !error.isEmpty()) {
            Terminal::err(QStringLiteral("Not saved: %1").arg(error));
            return 2;
        }
        Terminal::out(QStringLiteral("Saved %1.").arg(mail::templateName(*kind)));
        return 0;
    } catch (const store::StoreError &e) {
        Terminal::err(e.message());
    }
    return 1;
}

} // namespace rmx::cli
