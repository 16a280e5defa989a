// SPDX-License-Identifier: GPL-3.0-or-later
// The hosted inquiry form: rendering, escaping, submission through /capture, the honeypot and
// fill-time checks, the spam table and the thank-you redirect allow-list.
#include "core/capture/ContactCapture.h"
#include "core/capture/FormToken.h"
#include "core/capture/FormTranslator.h"
#include "core/capture/HostedForm.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/DbConnection.h"
#include "core/store/SettingsStore.h"
#include "core/store/SpamStore.h"
#include "core/store/WriteQueue.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestServer.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace rmx;
using namespace rmx::test;

namespace {
const Headers Browser = {{"Content-Type", "application/x-www-form-urlencoded"},
                         {"Accept", "text/html,application/xhtml+xml,*/*;q=0.8"}};

QList<QPair<QString, QString>> inquiry(const QString &token, const QString &honeypot = {})
{
    return {{"_form_token", token},
            {"_embed", "0"},
            {"source", "Hosted form"},
            {"website", honeypot},
            {"name", "Maria Garcia"},
            {"email", "maria@example.com"},
            {"phone", "+34 600 000 000"},
            {"event_date", "2027-05-20"},
            {"event_type", "Wedding"},
            {"message", "About 120 guests & a <band>."},
            {"metadata[utm_source]", "instagram"}};
}
} // namespace

class CaptureFormTest : public QObject
{
    Q_OBJECT

private slots:
    void formRendersSettingsEscaped()
    {
        TestServer server;
        server.setSetting(SettingsSchema::FormTitle, "<script>alert(1)</script> & \"Co\"");
        server.setSetting(SettingsSchema::FormIntro, "Line one\n<i>two</i>");
        server.setSetting(SettingsSchema::FormAccentColor, "#0EA5E9");
        QVERIFY(server.start());
        const HttpResult r
            = httpRequest(server.port(), "GET", "/form?utm_source=%22%3E%3Cx&utm_campaign=spring");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("text/html; charset=utf-8"));
        const QString html = QString::fromUtf8(r.body);
        QVERIFY(!html.contains("<script>alert"));
        QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"));
        QVERIFY(html.contains("&lt;i&gt;two&lt;/i&gt;"));
        QVERIFY(html.contains("--accent: #0ea5e9"));
        QVERIFY(html.contains("<html lang=\"en\">"));
        for (const char *type : {"Wedding", "Engagement", "Corporate event"})
            QVERIFY(html.contains(QStringLiteral("<option value=\"%1\">").arg(type)));
        QVERIFY(html.contains("action=\"/capture\""));
        QVERIFY(!formTokenOf(r.body).isEmpty());
        QVERIFY(html.contains("name=\"website\""));
        QVERIFY(html.contains("name=\"metadata[utm_campaign]\" value=\"spring\""));
        QVERIFY(html.contains("name=\"metadata[utm_source]\" value=\"&quot;&gt;&lt;x\""));
        // Self-contained: no scripts, no external stylesheets, fonts or images.
        QVERIFY(!html.contains("<script"));
        QVERIFY(!html.contains("http://") && !html.contains("https://"));
        QVERIFY(r.header("content-security-policy").contains("frame-ancestors 'none'"));
        QVERIFY(r.header("content-security-policy").contains("default-src 'none'"));

        const HttpResult embed = httpRequest(server.port(), "GET", "/form/embed");
        QCOMPARE(embed.status, 200);
        QVERIFY(embed.body.contains("<body class=\"embed\">"));
        QVERIFY(embed.body.contains("name=\"_embed\" value=\"1\""));
        QVERIFY(embed.header("content-security-policy").contains("frame-ancestors *"));
    }

    void accentColourIsValidated()
    {
        TestServer server;
        store::DbConnection connection(server.databasePath(), QStringLiteral("accent-test"));
        QVERIFY(server.start());
        store::SettingsStore settings(connection.db());
        for (const QString &bad :
             {QStringLiteral("red"), QStringLiteral("#12345"),
              QStringLiteral("#fff;}body{display:none"), QStringLiteral("url(x)")})
            QVERIFY2(!settings.setValue(SettingsSchema::FormAccentColor, bad).isEmpty(),
                     qPrintable(bad));
        QVERIFY(settings.setValue(SettingsSchema::FormAccentColor, "#abc").isEmpty());
        QCOMPARE(capture::HostedForm::safeAccent("#fff;}x{"), QStringLiteral("#6d28d9"));
        QCOMPARE(capture::HostedForm::safeAccent("#ABCDEF"), QStringLiteral("#abcdef"));
        QVERIFY(
            !settings.setValue(SettingsSchema::FormThankYouUrl, "javascript:alert(1)").isEmpty());
        QVERIFY(!settings.setValue(SettingsSchema::FormThankYouUrl, "/relative").isEmpty());
    }

    void languageFollowsAcceptLanguage()
    {
        using capture::FormTranslator;
        QCOMPARE(FormTranslator::pick(""), QStringLiteral("en"));
        QCOMPARE(FormTranslator::pick("xx-YY, zz;q=0.5"), QStringLiteral("en"));
        QCOMPARE(FormTranslator::pick("en-GB,en;q=0.9"), QStringLiteral("en"));
        for (const QString &language :
             {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")}) {
            const QString expected
                = FormTranslator::isAvailable(language) ? language : QStringLiteral("en");
            QCOMPARE(FormTranslator::pick(language.toLatin1() + "-XX, en;q=0.5"), expected);
            QCOMPARE(FormTranslator::pick("en;q=0.1, " + language.toLatin1() + ";q=0.8"), expected);
        }
        QCOMPARE(FormTranslator::translate("xx", "Send inquiry"), QStringLiteral("Send inquiry"));
    }

    void submissionCreatesContactAndLead()
    {
        TestServer server;
        // No minimum fill time: botsSeeSuccessButLandInSpam covers a form sent too fast.
        server.setSetting(SettingsSchema::FormMinFillMs, "0");
        QVERIFY(server.start());
        const QString token = formTokenOf(httpRequest(server.port(), "GET", "/form").body);
        QVERIFY(!token.isEmpty());
        const HttpResult r
            = httpRequest(server.port(), "POST", "/capture", Browser, formBody(inquiry(token)));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/html"));
        QVERIFY(r.body.contains("Thank you!"));
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM contacts").toInt(), 1);
        QCOMPARE(server
                     .scalar("SELECT first_name || '|' || last_name || '|' || phone "
                             "FROM contacts")
                     .toString(),
                 QStringLiteral("Maria|Garcia|+34 600 000 000"));
        QCOMPARE(server.scalar("SELECT notes FROM leads").toString(),
                 QStringLiteral("About 120 guests & a <band>."));
        QCOMPARE(server
                     .scalar("SELECT s.name FROM contacts c JOIN lead_sources s "
                             "ON s.id = c.source_id")
                     .toString(),
                 QStringLiteral("Hosted form"));
        QCOMPARE(
            server.scalar("SELECT json_extract(metadata, '$.utm_source') FROM contacts").toString(),
            QStringLiteral("instagram"));
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM spam_submissions").toInt(), 0);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM outbox WHERE event = 'lead.created'").toInt(),
                 1);
    }

    void botsSeeSuccessButLandInSpam_data()
    {
        QTest::addColumn<QString>("minFill");
        QTest::addColumn<QString>("honeypot");
        QTest::addColumn<bool>("tamper");
        QTest::addColumn<QString>("reason");
        QTest::newRow("honeypot") << "0"
                                  << "http://spam.example" << false << "honeypot";
        QTest::newRow("too fast") << "60000"
                                  << "" << false << "too_fast";
        QTest::newRow("forged token") << "0"
                                      << "" << true << "bad_token";
    }

    void botsSeeSuccessButLandInSpam()
    {
        QFETCH(QString, minFill);
        QFETCH(QString, honeypot);
        QFETCH(bool, tamper);
        QFETCH(QString, reason);
        TestServer server;
        server.setSetting(SettingsSchema::FormMinFillMs, minFill);
        QVERIFY(server.start());
        QString token = formTokenOf(httpRequest(server.port(), "GET", "/form").body);
        if (tamper) // an earlier time, to pass the fill-time check, with the old signature
            token = QString::number(token.section(u'.', 0, 0).toLongLong() - 600000) + u'.'
                + token.section(u'.', 1);
        const HttpResult page = httpRequest(server.port(), "POST", "/capture", Browser,
                                            formBody(inquiry(token, honeypot)));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Thank you!"));
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM contacts").toInt(), 0);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM leads").toInt(), 0);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM outbox").toInt(), 0);
        QCOMPARE(server.scalar("SELECT reason FROM spam_submissions").toString(), reason);
        QCOMPARE(server.scalar("SELECT email FROM spam_submissions").toString(),
                 QStringLiteral("maria@example.com"));
        QCOMPARE(server.scalar("SELECT client_ip FROM spam_submissions").toString(),
                 QStringLiteral("127.0.0.1"));

        // A script posting the form without asking for HTML gets a plausible JSON answer.
        const HttpResult json = httpRequest(server.port(), "POST", "/capture",
                                            {{"Content-Type", "application/x-www-form-urlencoded"}},
                                            formBody(inquiry(token, honeypot)));
        QCOMPARE(json.status, 201);
        QVERIFY(json.json().value("data").toObject().value("id").toString().startsWith("cont_"));
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM contacts").toInt(), 0);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM spam_submissions").toInt(), 2);

        // The owner restores one: a real contact and lead, with their events, once only.
        const QString spamId
            = server.scalar("SELECT public_id FROM spam_submissions ORDER BY id LIMIT 1")
                  .toString();
        QVERIFY(spamId.startsWith("spam_"));
        auto restore = [&] {
            const auto outcome = server.server().writer()->run([&](QSqlDatabase &db) {
                return QVariant::fromValue(
                    capture::ContactCapture::restoreSpam(db, spamId, QString(), 1'900'000'000'000));
            });
            return outcome.value.value<capture::CaptureResult>();
        };
        const capture::CaptureResult restored = restore();
        QVERIFY(restored.kind == capture::CaptureResult::Kind::Created);
        QCOMPARE(restored.contact.email, QStringLiteral("maria@example.com"));
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM contacts").toInt(), 1);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM leads").toInt(), 1);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM outbox").toInt(), 2);
        QCOMPARE(server
                     .scalar("SELECT COUNT(*) FROM spam_submissions WHERE restored_at IS NOT NULL "
                             "AND contact_id IS NOT NULL")
                     .toInt(),
                 1);
        QVERIFY(restore().kind == capture::CaptureResult::Kind::Invalid);

        store::DbConnection connection(server.databasePath(), QStringLiteral("spam-review"));
        store::SpamStore review(connection.db());
        QCOMPARE(review.recent(10, false).size(), 1);
        const QList<store::SpamRecord> all = review.recent(10, true);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.last().id, spamId);
        QVERIFY(all.last().restoredAt != 0);
        QCOMPARE(all.first().payload.value("email").toString(),
                 QStringLiteral("maria@example.com"));
    }

    void tokenChecks()
    {
        const capture::FormToken token("k3y");
        const QString issued = token.issue(1'000'000);
        using V = capture::FormToken::Verdict;
        QCOMPARE(token.check(issued, 1'000'000 + 2999, 3000), V::TooFast);
        QCOMPARE(token.check(issued, 1'000'000 + 3000, 3000), V::Valid);
        QCOMPARE(token.check(issued, 1'000'000 + capture::FormToken::MaxAgeMs + 1, 3000),
                 V::Expired);
        QCOMPARE(capture::FormToken("other").check(issued, 1'010'000, 3000), V::Invalid);
        QCOMPARE(token.check("", 1'010'000, 3000), V::Invalid);
        QCOMPARE(token.check("1000000.", 1'010'000, 3000), V::Invalid);
        QCOMPARE(token.check(issued + "x", 1'010'000, 3000), V::Invalid);
        QCOMPARE(token.check(token.issue(2'000'000), 1'000'000, 0), V::Invalid); // future
    }

    void redirectsOnlyToTheConfiguredPage()
    {
        TestServer server;
        server.setSetting(SettingsSchema::FormMinFillMs, "0");
        QVERIFY(server.start());
        const QString token = formTokenOf(httpRequest(server.port(), "GET", "/form").body);
        auto withRedirectFields = [&](const QString &email) {
            auto fields = inquiry(token);
            fields[5].second = email;
            for (const char *name : {"redirect", "_redirect", "redirect_url", "return_to", "next",
                                     "thank_you_url", "form_thank_you_url"})
                fields.append({QString::fromLatin1(name), "https://evil.example/phish"});
            return formBody(fields);
        };
        HttpResult r = httpRequest(server.port(), "POST", "/capture", Browser,
                                   withRedirectFields("a@example.com"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("location").isEmpty());
        QVERIFY(r.body.contains("Thank you!"));

        server.setSetting(SettingsSchema::FormThankYouUrl,
                          "https://vendor.example/thanks?from=form");
        r = httpRequest(server.port(), "POST", "/capture", Browser,
                        withRedirectFields("b@example.com"));
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("https://vendor.example/thanks?from=form"));
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM contacts").toInt(), 2);
        // The form page lets the browser follow that redirect (CSP form-action).
        const HttpResult form = httpRequest(server.port(), "GET", "/form");
        QVERIFY(form.header("content-security-policy")
                    .contains("form-action 'self' https://vendor.example;"));
        // JSON clients are never redirected.
        r = httpRequest(server.port(), "POST", "/capture", {{"Content-Type", "application/json"}},
                        "{\"email\":\"c@example.com\",\"redirect\":\"https://evil.example\"}");
        QCOMPARE(r.status, 201);
        QVERIFY(r.header("location").isEmpty());
    }

    void invalidSubmissionShowsTheFormAgain()
    {
        TestServer server;
        server.setSetting(SettingsSchema::FormMinFillMs, "0");
        QVERIFY(server.start());
        const QString token = formTokenOf(httpRequest(server.port(), "GET", "/form").body);
        auto fields = inquiry(token);
        fields[4].second = "<b>Maria</b>";
        fields[5].second = "not-an-email";
        const HttpResult r
            = httpRequest(server.port(), "POST", "/capture", Browser, formBody(fields));
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("content-type").startsWith("text/html"));
        const QString html = QString::fromUtf8(r.body);
        QVERIFY(html.contains("role=\"alert\""));
        QVERIFY(html.contains("Enter a valid email address"));
        QVERIFY(html.contains("class=\"field invalid\""));
        QVERIFY(html.contains("value=\"&lt;b&gt;Maria&lt;/b&gt;\""));
        QVERIFY(!html.contains("<b>Maria"));
        QVERIFY(html.contains("About 120 guests &amp; a &lt;band&gt;."));
        QVERIFY(html.contains("<option value=\"Wedding\" selected>"));
        QCOMPARE(formTokenOf(r.body), token); // the time already spent still counts
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM contacts").toInt(), 0);
    }

    void browserSeesAPageWhenLimited()
    {
        TestServer server;
        server.setSetting(SettingsSchema::CaptureRateLimitPerMinute, "1");
        QVERIFY(server.start());
        QCOMPARE(httpRequest(server.port(), "GET", "/form").status, 200);
        HttpResult r = httpRequest(server.port(), "GET", "/form");
        QCOMPARE(r.status, 429);
        QVERIFY(r.header("content-type").startsWith("text/html"));
        QVERIFY(r.header("retry-after").toInt() >= 1);
        r = httpRequest(server.port(), "POST", "/capture", Browser, formBody(inquiry("1.x")));
        QCOMPARE(r.status, 429);
        QVERIFY(r.body.contains("Please wait a moment"));
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM spam_submissions").toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(CaptureFormTest)
#include "tst_capture_form.moc"
