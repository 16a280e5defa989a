// SPDX-License-Identifier: GPL-3.0-or-later
// Webhook messages are stored and served in English (the API's contract) and translated only
// when the window shows them: every stored text must come back unchanged in English, and in
// the user's language otherwise, arguments (addresses, URLs, times) intact.
#include "core/server/AppTranslator.h"
#include "core/webhooks/WebhookMessages.h"

#include <QCoreApplication>
#include <QTest>

using rmx::webhooks::WebhookMessages;

class WebhookMessagesTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { rmx::AppTranslator::apply("en"); }

    void englishComesBackUnchanged()
    {
        rmx::AppTranslator::apply("en");
        const QStringList stored = {
            WebhookMessages::english(WebhookMessages::Gone),
            WebhookMessages::english(WebhookMessages::SecretUnreadable),
            WebhookMessages::english(WebhookMessages::Removed),
            WebhookMessages::english(WebhookMessages::TimedOut, {"15000"}),
            WebhookMessages::english(WebhookMessages::ConnectTimeout, {"5000"}),
            WebhookMessages::english(WebhookMessages::CannotResolve,
                                     {"hooks.example", "Host not found"}),
            WebhookMessages::english(
                WebhookMessages::RefusedTarget,
                {WebhookMessages::english(WebhookMessages::PrivateTarget, {"10.0.0.7"})}),
        };
        for (const QString &text : stored)
            QCOMPARE(WebhookMessages::shown(text), text);
        QCOMPARE(WebhookMessages::shown("HTTP 500"), QString("HTTP 500"));
        QCOMPARE(WebhookMessages::shown(""), QString());
    }

    void argumentsStayIntact()
    {
        // A "%2" inside a Location header is not a placeholder.
        const QString stored = WebhookMessages::english(WebhookMessages::Redirect,
                                                        {"302", "https://example.com/a%20b/%2"});
        QCOMPARE(stored,
                 QString("redirect not followed (HTTP 302 to https://example.com/a%20b/%2); "
                         "point the webhook at the final URL"));
        QCOMPARE(WebhookMessages::shown(stored), stored);
    }

    void germanWhenShown()
    {
        QCOMPARE(rmx::AppTranslator::apply("de"), QString("de"));
        const QString stored = WebhookMessages::english(
            WebhookMessages::RefusedTarget,
            {WebhookMessages::english(WebhookMessages::ForbiddenTarget, {"169.254.1.1"})});
        const QString shown = WebhookMessages::shown(stored);
        const QString expected
            = QCoreApplication::translate("WebhookMessages", WebhookMessages::RefusedTarget)
                  .arg(QCoreApplication::translate("WebhookMessages",
                                                   WebhookMessages::ForbiddenTarget)
                           .arg("169.254.1.1"));
        QVERIFY2(shown != stored, qPrintable(shown));
        QCOMPARE(shown, expected);
        QVERIFY(!shown.contains("refused") && !shown.contains("never target"));
        // The time in a stored reason is shown in local time, written the German way.
        const QString since = WebhookMessages::shown(
            WebhookMessages::english(WebhookMessages::FailingSince, {"2026-03-05T14:30:00Z"}));
        QVERIFY2(!since.contains("Every delivery") && !since.contains("2026-03-05T"),
                 qPrintable(since));
        QVERIFY2(since.contains("05.03.26"), qPrintable(since));
    }
};

QTEST_GUILESS_MAIN(WebhookMessagesTest)
#include "tst_webhook_messages.moc"
