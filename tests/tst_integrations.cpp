// SPDX-License-Identifier: GPL-3.0-or-later
// What Zapier, n8n and Make really send, byte for byte, over real loopback HTTP against the real
// server and a real SQLite file: form bodies on the Lead API (urlencoded and multipart, files
// refused), numbers and booleans for text fields, ISO 8601 date-times for event_date, messages
// that name the expected format, and the Accept header choosing JSON or HTML on /capture.
#include "core/settings/SettingsSchema.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace rmx::test;

namespace {
// n8n 1.x HTTP Request node's default Accept header (axios).
const QByteArray N8nAccept = "application/json,text/html,application/xhtml+xml,application/xml,"
                             "text/*;q=0.9, image/*;q=0.8, */*;q=0.7";
// What Chromium sends when a page posts a form.
const QByteArray ChromeAccept
    = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,"
      "*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
// The form-data package n8n uses: 26 dashes and 24 digits.
const QByteArray N8nBoundary = "--------------------------872158380317154735906532";

QByteArray multipart(const QByteArray &boundary, const QList<QPair<QByteArray, QByteArray>> &parts,
                     const QByteArray &fileField = {})
{
    QByteArray body;
    for (const auto &[name, value] : parts) {
        body += "--" + boundary + "\r\n";
        body += "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n";
        body += value + "\r\n";
    }
    if (!fileField.isEmpty()) {
        body += "--" + boundary + "\r\n";
        body += "Content-Disposition: form-data; name=\"" + fileField
            + "\"; filename=\"brief.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return body;
}

QStringList fieldsOf(const HttpResult &r)
{
    QStringList out;
    for (const QJsonValue &v : r.json().value("fields").toArray())
        out.append(v.toString());
    return out;
}
} // namespace

class IntegrationsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QByteArray m_key;

    HttpResult postLead(const QByteArray &contentType, const QByteArray &body,
                        const QByteArray &accept = N8nAccept)
    {
        Headers headers {{"Authorization", "Bearer " + m_key},
                         {"Accept", accept},
                         {"User-Agent", "axios/1.12.0"}};
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        return httpRequest(m_server->port(), "POST", "/api/v1/leads", headers, body);
    }

    /// A valid JSON lead whose event_date is `eventDate`.
    HttpResult postLeadDated(const QString &eventDate)
    {
        const QJsonObject body {{"name", "Jane Doe"},
                                {"email", "jane@example.com"},
                                {"phone", "+15551234567"},
                                {"event_date", eventDate}};
        return postLead("application/json", QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    HttpResult postCapture(const QByteArray &contentType, const QByteArray &body,
                           const QByteArray &accept)
    {
        Headers headers {{"Content-Type", contentType}};
        if (!accept.isNull())
            headers.append({"Accept", accept});
        return httpRequest(m_server->port(), "POST", "/capture", headers, body);
    }

    QJsonObject storedLead(const HttpResult &created)
    {
        const QByteArray id = created.json().value("id").toString().toLatin1();
        return httpRequest(m_server->port(), "GET", "/api/v1/leads/" + id, {{"X-API-Key", m_key}})
            .json();
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        m_server->setSetting(rmx::SettingsSchema::CaptureRateLimitPerMinute, "0");
        QVERIFY(m_server->start());
        m_key = m_server->createKey().toLatin1();
    }
    void cleanup() { m_server.reset(); }

    // --- Form bodies on the Lead API ----------------------------------------------------

    void n8nFormUrlencodedCreatesLead()
    {
        const HttpResult r = postLead("application/x-www-form-urlencoded",
                                      "first_name=Jane&last_name=Doe&email=jane%40example.com&"
                                      "phone=%2B1+555+123+4567&event_date=2026-08-15&"
                                      "event_type=Wedding&notes=4+hours%2C+indoor");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QStringList keys = r.json().keys();
        keys.sort();
        QCOMPARE(keys, (QStringList {"id", "lead_url", "status"}));
        const QJsonObject lead = storedLead(r);
        QCOMPARE(lead.value("phone").toString(), QStringLiteral("+1 555 123 4567"));
        QCOMPARE(lead.value("notes").toString(), QStringLiteral("4 hours, indoor"));
        QCOMPARE(lead.value("event_date").toString(), QStringLiteral("2026-08-15"));
    }

    void zapierFormWithCharsetCreatesLead()
    {
        // Webhooks by Zapier's POST action, payload type "form".
        const HttpResult r = postLead("application/x-www-form-urlencoded; charset=utf-8",
                                      "name=Ren%C3%A9e+O%27Brien&email=renee%40example.com&"
                                      "phone=5551234567&event_date=2026-09-05",
                                      "*/*");
        QCOMPARE(r.status, 201);
        const QJsonObject lead = storedLead(r);
        QCOMPARE(lead.value("first_name").toString(), QStringLiteral("Renée"));
        QCOMPARE(lead.value("last_name").toString(), QStringLiteral("O'Brien"));
    }

    void n8nMultipartCreatesLead()
    {
        const QByteArray body = multipart(N8nBoundary,
                                          {{"first_name", "Jane"},
                                           {"last_name", "Doe"},
                                           {"email", "jane@example.com"},
                                           {"phone", "15551234567"},
                                           {"event_date", "2026-08-15"},
                                           {"notes", "Line one\r\nLine two"}});
        const HttpResult r = postLead("multipart/form-data; boundary=" + N8nBoundary, body);
        QCOMPARE(r.status, 201);
        const QJsonObject lead = storedLead(r);
        QCOMPARE(lead.value("phone").toString(), QStringLiteral("15551234567"));
        QCOMPARE(lead.value("notes").toString(), QStringLiteral("Line one\r\nLine two"));
    }

    void makeMultipartWithQuotedBoundaryCreatesLead()
    {
        const QByteArray boundary = "----MakeFormBoundary 7MA4YWxkTrZu0gW";
        const QByteArray body = "preamble is ignored\r\n"
            + multipart(boundary,
                        {{"name", "Jane Doe"},
                         {"email", "jane@example.com"},
                         {"phone", "+15551234567"},
                         {"event_date", "2026-08-15"}});
        const HttpResult r
            = postLead("multipart/form-data; boundary=\"" + boundary + "\"; charset=utf-8", body);
        QCOMPARE(r.status, 201);
    }

    void multipartFileIsRefusedWith415()
    {
        const QByteArray body = multipart(N8nBoundary,
                                          {{"name", "Jane Doe"},
                                           {"email", "jane@example.com"},
                                           {"phone", "+15551234567"},
                                           {"event_date", "2026-08-15"}},
                                          "attachment");
        const HttpResult r = postLead("multipart/form-data; boundary=" + N8nBoundary, body);
        QCOMPARE(r.status, 415);
        QCOMPARE(fieldsOf(r), QStringList {"attachment"});
        QCOMPARE(m_server->scalar("SELECT COUNT(*) FROM leads").toInt(), 0);
    }

    void malformedMultipartIs400()
    {
        for (const QByteArray &body :
             {QByteArray("no delimiter at all"),
              QByteArray("--" + N8nBoundary + "\r\nX-Nothing: 1\r\n\r\nJane\r\n--" + N8nBoundary
                         + "--\r\n"),
              QByteArray("--" + N8nBoundary
                         + "\r\nContent-Disposition: form-data; "
                           "name=\"email\"\r\n\r\nnever closed")}) {
            const HttpResult r = postLead("multipart/form-data; boundary=" + N8nBoundary, body);
            QCOMPARE(r.status, 400);
            QCOMPARE(fieldsOf(r), QStringList {"Content-Type"});
        }
        const HttpResult noBoundary = postLead("multipart/form-data", "x");
        QCOMPARE(noBoundary.status, 400);
    }

    void formValuesStayPlainText()
    {
        // A value that looks like JSON or a nested key is kept as the characters sent.
        const HttpResult r
            = postLead("application/x-www-form-urlencoded",
                       "name=Jane+Doe&email=jane%40example.com&phone=%2B15551234567&"
                       "event_date=2026-08-15&notes=%7B%22status%22%3A%22booked%22%7D&"
                       "status%5Bx%5D=booked");
        QCOMPARE(r.status, 201);
        const QJsonObject lead = storedLead(r);
        QCOMPARE(lead.value("notes").toString(), QStringLiteral("{\"status\":\"booked\"}"));
        QCOMPARE(lead.value("status").toString(), QStringLiteral("new"));
    }

    void formValidationAnswersLikeJson()
    {
        const HttpResult r = postLead("application/x-www-form-urlencoded",
                                      "name=Jane+Doe&email=jane%40example.com");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value("error").toString(), QStringLiteral("Missing required fields"));
        QCOMPARE(fieldsOf(r), (QStringList {"phone", "event_date"}));
    }

    void jsonSentAsFormSaysWhatToSend()
    {
        // curl -d '{…}' without -H labels JSON as a form; it is still never read as JSON.
        const HttpResult r = postLead("application/x-www-form-urlencoded",
                                      R"({"name":"Jane Doe","email":"jane@example.com"})");
        QCOMPARE(r.status, 400);
        QCOMPARE(fieldsOf(r), QStringList {"Content-Type"});
        QVERIFY(r.json().value("error").toString().contains("application/json"));
    }

    // --- Values typed the way tools type them -------------------------------------------

    void numbersAndBooleansBecomeText_data()
    {
        QTest::addColumn<QByteArray>("phoneJson");
        QTest::addColumn<QString>("stored");
        QTest::newRow("integer") << QByteArray("15551234567") << QStringLiteral("15551234567");
        QTest::newRow("integer written as float")
            << QByteArray("15551234567.0") << QStringLiteral("15551234567");
        QTest::newRow("exponent") << QByteArray("1.5551234567e10") << QStringLiteral("15551234567");
        QTest::newRow("fifteen digits")
            << QByteArray("447911123456789") << QStringLiteral("447911123456789");
        QTest::newRow("fraction") << QByteArray("555.25") << QStringLiteral("555.25");
    }

    void numbersAndBooleansBecomeText()
    {
        QFETCH(QByteArray, phoneJson);
        QFETCH(QString, stored);
        const QByteArray body
            = R"({"first_name":"Jane","last_name":1984,"email":"jane@example.com",)"
              R"("phone":)"
            + phoneJson + R"(,"event_date":"2026-08-15","notes":true,"source":42})";
        const HttpResult r = postLead("application/json", body);
        QCOMPARE(r.status, 201);
        const QJsonObject lead = storedLead(r);
        QCOMPARE(lead.value("phone").toString(), stored);
        QCOMPARE(lead.value("last_name").toString(), QStringLiteral("1984"));
        QCOMPARE(lead.value("notes").toString(), QStringLiteral("true"));
        QCOMPARE(lead.value("source").toString(), QStringLiteral("42"));
    }

    void objectsAndArraysAreStillRefused()
    {
        const HttpResult r
            = postLead("application/json",
                       R"({"name":"Jane Doe","email":"jane@example.com","phone":{"number":1},)"
                       R"("event_date":"2026-08-15","notes":["a"]})");
        QCOMPARE(r.status, 400);
        QCOMPARE(fieldsOf(r), (QStringList {"phone", "notes"}));
        QVERIFY2(r.json().value("error").toString().contains("number"), r.body.constData());
    }

    void isoDateTimeKeepsItsCalendarDate_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("date");
        QTest::newRow("n8n DateTime") << "2027-06-20T11:45:05.383-04:00"
                                      << "2027-06-20";
        QTest::newRow("late, west of UTC") << "2027-06-20T23:30:00-10:00"
                                           << "2027-06-20";
        QTest::newRow("early, east of UTC") << "2027-06-20T00:30:00+14:00"
                                            << "2027-06-20";
        QTest::newRow("UTC") << "2027-06-20T12:00:00Z"
                             << "2027-06-20";
        QTest::newRow("no zone, minutes") << "2027-06-20T18:00"
                                          << "2027-06-20";
        QTest::newRow("space separator") << "2027-06-20 18:00:00"
                                         << "2027-06-20";
        QTest::newRow("compact offset") << "2027-06-20T18:00:00+0200"
                                        << "2027-06-20";
    }

    void isoDateTimeKeepsItsCalendarDate()
    {
        QFETCH(QString, sent);
        QFETCH(QString, date);
        const HttpResult r = postLeadDated(sent);
        QCOMPARE(r.status, 201);
        QCOMPARE(storedLead(r).value("event_date").toString(), date);
    }

    void otherDateShapesSayWhatIsExpected_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::newRow("day first") << "20/06/2027";
        QTest::newRow("no such day") << "2027-02-30";
        QTest::newRow("no such hour") << "2027-06-20T25:00:00Z";
        QTest::newRow("words") << "next Saturday";
        QTest::newRow("long") << QString(120, u'9');
    }

    void otherDateShapesSayWhatIsExpected()
    {
        QFETCH(QString, sent);
        const HttpResult r = postLeadDated(sent);
        QCOMPARE(r.status, 400);
        QCOMPARE(fieldsOf(r), QStringList {"event_date"});
        QVERIFY2(r.json().value("error").toString().contains(
                     "event_date must be a date like 2026-08-15"),
                 r.body.constData());
    }

    void messagesNameTheExpectedFormat()
    {
        const HttpResult email = postLead("application/x-www-form-urlencoded",
                                          "name=Jane+Doe&email=jane&phone=1&event_date=2026-08-15");
        QCOMPARE(email.status, 400);
        QVERIFY2(email.json().value("error").toString().contains("like jane@example.com"),
                 email.body.constData());
        const HttpResult tooLong = postLead("application/x-www-form-urlencoded",
                                            "name=Jane+Doe&email=jane%40example.com&phone="
                                                + QByteArray(65, '1') + "&event_date=2026-08-15");
        QCOMPARE(tooLong.status, 400);
        QCOMPARE(fieldsOf(tooLong), QStringList {"phone"});
        QVERIFY2(tooLong.json().value("error").toString().contains("phone at most 64 characters"),
                 tooLong.body.constData());
        const HttpResult type = postLead("text/csv", "a,b");
        QCOMPARE(type.status, 400);
        QVERIFY(type.json().value("error").toString().contains("multipart/form-data"));
    }

    // --- /capture: JSON unless HTML is preferred ----------------------------------------

    void captureAnswerFollowsAccept_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<bool>("html");
        QTest::newRow("n8n") << N8nAccept << false;
        QTest::newRow("Chromium form post") << ChromeAccept << true;
        QTest::newRow("Firefox form post")
            << QByteArray("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            << true;
        QTest::newRow("any") << QByteArray("*/*") << false;
        QTest::newRow("none") << QByteArray() << false;
        QTest::newRow("html weighed down")
            << QByteArray("text/html;q=0.5, application/json") << false;
        QTest::newRow("json weighed down")
            << QByteArray("application/json;q=0.5, text/html") << true;
        QTest::newRow("text ranges") << QByteArray("text/*, application/json;q=0.1") << true;
        QTest::newRow("html refused") << QByteArray("text/html;q=0, */*") << false;
    }

    void captureAnswerFollowsAccept()
    {
        QFETCH(QByteArray, accept);
        QFETCH(bool, html);
        const HttpResult r = postCapture("application/x-www-form-urlencoded",
                                         "email=jane%40example.com&first_name=Jane", accept);
        if (html) {
            QCOMPARE(r.status, 200);
            QVERIFY(r.header("content-type").startsWith("text/html"));
        } else {
            QCOMPARE(r.status, 201);
            QCOMPARE(r.header("content-type"), QByteArray("application/json"));
            QCOMPARE(r.json().value("data").toObject().value("email").toString(),
                     QStringLiteral("jane@example.com"));
        }
    }

    void captureTakesN8nMultipart()
    {
        const QByteArray body = multipart(N8nBoundary,
                                          {{"email", "jane@example.com"},
                                           {"first_name", "Jane"},
                                           {"metadata[utm_source]", "n8n"}});
        const HttpResult r
            = postCapture("multipart/form-data; boundary=" + N8nBoundary, body, N8nAccept);
        QCOMPARE(r.status, 201);
        const QJsonObject data = r.json().value("data").toObject();
        QCOMPARE(data.value("first_name").toString(), QStringLiteral("Jane"));
        QCOMPARE(m_server->scalar("SELECT json_extract(metadata, '$.utm_source') FROM contacts")
                     .toString(),
                 QStringLiteral("n8n"));
        const HttpResult file = postCapture(
            "multipart/form-data; boundary=" + N8nBoundary,
            multipart(N8nBoundary, {{"email", "a@example.com"}}, "upload"), N8nAccept);
        QCOMPARE(file.status, 415);
        QCOMPARE(fieldsOf(file), QStringList {"upload"});
    }

    void captureTakesTypedValuesAndDateTimes()
    {
        const HttpResult r
            = postCapture("application/json",
                          R"({"email":"jane@example.com","name":"Jane Doe","phone":15551234567,)"
                          R"("event_date":"2027-06-20T11:45:05.383-04:00"})",
                          N8nAccept);
        QCOMPARE(r.status, 201);
        QCOMPARE(m_server->scalar("SELECT event_date FROM leads").toString(),
                 QStringLiteral("2027-06-20"));
        QCOMPARE(m_server->scalar("SELECT phone FROM leads").toString(),
                 QStringLiteral("15551234567"));
    }
};

QTEST_GUILESS_MAIN(IntegrationsTest)
#include "tst_integrations.moc"
