// SPDX-License-Identifier: GPL-3.0-or-later
// The hosted form in a real browser: headless Chromium (driven by tests/browser/form_submit.mjs
// through playwright-core, both installed by scripts/deps) loads /form with JavaScript off,
// fills it in and submits it; the contact and lead must appear, and a bot that fills the
// honeypot must see the same thank-you page while landing in the spam table.
#include "core/settings/SettingsSchema.h"
#include "tests/support/TestServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace rmx;
using namespace rmx::test;

namespace {
const QString BrowserDir = QStringLiteral(REMIXCRM_SOURCE_DIR "/tests/browser");

QJsonObject runBrowser(quint16 port, const QString &email, const QString &honeypot = {})
{
    QProcess node;
    node.setWorkingDirectory(BrowserDir);
    QStringList args
        = {BrowserDir + "/form_submit.mjs", QStringLiteral("http://127.0.0.1:%1").arg(port), email};
    if (!honeypot.isEmpty())
        args.append(honeypot);
    node.start(QStandardPaths::findExecutable("node"), args);
    if (!node.waitForFinished(90000)) {
        node.kill();
        node.waitForFinished();
        return {{"ok", false}, {"error", "the browser did not finish within 90 s"}};
    }
    const QByteArray out = node.readAllStandardOutput().trimmed();
    const QJsonObject result = QJsonDocument::fromJson(out.split('\n').last()).object();
    if (result.isEmpty())
        return {{"ok", false}, {"error", QString::fromUtf8(out + node.readAllStandardError())}};
    return result;
}
} // namespace

class CaptureBrowserTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable("node").isEmpty()
            || !QFile::exists(BrowserDir + "/node_modules/playwright-core/package.json")
            || !QFile::exists(qEnvironmentVariable("CHROMIUM", "/usr/bin/chromium")))
            QSKIP("node, playwright-core or chromium missing: run scripts/deps");
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
