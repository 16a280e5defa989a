// SPDX-License-Identifier: GPL-3.0-or-later
// The command line of the real binary, run through QProcess: keys, config, and headless mode
// (readiness line, SIGTERM, port in use, one instance per data directory, --public-url).
#include "tests/support/CliRunner.h"
#include "tests/support/HttpClient.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <signal.h>

using namespace rmx::test;

namespace {

QString lastLine(const QString &text)
{
    const QStringList lines = text.trimmed().split(u'\n');
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

/// A headless server started from the real binary.
class Headless
{
public:
    explicit Headless(const QString &dataDir, const QStringList &extra = {})
    {
        m_process.start(QStringLiteral(REMIXCRM_BINARY),
                        QStringList {"--headless", "--data-dir", dataDir} + extra);
    }
    ~Headless()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /// The URL of the readiness line, or empty when the process ended or took too long.
    QString waitReady(int timeoutMs = 20000)
    {
        static const QRegularExpression ready("^listening on (http://\\S+)$",
                                              QRegularExpression::MultilineOption);
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            m_out += m_process.readAllStandardOutput();
            const auto match = ready.match(QString::fromUtf8(m_out));
            if (match.hasMatch())
                return match.captured(1);
            if (m_process.state() == QProcess::NotRunning)
                return {};
            m_process.waitForReadyRead(100);
        }
        return {};
    }
    /// SIGTERM, then the exit code (-1 when it crashed or did not stop).
    int terminate(int timeoutMs = 20000)
    {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        return waitExit(timeoutMs);
    }
    int waitExit(int timeoutMs = 20000)
    {
        if (!m_process.waitForFinished(timeoutMs) && m_process.state() != QProcess::NotRunning)
            return -1;
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QByteArray out() const { return m_out; }
    QByteArray err() const { return m_err; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

quint16 portOf(const QString &url)
{
    return quint16(QUrl(url).port());
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

const QByteArray ValidLead
    = R"({"name":"Jane Doe","email":"jane@example.com","phone":"+15551234567","event_date":"2026-08-15"})";
} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dataDir() const { return m_dir->path(); }

    QByteArray createKey(const QString &name = QStringLiteral("Website contact form"))
    {
        const CliResult r = runCli(dataDir(), {"keys", "create", "--name", name});
        if (r.exitCode != 0)
            qWarning("keys create failed: %s", qPrintable(r.err));
        return lastLine(r.out).toLatin1();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void keysCreatePrintsKeyAloneOnLastLine()
    {
        const CliResult r = runCli(dataDir(), {"keys", "create", "--name", "Website form"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.endsWith(u'\n'));
        const QString key = r.out.trimmed().split(u'\n').last();
        QVERIFY2(QRegularExpression("^rmx_[0-9A-Za-z]{32}$").match(key).hasMatch(),
                 qPrintable(r.out));
        // The key appears once, alone on its line.
        QCOMPARE(r.out.count(key), 1);
    }

    void keysCreateNeedsName()
    {
        CliResult r = runCli(dataDir(), {"keys", "create"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("--name"), qPrintable(r.err));
        QVERIFY(!r.out.contains("rmx_"));
        r = runCli(dataDir(), {"keys", "create", "--name", "   "});
        QVERIFY(r.exitCode != 0);
    }

    void keysListShowsEverythingButTheKey()
    {
        const QByteArray used = createKey("Used key");
        const QByteArray revoked = createKey("Revoked key");
        const QByteArray fresh = createKey("Fresh key");
        QVERIFY(!used.isEmpty() && !revoked.isEmpty() && !fresh.isEmpty());
        QCOMPARE(
            runCli(dataDir(), {"keys", "revoke", QString::fromLatin1(revoked.left(12))}).exitCode,
            0);
        // Use one key against a real server so "last used" is set.
        {
            Headless server(dataDir(), {"--listen", "127.0.0.1:0"});
            const QString url = server.waitReady();
            QVERIFY(!url.isEmpty());
            const HttpResult r = httpRequest(
                portOf(url), "POST", "/api/v1/leads",
                {{"Authorization", "Bearer " + used}, {"Content-Type", "application/json"}},
                ValidLead);
            QCOMPARE(r.status, 201);
            QCOMPARE(server.terminate(), 0);
        }
        const CliResult r = runCli(dataDir(), {"keys", "list"});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 4);
        for (const char *column : {"PREFIX", "NAME", "CREATED", "LAST USED", "REVOKED"})
            QVERIFY2(lines[0].contains(QLatin1StringView(column)), qPrintable(lines[0]));
        static const QRegularExpression iso("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        for (const QByteArray &key : {used, revoked, fresh}) {
            QVERIFY(!r.out.contains(QString::fromLatin1(key)));
            QVERIFY(!r.out.contains(QString::fromLatin1(key.mid(12))));
            const QString prefix = QString::fromLatin1(key.left(12));
            const auto row = std::find_if(lines.begin(), lines.end(),
                                          [&](const QString &l) { return l.startsWith(prefix); });
            QVERIFY2(row != lines.end(), qPrintable(r.out));
            int times = 0;
            for (auto it = iso.globalMatch(*row); it.hasNext(); it.next())
                ++times;
            if (key == used) {
                QVERIFY2(row->contains("Used key") && times == 2,
                         qPrintable(*row)); // created, used
            } else if (key == revoked) {
                QVERIFY2(row->contains("Revoked key") && times == 2, qPrintable(*row));
            } else {
                QVERIFY2(row->contains("Fresh key") && times == 1, qPrintable(*row));
            }
        }
    }

    void keysRevoke()
    {
        const QByteArray key = createKey();
        const QString prefix = QString::fromLatin1(key.left(12));
        CliResult r = runCli(dataDir(), {"keys", "revoke", prefix});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(prefix), qPrintable(r.out));
        r = runCli(dataDir(), {"keys", "revoke", prefix});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("already"), qPrintable(r.out));
        r = runCli(dataDir(), {"keys", "revoke", "rmx_00000000"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("No API key"), qPrintable(r.err));
        r = runCli(dataDir(), {"keys", "revoke"});
        QVERIFY(r.exitCode != 0);
    }

    void configGetSet_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("defaultValue");
        QTest::addColumn<QString>("good");
        QTest::addColumn<QStringList>("bad");
        QTest::newRow("listen") << "listen"
                                << "127.0.0.1:8088"
                                << "0.0.0.0:9000"
                                << QStringList {"nonsense", "127.0.0.1:70000", "127.0.0.1:", ""};
        QTest::newRow("public_url")
            << "public_url"
            << ""
            << "https://leads.example.com"
            << QStringList {"ftp://x.example", "not a url", "/leads", "https://x.example/?q=1"};
        QTest::newRow("lead_rate_limit_per_hour")
            << "lead_rate_limit_per_hour"
            << "100"
            << "0" << QStringList {"-1", "-1.5", "ten", "1.5"};
        QTest::newRow("max_body_bytes") << "max_body_bytes"
                                        << "65536"
                                        << "131072" << QStringList {"0", "1", "99999999999", "64k"};
    }

    void configGetSet()
    {
        QFETCH(QString, key);
        QFETCH(QString, defaultValue);
        QFETCH(QString, good);
        QFETCH(QStringList, bad);
        CliResult r = runCli(dataDir(), {"config", "get", key});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), defaultValue);
        r = runCli(dataDir(), {"config", "set", key, good});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(runCli(dataDir(), {"config", "get", key}).out.trimmed(), good);
        for (const QString &value : bad) {
            r = runCli(dataDir(), {"config", "set", key, value});
            QVERIFY2(r.exitCode != 0, qPrintable(value));
            QVERIFY2(r.err.contains(key) && r.err.size() > key.size() + 5, qPrintable(r.err));
            // A refused value leaves the setting as it was.
            QCOMPARE(runCli(dataDir(), {"config", "get", key}).out.trimmed(), good);
        }
    }

    void configUnknownKeyRefused()
    {
        CliResult r = runCli(dataDir(), {"config", "get", "no_such_setting"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("no_such_setting") && r.err.contains("listen"), qPrintable(r.err));
        r = runCli(dataDir(), {"config", "set", "no_such_setting", "1"});
        QVERIFY(r.exitCode != 0);
    }

    void headlessPrintsReadinessAndStopsOnSigterm()
    {
        const QByteArray key = createKey();
        Headless server(dataDir(), {"--listen", "127.0.0.1:0"});
        const QString url = server.waitReady();
        QVERIFY2(!url.isEmpty(), server.err().constData());
        QVERIFY2(QRegularExpression("^http://127\\.0\\.0\\.1:\\d+$").match(url).hasMatch(),
                 qPrintable(url));
        // The printed port is the real one, not the 0 that was asked for.
        QVERIFY2(portOf(url) > 0, qPrintable(url));
        const HttpResult r = httpRequest(
            portOf(url), "POST", "/api/v1/leads",
            {{"Authorization", "Bearer " + key}, {"Content-Type", "application/json"}}, ValidLead);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value("lead_url").toString(),
                 url + "/leads/" + r.json().value("id").toString());
        QCOMPARE(server.terminate(), 0);
    }

    void headlessOnFixedPort()
    {
        const quint16 port = freePort();
        Headless server(dataDir(), {"--listen", QStringLiteral("127.0.0.1:%1").arg(port)});
        QCOMPARE(server.waitReady(), QStringLiteral("http://127.0.0.1:%1").arg(port));
        QCOMPARE(httpRequest(port, "GET", "/nope").status, 404);
        ::kill(pid_t(server.process().processId()), SIGINT);
        QCOMPARE(server.waitExit(), 0);
    }

    void portInUseFailsClearly()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        Headless server(dataDir(),
                        {"--listen", QStringLiteral("127.0.0.1:%1").arg(occupier.serverPort())});
        QVERIFY(server.waitReady().isEmpty());
        const int code = server.waitExit();
        QVERIFY2(code > 0, QByteArray::number(code).constData());
        QVERIFY2(server.err().contains("in use"), server.err().constData());
        QVERIFY(!server.out().contains("listening on"));
    }

    void secondInstanceOnSameDataDirRefused()
    {
        Headless first(dataDir(), {"--listen", "127.0.0.1:0"});
        QVERIFY(!first.waitReady().isEmpty());
        Headless second(dataDir(), {"--listen", "127.0.0.1:0"});
        QVERIFY(second.waitReady().isEmpty());
        const int code = second.waitExit();
        QVERIFY2(code > 0, QByteArray::number(code).constData());
        QVERIFY2(second.err().contains("already running"), second.err().constData());
        // The first one is unaffected.
        QCOMPARE(first.terminate(), 0);
    }

    void publicUrlAppearsInLeadUrl()
    {
        const QByteArray key = createKey();
        Headless server(dataDir(),
                        {"--listen", "127.0.0.1:0", "--public-url", "https://x.example"});
        const QString url = server.waitReady();
        QVERIFY(!url.isEmpty());
        const HttpResult r = httpRequest(
            portOf(url), "POST", "/api/v1/leads",
            {{"Authorization", "Bearer " + key}, {"Content-Type", "application/json"}}, ValidLead);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value("lead_url").toString(),
                 "https://x.example/leads/" + r.json().value("id").toString());
        QCOMPARE(server.terminate(), 0);
    }

    void badOptionsRefused()
    {
        CliResult r = runCli(dataDir(), {"--headless", "--listen", "nonsense"});
        QVERIFY(r.exitCode > 0);
        QVERIFY2(r.err.contains("--listen"), qPrintable(r.err));
        r = runCli(dataDir(), {"--headless", "--listen", "127.0.0.1:0", "--public-url", "x"});
        QVERIFY(r.exitCode > 0);
        QVERIFY2(r.err.contains("--public-url"), qPrintable(r.err));
    }

    void cliWorksWhileHeadlessRuns()
    {
        const QByteArray key = createKey();
        Headless server(dataDir(), {"--listen", "127.0.0.1:0"});
        const QString url = server.waitReady();
        QVERIFY(!url.isEmpty());
        const Headers headers {{"Authorization", "Bearer " + key},
                               {"Content-Type", "application/json"}};
        QCOMPARE(httpRequest(portOf(url), "POST", "/api/v1/leads", headers, ValidLead).status, 201);

        // A key created by the CLI now is accepted at once.
        const QByteArray second = createKey("Second");
        QVERIFY(!second.isEmpty());
        QCOMPARE(httpRequest(portOf(url), "POST", "/api/v1/leads",
                             {{"X-API-Key", second}, {"Content-Type", "application/json"}},
                             ValidLead)
                     .status,
                 201);
        CliResult r = runCli(dataDir(), {"keys", "list"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QString::fromLatin1(second.left(12))));
        r = runCli(dataDir(), {"config", "set", "lead_rate_limit_per_hour", "2"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(runCli(dataDir(), {"config", "get", "lead_rate_limit_per_hour"}).out.trimmed(),
                 QStringLiteral("2"));
        // The running server applies the new limit on the next request.
        QCOMPARE(httpRequest(portOf(url), "POST", "/api/v1/leads", headers, ValidLead).status, 429);
        // And a revoke is enforced on the very next request.
        QCOMPARE(runCli(dataDir(), {"keys", "revoke", QString::fromLatin1(key.left(12))}).exitCode,
                 0);
        QCOMPARE(httpRequest(portOf(url), "GET", "/api/v1/leads", headers).status, 401);
        QCOMPARE(server.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
