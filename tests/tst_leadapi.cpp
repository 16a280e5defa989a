// SPDX-License-Identifier: GPL-3.0-or-later
// The Lead API of the seed contract, over real loopback HTTP against the real server and a real
// SQLite file: every status code and JSON shape, validation, auth, rate limit, idempotency,
// reading and paging leads, and the outbox rows written with each lead.
#include "tests/support/HttpClient.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <memory>
#include <vector>

using namespace rmx::test;

namespace {
QJsonObject validLead(const QString &email = QStringLiteral("jane@example.com"))
{
    return {{"first_name", "Jane"},
            {"last_name", "Doe"},
            {"email", email},
            {"phone", "+15551234567"},
            {"event_date", "2026-08-15"}};
}

QByteArray toBody(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

void verifyJson(const HttpResult &r)
{
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void verifyError(const HttpResult &r, int status, const QStringList &fields = {})
{
    QCOMPARE(r.status, status);
    verifyJson(r);
    QVERIFY2(!r.json().value("error").toString().isEmpty(), r.body.constData());
    if (!fields.isEmpty())
        QCOMPARE(toStringList(r.json().value("fields")), fields);
}
} // namespace

class LeadApiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QByteArray m_key;

    Headers auth(const QByteArray &key = {}) const
    {
        return {{"Authorization", "Bearer " + (key.isEmpty() ? m_key : key)},
                {"Content-Type", "application/json"}};
    }

    HttpResult post(const QJsonObject &body, const Headers &headers = {})
    {
        return httpRequest(m_server->port(), "POST", "/api/v1/leads",
                           headers.isEmpty() ? auth() : headers, toBody(body));
    }

    HttpResult get(const QByteArray &path, bool withKey = true)
    {
        return httpRequest(m_server->port(), "GET", path,
                           withKey ? Headers {{"X-API-Key", m_key}} : Headers {});
    }

    QJsonObject fetchLead(const QString &id)
    {
        const HttpResult r = get("/api/v1/leads/" + id.toLatin1());
        if (r.status != 200)
            qWarning("GET lead %s: %d %s", qPrintable(id), r.status, r.body.constData());
        return r.json();
    }

    int count(const QString &sql) { return m_server->scalar(sql).toInt(); }

    int runCli(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(REMIXCRM_BINARY),
                      QStringList {"--data-dir", m_server->dataDir()} + args);
        if (!process.waitForFinished(30000))
            return -1;
        if (out)
            *out = process.readAllStandardOutput();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_key = m_server->createKey().toLatin1();
    }
    void cleanup() { m_server.reset(); }

    // --- 201 -------------------------------------------------------------------------------

    void createdHasExactlyTheSeedShape()
    {
        const HttpResult r = post(validLead());
        QCOMPARE(r.status, 201);
        verifyJson(r);
        const QJsonObject body = r.json();
        QStringList keys = body.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList {"id", "lead_url", "status"}));
        QCOMPARE(body.value("status").toString(), QStringLiteral("created"));
        const QString id = body.value("id").toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(body.value("lead_url").toString(),
                 QStringLiteral("http://127.0.0.1:%1/leads/%2").arg(m_server->port()).arg(id));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM leads WHERE public_id = '%1'").arg(id)),
                 1);
    }

    void leadUrlUsesPublicUrlSetting()
    {
        m_server->setSetting("public_url", "https://leads.example.com/");
        const HttpResult r = post(validLead());
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value("lead_url").toString(),
                 "https://leads.example.com/leads/" + r.json().value("id").toString());
    }

    void seedFullExampleIsStored()
    {
        const QByteArray body = R"({
  "first_name": "Jane",
  "last_name": "Doe",
  "email": "jane@example.com",
  "phone": "+15551234567",
  "event_date": "2026-08-15",
  "event_type": "Wedding",
  "source": "Website contact form",
  "notes": "Saw the IG ad — wants 4 hours, indoor",
  "status": "new"
})";
        const HttpResult r = httpRequest(m_server->port(), "POST", "/api/v1/leads", auth(), body);
        QCOMPARE(r.status, 201);
        const QJsonObject lead = fetchLead(r.json().value("id").toString());
        QCOMPARE(lead.value("first_name").toString(), QStringLiteral("Jane"));
        QCOMPARE(lead.value("last_name").toString(), QStringLiteral("Doe"));
        QCOMPARE(lead.value("email").toString(), QStringLiteral("jane@example.com"));
        QCOMPARE(lead.value("phone").toString(), QStringLiteral("+15551234567"));
        QCOMPARE(lead.value("event_date").toString(), QStringLiteral("2026-08-15"));
        QCOMPARE(lead.value("event_type").toString(), QStringLiteral("Wedding"));
        QCOMPARE(lead.value("source").toString(), QStringLiteral("Website contact form"));
        QCOMPARE(lead.value("notes").toString(),
                 QString::fromUtf8("Saw the IG ad — wants 4 hours, indoor"));
        QCOMPARE(lead.value("status").toString(), QStringLiteral("new"));
    }

    void phoneStoredAsSent()
    {
        QJsonObject body = validLead();
        body["phone"] = " (555) 123-4567 ext. 9";
        const HttpResult r = post(body);
        QCOMPARE(r.status, 201);
        QCOMPARE(fetchLead(r.json().value("id").toString()).value("phone").toString(),
                 QStringLiteral(" (555) 123-4567 ext. 9"));
    }

    // --- names -----------------------------------------------------------------------------

    void nameSplitting_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("two words") << "Jane Doe"
                                   << "Jane"
                                   << "Doe";
        QTest::newRow("three words") << "Mary Ann Smith"
                                     << "Mary"
                                     << "Ann Smith";
        QTest::newRow("single word") << "Cher"
                                     << "Cher"
                                     << "";
        QTest::newRow("extra spaces") << "  Jane   Doe  "
                                      << "Jane"
                                      << "Doe";
    }

    void nameSplitting()
    {
        QFETCH(QString, name);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QJsonObject body = validLead();
        body.remove("first_name");
        body.remove("last_name");
        body["name"] = name;
        const HttpResult r = post(body);
        QCOMPARE(r.status, 201);
        const QJsonObject lead = fetchLead(r.json().value("id").toString());
        QCOMPARE(lead.value("first_name").toString(), first);
        QCOMPARE(lead.value("last_name").toString(), last);
    }

    // --- 400 -------------------------------------------------------------------------------

    void missingFields_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QStringList>("missing");
        const QStringList order {"first_name", "last_name", "email", "phone", "event_date"};
        // Every subset of the five fields removed from a complete first/last lead.
        for (int mask = 1; mask < 32; ++mask) {
            QJsonObject body = validLead();
            QStringList missing;
            for (int bit = 0; bit < 5; ++bit) {
                if (mask & (1 << bit)) {
                    body.remove(order[bit]);
                    missing.append(order[bit]);
                }
            }
            QTest::addRow("first/last minus %s", qPrintable(missing.join('+'))) << body << missing;
        }
        // The same with `name` standing for both names.
        const QStringList nameOrder {"name", "email", "phone", "event_date"};
        for (int mask = 1; mask < 16; ++mask) {
            QJsonObject body = validLead();
            body.remove("first_name");
            body.remove("last_name");
            body["name"] = "Jane Doe";
            QStringList removed;
            QStringList missing;
            for (int bit = 0; bit < 4; ++bit) {
                if (mask & (1 << bit)) {
                    body.remove(nameOrder[bit]);
                    removed.append(nameOrder[bit]);
                    if (bit == 0)
                        missing << "first_name"
                                << "last_name";
                    else
                        missing.append(nameOrder[bit]);
                }
            }
            QTest::addRow("name minus %s", qPrintable(removed.join('+'))) << body << missing;
        }
        // Empty and blank strings and null count as missing.
        QJsonObject blank = validLead();
        blank["email"] = "";
        blank["phone"] = "   ";
        blank["event_date"] = QJsonValue::Null;
        QTest::newRow("blank values") << blank << QStringList {"email", "phone", "event_date"};
        QTest::newRow("empty object")
            << QJsonObject()
            << QStringList {"first_name", "last_name", "email", "phone", "event_date"};
    }

    void missingFields()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QStringList, missing);
        const HttpResult r = post(body);
        verifyError(r, 400, missing);
        QCOMPARE(r.json().value("error").toString(), QStringLiteral("Missing required fields"));
        QCOMPARE(count("SELECT COUNT(*) FROM leads"), 0);
    }

    void badEmail_data()
    {
        QTest::addColumn<QString>("email");
        for (const char *email : {"jane", "jane@", "@example.com", "jane@example", "jane doe@x.com",
                                  "jane@@example.com", "jane@example..com", ".jane@example.com"})
            QTest::newRow(email) << QString::fromLatin1(email);
    }

    void badEmail()
    {
        QFETCH(QString, email);
        const HttpResult r = post(validLead(email));
        verifyError(r, 400, {"email"});
    }

    void badDate_data()
    {
        QTest::addColumn<QString>("date");
        for (const char *date :
             {"2026-02-30", "2026-13-01", "2026-04-31", "2025-02-29", "15/08/2026", "2026-8-15",
              "20260815", "2026-08-15T25:00:00", "next friday", "2026-08-1５"})
            QTest::newRow(date) << QString::fromUtf8(date);
    }

    void badDate()
    {
        QFETCH(QString, date);
        QJsonObject body = validLead();
        body["event_date"] = date;
        verifyError(post(body), 400, {"event_date"});
    }

    void leapDayAccepted()
    {
        QJsonObject body = validLead();
        body["event_date"] = "2028-02-29";
        QCOMPARE(post(body).status, 201);
    }

    void status_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stored");
        QTest::newRow("new") << "new" << 201 << "new";
        QTest::newRow("contacted") << "contacted" << 201 << "contacted";
        QTest::newRow("quoted") << "quoted" << 201 << "quoted";
        QTest::newRow("upper case") << "Quoted" << 201 << "quoted";
        QTest::newRow("booked is not for the API") << "booked" << 400 << "";
        QTest::newRow("unknown") << "hot" << 400 << "";
    }

    void status()
    {
        QFETCH(QString, sent);
        QFETCH(int, code);
        QFETCH(QString, stored);
        QJsonObject body = validLead();
        body["status"] = sent;
        const HttpResult r = post(body);
        if (code == 400) {
            verifyError(r, 400, {"status"});
            return;
        }
        QCOMPARE(r.status, 201);
        QCOMPARE(fetchLead(r.json().value("id").toString()).value("status").toString(), stored);
    }

    void defaultStatusIsNew()
    {
        const HttpResult r = post(validLead());
        QCOMPARE(fetchLead(r.json().value("id").toString()).value("status").toString(),
                 QStringLiteral("new"));
    }

    void invalidFieldsListedTogether()
    {
        QJsonObject body = validLead("nope");
        body["event_date"] = "2026-02-30";
        body["status"] = "hot";
        verifyError(post(body), 400, {"email", "event_date", "status"});
    }

    void bodyNotAJsonObject_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("string") << QByteArray("\"lead\"");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("truncated") << QByteArray("{\"name\":\"Jane");
        QTest::newRow("not json") << QByteArray("name=Jane+Doe");
        QTest::newRow("empty") << QByteArray();
    }

    void bodyNotAJsonObject()
    {
        QFETCH(QByteArray, body);
        const HttpResult r = httpRequest(m_server->port(), "POST", "/api/v1/leads", auth(), body);
        verifyError(r, 400);
    }

    void wrongContentType_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded");
        QTest::newRow("text") << QByteArray("text/plain");
        QTest::newRow("missing") << QByteArray();
    }

    void wrongContentType()
    {
        QFETCH(QByteArray, type);
        Headers headers {{"Authorization", "Bearer " + m_key}};
        if (!type.isEmpty())
            headers.append({"Content-Type", type});
        const HttpResult r
            = httpRequest(m_server->port(), "POST", "/api/v1/leads", headers, toBody(validLead()));
        verifyError(r, 400, {"Content-Type"});
        QCOMPARE(count("SELECT COUNT(*) FROM leads"), 0);
    }

    void jsonContentTypeWithCharsetAccepted()
    {
        const HttpResult r = post(validLead(),
                                  {{"Authorization", "Bearer " + m_key},
                                   {"Content-Type", "application/json; charset=utf-8"}});
        QCOMPARE(r.status, 201);
    }

    void nonStringFieldIsRefused()
    {
        // Numbers and booleans are read as their text (tst_integrations); objects are refused.
        QJsonObject body = validLead();
        body["phone"] = QJsonObject {{"number", 5551234567.0}};
        verifyError(post(body), 400, {"phone"});
    }

    // --- 401 -------------------------------------------------------------------------------

    void bothAuthHeadersAccepted()
    {
        QCOMPARE(post(validLead(), auth()).status, 201);
        QCOMPARE(
            post(validLead(), {{"X-API-Key", m_key}, {"Content-Type", "application/json"}}).status,
            201);
        QCOMPARE(post(validLead(),
                      {{"authorization", "bearer " + m_key}, {"Content-Type", "application/json"}})
                     .status,
                 201);
        QCOMPARE(count("SELECT COUNT(*) FROM leads"), 3);
    }

    void badKeysGet401_data()
    {
        QTest::addColumn<Headers>("headers");
        const QByteArray json = "application/json";
        QTest::newRow("no key") << Headers {{"Content-Type", json}};
        QTest::newRow("empty bearer")
            << Headers {{"Authorization", "Bearer "}, {"Content-Type", json}};
        QTest::newRow("basic scheme")
            << Headers {{"Authorization", "Basic dXNlcjpwYXNz"}, {"Content-Type", json}};
        QTest::newRow("not rmx") << Headers {
            {"Authorization", "Bearer sk_live_abcdefghijklmnopqrstuvwxyz123456"},
            {"Content-Type", json}};
        QTest::newRow("too short")
            << Headers {{"Authorization", "Bearer rmx_abc"}, {"Content-Type", json}};
        QTest::newRow("unknown key")
            << Headers {{"Authorization", "Bearer rmx_0123456789abcdefghijABCDEFGHIJkl"},
                        {"Content-Type", json}};
        QTest::newRow("unknown x-api-key") << Headers {
            {"X-API-Key", "rmx_0123456789abcdefghijABCDEFGHIJkl"}, {"Content-Type", json}};
    }

    void badKeysGet401()
    {
        QFETCH(Headers, headers);
        const HttpResult r = post(validLead(), headers);
        verifyError(r, 401);
        QVERIFY(!r.body.contains("rmx_0123456789"));
        QCOMPARE(count("SELECT COUNT(*) FROM leads"), 0);
    }

    void keyWithChangedCharacterGets401()
    {
        QByteArray altered = m_key;
        altered[altered.size() - 1] = altered.endsWith('a') ? 'b' : 'a';
        verifyError(post(validLead(), auth(altered)), 401);
    }

    void keyRevokedByCliRefusedOnNextRequest()
    {
        QCOMPARE(post(validLead()).status, 201);
        QByteArray out;
        QCOMPARE(runCli({"keys", "revoke", QString::fromLatin1(m_key.left(12))}, &out), 0);
        verifyError(post(validLead()), 401);
        verifyError(get("/api/v1/leads"), 401);
        QCOMPARE(count("SELECT COUNT(*) FROM leads"), 1);
        // Another key keeps working.
        const QByteArray other = m_server->createKey("Other").toLatin1();
        QCOMPARE(post(validLead(), auth(other)).status, 201);
    }

    // --- 429 -------------------------------------------------------------------------------

    void rateLimitGives429WithRetryAfter()
    {
        m_server->setSetting("lead_rate_limit_per_hour", "3");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(post(validLead()).status, 201);
        const HttpResult r = post(validLead());
        verifyError(r, 429);
        bool ok = false;
        const int retryAfter = r.header("retry-after").toInt(&ok);
        QVERIFY2(ok, r.header("retry-after").constData());
        QVERIFY2(retryAfter >= 1 && retryAfter <= 3600, QByteArray::number(retryAfter).constData());
        QCOMPARE(count("SELECT COUNT(*) FROM leads"), 3);

        // Raising the limit (no restart) lets leads in again; 0 means unlimited.
        m_server->setSetting("lead_rate_limit_per_hour", "0");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(post(validLead()).status, 201);
    }

    void rateLimitCountsAllKeys()
    {
        m_server->setSetting("lead_rate_limit_per_hour", "2");
        const QByteArray other = m_server->createKey("Other").toLatin1();
        QCOMPARE(post(validLead()).status, 201);
        QCOMPARE(post(validLead(), auth(other)).status, 201);
        QCOMPARE(post(validLead()).status, 429);
        QCOMPARE(post(validLead(), auth(other)).status, 429);
    }

    // --- 500 -------------------------------------------------------------------------------

    void serverErrorLeaksNothing()
    {
        // A real failure inside the write transaction, raised by SQLite itself, whose message
        // carries SQL-ish text and a file path that must stay in the log.
        {
            const QString path = m_server->dataDir();
            m_server->scalar(
                QStringLiteral("CREATE TRIGGER refuse_leads BEFORE INSERT ON leads BEGIN SELECT "
                               "RAISE(ABORT, 'disk failure at %1/remixcrm.db INSERT INTO leads'); "
                               "END")
                    .arg(path));
        }
        QCOMPARE(count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'refuse_leads'"), 1);
        const HttpResult r = post(validLead());
        verifyError(r, 500);
        QCOMPARE(r.json().keys(), QStringList {"error"});
        const QByteArray lower = r.body.toLower();
        for (const QByteArray &secret :
             {QByteArray("insert"), QByteArray("sql"), QByteArray("leads ("), QByteArray("trigger"),
              QByteArray("disk failure"), QByteArray(".db"), m_server->dataDir().toUtf8().toLower(),
              m_key.toLower()})
            QVERIFY2(!lower.contains(secret), r.body.constData());
        // Nothing of the failed transaction remains, not even the contact or the outbox rows.
        QCOMPARE(count("SELECT COUNT(*) FROM contacts"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM outbox"), 0);
        // The server keeps serving once the cause is gone.
        m_server->scalar("DROP TRIGGER refuse_leads");
        QCOMPARE(post(validLead()).status, 201);
    }

    // A read that fails on the listener thread (here, the table it pages through is gone)
    // gets the same JSON 500, and the server keeps serving.
    void listenerReadFailureLeaksNothing()
    {
        m_server->scalar("ALTER TABLE leads RENAME TO leads_elsewhere");
        const HttpResult r = get("/api/v1/leads");
        m_server->scalar("ALTER TABLE leads_elsewhere RENAME TO leads");
        verifyError(r, 500);
        QCOMPARE(r.json().keys(), QStringList {"error"});
        QVERIFY2(!r.body.toLower().contains("leads_elsewhere"), r.body.constData());
        QVERIFY2(!r.body.toLower().contains("sql"), r.body.constData());
        QCOMPARE(get("/api/v1/leads").status, 200);
    }

    // --- idempotency -----------------------------------------------------------------------

    void idempotencyKeyReplaysFirstAnswer()
    {
        Headers headers = auth();
        headers.append(qMakePair(QByteArray("Idempotency-Key"), QByteArray("order-42")));
        const HttpResult first = post(validLead(), headers);
        QCOMPARE(first.status, 201);
        const HttpResult again = post(validLead(), headers);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
        QCOMPARE(count("SELECT COUNT(*) FROM leads"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE event = 'lead.created'"), 1);

        Headers other = auth();
        other.append(qMakePair(QByteArray("Idempotency-Key"), QByteArray("order-43")));
        const HttpResult third = post(validLead(), other);
        QCOMPARE(third.status, 201);
        QVERIFY(third.json().value("id") != first.json().value("id"));
        QCOMPARE(count("SELECT COUNT(*) FROM leads"), 2);
    }

    void withoutIdempotencyKeyEveryPostCreates()
    {
        const HttpResult a = post(validLead());
        const HttpResult b = post(validLead());
        QCOMPARE(a.status, 201);
        QCOMPARE(b.status, 201);
        QVERIFY(a.json().value("id") != b.json().value("id"));
        QCOMPARE(count("SELECT COUNT(*) FROM leads"), 2);
    }

    void idempotentReplayIsNotRateLimited()
    {
        m_server->setSetting("lead_rate_limit_per_hour", "1");
        Headers headers = auth();
        headers.append(qMakePair(QByteArray("Idempotency-Key"), QByteArray("only-once")));
        const HttpResult first = post(validLead(), headers);
        QCOMPARE(first.status, 201);
        const HttpResult again = post(validLead(), headers);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
    }

    void concurrentRequestsShareOneIdempotencyKey()
    {
        // The same Idempotency-Key sent on several connections at once creates one lead, and
        // every answer is that lead's.
        Headers headers = auth();
        headers.append(qMakePair(QByteArray("Idempotency-Key"), QByteArray("burst")));
        const QByteArray request
            = HttpClient::build("POST", "/api/v1/leads", headers, toBody(validLead()));
        std::vector<std::unique_ptr<HttpClient>> clients;
        for (int i = 0; i < 6; ++i) {
            clients.push_back(std::make_unique<HttpClient>(m_server->port()));
            QVERIFY(clients.back()->connectToServer());
        }
        for (auto &client : clients)
            client->sendRaw(request);
        QSet<QByteArray> bodies;
        for (auto &client : clients) {
            const HttpResult r = client->readResponse(5000);
            QCOMPARE(r.status, 201);
            bodies.insert(r.body);
        }
        QCOMPARE(bodies.size(), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM leads"), 1);
    }

    void concurrentRequestsRespectRateLimit()
    {
        m_server->setSetting("lead_rate_limit_per_hour", "3");
        std::vector<std::unique_ptr<HttpClient>> clients;
        for (int i = 0; i < 4; ++i) {
            clients.push_back(std::make_unique<HttpClient>(m_server->port()));
            QVERIFY(clients.back()->connectToServer());
        }
        const QByteArray request
            = HttpClient::build("POST", "/api/v1/leads", auth(), toBody(validLead()));
        for (auto &client : clients)
            client->sendRaw(request + request);
        int created = 0;
        int limited = 0;
        for (auto &client : clients) {
            for (int n = 0; n < 2; ++n) {
                const HttpResult r = client->readResponse(5000);
                created += r.status == 201;
                limited += r.status == 429;
            }
        }
        QCOMPARE(created, 3);
        QCOMPARE(limited, 5);
        QCOMPARE(count("SELECT COUNT(*) FROM leads"), 3);
    }

    // --- reading leads ---------------------------------------------------------------------

    void getLeadByIdOnBothPaths()
    {
        const HttpResult created = post(validLead());
        const QByteArray id = created.json().value("id").toString().toLatin1();
        for (const QByteArray &path : QList<QByteArray> {"/leads/" + id, "/api/v1/leads/" + id}) {
            HttpResult r = get(path);
            QCOMPARE(r.status, 200);
            verifyJson(r);
            QCOMPARE(r.json().value("id").toString().toLatin1(), id);
            QCOMPARE(r.json().value("email").toString(), QStringLiteral("jane@example.com"));
            QCOMPARE(r.json().value("lead_url").toString(),
                     created.json().value("lead_url").toString());
            verifyError(get(path, false), 401);
            r = httpRequest(m_server->port(), "GET", path, {{"Authorization", "Bearer " + m_key}});
            QCOMPARE(r.status, 200);
        }
        verifyError(get("/api/v1/leads/3f2b8c1e-0000-4000-8000-000000000000"), 404);
        verifyError(get("/leads/3f2b8c1e-0000-4000-8000-000000000000"), 404);
        verifyError(get("/api/v1/leads/not-a-uuid"), 404);
    }

    void listLeadsPagesNewestFirst()
    {
        QStringList ids; // oldest first
        for (int i = 0; i < 5; ++i) {
            const HttpResult r = post(validLead(QStringLiteral("p%1@example.com").arg(i)));
            QCOMPARE(r.status, 201);
            ids.append(r.json().value("id").toString());
        }
        QStringList seen;
        QByteArray path = "/api/v1/leads?limit=2";
        QList<bool> hasMore;
        for (int page = 0; page < 5; ++page) {
            const HttpResult r = get(path);
            QCOMPARE(r.status, 200);
            verifyJson(r);
            const QJsonObject body = r.json();
            const QJsonArray data = body.value("data").toArray();
            QVERIFY(data.size() <= 2);
            for (const QJsonValue &lead : data)
                seen.append(lead.toObject().value("id").toString());
            hasMore.append(body.value("has_more").toBool());
            if (!body.value("has_more").toBool()) {
                QVERIFY(body.value("next_after").isNull());
                break;
            }
            QCOMPARE(body.value("next_after").toString(), seen.last());
            path = "/api/v1/leads?limit=2&after=" + seen.last().toLatin1();
        }
        QCOMPARE(hasMore, (QList<bool> {true, true, false}));
        QStringList newestFirst(ids.rbegin(), ids.rend());
        QCOMPARE(seen, newestFirst);
    }

    void listLeadsDefaultsAndErrors()
    {
        QCOMPARE(post(validLead()).status, 201);
        HttpResult r = get("/api/v1/leads");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("data").toArray().size(), 1);
        QCOMPARE(r.json().value("has_more").toBool(), false);
        verifyError(get("/api/v1/leads", false), 401);
        verifyError(get("/api/v1/leads?limit=0"), 400, {"limit"});
        verifyError(get("/api/v1/leads?limit=abc"), 400, {"limit"});
        verifyError(get("/api/v1/leads?limit=101"), 400, {"limit"});
        verifyError(get("/api/v1/leads?after=3f2b8c1e-0000-4000-8000-000000000000"), 400,
                    {"after"});
    }

    void emptyListHasNoNext()
    {
        const HttpResult r = get("/api/v1/leads");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("data").toArray().size(), 0);
        QCOMPARE(r.json().value("has_more").toBool(), false);
        QVERIFY(r.json().value("next_after").isNull());
    }

    // --- lookups ---------------------------------------------------------------------------

    void eventTypeMatchedCaseInsensitively()
    {
        QJsonObject body = validLead();
        body["event_type"] = "wEdDiNg";
        HttpResult r = post(body);
        QCOMPARE(r.status, 201);
        QCOMPARE(fetchLead(r.json().value("id").toString()).value("event_type").toString(),
                 QStringLiteral("Wedding"));

        const int types = count("SELECT COUNT(*) FROM event_types");
        body["event_type"] = "Bar mitzvah on the moon";
        r = post(body);
        QCOMPARE(r.status, 201);
        QVERIFY(fetchLead(r.json().value("id").toString()).value("event_type").isNull());
        QCOMPARE(count("SELECT COUNT(*) FROM event_types"), types);
    }

    void sourceMatchedOrCreated()
    {
        QJsonObject body = validLead();
        body["source"] = "Website contact form";
        HttpResult r = post(body);
        QCOMPARE(r.status, 201);
        QCOMPARE(count("SELECT COUNT(*) FROM lead_sources"), 1);
        body["source"] = "WEBSITE CONTACT FORM";
        r = post(body);
        QCOMPARE(r.status, 201);
        QCOMPARE(count("SELECT COUNT(*) FROM lead_sources"), 1);
        QCOMPARE(fetchLead(r.json().value("id").toString()).value("source").toString(),
                 QStringLiteral("Website contact form"));
        body["source"] = "Instagram";
        r = post(body);
        QCOMPARE(count("SELECT COUNT(*) FROM lead_sources"), 2);
        QCOMPARE(fetchLead(r.json().value("id").toString()).value("source").toString(),
                 QStringLiteral("Instagram"));
    }

    // --- outbox ----------------------------------------------------------------------------

    void outboxHoldsEventsWrittenWithTheLead()
    {
        HttpResult r = post(validLead("first@example.com"));
        QCOMPARE(r.status, 201);
        const QString id = r.json().value("id").toString();
        QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE event = 'contact.created'"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE event = 'lead.created'"), 1);
        const QJsonObject data
            = QJsonDocument::fromJson(
                  m_server->scalar("SELECT data FROM outbox WHERE event = 'lead.created'")
                      .toString()
                      .toUtf8())
                  .object();
        QCOMPARE(data.value("id").toString(), id);
        QCOMPARE(data.value("email").toString(), QStringLiteral("first@example.com"));
        QVERIFY(m_server->scalar("SELECT public_id FROM outbox WHERE event = 'lead.created'")
                    .toString()
                    .startsWith("evt_"));

        // Same email again (any case): a second lead for the same contact, no second contact.
        r = post(validLead("FIRST@example.com"));
        QCOMPARE(r.status, 201);
        QCOMPARE(count("SELECT COUNT(*) FROM contacts"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE event = 'contact.created'"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE event = 'lead.created'"), 2);

        // Refused requests leave no events behind.
        QJsonObject bad = validLead("new@example.com");
        bad.remove("phone");
        QCOMPARE(post(bad).status, 400);
        QCOMPARE(count("SELECT COUNT(*) FROM outbox"), 3);
    }
};

QTEST_GUILESS_MAIN(LeadApiTest)
#include "tst_leadapi.moc"
