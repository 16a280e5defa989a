// SPDX-License-Identifier: GPL-3.0-or-later
// Mail templates: the shipped texts in every language, checking placeholders, filling them in
// with what an inquiry's sender cannot abuse, the edited templates in a real SQLite database,
// and `remixcrm mail template …` through the real binary.
#include "core/mail/MailTemplates.h"
#include "core/mail/TemplateStore.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "tests/support/CliRunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx;
using namespace rmx::mail;
using rmx::test::CliResult;
using rmx::test::runCli;

namespace {
const QDate Saturday(2027, 3, 13);

TemplateValues lead()
{
    TemplateValues v;
    v.firstName = "Jane";
    v.lastName = "Doe";
    v.eventType = "Wedding";
    v.businessName = "Jane Photo";
    v.eventDate = Saturday;
    v.email = "jane@example.com";
    v.phone = "+1 555 0100";
    v.notes = "Garden venue,\nabout 80 guests.";
    v.source = "Website";
    v.leadUrl = "https://crm.example/leads/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
    v.appLink = appLinkFor("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    return v;
}

MailTemplate plain(const QString &subject, const QString &body)
{
    return MailTemplate {subject, body};
}
} // namespace

class TestMailTemplates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void namesRoundTrip()
    {
        for (TemplateKind kind : allTemplateKinds())
            QCOMPARE(templateKindFromName(templateName(kind)), kind);
        QCOMPARE(templateName(TemplateKind::DateFree), QStringLiteral("date_free"));
        QCOMPARE(templateName(TemplateKind::OwnerAlert), QStringLiteral("owner_alert"));
        QVERIFY(!templateKindFromName("venue"));
        QVERIFY(!isAutoReply(TemplateKind::OwnerAlert));
        QVERIFY(isAutoReply(TemplateKind::NoDate));
    }

    void everyDefaultValidatesAndRenders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("kind");
        for (const QString &language : MailTemplates::languages()) {
            for (TemplateKind kind : allTemplateKinds())
                QTest::addRow("%s/%s", qPrintable(language), qPrintable(templateName(kind)))
                    << language << int(kind);
        }
    }
    void everyDefaultValidatesAndRenders()
    {
        QFETCH(QString, language);
        QFETCH(int, kind);
        const auto k = TemplateKind(kind);
        const MailTemplate t = MailTemplates::defaultTemplate(k, language);
        QCOMPARE(MailTemplates::validate(k, t), QString());
        TemplateValues values = lead();
        if (k == TemplateKind::NoDate)
            values.eventDate = {};
        const RenderedMail mail = MailTemplates::render(k, t, values, language);
        for (const QString &text : {mail.subject, mail.textBody, mail.htmlBody}) {
            QVERIFY2(!text.contains("{{") && !text.contains("}}"), qPrintable(text));
            QVERIFY2(!text.contains(QChar(0xFDD0)), qPrintable(text));
        }
        QVERIFY(!mail.subject.contains('\n'));
        QVERIFY(mail.textBody.contains("Jane"));
        QCOMPARE(mail.textBody.contains("Jane Photo"), k != TemplateKind::OwnerAlert);
        if (k != TemplateKind::NoDate)
            QVERIFY2(mail.textBody.contains(MailTemplates::formatDate(Saturday, language)),
                     qPrintable(mail.textBody));
        if (k == TemplateKind::OwnerAlert) {
            QVERIFY(mail.subject.contains("Jane Doe (Wedding, "));
            for (const QString &field :
                 {values.email, values.phone, values.source, values.leadUrl, values.appLink})
                QVERIFY2(mail.textBody.contains(field), qPrintable(field));
            QVERIFY(mail.textBody.contains("Garden venue,\nabout 80 guests."));
            QVERIFY(mail.htmlBody.contains(QStringLiteral("<a href=\"%1\">").arg(values.leadUrl)));
            QVERIFY(mail.htmlBody.contains(QStringLiteral("<a href=\"%1\">").arg(values.appLink)));
        } else {
            QVERIFY2(!mail.textBody.contains("Garden") && !mail.textBody.contains("@"),
                     qPrintable(mail.textBody));
            QVERIFY(!mail.htmlBody.contains("<a "));
        }
        QVERIFY(mail.htmlBody.startsWith("<!DOCTYPE html>"));
        QVERIFY(mail.htmlBody.contains("<p>"));
    }

    void defaultsDifferPerLanguageAndFallBackToEnglish()
    {
        const MailTemplate en = MailTemplates::defaultTemplate(TemplateKind::DateFree, "en");
        QCOMPARE(MailTemplates::defaultTemplate(TemplateKind::DateFree, "it"), en);
        QCOMPARE(MailTemplates::defaultTemplate(TemplateKind::DateFree, ""), en);
        QCOMPARE(MailTemplates::defaultTemplate(TemplateKind::DateFree, "de_AT"),
                 MailTemplates::defaultTemplate(TemplateKind::DateFree, "de"));
        QCOMPARE(en.subject, QStringLiteral("Your inquiry for {{event_date}}"));
        QVERIFY(MailTemplates::defaultTemplate(TemplateKind::DateFree, "de").body.contains("Sie"));
        QVERIFY(MailTemplates::defaultTemplate(TemplateKind::DateFree, "fr").body.contains("vous"));
        QVERIFY(MailTemplates::defaultTemplate(TemplateKind::DateFree, "es").body.contains("le "));
        QCOMPARE(MailTemplates::languageOf("fr_CA"), QStringLiteral("fr"));
        QCOMPARE(MailTemplates::languageOf("pt"), QStringLiteral("en"));
    }

    void eventDatePerLanguage()
    {
        QCOMPARE(MailTemplates::formatDate(Saturday, "en"),
                 QStringLiteral("Saturday, 13 March 2027"));
        QCOMPARE(MailTemplates::formatDate(Saturday, "de"),
                 QStringLiteral("Samstag, 13. März 2027"));
        QCOMPARE(MailTemplates::formatDate(Saturday, "es"),
                 QStringLiteral("sábado 13 de marzo de 2027"));
        QCOMPARE(MailTemplates::formatDate(Saturday, "fr"), QStringLiteral("samedi 13 mars 2027"));
        QCOMPARE(MailTemplates::formatDate(QDate(2027, 5, 1), "fr"),
                 QStringLiteral("samedi 1er mai 2027"));
        QCOMPARE(MailTemplates::formatDate({}, "en"), QString());
        const RenderedMail de = MailTemplates::render(
            TemplateKind::DateFree, MailTemplates::defaultTemplate(TemplateKind::DateFree, "de"),
            lead(), "de");
        QCOMPARE(de.subject, QStringLiteral("Ihre Anfrage für Samstag, 13. März 2027"));
        QVERIFY(de.textBody.startsWith("Guten Tag Jane Doe,\n"));
    }

    void unknownPlaceholderRefused()
    {
        const QString error = MailTemplates::validate(
            TemplateKind::DateFree, plain("Hi {{first_name}}", "See you at {{venue}}!"));
        QVERIFY2(error.contains("Unknown placeholder {{venue}} in the body"), qPrintable(error));
        QVERIFY2(error.contains("{{first_name}}, {{last_name}}, {{event_date}}"),
                 qPrintable(error));
        QVERIFY(!error.contains("{{notes}}"));
        const QString inSubject = MailTemplates::validate(TemplateKind::OwnerAlert,
                                                          plain("New: {{firstname}}", "{{notes}}"));
        QVERIFY2(inSubject.contains("{{firstname}} in the subject"), qPrintable(inSubject));
        QVERIFY2(inSubject.contains("{{app_link}}"), qPrintable(inSubject));
    }

    void ownerOnlyPlaceholderRefusedInAutoReplies()
    {
        for (const char *name : {"email", "phone", "notes", "source", "lead_url", "app_link"}) {
            const MailTemplate t
                = plain("Hello", QStringLiteral("You wrote: {{%1}}").arg(QLatin1StringView(name)));
            for (TemplateKind kind :
                 {TemplateKind::DateFree, TemplateKind::DateTaken, TemplateKind::NoDate}) {
                const QString error = MailTemplates::validate(kind, t);
                QVERIFY2(error.contains("only available in the owner alert"), qPrintable(error));
            }
            QCOMPARE(MailTemplates::validate(TemplateKind::OwnerAlert, t), QString());
        }
        // Even when rendered without validating, an auto-reply has no value for them.
        const RenderedMail mail = MailTemplates::render(
            TemplateKind::DateFree, plain("Hi", "You wrote: {{notes}} {{email}}"), lead(), "en");
        QVERIFY(!mail.textBody.contains("Garden") && !mail.textBody.contains("jane@"));
    }

    void bracesAndSubjectChecked()
    {
        for (const char *body : {"Hello {{first_name", "Hello }} there", "{{ {{first_name}} }}",
                                 "{{}}", "{{first_name}\n}}", "{{{first_name}}}"}) {
            const QString error
                = MailTemplates::validate(TemplateKind::DateFree, plain("Hi", body));
            QVERIFY2(error.contains("Unbalanced braces in the body"), body);
        }
        const QString multiLine
            = MailTemplates::validate(TemplateKind::DateFree, plain("Hi\nBcc: x", "Body"));
        QVERIFY2(multiLine.contains("one line"), qPrintable(multiLine));
        QVERIFY(!MailTemplates::validate(TemplateKind::DateFree, plain(" ", "Body")).isEmpty());
        QVERIFY(!MailTemplates::validate(TemplateKind::DateFree, plain("Hi", "")).isEmpty());
        QVERIFY(!MailTemplates::validate(TemplateKind::DateFree, plain(QString(201, 'x'), "Body"))
                     .isEmpty());
        // Single braces are text, and spaces inside the braces are fine.
        const MailTemplate spaced = plain("Hi {{ first_name }} :-}", "{ {{ First_Name }} }");
        QCOMPARE(MailTemplates::validate(TemplateKind::DateFree, spaced), QString());
        const RenderedMail mail
            = MailTemplates::render(TemplateKind::DateFree, spaced, lead(), "en");
        QCOMPARE(mail.subject, QStringLiteral("Hi Jane :-}"));
        QCOMPARE(mail.textBody, QStringLiteral("{ Jane }"));
    }

    void namesFromInquiriesAreCleaned_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("shown");
        QTest::newRow("url") << "Jane http://evil.example/win"
                             << "Jane";
        QTest::newRow("https") << "HTTPS://evil.example Jane"
                               << "Jane";
        QTest::newRow("www") << "Jane www.evil.example"
                             << "Jane";
        QTest::newRow("domain") << "Jane evil.com"
                                << "Jane";
        QTest::newRow("domain with path") << "Jane evil.co/x?y=1"
                                          << "Jane";
        QTest::newRow("ideographic dot") << "Jane evil\u3002com"
                                         << "Jane";
        QTest::newRow("email") << "Jane jane@evil.example"
                               << "Jane";
        QTest::newRow("mailto") << "Jane mailto:x"
                                << "Jane";
        QTest::newRow("newline") << "Jane\r\nBcc: victim"
                                 << "Jane Bcc: victim";
        QTest::newRow("controls") << "Ja\x07ne\u202e Doe\u200b"
                                  << "Ja ne Doe";
        QTest::newRow("unicode kept") << "Zoë O'Brien-Nuñez"
                                      << "Zoë O'Brien-Nuñez";
        QTest::newRow("initials kept") << "J. R. R."
                                       << "J. R. R.";
        QTest::newRow("long") << QString(200, 'a') << QString(40, 'a');
        QTest::newRow("long with url after the cut")
            << QString(39, 'a') + " win.example" << QString(39, 'a');
        QTest::newRow("emoji not split") << QString(39, 'a') + "💐💐" << QString(39, 'a') + "💐";
    }
    void namesFromInquiriesAreCleaned()
    {
        QFETCH(QString, name);
        QFETCH(QString, shown);
        QCOMPARE(MailTemplates::cleanName(name), shown);
        TemplateValues values = lead();
        values.firstName = name;
        values.lastName = name;
        values.eventType = name;
        const MailTemplate t
            = plain("For {{first_name}} {{last_name}}", "Hi {{first_name}}, your {{event_type}}.");
        const RenderedMail mail = MailTemplates::render(TemplateKind::DateFree, t, values, "en");
        QCOMPARE(mail.subject, QStringLiteral("For %1 %1").arg(shown));
        QCOMPARE(mail.textBody, QStringLiteral("Hi %1, your %1.").arg(shown));
        QVERIFY(!mail.htmlBody.contains("<a "));
    }

    void ownerAlertKeepsTheLeadButNoLineBreakInItsSubject()
    {
        TemplateValues values = lead();
        values.firstName = "Jane\nBcc: x@y.example";
        values.notes = "<script>alert(1)</script>\r\nSecond line";
        const RenderedMail mail = MailTemplates::render(
            TemplateKind::OwnerAlert,
            plain("{{first_name}}: {{notes}}", "{{first_name}}\n{{notes}}"), values, "en");
        QCOMPARE(mail.subject,
                 QStringLiteral("Jane Bcc: x@y.example: <script>alert(1)</script> Second line"));
        QCOMPARE(mail.textBody,
                 QStringLiteral("Jane Bcc: x@y.example\n<script>alert(1)</script>\nSecond line"));
        QVERIFY(!mail.htmlBody.contains("<script>"));
        QVERIFY(mail.htmlBody.contains("&lt;script&gt;alert(1)&lt;/script&gt;<br>"));
        // A long subject is cut.
        values.notes = QString(500, 'n');
        const RenderedMail longOne = MailTemplates::render(TemplateKind::OwnerAlert,
                                                           plain("{{notes}}", "x"), values, "en");
        QCOMPARE(longOne.subject.size(), MailTemplates::MaxSubjectLength);
    }

    void emptyValuesLeaveNoGaps()
    {
        TemplateValues values = lead();
        values.firstName.clear();
        values.lastName.clear();
        const auto render = [&](TemplateKind kind, const QString &language) {
            return MailTemplates::render(kind, MailTemplates::defaultTemplate(kind, language),
                                         values, language);
        };
        QVERIFY(render(TemplateKind::DateFree, "en").textBody.startsWith("Hello,\n"));
        QVERIFY(render(TemplateKind::DateFree, "de").textBody.startsWith("Guten Tag,\n"));
        QVERIFY(render(TemplateKind::DateFree, "es").textBody.startsWith("Hola:\n"));
        QVERIFY(render(TemplateKind::DateFree, "fr").textBody.startsWith("Bonjour,\n"));
        values.firstName = "Jane";
        values.lastName = "Doe";
        QCOMPARE(render(TemplateKind::OwnerAlert, "en").subject,
                 QStringLiteral("New inquiry: Jane Doe (Wedding, Saturday, 13 March 2027)"));
        values.eventDate = {};
        QCOMPARE(render(TemplateKind::OwnerAlert, "en").subject,
                 QStringLiteral("New inquiry: Jane Doe (Wedding)"));
        values.eventType.clear();
        QCOMPARE(render(TemplateKind::OwnerAlert, "en").subject,
                 QStringLiteral("New inquiry: Jane Doe"));
        values.eventDate = Saturday;
        QCOMPARE(render(TemplateKind::OwnerAlert, "en").subject,
                 QStringLiteral("New inquiry: Jane Doe (Saturday, 13 March 2027)"));
        values.businessName.clear();
        QVERIFY(render(TemplateKind::DateFree, "en").textBody.endsWith("Warm regards,\n"));
    }

    void storeSavesOverridesAndResets()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath("store.db");
        QVERIFY(store::SchemaMigrator::migrate(path).ok);
        store::DbConnection connection(path, "templates");
        TemplateStore templates(connection.db());
        QVERIFY(!templates.stored(TemplateKind::DateTaken));
        QCOMPARE(templates.effective(TemplateKind::DateTaken, "fr"),
                 MailTemplates::defaultTemplate(TemplateKind::DateTaken, "fr"));

        const MailTemplate mine = plain("Sorry, {{first_name}}", "{{event_date}} is taken.\n");
        QCOMPARE(templates.save(TemplateKind::DateTaken, mine, 1000), QString());
        QCOMPARE(templates.stored(TemplateKind::DateTaken), mine);
        for (const QString &language : MailTemplates::languages())
            QCOMPARE(templates.effective(TemplateKind::DateTaken, language), mine);
        QCOMPARE(templates.effective(TemplateKind::DateFree, "de"),
                 MailTemplates::defaultTemplate(TemplateKind::DateFree, "de"));

        const QString refused
            = templates.save(TemplateKind::DateTaken, plain("Hi", "{{venue}}"), 2000);
        QVERIFY(refused.contains("{{venue}}"));
        QCOMPARE(templates.stored(TemplateKind::DateTaken), mine);

        QSqlQuery q(connection.db());
        QVERIFY(q.exec("SELECT updated_at FROM mail_templates WHERE name = 'date_taken'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 1000);
        q.finish();
        // A row changed outside RemixCRM that no longer validates is not sent.
        QVERIFY(q.exec("UPDATE mail_templates SET body = 'x {{notes}}' WHERE name = 'date_taken'"));
        QCOMPARE(templates.effective(TemplateKind::DateTaken, "es"),
                 MailTemplates::defaultTemplate(TemplateKind::DateTaken, "es"));

        templates.reset(TemplateKind::DateTaken);
        QVERIFY(!templates.stored(TemplateKind::DateTaken));
        templates.reset(TemplateKind::DateTaken); // twice is fine
    }

    void cliRoundTrip()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        CliResult r = runCli(data.path(), {"mail", "templates"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QRegularExpression("date_free +\\(default\\)").match(r.out).hasMatch(),
                 qPrintable(r.out));
        QCOMPARE(r.out.count("(default)"), 4);

        r = runCli(data.path(), {"mail", "template", "show", "date_free"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.startsWith("Subject: Your inquiry for {{event_date}}\n\nHello {{first_name}},"),
            qPrintable(r.out));

        const QString file = data.filePath("body.txt");
        QFile body(file);
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write("Hallo {{ first_name }},\nder {{event_date}} ist frei. 💐\n");
        body.close();
        r = runCli(data.path(),
                   {"mail", "template", "set", "date_free", "--subject",
                    "Ihre Anfrage für {{event_date}}", "--body-file", file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(data.path(), {"mail", "template", "show", "date_free"});
        QCOMPARE(r.out,
                 QStringLiteral("Subject: Ihre Anfrage für {{event_date}}\n\nHallo {{ "
                                "first_name }},\nder {{event_date}} ist frei. 💐\n"));
        r = runCli(data.path(), {"mail", "templates"});
        QVERIFY2(QRegularExpression("date_free +\\(edited\\)").match(r.out).hasMatch(),
                 qPrintable(r.out));
        QCOMPARE(r.out.count("(default)"), 3);

        // The body from standard input; only the subject changes when only it is given.
        r = runCli(data.path(), {"mail", "template", "set", "owner_alert", "--body-file", "-"},
                   "New: {{first_name}} {{notes}}\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(data.path(), {"mail", "template", "set", "owner_alert", "--subject", "Lead!"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(data.path(), {"mail", "template", "show", "owner_alert"});
        QCOMPARE(r.out, QStringLiteral("Subject: Lead!\n\nNew: {{first_name}} {{notes}}\n"));

        // Refused: exit 2 with the reason, and the stored template unchanged.
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write("See you at {{venue}}\n");
        body.close();
        r = runCli(data.path(), {"mail", "template", "set", "date_free", "--body-file", file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Unknown placeholder {{venue}} in the body; use one of "
                                "{{first_name}}"),
                 qPrintable(r.err));
        r = runCli(data.path(), {"mail", "template", "set", "no_date", "--subject", "{{email}}"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("only available in the owner alert"), qPrintable(r.err));
        r = runCli(data.path(), {"mail", "template", "show", "date_free"});
        QVERIFY(r.out.contains("ist frei"));

        QCOMPARE(runCli(data.path(), {"mail", "template", "show", "venue"}).exitCode, 2);
        QCOMPARE(runCli(data.path(), {"mail", "template", "set", "date_free"}).exitCode, 2);
        QCOMPARE(runCli(data.path(),
                        {"mail", "template", "set", "date_free", "--body-file",
                         data.filePath("missing.txt")})
                     .exitCode,
                 2);

        r = runCli(data.path(), {"mail", "template", "reset", "date_free"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(data.path(), {"mail", "template", "show", "date_free"});
        QVERIFY(r.out.startsWith("Subject: Your inquiry for {{event_date}}"));
        // The default follows the language setting.
        QCOMPARE(runCli(data.path(), {"config", "set", "language", "es"}).exitCode, 0);
        r = runCli(data.path(), {"mail", "template", "show", "date_free"});
        QVERIFY2(r.out.startsWith("Subject: Su consulta para el {{event_date}}"),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestMailTemplates)
#include "tst_mail_templates.moc"
