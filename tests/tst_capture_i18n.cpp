// SPDX-License-Identifier: GPL-3.0-or-later
// The hosted form in another language: a German translation is compiled at test time
// (lrelease, then rcc) and registered at the path the application embeds translations at,
// ":/i18n/remixcrm_<lang>.qm"; the form must follow Accept-Language to it, and fall back to
// English for languages without a translation.
#include "core/capture/FormTranslator.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestServer.h"

#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QResource>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx;
using namespace rmx::test;

namespace {
bool run(const QString &program, const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
} // namespace

class CaptureI18nTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    bool m_shipped = false; // a real German translation is already embedded

private slots:
    void initTestCase()
    {
        m_shipped = capture::FormTranslator::isAvailable("de");
        if (m_shipped)
            return;
        QVERIFY(m_dir.isValid());
        QFile ts(m_dir.filePath("remixcrm_de.ts"));
        QVERIFY(ts.open(QIODevice::WriteOnly));
        ts.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>HostedForm</name>
<message><source>Send inquiry</source><translation>Anfrage senden</translation></message>
<message><source>Thank you!</source><translation>Vielen Dank!</translation></message>
</context>
</TS>
)");
        ts.close();
        QFile qrc(m_dir.filePath("i18n.qrc"));
        QVERIFY(qrc.open(QIODevice::WriteOnly));
        qrc.write(
            "<RCC><qresource prefix=\"/i18n\"><file>remixcrm_de.qm</file></qresource></RCC>\n");
        qrc.close();
        const QString bin = QLibraryInfo::path(QLibraryInfo::BinariesPath);
        const QString libexec = QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath);
        QVERIFY2(run(bin + "/lrelease", {"remixcrm_de.ts", "-qm", "remixcrm_de.qm"}, m_dir.path()),
                 "lrelease failed (qt6-l10n-tools)");
        QVERIFY2(run(libexec + "/rcc", {"-binary", "i18n.qrc", "-o", "i18n.rcc"}, m_dir.path()),
                 "rcc failed");
        QVERIFY(QResource::registerResource(m_dir.filePath("i18n.rcc")));
    }

    void formFollowsAcceptLanguage()
    {
        QVERIFY(capture::FormTranslator::isAvailable("de"));
        QCOMPARE(capture::FormTranslator::pick("fr-CH, de;q=0.8, en;q=0.5"),
                 capture::FormTranslator::isAvailable("fr") ? QStringLiteral("fr")
                                                            : QStringLiteral("de"));
        QCOMPARE(capture::FormTranslator::pick("de-AT"), QStringLiteral("de"));
        QCOMPARE(capture::FormTranslator::pick("de;q=0.2, en"), QStringLiteral("en"));

        TestServer server;
        QVERIFY(server.start());
        HttpResult r = httpRequest(server.port(), "GET", "/form",
                                   {{"Accept-Language", "de-DE,de;q=0.9,en;q=0.8"}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("<html lang=\"de\">"));
        if (!m_shipped)
            QVERIFY(r.body.contains(">Anfrage senden</button>"));
        else
            QVERIFY(!r.body.contains(">Send inquiry</button>"));
        // ?lang= wins over the header; unknown languages fall back to English.
        r = httpRequest(server.port(), "GET", "/form?lang=xx", {{"Accept-Language", "xx"}});
        QVERIFY(r.body.contains("<html lang=\"en\">"));
        QVERIFY(r.body.contains(">Send inquiry</button>"));
        r = httpRequest(server.port(), "GET", "/form?lang=de", {{"Accept-Language", "en"}});
        QVERIFY(r.body.contains("<html lang=\"de\">"));

        // The thank-you page follows the language of the browser that posts the form.
        r = httpRequest(server.port(), "POST", "/capture",
                        {{"Content-Type", "application/x-www-form-urlencoded"},
                         {"Accept", "text/html"},
                         {"Accept-Language", "de"}},
                        "email=anna%40example.com&name=Anna");
        QCOMPARE(r.status, 200);
        if (!m_shipped)
            QVERIFY(r.body.contains("Vielen Dank!"));
    }
};

QTEST_GUILESS_MAIN(CaptureI18nTest)
#include "tst_capture_i18n.moc"
