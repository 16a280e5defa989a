// SPDX-License-Identifier: GPL-3.0-or-later
// POST/GET/DELETE /webhooks as the contract shows them: authentication, validation, secrets
// shown once and stored encrypted, and the SSRF rules at creation and at delivery time.
#include "core/settings/SettingsSchema.h"
#include "core/webhooks/TargetPolicy.h"
#include "core/webhooks/WebhookSigner.h"
#include "tests/support/WebhookFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace rmx;
using namespace rmx::test;
using namespace rmx::test::WebhookFixture;
using webhooks::TargetPolicy::Kind;

class WebhooksApiTest : public QObject
{
    Q_OBJECT

private slots:
    void seedExampleCreatesASubscription()
    {
        TestServer server;
        QVERIFY(server.start());
        const QByteArray key = server.createKey().toLatin1();
        // The contract's curl example, apart from the host.
        const QByteArray body = "{\n"
                                "\"url\": \"https://your-server.com/webhooks/rex\",\n"
                                "\"events\": [\"contact.created\"],\n"
                                "\"secret\": \"whsec_your_signing_secret\"\n"
                                "}";
        // your-server.com cannot be resolved here, so an IP-literal public URL stands in for
        // the 201 shape; the DNS path is covered by the refusal of unresolvable names below.
        HttpResult r
            = httpRequest(server.port(), "POST", "/webhooks",
                          {{"X-Api-Key", key}, {"Content-Type", "application/json"}}, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value("fields").toArray(), QJsonArray({"url"}));
        QVERIFY(r.json().value("error").toString().contains("does not resolve"));

        QByteArray publicBody = body;
        publicBody.replace("https://your-server.com/webhooks/rex", "https://93.184.216.34/rex");
        r = httpRequest(server.port(), "POST", "/webhooks",
                        {{"X-Api-Key", key}, {"Content-Type", "application/json"}}, publicBody);
        QCOMPARE(r.status, 201);
        QVERIFY(r.body.startsWith("{\"data\":{\"id\":\"wh_"));
        const QJsonObject data = r.json().value("data").toObject();
        QCOMPARE(data.keys(), QStringList({"created_at", "enabled", "events", "id", "url"}));
        QCOMPARE(data.value("url").toString(), QString("https://93.184.216.34/rex"));
        QCOMPARE(data.value("events").toArray(), QJsonArray({"contact.created"}));
        QCOMPARE(data.value("enabled"), QJsonValue(true));
        QVERIFY(data.value("created_at").toString().endsWith('Z'));

        // Stored encrypted, never in clear; the key file is private to the user.
        const QString sealed
            = server.scalar("SELECT secret_enc FROM webhook_subscriptions").toString();
        QVERIFY(sealed.startsWith("v1:"));
        QVERIFY(!sealed.contains("your_signing_secret"));
        QFile keyFile(server.dataDir() + "/webhook-secrets.key");
        QVERIFY(keyFile.exists());
        QCOMPARE(keyFile.permissions() & 0x0077, QFileDevice::Permissions());

        // The same routes under /api/v1, with a Bearer key; the list never shows secrets.
        const HttpResult list = httpRequest(server.port(), "GET", "/api/v1/webhooks",
                                            {{"Authorization", "Bearer " + key}});
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value("data").toArray().size(), 1);
        QVERIFY(!list.body.contains("secret"));
        QVERIFY(!list.body.contains("whsec_"));
    }

    void generatedSecretIsShownOnce()
    {
        TestServer server;
        server.setSetting(SettingsSchema::WebhooksAllowPrivateTargets, "true");
        QVERIFY(server.start());
        const QByteArray key = server.createKey().toLatin1();
        const HttpResult r = subscribe(
            server, key, {{"url", "http://127.0.0.1:9/hook"}, {"events", QJsonArray({"*"})}});
        QCOMPARE(r.status, 201);
        const QString secret = r.json().value("data").toObject().value("secret").toString();
        QVERIFY2(QRegularExpression("^whsec_[A-Za-z0-9+/]{32}$").match(secret).hasMatch(),
                 qPrintable(secret));
        QVERIFY(webhooks::WebhookSigner::standardKey(secret).has_value());
        QCOMPARE(webhooks::WebhookSigner::standardKey(secret)->size(), 24);
        const HttpResult list
            = httpRequest(server.port(), "GET", "/webhooks", {{"X-Api-Key", key}});
        QVERIFY(!list.body.contains(secret.toLatin1()));
        QVERIFY(!list.body.contains("whsec_"));
    }

    void strictBase64ForStandardWebhooks()
    {
        using webhooks::WebhookSigner::standardKey;
        QVERIFY(!standardKey("whsec_your_signing_secret"));
        QVERIFY(standardKey("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")); // 24 bytes: accepted
        QVERIFY(!standardKey("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS")); // truncated
        QVERIFY(!standardKey("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw=")); // stray padding
        QVERIFY(!standardKey("whsec_MfKQ9r8G-KYqrTwjUPD8ILPZIo2LaLaS")); // base64url
        QVERIFY(!standardKey("whsec_MfKQ9r8G KYqrTwjUPD8ILPZIo2LaLaSw")); // space
        QVERIFY(standardKey("whsec_dGVzdA==")); // padded is fine
        QVERIFY(!standardKey("whsec_dGVzdA")); // unpadded is not canonical
        QVERIFY(!standardKey("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    }

    void authenticationIsRequired()
    {
        TestServer server;
        QVERIFY(server.start());
        const QByteArray body
            = "{\"url\":\"https://93.184.216.34/x\",\"events\":[\"lead.created\"]}";
        for (const QByteArray &path : {QByteArray("/webhooks"), QByteArray("/api/v1/webhooks")}) {
            HttpResult r = httpRequest(server.port(), "POST", path,
                                       {{"Content-Type", "application/json"}}, body);
            QCOMPARE(r.status, 401);
            QVERIFY(!r.json().value("error").toString().isEmpty());
            r = httpRequest(
                server.port(), "POST", path,
                {{"X-Api-Key", "rmx_" + QByteArray(32, 'a')}, {"Content-Type", "application/json"}},
                body);
            QCOMPARE(r.status, 401);
            QCOMPARE(httpRequest(server.port(), "GET", path).status, 401);
            QCOMPARE(httpRequest(server.port(), "DELETE", path + "/wh_x").status, 401);
        }
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM webhook_subscriptions").toInt(), 0);
    }

    void validationErrorsNameTheirFields_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("fields");
        const QByteArray okEvents = "\"events\":[\"lead.created\"]";
        QTest::newRow("no url") << QByteArray("{" + okEvents + "}") << QStringList {"url"};
        QTest::newRow("relative url")
            << QByteArray("{\"url\":\"/hook\"," + okEvents + "}") << QStringList {"url"};
        QTest::newRow("ftp url") << QByteArray("{\"url\":\"ftp://93.184.216.34/x\"," + okEvents
                                               + "}")
                                 << QStringList {"url"};
        QTest::newRow("url not a string")
            << QByteArray("{\"url\":5," + okEvents + "}") << QStringList {"url"};
        QTest::newRow("no events")
            << QByteArray("{\"url\":\"https://93.184.216.34/x\"}") << QStringList {"events"};
        QTest::newRow("empty events")
            << QByteArray("{\"url\":\"https://93.184.216.34/x\",\"events\":[]}")
            << QStringList {"events"};
        QTest::newRow("unknown event")
            << QByteArray("{\"url\":\"https://93.184.216.34/x\",\"events\":[\"lead.deleted\"]}")
            << QStringList {"events"};
        QTest::newRow("events not a list")
            << QByteArray("{\"url\":\"https://93.184.216.34/x\",\"events\":\"lead.created\"}")
            << QStringList {"events"};
        QTest::newRow("short secret") << QByteArray("{\"url\":\"https://93.184.216.34/x\","
                                                    + okEvents + ",\"secret\":\"123456789012345\"}")
                                      << QStringList {"secret"};
        QTest::newRow("long secret")
            << QByteArray("{\"url\":\"https://93.184.216.34/x\"," + okEvents + ",\"secret\":\""
                          + QByteArray(129, 's') + "\"}")
            << QStringList {"secret"};
        QTest::newRow("secret not a string")
            << QByteArray("{\"url\":\"https://93.184.216.34/x\"," + okEvents + ",\"secret\":12}")
            << QStringList {"secret"};
        QTest::newRow("everything wrong")
            << QByteArray("{\"url\":\"x\",\"events\":[\"nope\"],\"secret\":\"s\"}")
            << QStringList {"url", "events", "secret"};
    }

    void validationErrorsNameTheirFields()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, fields);
        TestServer &server = m_validationServer;
        if (m_validationKey.isEmpty()) {
            QVERIFY(server.start());
            m_validationKey = server.createKey().toLatin1();
        }
        const HttpResult r = httpRequest(
            server.port(), "POST", "/webhooks",
            {{"X-Api-Key", m_validationKey}, {"Content-Type", "application/json"}}, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QVERIFY(!r.json().value("error").toString().isEmpty());
        QStringList got;
        for (const QJsonValue &v : r.json().value("fields").toArray())
            got.append(v.toString());
        QCOMPARE(got, fields);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM webhook_subscriptions").toInt(), 0);
    }

    void malformedBodies()
    {
        TestServer server;
        QVERIFY(server.start());
        const QByteArray key = server.createKey().toLatin1();
        HttpResult r
            = httpRequest(server.port(), "POST", "/webhooks",
                          {{"X-Api-Key", key}, {"Content-Type", "application/json"}}, "{not json");
        QCOMPARE(r.status, 400);
        r = httpRequest(server.port(), "POST", "/webhooks",
                        {{"X-Api-Key", key}, {"Content-Type", "text/plain"}}, "{}");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value("fields").toArray(), QJsonArray({"Content-Type"}));
    }

    void deleteRemovesASubscription()
    {
        TestServer server;
        server.setSetting(SettingsSchema::WebhooksAllowPrivateTargets, "true");
        QVERIFY(server.start());
        const QByteArray key = server.createKey().toLatin1();
        const QString id = subscribeOrFail(server, key, "http://127.0.0.1:9/x", {"*"});
        QVERIFY(!id.isEmpty());
        HttpResult r = httpRequest(server.port(), "DELETE", "/webhooks/" + id.toLatin1(),
                                   {{"X-Api-Key", key}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("data").toObject().value("id").toString(), id);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM webhook_subscriptions").toInt(), 0);
        r = httpRequest(server.port(), "DELETE", "/api/v1/webhooks/" + id.toLatin1(),
                        {{"X-Api-Key", key}});
        QCOMPARE(r.status, 404);
        QVERIFY(!r.json().value("error").toString().isEmpty());
    }

    void addressClassification()
    {
        using webhooks::TargetPolicy::classify;
        const auto kind = [](const char *a) { return classify(QHostAddress(QString(a))); };
        for (const char *a :
             {"169.254.169.254", "169.254.0.1", "0.0.0.0", "::", "fe80::1", "224.0.0.1", "ff02::1",
              "255.255.255.255", "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", "0.1.2.3"})
            QVERIFY2(kind(a) == Kind::Forbidden, a);
        for (const char *a :
             {"127.0.0.1", "127.8.8.8", "::1", "10.1.2.3", "172.16.0.1", "172.31.255.255",
              "192.168.1.1", "100.64.0.1", "fd12::1", "::ffff:10.0.0.1"})
            QVERIFY2(kind(a) == Kind::Private, a);
        for (const char *a : {"93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111"})
            QVERIFY2(kind(a) == Kind::Public, a);
    }

    void privateAndForbiddenTargetsAreRefusedAtCreation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowPrivate");
        QTest::newRow("loopback") << "http://127.0.0.1:5678/hook" << false;
        QTest::newRow("localhost") << "http://localhost:5678/hook" << false;
        QTest::newRow("private") << "http://192.168.1.20/hook" << false;
        QTest::newRow("ipv6 loopback") << "http://[::1]:5678/hook" << false;
        QTest::newRow("metadata") << "http://169.254.169.254/latest/meta-data" << true;
        QTest::newRow("unspecified") << "http://0.0.0.0:8080/" << true;
        QTest::newRow("ipv6 unspecified") << "http://[::]:8080/" << true;
        QTest::newRow("link-local v6") << "http://[fe80::1]/" << true;
        QTest::newRow("multicast") << "http://224.0.0.1/" << true;
        QTest::newRow("mapped metadata") << "http://[::ffff:169.254.169.254]/" << true;
    }

    void privateAndForbiddenTargetsAreRefusedAtCreation()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowPrivate);
        TestServer server;
        server.setSetting(SettingsSchema::WebhooksAllowPrivateTargets,
                          allowPrivate ? "true" : "false");
        QVERIFY(server.start());
        const QByteArray key = server.createKey().toLatin1();
        const HttpResult r
            = subscribe(server, key, {{"url", url}, {"events", QJsonArray({"lead.created"})}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value("fields").toArray(), QJsonArray({"url"}));
        QVERIFY2(r.json().value("error").toString().contains("not an allowed webhook target"),
                 r.body.constData());
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM webhook_subscriptions").toInt(), 0);
    }

    void privateTargetRefusedAtDeliveryWhenTheSettingIsTurnedOff()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        TestServer server;
        server.setSetting(SettingsSchema::WebhooksAllowPrivateTargets, "true");
        server.setSetting(SettingsSchema::WebhooksRetrySchedule, "30");
        QVERIFY(server.start());
        const QByteArray key = server.createKey().toLatin1();
        QVERIFY(!subscribeOrFail(server, key, receiver.url(), {"lead.created"}).isEmpty());
        // Written on a connection of its own, as `remixcrm config set` does from its process:
        // in force for the very next delivery, with no wait.
        server.setSetting(SettingsSchema::WebhooksAllowPrivateTargets, "false");
        QVERIFY(!createLead(server.port(), key, "ssrf@example.com").isEmpty());
        QTRY_COMPARE(server.scalar("SELECT COUNT(*) FROM webhook_attempts").toInt(), 1);
        QVERIFY(server.scalar("SELECT error FROM webhook_attempts")
                    .toString()
                    .startsWith("refused target: 127.0.0.1 is a loopback"));
        QCOMPARE(receiver.requests().size(), 0);
        QCOMPARE(receiver.connectionsAccepted(), 0);
    }

    void privateTargetAllowedAtOnceWhenTheSettingIsTurnedOn()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        TestServer server;
        server.setSetting(SettingsSchema::WebhooksRetrySchedule, "30");
        QVERIFY(server.start());
        const QByteArray key = server.createKey().toLatin1();
        // The dispatcher read its settings (private targets off) when it started.
        server.setSetting(SettingsSchema::WebhooksAllowPrivateTargets, "true");
        QVERIFY(!subscribeOrFail(server, key, receiver.url(), {"lead.created"}).isEmpty());
        QVERIFY(!createLead(server.port(), key, "first@example.com").isEmpty());
        QTRY_COMPARE(server.scalar("SELECT COUNT(*) FROM webhook_attempts").toInt(), 1);
        QCOMPARE(server.scalar("SELECT error FROM webhook_attempts").toString(), QString());
        QTRY_COMPARE(receiver.requests().size(), 1);
    }

private:
    // One server for every row of validationErrorsNameTheirFields, started by the first row. A
    // member rather than a function-local static: a static is destroyed after QCoreApplication,
    // when the server's threads no longer run the events that delete their objects, which leaked.
    TestServer m_validationServer;
    QByteArray m_validationKey;
};

QTEST_GUILESS_MAIN(WebhooksApiTest)
#include "tst_webhooks_api.moc"
