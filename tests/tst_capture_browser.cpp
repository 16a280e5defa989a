// SPDX-License-Identifier: GPL-3.0-or-later
// The hosted form in a real browser: headless Chromium (driven by tests/browser/form_submit.py
// through Debian's chromium-driver and python3-selenium, installed by scripts/deps) loads /form
// with JavaScript off, fills it in and submits it; the contact and lead must appear, and a bot
// that fills the honeypot must see the same thank-you page while landing in the spam table.
#include "core/settings/SettingsSchema.h"
#include "tests/support/TestServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace rmx;
using namespace rmx::test;

namespace {
const QString Driver = QStringLiteral(REMIXCRM_SOURCE_DIR "/tests/browser/form_submit.py");

// Debian's interpreter, the one python3-selenium is installed for (a python3 earlier on PATH,
// such as a pyenv shim, would not have it).
QString python()
{
    return qEnvironmentVariable("PYTHON", "/usr/bin/python3");
}

bool seleniumInstalled()
{
    QProcess probe;
    probe.start(python(), {"-c", "import selenium"});
    return probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit
        && probe.exitCode() == 0;
}

QJsonObject runBrowser(quint16 port, const QString &email, const QString &honeypot = {})
{
    QProcess driver;
    QStringList args = {Driver, QStringLiteral("http://127.0.0.1:%1").arg(port), email};
    if (!honeypot.isEmpty())
        args.append(honeypot);
    driver.start(python(), args);
    if (!driver.waitForFinished(120000)) {
        driver.kill();
        driver.waitForFinished();
        return {{"ok", false}, {"error", "the browser did not finish within 120 s"}};
    }
    const QByteArray out = driver.readAllStandardOutput().trimmed();
    const QJsonObject result = QJsonDocument::fromJson(out.split('\n').last()).object();
    if (result.isEmpty())
        return {{"ok", false}, {"error", QString::fromUtf8(out + driver.readAllStandardError())}};
    return result;
}
} // namespace

class CaptureBrowserTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFile::exists(qEnvironmentVariable("CHROMIUM", "/usr/bin/chromium"))
            || !QFile::exists(qEnvironmentVariable("CHROMEDRIVER", "/usr/bin/chromedriver"))
            || !seleniumInstalled())
            QFAIL("chromium, chromium-driver or python3-selenium missing: run scripts/deps");
    }

    void formSubmitsInARealBrowser()
    {
        TestServer server;
        server.setSetting(SettingsSchema::FormMinFillMs, "0");
        QVERIFY(server.start());
        const QJsonObject result = runBrowser(server.port(), "maria@example.com");
        QVERIFY2(result.value("ok").toBool(), qPrintable(result.value("error").toString()));
        QCOMPARE(result.value("title").toString(), QStringLiteral("Thank you!"));
        QCOMPARE(
            server.scalar("SELECT email || '|' || first_name || '|' || last_name FROM contacts")
                .toString(),
            QStringLiteral("maria@example.com|Maria|Garcia"));
        QCOMPARE(server.scalar("SELECT event_date FROM leads").toString(),
                 QStringLiteral("2031-05-20"));
        QCOMPARE(
            server.scalar("SELECT json_extract(metadata, '$.utm_source') FROM contacts").toString(),
            QStringLiteral("browser-test"));
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM spam_submissions").toInt(), 0);
    }

    void botFillingTheHoneypotSeesSuccess()
    {
        TestServer server;
        server.setSetting(SettingsSchema::FormMinFillMs, "0");
        QVERIFY(server.start());
        const QJsonObject result = runBrowser(server.port(), "bot@example.com", "http://spam");
        QVERIFY2(result.value("ok").toBool(), qPrintable(result.value("error").toString()));
        QCOMPARE(result.value("title").toString(), QStringLiteral("Thank you!"));
        QCOMPARE(server.scalar("SELECT COUNT(*) FROM contacts").toInt(), 0);
        QCOMPARE(server.scalar("SELECT reason FROM spam_submissions").toString(),
                 QStringLiteral("honeypot"));
    }
};

QTEST_GUILESS_MAIN(CaptureBrowserTest)
#include "tst_capture_browser.moc"
