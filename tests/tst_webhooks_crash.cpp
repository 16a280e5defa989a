// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary, killed with SIGKILL while events are undelivered, delivers each of them
// exactly once after a restart, with the same event id. Also covers the `webhooks` commands.
#include "tests/support/WebhookFixture.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx::test;
using namespace rmx::test::WebhookFixture;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QString &dataDir, const QStringList &args)
{
    QProcess p;
    p.start(REMIXCRM_BINARY, QStringList {"--data-dir", dataDir} + args);
    Run r;
    if (!p.waitForFinished(40000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool startServer(QProcess &process, const QString &dataDir, quint16 port)
{
    process.start(
        REMIXCRM_BINARY,
        {"--headless", "--data-dir", dataDir, "--listen", QString("127.0.0.1:%1").arg(port)});
    QElapsedTimer t;
    t.start();
    QByteArray out;
    while (t.elapsed() < 20000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(200);
        out += process.readAllStandardOutput();
        if (out.contains("listening on"))
            return true;
    }
    return false;
}

QString eventIdOf(const ReceivedRequest &r)
{
    return QJsonDocument::fromJson(r.body).object().value("id").toString();
}
} // namespace

class WebhooksCrashTest : public QObject
{
    Q_OBJECT

private slots:
    void killedServerDeliversEachEventOnceAfterRestart()
    {
        QTemporaryDir dir;
        const QString data = dir.path();
        QCOMPARE(cli(data, {"config", "set", "webhooks_retry_schedule", "0.3,0.3,0.3"}).code, 0);
        QCOMPARE(cli(data, {"config", "set", "lead_rate_limit_per_hour", "0"}).code, 0);
        const Run key = cli(data, {"keys", "create", "--name", "crash"});
        QCOMPARE(key.code, 0);
        const QByteArray apiKey = key.out.split('\n').last().toLatin1();

        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        bool answering = false;
        receiver.setResponder([&answering](const ReceivedRequest &, int) {
            ReceiverAnswer a;
            a.hang = !answering;
            return a;
        });
        // Created from the command line: a loopback target is allowed without the setting.
        const Run added = cli(data,
                              {"webhooks", "add", QString::fromLatin1(receiver.url()), "--events",
                               "lead.created", "--secret", "a-long-enough-secret"});
        QCOMPARE(added.code, 0);
        QVERIFY(!added.out.contains("a-long-enough-secret"));
        const QString webhookId = added.out.split('\n').last();
        QVERIFY(webhookId.startsWith("wh_"));

        const quint16 port = freePort();
        QProcess server;
        QVERIFY(startServer(server, data, port));
        QSet<QString> leadIds;
        for (int i = 0; i < 6; ++i) {
            const QString id = createLead(port, apiKey, QString("k%1@example.com").arg(i));
            QVERIFY(!id.isEmpty());
            leadIds.insert(id);
        }
        // Four requests hang at the receiver (the per-subscription limit); two wait behind.
        QTRY_COMPARE(receiver.requests().size(), 4);
        server.kill(); // SIGKILL: no shutdown code runs
        QVERIFY(server.waitForFinished(5000));
        const int beforeRestart = int(receiver.requests().size());

        answering = true;
        QVERIFY(startServer(server, data, port));
        QTRY_COMPARE_WITH_TIMEOUT(int(receiver.requests().size()) - beforeRestart, 6, 15000);
        // Every delivery recorded as succeeded: nothing is left to send again.
        QTRY_VERIFY(cli(data, {"webhooks", "deliveries", webhookId}).out.count("succeeded") == 6);
        QCOMPARE(int(receiver.requests().size()) - beforeRestart, 6);

        QSet<QString> delivered;
        QSet<QString> hungIds;
        for (int i = 0; i < receiver.requests().size(); ++i) {
            const ReceivedRequest &r = receiver.requests()[i];
            const QString eventId = eventIdOf(r);
            QVERIFY(eventId.startsWith("evt_"));
            QCOMPARE(runPython("seed_verify_webhook.py",
                               {tempFile(r.body), QString::fromLatin1(r.header("x-rex-signature")),
                                "a-long-enough-secret"}),
                     QString("True"));
            if (i < beforeRestart) {
                hungIds.insert(eventId);
                continue;
            }
            QVERIFY2(!delivered.contains(eventId), qPrintable(eventId));
            delivered.insert(eventId);
            leadIds.remove(QJsonDocument::fromJson(r.body)
                               .object()
                               .value("data")
                               .toObject()
                               .value("id")
                               .toString());
        }
        QVERIFY(leadIds.isEmpty()); // every lead's event arrived
        QVERIFY(hungIds.subtract(delivered).isEmpty()); // same ids as before the crash

        // The delivery log as the owner sees it.
        QTRY_VERIFY(cli(data, {"webhooks", "deliveries", webhookId}).out.count("succeeded") == 6);
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }

    void commandsManageWebhooks()
    {
        QTemporaryDir dir;
        const QString data = dir.path();
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());

        Run r = cli(data, {"webhooks", "add", "ftp://x", "--events", "lead.created"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("url must be"));
        r = cli(data, {"webhooks", "add", "http://169.254.169.254/", "--events", "nope"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("events must be"));

        r = cli(data,
                {"webhooks", "add", QString::fromLatin1(receiver.url()), "--events",
                 "contact.created,lead.created"});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split('\n');
        const QString id = lines.last();
        const QString secret = lines.value(lines.size() - 2);
        QVERIFY(secret.startsWith("whsec_"));

        r = cli(data, {"webhooks", "list"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(id));
        QVERIFY(!r.out.contains(secret));

        // A ping while the server runs: sent, signed, and its result printed.
        const quint16 port = freePort();
        QProcess server;
        QVERIFY(startServer(server, data, port));
        QProcess test;
        test.start(REMIXCRM_BINARY, {"--data-dir", data, "webhooks", "test", id});
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 1, 15000);
        // It may have finished while the receiver was being waited for.
        QVERIFY(test.state() == QProcess::NotRunning || test.waitForFinished(15000));
        QCOMPARE(test.exitCode(), 0);
        QVERIFY(QString::fromUtf8(test.readAllStandardOutput()).contains("OK: HTTP 200"));
        const ReceivedRequest ping = receiver.requests().first();
        QCOMPARE(QJsonDocument::fromJson(ping.body).object().value("event").toString(),
                 QString("ping"));
        QCOMPARE(runPython("seed_verify_webhook.py",
                           {tempFile(ping.body),
                            QString::fromLatin1(ping.header("x-rex-signature")), secret}),
                 QString("True"));

        // Redelivery: same event id, fresh signature.
        r = cli(data, {"webhooks", "deliveries", id});
        QVERIFY(r.out.contains("ping"));
        const QString deliveryId = r.out.split('\n').value(1).section(' ', 0, 0);
        r = cli(data, {"webhooks", "redeliver", deliveryId});
        QCOMPARE(r.code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 2, 10000);
        QCOMPARE(eventIdOf(receiver.requests()[1]), eventIdOf(ping));

        // A rotated secret signs from the next attempt on, without a restart.
        r = cli(data, {"webhooks", "rotate-secret", id});
        QCOMPARE(r.code, 0);
        const QString rotated = r.out.split('\n').last();
        QVERIFY(rotated.startsWith("whsec_"));
        QVERIFY(rotated != secret);
        QVERIFY(cli(data, {"webhooks", "rotate-secret", "wh_unknown"}).code == 1);
        r = cli(data, {"webhooks", "redeliver", deliveryId});
        QCOMPARE(r.code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 3, 10000);
        const ReceivedRequest resent = receiver.requests()[2];
        QCOMPARE(runPython("seed_verify_webhook.py",
                           {tempFile(resent.body),
                            QString::fromLatin1(resent.header("x-rex-signature")), rotated}),
                 QString("True"));

        r = cli(data, {"webhooks", "disable", id});
        QCOMPARE(r.code, 0);
        QVERIFY(cli(data, {"webhooks", "list"}).out.contains("disabled: Turned off by the owner."));
        r = cli(data, {"webhooks", "enable", id});
        QCOMPARE(r.code, 0);
        r = cli(data, {"webhooks", "list"});
        QVERIFY(!r.out.contains("disabled"));
        QVERIFY(r.out.contains("enabled"));

        r = cli(data, {"webhooks", "remove", id});
        QCOMPARE(r.code, 0);
        r = cli(data, {"webhooks", "remove", id});
        QCOMPARE(r.code, 1);
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(WebhooksCrashTest)
#include "tst_webhooks_crash.moc"
