// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a dark system palette: the app's own colours (status and stage colours, result
// texts, notices) stay readable, the sidebar's SVG icons are drawn in the palette's text colour
// and follow a switch back to light. Grabs the pages in dark to PNG for review.
#include "core/server/ServerHost.h"
#include "core/store/ApiKeyStore.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "core/store/SettingsStore.h"
#include "tests/support/DesktopFixture.h"
#include "tests/support/HttpClient.h"
#include "tests/support/WebhookReceiver.h"
#include "ui/BackgroundReader.h"
#include "ui/ContactPresentation.h"
#include "ui/LeadPresentation.h"
#include "ui/LeadTableModel.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/WebhooksPage.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx;
using namespace rmx::test;

namespace {
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xff));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    return p;
}

/// The lightness of the most opaque pixel of the icon: the colour it is drawn in.
int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(24, 24), 1.0).toImage();
    int bestAlpha = -1, lightness = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > bestAlpha) {
                bestAlpha = c.alpha();
                lightness = c.lightness();
            }
        }
    }
    return bestAlpha > 0 ? lightness : -1;
}
} // namespace

class ThemeTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    WebhookReceiver m_receiver;
    test::DesktopFixture m_desktop;
    quint16 m_port = 0;
    QString m_key;

    QString dbPath() const { return m_dir.filePath("remixcrm.db"); }

    void postLead(const QByteArray &body)
    {
        const HttpResult r = httpRequest(
            m_port, "POST", "/api/v1/leads",
            {{"Authorization", "Bearer " + m_key.toLatin1()}, {"Content-Type", "application/json"}},
            body);
        QCOMPARE(r.status, 201);
    }

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create("Fusion"));
        QApplication::setPalette(darkPalette());
        QVERIFY(store::SchemaMigrator::migrate(dbPath()).ok);
        {
            store::DbConnection c(dbPath(), "setup");
            m_key = store::ApiKeyStore(c.db()).create("Website form").key;
            // A failing webhook is turned off soon, to show the warning banner in dark.
            store::SettingsStore settings(c.db());
            QVERIFY(settings.setValue("webhooks_retry_schedule", "0.2,0.2,0.2").isEmpty());
            QVERIFY(settings.setValue("webhooks_disable_after_hours", "0.0001").isEmpty());
        }
        m_receiver.answerWith(500);
        QVERIFY(m_receiver.listen());
        QVERIFY2(m_desktop.start(m_dir.path()), "the window's server did not start");
        m_port = m_desktop.port();
    }

    void cleanupTestCase() { m_desktop.stop(); }

    void ownColoursReadOnDark()
    {
        QVERIFY(ui::Theme::isDark());
        const QPalette p = QApplication::palette();
        QList<QColor> colours = {ui::Theme::good(), ui::Theme::bad(), ui::Theme::waiting()};
        for (const char *status : {"new", "contacted", "quoted", "booked", "lost"})
            colours.append(ui::Theme::readable(ui::LeadPresentation::statusColor(status)));
        for (const char *stage : {"lead", "qualified", "customer", "inactive"})
            colours.append(ui::Theme::readable(ui::ContactPresentation::stageColor(stage)));
        for (const QColor &c : colours) {
            QVERIFY2(ui::Theme::contrast(c, p.color(QPalette::Base)) >= 4.5, qPrintable(c.name()));
            QVERIFY2(ui::Theme::contrast(c, p.color(QPalette::Window)) >= 4.5,
                     qPrintable(c.name()));
        }
        // The fixed light-theme red would not do on dark.
        QVERIFY(ui::Theme::contrast(QColor(0xc0, 0x39, 0x2b), p.color(QPalette::Base)) < 4.5);
    }

    void sidebarIconsFollowThePalette()
    {
        auto *sidebar = m_desktop.window()->findChild<QListWidget *>("sidebar");
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(), int(ui::MainWindow::PageCount));
        for (int row = 0; row < sidebar->count(); ++row) {
            const QIcon icon = sidebar->item(row)->icon();
            QVERIFY2(!icon.isNull(), qPrintable(sidebar->item(row)->text()));
            QVERIFY2(inkLightness(icon) > 180, qPrintable(sidebar->item(row)->text()));
            // High-DPI screens get a sharp double-size pixmap.
            QCOMPARE(icon.pixmap(QSize(24, 24), 2.0).width(), 48);
        }
    }

    void pagesInDark()
    {
        postLead(R"({"name":"Dana Night","email":"dana@example.com","phone":"+15550101",
            "event_date":"2027-03-14","event_type":"Wedding","source":"Instagram"})");
        postLead(R"({"name":"Eli Dusk","email":"eli@example.com","phone":"+15550102",
            "event_date":"2027-04-02","status":"quoted","source":"Website"})");
        m_desktop.window()->showPage(ui::MainWindow::Leads);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.window()->leadsPage()->model()->rowCount(), 2, 5000);
        // The count arrives before the rows of its page: wait for the row itself.
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop.window()->leadsPage()->model()->leadAt(0), 5000);
        m_desktop.window()->leadsPage()->openLead(
            m_desktop.window()->leadsPage()->model()->leadAt(0)->id);
        QVERIFY(m_desktop.waitForReads()); // the lead's details have loaded
        QVERIFY(m_desktop.screenshot("dark-leads"));
        m_desktop.window()->showPage(ui::MainWindow::Overview);
        QVERIFY(m_desktop.waitForReads()); // the overview's numbers have loaded
        QVERIFY(m_desktop.screenshot("dark-overview"));
        QVERIFY(m_desktop.addWebhook(m_receiver.url()));
        auto *webhooks = m_desktop.window()->webhooksPage();
        QTRY_VERIFY(webhooks->findChild<QPushButton *>("sendTestEvent")->isEnabled());
        webhooks->findChild<QPushButton *>("sendTestEvent")->click();
        QTRY_VERIFY_WITH_TIMEOUT(webhooks->findChild<QFrame *>("disabledBanner")->isVisible(),
                                 15000);
        QVERIFY(m_desktop.waitForReads()); // the delivery log has loaded
        QVERIFY(m_desktop.screenshot("dark-webhooks"));
        m_desktop.window()->showPage(ui::MainWindow::Settings);
        QVERIFY(m_desktop.screenshot("dark-settings"));
    }

    void switchingToLightRedrawsIcons()
    {
        auto *error = m_desktop.window()->leadsPage()->findChild<QLabel *>("leadEditorError");
        QVERIFY(error);
        const QString darkStyle = error->styleSheet();
        QCOMPARE(darkStyle, ui::Theme::textStyle(ui::Theme::Tone::Danger));
        QApplication::setPalette(QApplication::style()->standardPalette());
        QApplication::processEvents();
        QVERIFY(!ui::Theme::isDark());
        auto *sidebar = m_desktop.window()->findChild<QListWidget *>("sidebar");
        QTRY_VERIFY(inkLightness(sidebar->item(0)->icon()) < 100);
        // Text coloured by the app follows too.
        QTRY_COMPARE(error->styleSheet(), ui::Theme::textStyle(ui::Theme::Tone::Danger));
        QVERIFY(error->styleSheet() != darkStyle);
        m_desktop.window()->showPage(ui::MainWindow::Leads);
        QVERIFY(m_desktop.screenshot("light-leads"));
    }
};

QTEST_MAIN(ThemeTest)
#include "tst_ui_theme.moc"
