// SPDX-License-Identifier: GPL-3.0-or-later
// The headless log format (one logfmt line per event, with the request id) and the promise
// that request logs never carry API keys or other credentials, checked on the real binary.
#include "core/util/LogFormat.h"
#include "tests/support/HttpClient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx;
using namespace rmx::test;

class LogFormatTest : public QObject
{
    Q_OBJECT

private slots:
    void lineHasEveryField()
    {
        const QByteArray line = LogFormat::formatLine(QtInfoMsg, "remixcrm.http.access", "lx2-7",
                                                      QStringLiteral("POST /api/v1/leads 201 3 ms"),
                                                      "2026-11-23T14:00:00.123Z");
        QCOMPARE(line,
                 QByteArray("ts=2026-11-23T14:00:00.123Z level=info "
                            "component=remixcrm.http.access request_id=lx2-7 "
                            "msg=\"POST /api/v1/leads 201 3 ms\""));
        const QByteArray bare
            = LogFormat::formatLine(QtWarningMsg, nullptr, {}, QStringLiteral("stopped"), "T");
        QCOMPARE(bare, QByteArray("ts=T level=warning component=default request_id=- msg=stopped"));
        // One event, one line; quotes and backslashes cannot break the field structure.
        const QByteArray tricky = LogFormat::formatLine(
            QtCriticalMsg, "c", "r", QStringLiteral("a \"quoted\"\nsecond\\line"), "T");
        QCOMPARE(tricky,
                 QByteArray("ts=T level=error component=c request_id=r "
                            "msg=\"a \\\"quoted\\\" second\\\\line\""));
    }

    void secretsAreMasked_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("secret");
        QTest::newRow("api key") << "key rmx_AbC123_def-456 rejected"
                                 << "rmx_AbC123";
        QTest::newRow("bearer") << "Authorization: Bearer abc.def-ghi"
                                << "abc.def";
        QTest::newRow("webhook secret") << "secret whsec_0123456789abcdef"
                                        << "whsec_0123";
        QTest::newRow("query") << "GET /x?api_key=hunter2&x=1"
                               << "hunter2";
        QTest::newRow("token") << "callback token=s3cr3t"
                               << "s3cr3t";
    }
    void secretsAreMasked()
    {
        QFETCH(QString, message);
        QFETCH(QString, secret);
        const QByteArray line = LogFormat::formatLine(QtInfoMsg, "c", "r", message, "T");
        QVERIFY2(!line.contains(secret.toUtf8()), line.constData());
        QVERIFY(line.contains("[redacted]"));
    }

    void headlessRequestLogsCarryIdsAndNoSecrets()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("remixcrm.*=true"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));

        QProcess keys;
        keys.setProcessEnvironment(env);
        keys.start(QStringLiteral(REMIXCRM_BINARY),
                   {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("keys"),
                    QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Form")});
        QVERIFY(keys.waitForFinished(30000));
        QCOMPARE(keys.exitCode(), 0);
        const QByteArray key = keys.readAllStandardOutput().trimmed().split('\n').last();
        QVERIFY(key.startsWith("rmx_"));

        QProcess server;
        server.setProcessEnvironment(env);
        server.start(QStringLiteral(REMIXCRM_BINARY),
                     {QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(),
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(server.waitForStarted());
        QByteArray out;
        QRegularExpressionMatch listening;
        const QRegularExpression listeningLine(QStringLiteral("listening on http://[^:]+:(\\d+)"));
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += server.readAllStandardOutput(),
             (listening = listeningLine.match(QString::fromUtf8(out))).hasMatch()),
            20000);
        const quint16 port = quint16(listening.captured(1).toUInt());

        const QByteArray fakeKey = "rmx_notAKeyButLooksLikeOne1234567890";
        const QByteArray lead = "{\"name\":\"Jane Doe\",\"email\":\"jane@example.com\","
                                "\"phone\":\"+15551234567\",\"event_date\":\"2027-08-15\"}";
        QSet<QByteArray> requestIds;
        const QList<HttpResult> results = {
            httpRequest(port, "POST", "/api/v1/leads",
                        {{"Authorization", "Bearer " + key}, {"Content-Type", "application/json"}},
                        lead),
            httpRequest(port, "GET", "/api/v1/leads?api_key=" + key + "&token=hunter2",
                        {{"X-API-Key", key}}),
            httpRequest(port, "GET", "/api/v1/leads", {{"Authorization", "Bearer " + fakeKey}}),
            httpRequest(port, "POST", "/api/v1/leads",
                        {{"X-API-Key", fakeKey}, {"Content-Type", "application/json"}}, lead),
        };
        QCOMPARE(results.at(0).status, 201);
        QCOMPARE(results.at(1).status, 200);
        QCOMPARE(results.at(2).status, 401);
        QCOMPARE(results.at(3).status, 401);
        for (const HttpResult &r : results) {
            QVERIFY(!r.header("x-request-id").isEmpty());
            requestIds.insert(r.header("x-request-id"));
        }

        server.terminate();
        QVERIFY(server.waitForFinished(20000));
        const QByteArray all = out + server.readAllStandardOutput() + server.readAllStandardError();
        QVERIFY2(server.exitStatus() == QProcess::NormalExit && server.exitCode() == 0,
                 all.constData());

        QVERIFY2(!all.contains(key), all.constData());
        QVERIFY2(!all.contains(key.left(12)), all.constData());
        QVERIFY2(!all.contains(fakeKey.left(12)), all.constData());
        QVERIFY2(!all.contains("hunter2"), all.constData());
        QVERIFY2(!all.contains("jane@example.com"), all.constData());

        const QRegularExpression shape(
            QStringLiteral("^ts=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z "
                           "level=(debug|info|warning|error) "
                           "component=\\S+ request_id=(\\S+) msg=(\\S+|\"([^\"\\\\]|\\\\.)*\")$"));
        QSet<QByteArray> logged;
        int lines = 0;
        for (const QByteArray &line : all.split('\n')) {
            if (line.isEmpty() || line.startsWith("listening on "))
                continue;
            ++lines;
            const auto match = shape.match(QString::fromUtf8(line));
            QVERIFY2(match.hasMatch(), line.constData());
            if (line.contains("component=remixcrm.http.access"))
                logged.insert(match.captured(2).toUtf8());
        }
        QVERIFY(lines >= 4);
        QCOMPARE(logged, requestIds);
    }
};

QTEST_GUILESS_MAIN(LogFormatTest)
#include "tst_logformat.moc"
