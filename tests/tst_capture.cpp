// SPDX-License-Identifier: GPL-3.0-or-later
// POST /capture against the real listener and store: the seed's shapes, upsert rules,
// validation, leads from captures, limits, CORS and concurrency.
#include "core/capture/IpRateLimiter.h"
#include "core/http/ClientAddress.h"
#include "core/settings/SettingsSchema.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QTest>

using namespace rmx::test;

namespace {
const QByteArray SeedBody = R"({
"email": "jane@example.com",
"first_name": "Jane",
"last_name": "Doe",
"source": "organic",
"metadata": {
"utm_source": "google",
"utm_campaign": "spring-launch",
"landing_page": "/pricing"
}
})";

const Headers Json = {{"Content-Type", "application/json"}};

HttpResult capture(quint16 port, const QByteArray &body, const Headers &extra = {})
{
    return httpRequest(port, "POST", "/capture", Json + extra, body);
}

QByteArray jsonOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject storedMetadata(TestServer &server, const QString &emailKey)
{
    return QJsonDocument::fromJson(
               server
                   .scalar(QStringLiteral("SELECT metadata FROM contacts WHERE email_key = '%1'")
                               .arg(emailKey))
                   .toByteArray())
        .object();
}
} // namespace

class CaptureTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_shared; // one server for the data-driven validation rows

private slots:
    void cleanupTestCase() { m_shared.reset(); }

    void seedCurlCreatesContactWithExactShape()
    {
        TestServer server;
        QVERIFY(server.start());
        const HttpResult r = capture(server.port(), SeedBody);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        static const QRegularExpression shape(QStringLiteral(
            R"(^\{"data":\{"id":"cont_[0-9A-HJKMNP-TV-Z]{26}","email":"jane@example\.com",)"
            R"("first_name":"Jane","last_name":"Doe","stage":"lead","source":"organic",)"
            R"("created_at":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"\}\}$)"));
        QVERIFY2(shape.match(QString::fromUtf8(r.body)).hasMatch(), r.body.constData());
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM contacts").toInt(), 1);
        QCOMPARE(
            server.scalar("SELECT COUNT(*) FROM outbox WHERE event = 'contact.created'").toInt(),
            1);
        const QJsonObject event
            = QJsonDocument::fromJson(server.scalar("SELECT data FROM outbox").toByteArray())
                  .object();
        QCOMPARE(event.value("id").toString(),
                 r.json().value("data").toObject().value("id").toString());
        QCOMPARE(event.value("source").toString(), QStringLiteral("organic"));
        const QJsonObject metadata = storedMetadata(server, "jane@example.com");
        QCOMPARE(metadata.value("utm_campaign").toString(), QStringLiteral("spring-launch"));
        QCOMPARE(metadata.value("landing_page").toString(), QStringLiteral("/pricing"));
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM leads").toInt(), 0);
    }

    void createThenUpdateKeepsIdAndCreatedAt()
    {
        TestServer server;
        QVERIFY(server.start());
        const HttpResult first = capture(server.port(), SeedBody);
        QCOMPARE(first.status, 201);
        // Let the clock pass the first created_at (one-second resolution), so that an update
        // that wrote a new created_at would show.
        const QString createdAt
            = first.json().value("data").toObject().value("created_at").toString();
        QVERIFY(QTest::qWaitFor(
            [&] { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate) > createdAt; },
            3000));
        const HttpResult second = capture(
            server.port(),
            R"({"email":"  JANE@Example.COM ","first_name":"Janet","last_name":"","source":"referral"})");
        QCOMPARE(second.status, 200);
        const QJsonObject a = first.json().value("data").toObject();
        const QJsonObject b = second.json().value("data").toObject();
        QCOMPARE(b.value("id"), a.value("id"));
        QCOMPARE(b.value("created_at"), a.value("created_at"));
        QCOMPARE(b.value("email").toString(), QStringLiteral("jane@example.com"));
        QCOMPARE(b.value("first_name").toString(), QStringLiteral("Janet"));
        QCOMPARE(b.value("last_name").toString(), QStringLiteral("Doe")); // empty: not sent
        QCOMPARE(b.value("source").toString(), QStringLiteral("referral"));
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM contacts").toInt(), 1);
        QCOMPARE(
            server.scalar("SELECT COUNT(*) FROM outbox WHERE event = 'contact.updated'").toInt(),
            1);
        QCOMPARE(server.scalar("SELECT event FROM outbox ORDER BY id DESC LIMIT 1").toString(),
                 QStringLiteral("contact.updated"));
    }

    void metadataMergesKeyByKey()
    {
        TestServer server;
        QVERIFY(server.start());
        QCOMPARE(capture(server.port(),
                         R"({"email":"m@example.com","metadata":{"a":"1","b":"2","gone":"x"}})")
                     .status,
                 201);
        QCOMPARE(capture(server.port(),
                         R"({"email":"M@example.com","metadata":{"b":"3","c":4,"gone":null}})")
                     .status,
                 200);
        const QJsonObject metadata = storedMetadata(server, "m@example.com");
        QCOMPARE(metadata.value("a").toString(), QStringLiteral("1"));
        QCOMPARE(metadata.value("b").toString(), QStringLiteral("3"));
        QCOMPARE(metadata.value("c").toInt(), 4);
        QVERIFY(!metadata.contains("gone"));
        // A capture without metadata leaves it alone.
        QCOMPARE(capture(server.port(), R"({"email":"m@example.com"})").status, 200);
        QCOMPARE(storedMetadata(server, "m@example.com").size(), 3);
    }

    void stageNeverMovesBackwards()
    {
        TestServer server;
        QVERIFY(server.start());
        QCOMPARE(capture(server.port(), SeedBody).status, 201);
        server.scalar("UPDATE contacts SET stage = 'customer'");
        const HttpResult r = capture(server.port(), SeedBody);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("data").toObject().value("stage").toString(),
                 QStringLiteral("customer"));
        QCOMPARE(server.scalar("SELECT stage FROM contacts").toString(),
                 QStringLiteral("customer"));
    }

    void eventDateCreatesLeadInSameTransaction()
    {
        TestServer server;
        QVERIFY(server.start());
        const HttpResult r = capture(server.port(), R"({
            "email": "ann@example.com", "name": "Ann Lee", "phone": "+15550001111",
            "event_date": "2027-06-12", "event_type": "wedding", "notes": "Barn venue",
            "status": "quoted", "source": "Instagram"})");
        QCOMPARE(r.status, 201);
        const QJsonObject data = r.json().value("data").toObject();
        QCOMPARE(data.value("first_name").toString(), QStringLiteral("Ann"));
        QCOMPARE(data.value("last_name").toString(), QStringLiteral("Lee"));
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM leads").toInt(), 1);
        QCOMPARE(server.scalar("SELECT created_via FROM leads").toString(),
                 QStringLiteral("capture"));
        QCOMPARE(server.scalar("SELECT status FROM leads").toString(), QStringLiteral("new"));
        QCOMPARE(server.scalar("SELECT notes FROM leads").toString(), QStringLiteral("Barn venue"));
        QCOMPARE(server
                     .scalar("SELECT t.name FROM leads l JOIN event_types t "
                             "ON t.id = l.event_type_id")
                     .toString(),
                 QStringLiteral("Wedding"));
        QCOMPARE(server
                     .scalar("SELECT c.public_id FROM leads l JOIN contacts c "
                             "ON c.id = l.contact_id")
                     .toString(),
                 data.value("id").toString());
        QCOMPARE(server
                     .scalar("SELECT group_concat(event, ',') FROM "
                             "(SELECT event FROM outbox ORDER BY id)")
                     .toString(),
                 QStringLiteral("contact.created,lead.created"));
        // Same person again with another date: an update plus a second lead.
        QCOMPARE(capture(server.port(), R"({"email":"ANN@example.com", "name": "Ann Lee",
            "phone": "+15550001111", "event_date": "2027-09-01"})")
                     .status,
                 200);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM leads").toInt(), 2);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM contacts").toInt(), 1);
    }

    void validationErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("fields");
        const QByteArray longName(201, 'a');
        const QByteArray longNotes(10001, 'n');
        QJsonObject manyKeys;
        for (int i = 0; i < 51; ++i)
            manyKeys.insert(QStringLiteral("k%1").arg(i), "v");
        QJsonObject bigValue {{"blob", QString(8200, u'x')}};
        QJsonObject fiftyKeys;
        for (int i = 0; i < 50; ++i)
            fiftyKeys.insert(QStringLiteral("k%1").arg(i), "v");

        QTest::newRow("missing email")
            << QByteArray("{\"first_name\":\"Jane\"}") << QStringList {"email"};
        QTest::newRow("blank email") << QByteArray("{\"email\":\"   \"}") << QStringList {"email"};
        QTest::newRow("bad email")
            << QByteArray("{\"email\":\"jane@@example\"}") << QStringList {"email"};
        QTest::newRow("email not string") << QByteArray("{\"email\":42}") << QStringList {"email"};
        QTest::newRow("name not string")
            << QByteArray("{\"email\":\"a@example.com\",\"first_name\":[\"x\"]}")
            << QStringList {"first_name"};
        QTest::newRow("first_name 201")
            << QByteArray("{\"email\":\"a@example.com\",\"first_name\":\"" + longName + "\"}")
            << QStringList {"first_name"};
        QTest::newRow("last_name 201")
            << QByteArray("{\"email\":\"a@example.com\",\"last_name\":\"" + longName + "\"}")
            << QStringList {"last_name"};
        QTest::newRow("source 201")
            << QByteArray("{\"email\":\"a@example.com\",\"source\":\"" + longName + "\"}")
            << QStringList {"source"};
        QTest::newRow("notes 10001")
            << QByteArray("{\"email\":\"a@example.com\",\"notes\":\"" + longNotes + "\"}")
            << QStringList {"notes"};
        QTest::newRow("email 255")
            << QByteArray("{\"email\":\"" + QByteArray(245, 'e') + "@example.com\"}")
            << QStringList {"email"};
        QTest::newRow("metadata not object")
            << QByteArray("{\"email\":\"a@example.com\",\"metadata\":\"utm\"}")
            << QStringList {"metadata"};
        QTest::newRow("metadata 51 keys")
            << QByteArray("{\"email\":\"a@example.com\",\"metadata\":" + jsonOf(manyKeys) + "}")
            << QStringList {"metadata"};
        QTest::newRow("metadata over 8 KiB")
            << QByteArray("{\"email\":\"a@example.com\",\"metadata\":" + jsonOf(bigValue) + "}")
            << QStringList {"metadata"};
        QTest::newRow("event_date without phone") << QByteArray(
            "{\"email\":\"a@example.com\",\"name\":\"A B\",\"event_date\":\"2027-01-01\"}")
                                                  << QStringList {"phone"};
        QTest::newRow("event_date without name") << QByteArray(
            "{\"email\":\"a@example.com\",\"phone\":\"1\",\"event_date\":\"2027-01-01\"}")
                                                 << QStringList {"first_name", "last_name"};
        QTest::newRow("event_date not a date")
            << QByteArray("{\"email\":\"a@example.com\",\"name\":\"A\",\"phone\":\"1\",\"event_"
                          "date\":\"2027-02-30\"}")
            << QStringList {"event_date"};
        QTest::newRow("fifty keys is fine")
            << QByteArray("{\"email\":\"a@example.com\",\"metadata\":" + jsonOf(fiftyKeys) + "}")
            << QStringList();
    }

    void validationErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, fields);
        if (!m_shared) {
            m_shared = std::make_unique<TestServer>();
            m_shared->setSetting(rmx::SettingsSchema::CaptureRateLimitPerMinute, "0");
            QVERIFY(m_shared->start());
        }
        TestServer *server = m_shared.get();
        const HttpResult r = capture(server->port(), body);
        if (fields.isEmpty()) {
            QVERIFY(r.status == 201 || r.status == 200);
            return;
        }
        QCOMPARE(r.status, 400);
        QVERIFY(!r.json().value("error").toString().isEmpty());
        QStringList got;
        for (const QJsonValue &f : r.json().value("fields").toArray())
            got.append(f.toString());
        QCOMPARE(got, fields);
        QCOMPARE(server->scalar("SELECT COUNT(*) FROM contacts WHERE email_key <> 'a@example.com'")
                     .toInt(),
                 0);
    }

    void mergedMetadataOverTheCapIsRefused()
    {
        TestServer server;
        QVERIFY(server.start());
        QJsonObject first, second;
        for (int i = 0; i < 30; ++i) {
            first.insert(QStringLiteral("a%1").arg(i), "v");
            second.insert(QStringLiteral("b%1").arg(i), "v");
        }
        QCOMPARE(capture(server.port(), jsonOf({{"email", "x@example.com"}, {"metadata", first}}))
                     .status,
                 201);
        const HttpResult r
            = capture(server.port(), jsonOf({{"email", "x@example.com"}, {"metadata", second}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value("fields").toArray().first().toString(), QStringLiteral("metadata"));
        QCOMPARE(storedMetadata(server, "x@example.com").size(), 30);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM outbox").toInt(), 1);
    }

    void bodyErrors()
    {
        TestServer server;
        QVERIFY(server.start());
        HttpResult r = capture(server.port(), "{not json");
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().contains("error"));
        r = capture(server.port(), "[1,2]");
        QCOMPARE(r.status, 400);
        r = httpRequest(server.port(), "POST", "/capture", {{"Content-Type", "text/csv"}}, "a,b");
        QCOMPARE(r.status, 415);
        QCOMPARE(r.json().value("fields").toArray().first().toString(),
                 QStringLiteral("Content-Type"));
        r = httpRequest(server.port(), "GET", "/capture");
        QCOMPARE(r.status, 405);
    }

    void formEncodedCaptureAnswersJson()
    {
        TestServer server;
        QVERIFY(server.start());
        const HttpResult r = httpRequest(
            server.port(), "POST", "/capture",
            {{"Content-Type", "application/x-www-form-urlencoded"}},
            "email=lee%40example.com&first_name=Lee+Ann&last_name=O%27Neil%2BCo&source=Flyer"
            "&metadata%5Butm_source%5D=print&metadata[ref]=a+b");
        QCOMPARE(r.status, 201);
        const QJsonObject data = r.json().value("data").toObject();
        QCOMPARE(data.value("email").toString(), QStringLiteral("lee@example.com"));
        QCOMPARE(data.value("first_name").toString(), QStringLiteral("Lee Ann"));
        QCOMPARE(data.value("last_name").toString(), QStringLiteral("O'Neil+Co"));
        const QJsonObject metadata = storedMetadata(server, "lee@example.com");
        QCOMPARE(metadata.value("utm_source").toString(), QStringLiteral("print"));
        QCOMPARE(metadata.value("ref").toString(), QStringLiteral("a b"));
        // curl -d '{...}' without -H sends JSON labelled as a form: read as JSON.
        QCOMPARE(httpRequest(server.port(), "POST", "/capture",
                             {{"Content-Type", "application/x-www-form-urlencoded"}}, SeedBody)
                     .status,
                 201);
    }

    void newContactCeiling()
    {
        TestServer server;
        server.setSetting(rmx::SettingsSchema::CaptureNewContactsPerHour, "2");
        QVERIFY(server.start());
        QCOMPARE(capture(server.port(), R"({"email":"one@example.com"})").status, 201);
        QCOMPARE(capture(server.port(), R"({"email":"two@example.com"})").status, 201);
        const HttpResult refused = capture(server.port(), R"({"email":"three@example.com"})");
        QCOMPARE(refused.status, 429);
        const int retry = refused.header("retry-after").toInt();
        QVERIFY2(retry > 3000 && retry <= 3600, refused.header("retry-after").constData());
        QVERIFY(refused.json().contains("error"));
        // Updates are not new contacts.
        QCOMPARE(capture(server.port(), R"({"email":"one@example.com","first_name":"A"})").status,
                 200);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM contacts").toInt(), 2);
    }

    void perIpLimit()
    {
        TestServer server;
        server.setSetting(rmx::SettingsSchema::CaptureRateLimitPerMinute, "3");
        QVERIFY(server.start());
        QCOMPARE(capture(server.port(), R"({"email":"r1@example.com"})").status, 201);
        QCOMPARE(httpRequest(server.port(), "GET", "/form").status, 200); // /form counts too
        QCOMPARE(capture(server.port(), R"({"email":"r2@example.com"})").status, 201);
        const HttpResult limited = capture(server.port(), R"({"email":"r3@example.com"})");
        QCOMPARE(limited.status, 429);
        const int retry = limited.header("retry-after").toInt();
        QVERIFY(retry >= 1 && retry <= 60);
        QVERIFY(limited.json().value("error").toString().contains("Too many"));
        QCOMPARE(httpRequest(server.port(), "GET", "/form").status, 429);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM contacts").toInt(), 2);

        // The tunnel agent connects from loopback: its forwarded address is the client.
        const Headers viaTunnel = {{"CF-Connecting-IP", "203.0.113.9"}};
        QCOMPARE(capture(server.port(), R"({"email":"r4@example.com"})", viaTunnel).status, 201);
        const Headers viaProxy = {{"X-Forwarded-For", "198.51.100.4, 10.0.0.1"}};
        for (int i = 0; i < 3; ++i)
            QCOMPARE(capture(server.port(), R"({"email":"r5@example.com"})", viaProxy).status,
                     i == 0 ? 201 : 200);
        QCOMPARE(capture(server.port(), R"({"email":"r5@example.com"})", viaProxy).status, 429);
        // The API is not behind this limit.
        QCOMPARE(httpRequest(server.port(), "GET", "/api/v1/leads").status, 401);
    }

    void spoofedForwardedForFromNonLoopbackPeerIsIgnored()
    {
        QHostAddress external;
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()) {
                external = a;
                break;
            }
        }
        if (external.isNull())
            QSKIP("this host has no non-loopback IPv4 address");
        TestServer server;
        server.setSetting(rmx::SettingsSchema::CaptureRateLimitPerMinute, "2");
        QVERIFY(server.start(external.toString() + ":0"));
        auto send = [&](const QByteArray &spoofed) {
            HttpClient client(server.port(), external);
            if (!client.connectToServer())
                return 0;
            return client
                .request(
                    "POST", "/capture",
                    Json + Headers {{"X-Forwarded-For", spoofed}, {"CF-Connecting-IP", spoofed}},
                    R"({"email":"spoof@example.com"})")
                .status;
        };
        QCOMPARE(send("203.0.113.1"), 201);
        QCOMPARE(send("203.0.113.2"), 200);
        // A third "client" is the same peer: the headers did not buy a fresh allowance.
        QCOMPARE(send("203.0.113.3"), 429);
    }

    void clientAddressTrustsHeadersOnlyFromLoopback()
    {
        using rmx::http::ClientAddress::resolve;
        const QList<QPair<QByteArray, QByteArray>> xff
            = {{"x-forwarded-for", "198.51.100.4, 10.0.0.1"}};
        const QList<QPair<QByteArray, QByteArray>> cf
            = {{"x-forwarded-for", "198.51.100.4"}, {"cf-connecting-ip", "2001:db8::7"}};
        QCOMPARE(resolve(QHostAddress("192.0.2.7"), xff), QStringLiteral("192.0.2.7"));
        QCOMPARE(resolve(QHostAddress("2001:db8::1"), cf), QStringLiteral("2001:db8::1"));
        QCOMPARE(resolve(QHostAddress("::ffff:192.0.2.7"), xff), QStringLiteral("192.0.2.7"));
        QCOMPARE(resolve(QHostAddress("127.0.0.1"), xff), QStringLiteral("198.51.100.4"));
        QCOMPARE(resolve(QHostAddress("::ffff:127.0.0.1"), xff), QStringLiteral("198.51.100.4"));
        QCOMPARE(resolve(QHostAddress("::1"), cf), QStringLiteral("2001:db8::7"));
        QCOMPARE(resolve(QHostAddress("127.0.0.1"), {{"x-forwarded-for", "not-an-ip"}}),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(resolve(QHostAddress("127.0.0.1"), {}), QStringLiteral("127.0.0.1"));
    }

    void ipRateLimiterWindow()
    {
        using rmx::capture::IpRateLimiter;
        IpRateLimiter limiter;
        QVERIFY(limiter.hit("192.0.2.1", 2, 60000, 1000).allowed);
        QVERIFY(limiter.hit("192.0.2.1", 2, 60000, 2000).allowed);
        const auto refused = limiter.hit("192.0.2.1", 2, 60000, 3000);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSec, 58); // the first hit leaves the window at 61 000
        QVERIFY(limiter.hit("192.0.2.2", 2, 60000, 3000).allowed);
        QVERIFY(!limiter.hit("192.0.2.1", 2, 60000, 60999).allowed);
        QVERIFY(limiter.hit("192.0.2.1", 2, 60000, 61001).allowed);
        QVERIFY(limiter.hit("192.0.2.1", 0, 60000, 61002).allowed); // 0 = unlimited
        // One IPv6 subscriber (a /64) is one client.
        QCOMPARE(IpRateLimiter::bucketOf("2001:db8:1:2:aaaa::1"),
                 IpRateLimiter::bucketOf("2001:db8:1:2:bbbb::2"));
        QVERIFY(IpRateLimiter::bucketOf("2001:db8:1:3::1")
                != IpRateLimiter::bucketOf("2001:db8:1:2::1"));
        QCOMPARE(IpRateLimiter::bucketOf("192.0.2.9"), QStringLiteral("192.0.2.9"));
    }

    void corsPreflight()
    {
        TestServer server;
        server.setSetting(rmx::SettingsSchema::CorsAllowedOrigins,
                          "https://www.example.com, https://shop.example.com:8443/");
        QVERIFY(server.start());
        const Headers allowed = {{"Origin", "https://www.example.com"},
                                 {"Access-Control-Request-Method", "POST"},
                                 {"Access-Control-Request-Headers", "content-type"}};
        HttpResult r = httpRequest(server.port(), "OPTIONS", "/capture", allowed);
        QCOMPARE(r.status, 204);
        QCOMPARE(r.header("access-control-allow-origin"), QByteArray("https://www.example.com"));
        QVERIFY(r.header("vary").contains("Origin"));
        QCOMPARE(r.header("access-control-allow-methods"), QByteArray("POST"));
        QVERIFY(r.header("access-control-allow-headers").toLower().contains("content-type"));
        QCOMPARE(r.header("access-control-max-age"), QByteArray("600"));
        QVERIFY(r.header("access-control-allow-credentials").isEmpty());

        r = httpRequest(server.port(), "OPTIONS", "/capture",
                        {{"Origin", "https://shop.example.com:8443"},
                         {"Access-Control-Request-Method", "POST"}});
        QCOMPARE(r.header("access-control-allow-origin"),
                 QByteArray("https://shop.example.com:8443"));

        for (const QByteArray &origin :
             {QByteArray("https://evil.example"), QByteArray("http://www.example.com"),
              QByteArray("https://www.example.com.evil.example"), QByteArray("null")}) {
            r = httpRequest(server.port(), "OPTIONS", "/capture",
                            {{"Origin", origin}, {"Access-Control-Request-Method", "POST"}});
            QCOMPARE(r.status, 204);
            QVERIFY2(r.header("access-control-allow-origin").isEmpty(), origin.constData());
            QVERIFY(r.header("access-control-allow-methods").isEmpty());
        }
        // Unusual methods or headers are not granted.
        r = httpRequest(
            server.port(), "OPTIONS", "/capture",
            {{"Origin", "https://www.example.com"}, {"Access-Control-Request-Method", "DELETE"}});
        QVERIFY(r.header("access-control-allow-origin").isEmpty());
        r = httpRequest(server.port(), "OPTIONS", "/capture",
                        {{"Origin", "https://www.example.com"},
                         {"Access-Control-Request-Method", "POST"},
                         {"Access-Control-Request-Headers", "content-type, authorization"}});
        QVERIFY(r.header("access-control-allow-origin").isEmpty());

        // The actual request: echoed for listed origins only.
        r = capture(server.port(), SeedBody, {{"Origin", "https://www.example.com"}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("access-control-allow-origin"), QByteArray("https://www.example.com"));
        QVERIFY(r.header("vary").contains("Origin"));
        r = capture(server.port(), SeedBody, {{"Origin", "https://evil.example"}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("access-control-allow-origin").isEmpty());
    }

    void corsIsOffByDefaultAndNeverOnTheApi()
    {
        TestServer server;
        QVERIFY(server.start());
        HttpResult r = httpRequest(
            server.port(), "OPTIONS", "/capture",
            {{"Origin", "https://www.example.com"}, {"Access-Control-Request-Method", "POST"}});
        QVERIFY(r.header("access-control-allow-origin").isEmpty());
        server.setSetting(rmx::SettingsSchema::CorsAllowedOrigins, "https://www.example.com");
        const QByteArray key = server.createKey().toLatin1();
        for (const QByteArray &method : {QByteArray("OPTIONS"), QByteArray("GET")}) {
            r = httpRequest(server.port(), method, "/api/v1/leads",
                            {{"Origin", "https://www.example.com"},
                             {"Access-Control-Request-Method", "POST"},
                             {"Authorization", "Bearer " + key}});
            QVERIFY(r.status == 405 || r.status == 200);
            QVERIFY(r.header("access-control-allow-origin").isEmpty());
            QVERIFY(r.header("access-control-allow-methods").isEmpty());
        }
        r = httpRequest(
            server.port(), "OPTIONS", "/capture",
            {{"Origin", "https://www.example.com"}, {"Access-Control-Request-Method", "POST"}});
        QCOMPARE(r.header("access-control-allow-origin"), QByteArray("https://www.example.com"));
    }

    void concurrentCapturesOfOneEmailMakeOneContact()
    {
        TestServer server;
        server.setSetting(rmx::SettingsSchema::CaptureRateLimitPerMinute, "0");
        QVERIFY(server.start());
        constexpr int Count = 100;
        std::vector<std::unique_ptr<HttpClient>> clients;
        for (int i = 0; i < Count; ++i) {
            clients.push_back(std::make_unique<HttpClient>(server.port()));
            QVERIFY(clients.back()->connectToServer());
        }
        const QByteArray body = R"({"email":"crowd@example.com","first_name":"C"})";
        for (auto &client : clients)
            client->sendRaw(HttpClient::build("POST", "/capture", Json, body));
        int created = 0, updated = 0;
        QSet<QString> ids;
        for (auto &client : clients) {
            const HttpResult r = client->readResponse(20000);
            if (r.status == 201)
                ++created;
            else if (r.status == 200)
                ++updated;
            else
                QFAIL(qPrintable(
                    QStringLiteral("status %1: %2").arg(r.status).arg(QString::fromUtf8(r.body))));
            ids.insert(r.json().value("data").toObject().value("id").toString());
        }
        QCOMPARE(created, 1);
        QCOMPARE(updated, Count - 1);
        QCOMPARE(ids.size(), 1);
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM contacts").toInt(), 1);
        QCOMPARE(
            server.scalar("SELECT COUNT(*) FROM outbox WHERE event = 'contact.created'").toInt(),
            1);
        QCOMPARE(
            server.scalar("SELECT COUNT(*) FROM outbox WHERE event = 'contact.updated'").toInt(),
            Count - 1);
    }
};

QTEST_GUILESS_MAIN(CaptureTest)
#include "tst_capture.moc"
