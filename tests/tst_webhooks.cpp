// SPDX-License-Identifier: GPL-3.0-or-later
// Outbound webhook delivery against real loopback receivers: envelope, both signature schemes
// (checked independently and with the contract's own Python verifier), retries, Retry-After,
// 410, redirects, timeouts and isolation between receivers.
#include "core/settings/SettingsSchema.h"
#include "core/store/WriteQueue.h"
#include "core/webhooks/RetryPolicy.h"
#include "tests/support/WebhookFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

using namespace rmx;
using namespace rmx::test;
using namespace rmx::test::WebhookFixture;

namespace {
// 24 fixed bytes, so the expected Standard Webhooks key is known independently of the code.
const QByteArray KeyBytes = QByteArray::fromHex("00112233445566778899aabbccddeeff0011223344556677");
const QString StandardSecret = "whsec_" + QString::fromLatin1(KeyBytes.toBase64());

qint64 rexTimestamp(const ReceivedRequest &r)
{
    return r.header("x-rex-signature").split(',').value(0).mid(2).toLongLong();
}
} // namespace

class WebhooksTest : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        TestServer server;
        QByteArray key;
    };
    std::unique_ptr<Setup> start(const QString &schedule = "0.2,0.2,0.2",
                                 const QMap<QString, QString> &settings = {})
    {
        auto s = std::make_unique<Setup>();
        s->server.setSetting(SettingsSchema::WebhooksAllowPrivateTargets, "true");
        s->server.setSetting(SettingsSchema::WebhooksRetrySchedule, schedule);
        s->server.setSetting(SettingsSchema::LeadRateLimitPerHour, "0");
        for (auto it = settings.begin(); it != settings.end(); ++it)
            s->server.setSetting(it.key(), it.value());
        if (!s->server.start())
            return nullptr;
        s->key = s->server.createKey().toLatin1();
        return s;
    }

private slots:
    void envelopeAndBothSignatureSchemes()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        auto s = start();
        QVERIFY(s);
        const QString id = subscribeOrFail(s->server, s->key, receiver.url(),
                                           {"contact.created", "lead.created"}, StandardSecret);
        QVERIFY(id.startsWith("wh_"));
        const QString leadId = createLead(s->server.port(), s->key, "jane@example.com");
        QVERIFY(!leadId.isEmpty());
        QTRY_COMPARE(receiver.requests().size(), 2);

        QStringList events;
        for (const ReceivedRequest &r : receiver.requests()) {
            QCOMPARE(r.method, QByteArray("POST"));
            QCOMPARE(r.path, QByteArray("/hook"));
            QCOMPARE(r.header("content-type"), QByteArray("application/json"));
            QVERIFY(r.header("user-agent").startsWith("RemixCRM-Webhooks/"));
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            QCOMPARE(body.keys().size(), 4);
            QVERIFY(r.body.startsWith("{\"id\":\"evt_"));
            QVERIFY(QRegularExpression("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$")
                        .match(body.value("timestamp").toString())
                        .hasMatch());
            events.append(body.value("event").toString());
            const QJsonObject data = body.value("data").toObject();
            if (body.value("event") == "contact.created") {
                for (const char *field :
                     {"id", "email", "first_name", "last_name", "stage", "source", "created_at"})
                    QVERIFY2(data.contains(field), field);
                QCOMPARE(data.value("email").toString(), QString("jane@example.com"));
                QCOMPARE(data.value("stage").toString(), QString("lead"));
            } else {
                QCOMPARE(data.value("id").toString(), leadId);
                QVERIFY(data.value("contact_id").toString().startsWith("cont_"));
                QCOMPARE(data.value("event_type").toString(), QString("Wedding"));
            }

            // X-Rex-Signature, recomputed here from the definition.
            const QByteArray signature = r.header("x-rex-signature");
            QVERIFY2(QRegularExpression("^t=\\d+,v1=[0-9a-f]{64}$")
                         .match(QString::fromLatin1(signature))
                         .hasMatch(),
                     signature.constData());
            const QByteArray t = signature.split(',')[0].mid(2);
            QVERIFY(qAbs(t.toLongLong() - QDateTime::currentSecsSinceEpoch()) < 60);
            const QByteArray expected
                = QMessageAuthenticationCode::hash(t + "." + r.body, StandardSecret.toUtf8(),
                                                   QCryptographicHash::Sha256)
                      .toHex();
            QCOMPARE(signature.split(',')[1].mid(3), expected);

            // Standard Webhooks, keyed with the decoded bytes.
            QCOMPARE(r.header("webhook-id"), body.value("id").toString().toLatin1());
            QCOMPARE(r.header("webhook-timestamp"), t);
            const QByteArray standard = "v1,"
                + QMessageAuthenticationCode::hash(r.header("webhook-id") + "." + t + "." + r.body,
                                                   KeyBytes, QCryptographicHash::Sha256)
                      .toBase64();
            QCOMPARE(r.header("webhook-signature"), standard);

            // The contract's own verifier and an independent Standard Webhooks verifier.
            const QString bodyFile = tempFile(r.body);
            QCOMPARE(runPython("seed_verify_webhook.py",
                               {bodyFile, QString::fromLatin1(signature), StandardSecret}),
                     QString("True"));
            QCOMPARE(runPython("standard_webhooks_verify.py",
                               {bodyFile, StandardSecret,
                                QString::fromLatin1(r.header("webhook-id")), QString::fromLatin1(t),
                                QString::fromLatin1(r.header("webhook-signature"))}),
                     QString("True"));
            // A tampered body fails the seed verifier: the check above can fail.
            QCOMPARE(
                runPython("seed_verify_webhook.py",
                          {tempFile(r.body + " "), QString::fromLatin1(signature), StandardSecret}),
                QString("False"));
        }
        events.sort();
        QCOMPARE(events, QStringList({"contact.created", "lead.created"}));
        QCOMPARE(s->server
                     .scalar("SELECT COUNT(*) FROM webhook_deliveries WHERE state = "
                             "'succeeded'")
                     .toInt(),
                 2);
    }

    void seedExampleSecretGetsOnlyRexSignature()
    {
        // "whsec_your_signing_secret" is not valid base64: no Standard Webhooks headers, and
        // X-Rex-Signature is keyed with the whole string.
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        auto s = start();
        QVERIFY(s);
        QVERIFY(!subscribeOrFail(s->server, s->key, receiver.url(), {"contact.created"},
                                 "whsec_your_signing_secret")
                     .isEmpty());
        QVERIFY(!createLead(s->server.port(), s->key, "jane@example.com").isEmpty());
        QTRY_COMPARE(receiver.requests().size(), 1);
        const ReceivedRequest &r = receiver.requests().first();
        QVERIFY(!r.header("x-rex-signature").isEmpty());
        QVERIFY(r.header("webhook-signature").isEmpty());
        QVERIFY(r.header("webhook-id").isEmpty());
        QCOMPARE(runPython("seed_verify_webhook.py",
                           {tempFile(r.body), QString::fromLatin1(r.header("x-rex-signature")),
                            "whsec_your_signing_secret"}),
                 QString("True"));
    }

    void failingTwiceThenSucceedingIsRetriedAndSignedAfresh()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &, int index) {
            ReceiverAnswer a;
            a.status = index < 2 ? 500 : 200;
            return a;
        });
        auto s = start("1.5,1.5,1.5");
        QVERIFY(s);
        QVERIFY(
            !subscribeOrFail(s->server, s->key, receiver.url(), {"lead.created"}, StandardSecret)
                 .isEmpty());
        QVERIFY(!createLead(s->server.port(), s->key, "retry@example.com").isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 3, 15000);
        const auto &rs = receiver.requests();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(rs[i].body, rs[0].body); // same event, same id, same bytes
            QCOMPARE(rs[i].header("webhook-id"), rs[0].header("webhook-id"));
            QCOMPARE(
                runPython("seed_verify_webhook.py",
                          {tempFile(rs[i].body),
                           QString::fromLatin1(rs[i].header("x-rex-signature")), StandardSecret}),
                QString("True"));
        }
        // Every attempt is signed at its own time.
        QVERIFY(rexTimestamp(rs[1]) > rexTimestamp(rs[0]));
        QVERIFY(rexTimestamp(rs[2]) > rexTimestamp(rs[1]));
        QCOMPARE(rs[1].header("webhook-timestamp"), QByteArray::number(rexTimestamp(rs[1])));
        QTRY_COMPARE(s->server.scalar("SELECT state FROM webhook_deliveries").toString(),
                     QString("succeeded"));
        QCOMPARE(s->server.scalar("SELECT attempts FROM webhook_deliveries").toInt(), 3);
        QCOMPARE(s->server
                     .scalar("SELECT group_concat(http_status) FROM (SELECT http_status "
                             "FROM webhook_attempts ORDER BY attempt)")
                     .toString(),
                 QString("500,500,200"));
        QCOMPARE(s->server.scalar("SELECT response_body FROM webhook_attempts WHERE attempt = 3")
                     .toByteArray(),
                 QByteArray("ok"));
    }

    void giveUpAfterTheLastRetry()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.answerWith(500, QByteArray(10000, 'x')); // only the first 4 KiB are logged
        auto s = start("0.1,0.1");
        QVERIFY(s);
        QVERIFY(!subscribeOrFail(s->server, s->key, receiver.url(), {"lead.created"}).isEmpty());
        QVERIFY(!createLead(s->server.port(), s->key, "fail@example.com").isEmpty());
        QTRY_COMPARE(s->server.scalar("SELECT state FROM webhook_deliveries").toString(),
                     QString("failed"));
        QCOMPARE(receiver.requests().size(), 3);
        QCOMPARE(
            s->server.scalar("SELECT MAX(length(response_body)) FROM webhook_attempts").toInt(),
            4096);
    }

    void retryAfterIsHonoured()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &, int index) {
            ReceiverAnswer a;
            if (index == 0) {
                a.status = 429;
                a.headers = {{"Retry-After", "2"}};
            }
            return a;
        });
        auto s = start("0.1,0.1");
        QVERIFY(s);
        QVERIFY(!subscribeOrFail(s->server, s->key, receiver.url(), {"lead.created"}).isEmpty());
        QVERIFY(!createLead(s->server.port(), s->key, "later@example.com").isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 2, 10000);
        const qint64 gap
            = receiver.requests()[1].receivedAtMs - receiver.requests()[0].receivedAtMs;
        QVERIFY2(gap >= 1900, QByteArray::number(gap).constData()); // not the 0.1 s schedule
    }

    void goneDisablesTheSubscription()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.answerWith(410);
        auto s = start("0.1,0.1");
        QVERIFY(s);
        QSignalSpy disabled(&s->server.server(), &server::LeadServer::webhookDisabled);
        const QString id = subscribeOrFail(s->server, s->key, receiver.url(), {"lead.created"});
        QVERIFY(!createLead(s->server.port(), s->key, "gone@example.com").isEmpty());
        QTRY_COMPARE(disabled.size(), 1);
        QCOMPARE(disabled.first().value(0).toString(), id);
        QTRY_COMPARE(s->server.scalar("SELECT enabled FROM webhook_subscriptions").toInt(), 0);
        QCOMPARE(s->server.scalar("SELECT disabled_reason FROM webhook_subscriptions").toString(),
                 QString("gone"));
        QCOMPARE(s->server.scalar("SELECT state FROM webhook_deliveries").toString(),
                 QString("failed"));
        // Later events are not sent to it.
        QVERIFY(!createLead(s->server.port(), s->key, "gone2@example.com").isEmpty());
        // Once its event is dispatched, a delivery to the disabled webhook would exist.
        QTRY_COMPARE(
            s->server.scalar("SELECT COUNT(*) FROM outbox WHERE dispatched_at IS NULL").toInt(), 0);
        QCOMPARE(s->server.scalar("SELECT COUNT(*) FROM webhook_deliveries").toInt(), 1);
        QCOMPARE(receiver.requests().size(), 1);
        const HttpResult list
            = httpRequest(s->server.port(), "GET", "/webhooks", {{"X-Api-Key", s->key}});
        QCOMPARE(list.json().value("data").toArray().first().toObject().value("enabled"),
                 QJsonValue(false));
        // The API sends the reason in English, made from the stored code.
        QVERIFY(list.json()
                    .value("data")
                    .toArray()
                    .first()
                    .toObject()
                    .value("disabled_reason")
                    .toString()
                    .contains("410"));
    }

    void disableIsAnnouncedOnlyOnceStored()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        auto s = start("0.1,0.1");
        QVERIFY(s);
        // While the receiver answers 410, a job keeps the writer busy, so the disable cannot be
        // committed yet: an announcement made before the commit is then seen reading the old
        // row. The job lets the writer go once the announcement came, or after a second.
        auto release = std::make_shared<QSemaphore>();
        receiver.setResponder([&s, release](const ReceivedRequest &, int) {
            s->server.server().writer()->submit(
                [release](QSqlDatabase &) {
                    release->tryAcquire(1, 1000);
                    return QVariant();
                },
                {});
            ReceiverAnswer a;
            a.status = 410;
            return a;
        });
        QStringList seen;
        connect(&s->server.server(), &server::LeadServer::webhookDisabled, this,
                [&s, &seen, release](const QString &id, const QString &) {
                    seen << id
                         << s->server.scalar("SELECT enabled FROM webhook_subscriptions").toString()
                         << s->server.scalar("SELECT disabled_reason FROM webhook_subscriptions")
                                .toString();
                    release->release();
                });
        const QString id = subscribeOrFail(s->server, s->key, receiver.url(), {"lead.created"});
        QVERIFY(!createLead(s->server.port(), s->key, "stored@example.com").isEmpty());
        QTRY_COMPARE(seen.size(), 3);
        QCOMPARE(seen.at(0), id);
        QCOMPARE(seen.at(1), QString("0"));
        QCOMPARE(seen.at(2), QString("gone"));
    }

    void continuousFailureDisablesAutomatically()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.answerWith(500);
        // 0.0005 h = 1.8 s of continuous failure instead of 5 days.
        auto s = start("0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3",
                       {{SettingsSchema::WebhooksDisableAfterHours, "0.0005"}});
        QVERIFY(s);
        QSignalSpy disabled(&s->server.server(), &server::LeadServer::webhookDisabled);
        const QString id = subscribeOrFail(s->server, s->key, receiver.url(), {"lead.created"});
        QVERIFY(!createLead(s->server.port(), s->key, "down@example.com").isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(disabled.size(), 1, 10000);
        QCOMPARE(disabled.first().value(0).toString(), id);
        QVERIFY(disabled.first().value(1).toString().startsWith("Every delivery failed since"));
        QTRY_COMPARE(s->server.scalar("SELECT enabled FROM webhook_subscriptions").toInt(), 0);
        QVERIFY(receiver.requests().size() >= 2);
        QVERIFY(receiver.requests().size() < 13); // stopped before the schedule ran out
        QCOMPARE(s->server.scalar("SELECT state FROM webhook_deliveries").toString(),
                 QString("failed"));
    }

    void oldAttemptsArePruned()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &, int index) {
            ReceiverAnswer a;
            a.status = index == 0 ? 500 : 200;
            return a;
        });
        auto s = start("0.1", {{SettingsSchema::WebhooksLogRetentionDays, "2"}});
        QVERIFY(s);
        QVERIFY(!subscribeOrFail(s->server, s->key, receiver.url(), {"lead.created"}).isEmpty());
        QVERIFY(!createLead(s->server.port(), s->key, "old@example.com").isEmpty());
        QTRY_COMPARE(s->server.scalar("SELECT COUNT(*) FROM webhook_attempts").toInt(), 2);
        // Age the first attempt past the retention, the second only to just inside it.
        s->server.scalar("UPDATE webhook_attempts SET started_at = started_at - 3 * 86400000 "
                         "WHERE attempt = 1");
        s->server.scalar("UPDATE webhook_attempts SET started_at = started_at - 86400000 "
                         "WHERE attempt = 2");
        // The log is pruned shortly after start, then hourly.
        QTRY_COMPARE_WITH_TIMEOUT(s->server.scalar("SELECT COUNT(*) FROM webhook_attempts").toInt(),
                                  1, 20000);
        QCOMPARE(s->server.scalar("SELECT attempt FROM webhook_attempts").toInt(), 2);
    }

    void redirectIsNotFollowed()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        const QByteArray elsewhere = receiver.url("/elsewhere");
        receiver.setResponder([elsewhere](const ReceivedRequest &r, int) {
            ReceiverAnswer a;
            if (r.path == "/hook") {
                a.status = 302;
                a.headers = {{"Location", elsewhere}};
            }
            return a;
        });
        auto s = start("30");
        QVERIFY(s);
        QVERIFY(!subscribeOrFail(s->server, s->key, receiver.url(), {"lead.created"}).isEmpty());
        QVERIFY(!createLead(s->server.port(), s->key, "redirect@example.com").isEmpty());
        // The attempt is recorded once its reply is complete: a followed redirect would have
        // reached the receiver before.
        QTRY_COMPARE(s->server.scalar("SELECT COUNT(*) FROM webhook_attempts").toInt(), 1);
        QCOMPARE(receiver.requests().size(), 1);
        QCOMPARE(receiver.requests().first().path, QByteArray("/hook"));
        QCOMPARE(s->server.scalar("SELECT http_status FROM webhook_attempts").toInt(), 302);
        QVERIFY(s->server.scalar("SELECT error FROM webhook_attempts")
                    .toString()
                    .contains("redirect not followed"));
        QCOMPARE(s->server.scalar("SELECT state FROM webhook_deliveries").toString(),
                 QString("pending"));
    }

    void timeoutCountsAsFailure()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const ReceivedRequest &, int index) {
            ReceiverAnswer a;
            a.hang = index == 0;
            return a;
        });
        auto s = start("0.2", {{SettingsSchema::WebhooksTimeoutMs, "600"}});
        QVERIFY(s);
        QVERIFY(!subscribeOrFail(s->server, s->key, receiver.url(), {"lead.created"}).isEmpty());
        QVERIFY(!createLead(s->server.port(), s->key, "slow@example.com").isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            s->server.scalar("SELECT state FROM webhook_deliveries").toString(),
            QString("succeeded"), 10000);
        QVERIFY(s->server.scalar("SELECT error FROM webhook_attempts WHERE attempt = 1")
                    .toString()
                    .contains("timed out after 600 ms"));
        QCOMPARE(receiver.requests().size(), 2);
    }

    void connectTimeoutIsSeparateFromTheTotal()
    {
        // A listener whose accept queue is full: the kernel drops further SYNs, so a new
        // connection neither succeeds nor fails.
        QTcpServer full;
        full.setListenBacklogSize(1);
        QVERIFY(full.listen(QHostAddress::LocalHost));
        full.pauseAccepting();
        QList<QTcpSocket *> fillers;
        for (int i = 0; i < 8; ++i) {
            auto *socket = new QTcpSocket(this);
            socket->connectToHost(QHostAddress::LocalHost, full.serverPort());
            fillers.append(socket);
        }
        // The kernel completes as many handshakes as the accept queue holds (backlog + 1 on
        // Linux), then leaves the other SYNs unanswered.
        QTRY_VERIFY(std::count_if(fillers.cbegin(), fillers.cend(),
                                  [](const QTcpSocket *socket) {
                                      return socket->state() == QAbstractSocket::ConnectedState;
                                  })
                    >= 2);
        auto s = start("30",
                       {{SettingsSchema::WebhooksConnectTimeoutMs, "500"},
                        {SettingsSchema::WebhooksTimeoutMs, "20000"}});
        QVERIFY(s);
        const QByteArray url = "http://127.0.0.1:" + QByteArray::number(full.serverPort()) + "/";
        QVERIFY(!subscribeOrFail(s->server, s->key, url, {"lead.created"}).isEmpty());
        QVERIFY(!createLead(s->server.port(), s->key, "syn@example.com").isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(s->server.scalar("SELECT COUNT(*) FROM webhook_attempts").toInt(),
                                  1, 10000);
        QCOMPARE(s->server.scalar("SELECT error FROM webhook_attempts").toString(),
                 QString("could not connect within 500 ms"));
        qDeleteAll(fillers);
    }

    void deadReceiverDoesNotDelayAHealthyOne()
    {
        WebhookReceiver dead;
        QVERIFY(dead.listen());
        dead.setResponder([](const ReceivedRequest &, int) {
            ReceiverAnswer a;
            a.hang = true;
            return a;
        });
        WebhookReceiver healthy;
        QVERIFY(healthy.listen());
        auto s = start(); // total timeout stays at its default (15 s)
        QVERIFY(s);
        QVERIFY(!subscribeOrFail(s->server, s->key, dead.url(), {"lead.created"}).isEmpty());
        QVERIFY(!subscribeOrFail(s->server, s->key, healthy.url(), {"lead.created"}).isEmpty());
        for (int i = 0; i < 12; ++i)
            QVERIFY(
                !createLead(s->server.port(), s->key, QString("p%1@example.com").arg(i)).isEmpty());
        // All twelve reach the healthy receiver while the dead one still holds its first
        // requests, never more than four at a time.
        QTRY_COMPARE_WITH_TIMEOUT(healthy.requests().size(), 12, 10000);
        QCOMPARE(dead.requests().size(), 4);
        QCOMPARE(s->server
                     .scalar("SELECT COUNT(*) FROM webhook_attempts WHERE http_status IS "
                             "NULL")
                     .toInt(),
                 0); // no dead-receiver attempt has even timed out yet
    }

    void circuitBreakerProbesOneAtATime()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.answerWith(500);
        auto s = start("1,1,1,1,1,1");
        QVERIFY(s);
        QVERIFY(!subscribeOrFail(s->server, s->key, receiver.url(), {"lead.created"}).isEmpty());
        for (int i = 0; i < 8; ++i)
            QVERIFY(
                !createLead(s->server.port(), s->key, QString("c%1@example.com").arg(i)).isEmpty());
        // 8 first attempts; then five failures in a row have opened the circuit. Wait for
        // three retries (all of them probes).
        QTRY_VERIFY_WITH_TIMEOUT(
            s->server.scalar("SELECT COUNT(*) FROM webhook_attempts").toInt() >= 8 + 3, 20000);
        // Without the breaker, all 8 deliveries would be retried together about a second
        // after their first attempts; with it, each probe waits a retry slot (1 s, jittered)
        // after the one before failed.
        const QStringList starts
            = s->server
                  .scalar("SELECT group_concat(started_at) FROM (SELECT started_at FROM "
                          "webhook_attempts WHERE attempt > 1 ORDER BY started_at)")
                  .toString()
                  .split(u',');
        QVERIFY(starts.size() >= 3);
        for (qsizetype i = 1; i < starts.size(); ++i) {
            const qint64 gap = starts.at(i).toLongLong() - starts.at(i - 1).toLongLong();
            QVERIFY2(gap >= qint64(1000 * webhooks::RetryPolicy::JitterMin),
                     qPrintable(starts.join(u' ')));
        }
    }
};

QTEST_GUILESS_MAIN(WebhooksTest)
#include "tst_webhooks.moc"
