// SPDX-License-Identifier: GPL-3.0-or-later
// The seed's own curl example, verbatim apart from the host, against the real listener.
#include "tests/support/HttpClient.h"
#include "tests/support/TestServer.h"

#include <QTest>

using namespace rmx::test;

class SmokeTest : public QObject
{
    Q_OBJECT

private slots:
    void seedCurlExampleCreatesLead()
    {
        TestServer server;
        QVERIFY(server.start());
        const QByteArray key = server.createKey().toLatin1();
        const QByteArray body = R"({
    "name": "Jane Doe",
    "email": "jane@example.com",
    "phone": "+15551234567",
    "event_date": "2026-08-15",
    "event_type": "Wedding"
  })";
        const HttpResult r = httpRequest(
            server.port(), "POST", "/api/v1/leads",
            {{"Authorization", "Bearer " + key}, {"Content-Type", "application/json"}}, body);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("created"));
        const QString id = r.json().value("id").toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(r.json().value("lead_url").toString(),
                 QStringLiteral("http://127.0.0.1:%1/leads/%2").arg(server.port()).arg(id));
        QCOMPARE(server.scalar(QStringLiteral("SELECT COUNT(*) FROM leads")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(SmokeTest)
#include "tst_smoke.moc"
