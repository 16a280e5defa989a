// SPDX-License-Identifier: GPL-3.0-or-later
// The listener's protective limits (body, headers, time, connection cap, framing), proven over
// real loopback sockets against the real server. Timeouts are shortened through the settings.
#include "tests/support/HttpClient.h"
#include "tests/support/TestServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <memory>
#include <vector>

using namespace rmx::test;

namespace {
const QByteArray ValidLead
    = R"({"name":"Jane Doe","email":"jane@example.com","phone":"+15551234567","event_date":"2026-08-15"})";

void verifyJsonError(const HttpResult &r, int status)
{
    QVERIFY2(r.status == status,
             QByteArray(QByteArray::number(r.status) + " " + r.body).constData());
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QVERIFY2(r.json().value("error").isString() && !r.json().value("error").toString().isEmpty(),
             r.body.constData());
}
} // namespace

class HttpLimitsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QByteArray m_key;

    Headers leadHeaders() const
    {
        return {{"Authorization", "Bearer " + m_key}, {"Content-Type", "application/json"}};
    }

    void startServer(const QMap<QString, QString> &settings = {})
    {
        m_server = std::make_unique<TestServer>();
        for (auto it = settings.cbegin(); it != settings.cend(); ++it)
            m_server->setSetting(it.key(), it.value());
        QVERIFY(m_server->start());
        m_key = m_server->createKey().toLatin1();
    }

private slots:
    void cleanup() { m_server.reset(); }

    void bodyOverLimitRefusedBeforeItIsSent()
    {
        startServer();
        HttpClient client(m_server->port());
        QVERIFY(client.connectToServer());
        // Only the head goes out: the answer must come without the body ever being sent.
        client.sendRaw("POST /api/v1/leads HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                       + m_key
                       + "\r\nContent-Type: application/json\r\nContent-Length: 65537\r\n\r\n");
        const HttpResult r = client.readResponse(5000);
        verifyJsonError(r, 413);
        QVERIFY(client.waitForClose(5000));
        QCOMPARE(m_server->scalar("SELECT COUNT(*) FROM leads").toInt(), 0);
    }

    void bodyAtLimitIsAccepted()
    {
        startServer();
        // Exactly 64 KiB of valid JSON passes the framing and reaches the handler.
        QByteArray body = "{\"notes\":\"";
        body += QByteArray(65536 - body.size() - 2, 'a') + "\"}";
        QCOMPARE(body.size(), 65536);
        const HttpResult r
            = httpRequest(m_server->port(), "POST", "/api/v1/leads", leadHeaders(), body);
        QVERIFY(r.status != 413);
        verifyJsonError(r, 400);
    }

    void bodyLimitFollowsSetting()
    {
        startServer({{"max_body_bytes", "1024"}});
        const HttpResult r = httpRequest(m_server->port(), "POST", "/api/v1/leads", leadHeaders(),
                                         QByteArray(1025, ' '));
        verifyJsonError(r, 413);
    }

    void changedLimitAppliesToTheNextConnection()
    {
        startServer();
        // Written on a connection of its own, as `remixcrm config set` in another process does;
        // the very next connection must see it, with no wait for any poll.
        m_server->setSetting("max_body_bytes", "1024");
        verifyJsonError(httpRequest(m_server->port(), "POST", "/api/v1/leads", leadHeaders(),
                                    QByteArray(1025, ' ')),
                        413);
        m_server->setSetting("max_body_bytes", "4096");
        const HttpResult r = httpRequest(m_server->port(), "POST", "/api/v1/leads", leadHeaders(),
                                         QByteArray(1025, ' '));
        verifyJsonError(r, 400); // read (and refused as JSON), no longer too large
    }

    void changedLimitAppliesToTheNextRequestOnAnOpenConnection()
    {
        startServer();
        HttpClient client(m_server->port());
        QVERIFY(client.connectToServer());
        QCOMPARE(
            client.request("GET", "/api/v1/leads", {{"Authorization", "Bearer " + m_key}}).status,
            200);
        m_server->setSetting("max_header_bytes", "1024");
        const HttpResult r = client.request(
            "GET", "/api/v1/leads",
            {{"Authorization", "Bearer " + m_key}, {"X-Padding", QByteArray(2000, 'p')}});
        verifyJsonError(r, 431);
    }

    void chunkedBodyCappedAsItArrives()
    {
        startServer();
        HttpClient client(m_server->port());
        QVERIFY(client.connectToServer());
        client.sendRaw(
            "POST /api/v1/leads HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_key
            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        // Five 16 KiB chunks: the fifth takes the body past 64 KiB. No terminating chunk is sent,
        // so only the running cap can produce the answer.
        const QByteArray chunk
            = QByteArray::number(16384, 16) + "\r\n" + QByteArray(16384, ' ') + "\r\n";
        for (int i = 0; i < 5; ++i)
            client.sendRaw(chunk);
        const HttpResult r = client.readResponse(5000);
        verifyJsonError(r, 413);
        QVERIFY(client.waitForClose(5000));
    }

    void chunkedBodyWithinLimitIsServed()
    {
        startServer();
        HttpClient client(m_server->port());
        QVERIFY(client.connectToServer());
        const QByteArray half1 = ValidLead.left(20);
        const QByteArray half2 = ValidLead.mid(20);
        client.sendRaw("POST /api/v1/leads HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                       + m_key
                       + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                       + QByteArray::number(half1.size(), 16) + "\r\n" + half1 + "\r\n"
                       + QByteArray::number(half2.size(), 16) + "\r\n" + half2 + "\r\n0\r\n\r\n");
        const HttpResult r = client.readResponse(5000);
        QCOMPARE(r.status, 201);
    }

    void expectContinueThenFinalAnswer()
    {
        startServer();
        HttpClient client(m_server->port());
        QVERIFY(client.connectToServer());
        client.sendRaw("POST /api/v1/leads HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                       + m_key + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                       + "Content-Length: " + QByteArray::number(ValidLead.size()) + "\r\n\r\n");
        const HttpResult interim = client.readResponse(5000, true);
        QCOMPARE(interim.status, 100);
        client.sendRaw(ValidLead);
        const HttpResult r = client.readResponse(5000);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(m_server->scalar("SELECT COUNT(*) FROM leads").toInt(), 1);
    }

    void expectContinueTooLargeGets413AtOnce()
    {
        startServer();
        HttpClient client(m_server->port());
        QVERIFY(client.connectToServer());
        client.sendRaw("POST /api/v1/leads HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                       + m_key
                       + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                         "Content-Length: 1000000\r\n\r\n");
        const HttpResult r = client.readResponse(5000, true); // a 100 here would be returned
        verifyJsonError(r, 413);
    }

    void headersOverLimitGet431()
    {
        startServer();
        HttpClient client(m_server->port());
        QVERIFY(client.connectToServer());
        client.sendRaw("GET /api/v1/leads HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: "
                       + QByteArray(17 * 1024, 'x') + "\r\n\r\n");
        const HttpResult r = client.readResponse(5000);
        verifyJsonError(r, 431);
        QVERIFY(client.waitForClose(5000));
    }

    void headersJustUnderLimitAreServed()
    {
        startServer();
        const HttpResult r = httpRequest(m_server->port(), "GET", "/no-such-path",
                                         {{"X-Padding", QByteArray(15 * 1024, 'x')}});
        verifyJsonError(r, 404);
    }

    void headersArrivingInPiecesAreServed_data()
    {
        QTest::addColumn<int>("piece");
        QTest::newRow("1 byte") << 1;
        QTest::newRow("7 bytes") << 7;
        QTest::newRow("1000 bytes") << 1000;
    }

    void headersArrivingInPiecesAreServed()
    {
        QFETCH(int, piece);
        startServer();
        HttpClient client(m_server->port());
        QVERIFY(client.connectToServer());
        const QByteArray request = HttpClient::build(
            "GET", "/no-such-path", {{"X-Padding", QByteArray(piece == 1 ? 300 : 5000, 'x')}}, {});
        for (qsizetype at = 0; at < request.size(); at += piece) {
            client.sendRaw(request.mid(at, piece));
            QTest::qWait(1);
        }
        verifyJsonError(client.readResponse(5000), 404);
    }

    void idleConnectionClosed()
    {
        startServer({{"idle_timeout_ms", "300"}});
        HttpClient client(m_server->port());
        QVERIFY(client.connectToServer());
        const HttpResult r = client.request("GET", "/no-such-path");
        QCOMPARE(r.status, 404);
        QVERIFY(!r.connectionClosed);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(client.waitForClose(5000));
        // Never closed before its idle time was up.
        QVERIFY2(timer.elapsed() >= 250, QByteArray::number(timer.elapsed()).constData());
    }

    void idleConnectionKeptWhileWithinTimeout()
    {
        startServer({{"idle_timeout_ms", "2000"}});
        HttpClient client(m_server->port());
        QVERIFY(client.connectToServer());
        QCOMPARE(client.request("GET", "/no-such-path").status, 404);
        QVERIFY(!client.waitForClose(500));
        QCOMPARE(client.request("GET", "/no-such-path").status, 404);
    }

    void slowlorisCutAfterHeaderTimeout()
    {
        startServer({{"header_timeout_ms", "500"}, {"idle_timeout_ms", "60000"}});
        HttpClient client(m_server->port());
        QVERIFY(client.connectToServer());
        QElapsedTimer timer;
        timer.start();
        client.sendRaw("POST /api/v1/leads HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        // One byte every 50 ms keeps the connection busy but never completes the headers.
        bool closed = false;
        for (int i = 0; i < 200 && !closed; ++i) {
            client.sendRaw(i % 2 ? "x" : "X-Slow: ");
            closed = client.waitForClose(50);
        }
        QVERIFY(closed);
        QVERIFY2(timer.elapsed() >= 450, QByteArray::number(timer.elapsed()).constData());
    }

    void slowlorisGetsJson408()
    {
        startServer({{"header_timeout_ms", "300"}, {"idle_timeout_ms", "60000"}});
        HttpClient client(m_server->port());
        QVERIFY(client.connectToServer());
        client.sendRaw("GET /api/v1/leads HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        const HttpResult r = client.readResponse(5000);
        verifyJsonError(r, 408);
    }

    void connectionCapEvictsOldestIdle_data()
    {
        QTest::addColumn<QByteArray>("sent");
        QTest::newRow("silent") << QByteArray();
        QTest::newRow("partial headers") << QByteArray("POST /api/v1/leads HTTP/1.1\r\nHost: x");
    }

    void connectionCapEvictsOldestIdle()
    {
        QFETCH(QByteArray, sent);
        startServer({{"max_connections", "8"}});
        std::vector<std::unique_ptr<HttpClient>> idle;
        for (int i = 0; i < 8; ++i) {
            idle.push_back(std::make_unique<HttpClient>(m_server->port()));
            QVERIFY(idle.back()->connectToServer());
            if (!sent.isEmpty())
                idle.back()->sendRaw(sent);
            QTest::qWait(20); // admitted in this order
        }
        HttpClient real(m_server->port());
        const HttpResult r = real.request("POST", "/api/v1/leads", leadHeaders(), ValidLead, 5000);
        QCOMPARE(r.status, 201);
        QVERIFY(idle.front()->waitForClose(3000));
        // Only the oldest made room; the others are still open.
        for (size_t i = 1; i < idle.size(); ++i)
            QVERIFY(idle[i]->socket().state() == QAbstractSocket::ConnectedState);
    }

    void connectionCapRefusesNewcomerWhenAllServed()
    {
        startServer({{"max_connections", "8"}});
        std::vector<std::unique_ptr<HttpClient>> served;
        for (int i = 0; i < 8; ++i) {
            served.push_back(std::make_unique<HttpClient>(m_server->port()));
            const HttpResult r = served.back()->request("GET", "/no-such-path");
            QCOMPARE(r.status, 404);
            QVERIFY(!r.connectionClosed);
        }
        HttpClient newcomer(m_server->port());
        QVERIFY(newcomer.connectToServer()); // the kernel accepts; the listener then closes it
        newcomer.sendRaw(HttpClient::build("GET", "/no-such-path", {}, {}));
        const HttpResult refused = newcomer.readResponse(5000);
        QCOMPARE(refused.status, 0);
        QVERIFY(newcomer.waitForClose(3000));
        // The served clients keep their connections.
        for (auto &client : served)
            QCOMPARE(client->request("GET", "/no-such-path").status, 404);
    }

    void unknownPathIsJson404()
    {
        startServer();
        for (const QByteArray &path : {QByteArray("/"), QByteArray("/nope"),
                                       QByteArray("/api/v1/leadsx"), QByteArray("/api/v2/leads")}) {
            const HttpResult r = httpRequest(m_server->port(), "GET", path);
            verifyJsonError(r, 404);
        }
    }

    void wrongMethodIsJson405WithAllow()
    {
        startServer();
        HttpResult r = httpRequest(m_server->port(), "PUT", "/api/v1/leads", {}, "{}");
        verifyJsonError(r, 405);
        QList<QByteArray> allowed = r.header("allow").split(',');
        for (QByteArray &m : allowed)
            m = m.trimmed();
        std::sort(allowed.begin(), allowed.end());
        QCOMPARE(allowed, (QList<QByteArray> {"GET", "HEAD", "POST"}));

        r = httpRequest(m_server->port(), "DELETE",
                        "/api/v1/leads/3f2b8c1e-0000-4000-8000-000000000000");
        verifyJsonError(r, 405);
        QCOMPARE(r.header("allow").trimmed(), QByteArray("GET, HEAD"));
    }

    void headIsAnsweredWithoutBody()
    {
        startServer();
        HttpClient client(m_server->port());
        QVERIFY(client.connectToServer());
        client.sendRaw(HttpClient::build("HEAD", "/api/v1/leads", {{"X-API-Key", m_key}}, {})
                       + HttpClient::build("GET", "/nope", {}, {}));
        const HttpResult head = client.readResponse(5000, false, true);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("content-type"), QByteArray("application/json"));
        QVERIFY(head.header("content-length").toInt() > 0);
        QVERIFY(head.body.isEmpty());
        // Had a body been sent, it would be read here in place of the next answer.
        verifyJsonError(client.readResponse(5000), 404);
    }

    void pipelinedRequestsAnsweredInOrder()
    {
        startServer();
        HttpClient client(m_server->port());
        QVERIFY(client.connectToServer());
        auto lead = [](const QByteArray &email) -> QByteArray {
            return "{\"name\":\"Pip Line\",\"email\":\"" + email
                + "\",\"phone\":\"1\",\"event_date\":\"2026-08-15\"}";
        };
        // Creations are answered from the writer thread after their commit, 404s at once: the
        // answers must still leave in request order.
        QByteArray batch;
        batch += HttpClient::build("POST", "/api/v1/leads", leadHeaders(), lead("a@example.com"));
        batch += HttpClient::build("GET", "/nope-1", {}, {});
        batch += HttpClient::build("POST", "/api/v1/leads", leadHeaders(), lead("b@example.com"));
        batch += HttpClient::build("GET", "/nope-2", {}, {});
        batch += HttpClient::build("POST", "/api/v1/leads", leadHeaders(), lead("bad-email"));
        client.sendRaw(batch);
        QList<HttpResult> results;
        for (int i = 0; i < 5; ++i)
            results.append(client.readResponse(5000));
        QCOMPARE(results[0].status, 201);
        QCOMPARE(results[1].status, 404);
        QCOMPARE(results[2].status, 201);
        QCOMPARE(results[3].status, 404);
        QCOMPARE(results[4].status, 400);
        QCOMPARE(results[4].json().value("fields").toArray().first().toString(),
                 QStringLiteral("email"));
        const auto emailOf = [&](const HttpResult &r) {
            return m_server
                ->scalar(QStringLiteral("SELECT email FROM leads WHERE public_id = '%1'")
                             .arg(r.json().value("id").toString()))
                .toString();
        };
        QCOMPARE(emailOf(results[0]), QStringLiteral("a@example.com"));
        QCOMPARE(emailOf(results[2]), QStringLiteral("b@example.com"));
    }

    void refusalAfterPipelinedRequestsKeepsEarlierAnswers_data()
    {
        QTest::addColumn<QByteArray>("badHead");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("separateWrite");
        const QByteArray tooLarge = "POST /api/v1/leads HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    "Content-Length: 1000000\r\n\r\n";
        const QByteArray smuggling = "POST /api/v1/leads HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                     "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n";
        QTest::newRow("413 in the same packet") << tooLarge << 413 << false;
        QTest::newRow("413 in a later packet") << tooLarge << 413 << true;
        QTest::newRow("400 in the same packet") << smuggling << 400 << false;
        QTest::newRow("431 in the same packet")
            << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(17000, 'x') + "\r\n\r\n") << 431
            << false;
    }

    void refusalAfterPipelinedRequestsKeepsEarlierAnswers()
    {
        QFETCH(QByteArray, badHead);
        QFETCH(int, status);
        QFETCH(bool, separateWrite);
        startServer();
        HttpClient client(m_server->port());
        QVERIFY(client.connectToServer());
        // A creation (answered after its commit) and a 404 (answered at once) precede a request
        // that is refused: their answers come first, in order, then the refusal, then the close.
        const QByteArray good = HttpClient::build("POST", "/api/v1/leads", leadHeaders(), ValidLead)
            + HttpClient::build("GET", "/nope", {}, {});
        if (separateWrite) {
            client.sendRaw(good);
            client.sendRaw(badHead);
        } else {
            client.sendRaw(good + badHead);
        }
        QCOMPARE(client.readResponse(5000).status, 201);
        verifyJsonError(client.readResponse(5000), 404);
        const HttpResult refused = client.readResponse(5000);
        verifyJsonError(refused, status);
        QCOMPARE(refused.header("connection").toLower(), QByteArray("close"));
        QVERIFY(client.waitForClose(5000));
        QCOMPARE(m_server->scalar("SELECT COUNT(*) FROM leads").toInt(), 1);
    }

    void connectionCloseIsHonoured()
    {
        startServer();
        HttpClient client(m_server->port());
        const HttpResult r = client.request("GET", "/nope", {{"Connection", "close"}});
        verifyJsonError(r, 404);
        QCOMPARE(r.header("connection").toLower(), QByteArray("close"));
        QVERIFY(client.waitForClose(3000));
    }

    void http10ClosesByDefault()
    {
        startServer();
        HttpClient client(m_server->port());
        QVERIFY(client.connectToServer());
        client.sendRaw("GET /nope HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
        verifyJsonError(client.readResponse(5000), 404);
        QVERIFY(client.waitForClose(3000));
    }

    void smugglingFramingRefused_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("content-length and transfer-encoding")
            << QByteArray("Content-Length: 4\r\nTransfer-Encoding: chunked\r\n");
        QTest::newRow("transfer-encoding and content-length")
            << QByteArray("Transfer-Encoding: chunked\r\nContent-Length: 4\r\n");
        QTest::newRow("two content-lengths")
            << QByteArray("Content-Length: 4\r\nContent-Length: 4\r\n");
        QTest::newRow("conflicting content-lengths")
            << QByteArray("Content-Length: 4\r\nContent-Length: 40\r\n");
        QTest::newRow("content-length list") << QByteArray("Content-Length: 4, 4\r\n");
    }

    void smugglingFramingRefused()
    {
        QFETCH(QByteArray, head);
        startServer();
        HttpClient client(m_server->port());
        QVERIFY(client.connectToServer());
        client.sendRaw("POST /api/v1/leads HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                       + m_key + "\r\nContent-Type: application/json\r\n" + head
                       + "\r\n0\r\n\r\nGET /nope HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const HttpResult r = client.readResponse(5000);
        verifyJsonError(r, 400);
        QCOMPARE(r.header("connection").toLower(), QByteArray("close"));
        // Nothing after the refused request is parsed: no second answer, just the close.
        const HttpResult next = client.readResponse(3000);
        QCOMPARE(next.status, 0);
        QVERIFY(client.waitForClose(3000));
        QCOMPARE(m_server->scalar("SELECT COUNT(*) FROM leads").toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(HttpLimitsTest)
#include "tst_httplimits.moc"
