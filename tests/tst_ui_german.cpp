// SPDX-License-Identifier: GPL-3.0-or-later
// The window in German on a real lead server: messages that start in the core (setting
// validation, listener errors, why a webhook was turned off, lead validation) must reach the
// user translated, while the API keeps its English. Grabs the pages to PNG for review.
#include "core/server/AppTranslator.h"
#include "core/server/ServerHost.h"
#include "core/store/ApiKeyStore.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "core/store/SettingsStore.h"
#include "core/webhooks/WebhookMessages.h"
#include "tests/support/DesktopFixture.h"
#include "tests/support/HttpClient.h"
#include "tests/support/WebhookReceiver.h"
#include "ui/BackgroundReader.h"
#include "ui/LeadEditor.h"
#include "ui/LeadTableModel.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"
#include "ui/SettingsPage.h"
#include "ui/WebhooksPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx;
using namespace rmx::test;

class GermanUiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    WebhookReceiver m_receiver;
    test::DesktopFixture m_desktop;
    quint16 m_port = 0;
    QString m_key;

    QString dbPath() const { return m_dir.filePath("remixcrm.db"); }

    /// The German translation of an English source; fails the test when there is none.
    static QString german(const char *context, const char *source)
    {
        const QString text = QCoreApplication::translate(context, source);
        if (text == QString::fromUtf8(source))
            qWarning("no German translation for \"%s\"", source);
        return text;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(store::SchemaMigrator::migrate(dbPath()).ok);
        {
            store::DbConnection c(dbPath(), "setup");
            m_key = store::ApiKeyStore(c.db()).create("Website form").key;
            store::SettingsStore settings(c.db());
            QVERIFY(settings.setValue("language", "de").isEmpty());
            // Fast retries and a short failure window, so a failing webhook is turned off soon.
            QVERIFY(
                settings.setValue("webhooks_retry_schedule", "0.2,0.2,0.2,0.2,0.2,0.2").isEmpty());
            QVERIFY(settings.setValue("webhooks_disable_after_hours", "0.0001").isEmpty());
        }
        QCOMPARE(AppTranslator::installFor(m_dir.path()), QString("de"));
        m_receiver.answerWith(500, "down");
        QVERIFY(m_receiver.listen());

        QVERIFY2(m_desktop.start(m_dir.path()), "the window's server did not start");
        m_port = m_desktop.port();
    }

    void cleanupTestCase()
    {
        m_desktop.stop();
        AppTranslator::apply("en");
    }

    void settingValidationErrorsAreGerman()
    {
        m_desktop.window()->showPage(ui::MainWindow::Settings);
        auto *settings = m_desktop.window()->settingsPage();
        QTRY_VERIFY(!settings->field("listen")->text().isEmpty());
        settings->field("form_accent_color")->setText("purple");
        settings->field("backup_keep")->setText("0");
        // The server wrote its first automatic backup at start; the page says so in German.
        auto *backup = settings->findChild<QLabel *>("backupStatus");
        QVERIFY(backup);
        QTRY_VERIFY_WITH_TIMEOUT(!backup->text().isEmpty(), 5000);
        QVERIFY2(!backup->text().contains("kept") && !backup->text().contains("No automatic"),
                 qPrintable(backup->text()));
        settings->save();
        const QString result = settings->findChild<QLabel *>("settingsResult")->text();
        QVERIFY(m_desktop.screenshot("de-settings-error"));
        settings->field("form_accent_color")->setText("#6d28d9");
        settings->field("backup_keep")->setText("7");
        QVERIFY2(!result.contains("must be"), qPrintable(result));
        QVERIFY2(!result.contains("Not saved"), qPrintable(result));
        QVERIFY2(result.contains(german("SettingsSchema", "must be a hex colour such as #6d28d9")),
                 qPrintable(result));
        QVERIFY2(
            result.contains(
                german("SettingsSchema", "must be a whole number from %1 to %2").arg(1).arg(365)),
            qPrintable(result));
    }

    void busyPortIsGerman()
    {
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
        auto *settings = m_desktop.window()->settingsPage();
        settings->field("listen")->setText(QStringLiteral("127.0.0.1:%1").arg(busy.serverPort()));
        QSignalSpy moved(m_desktop.host(), &server::ServerHost::relistened);
        settings->save();
        QVERIFY2(moved.wait(10000),
                 qPrintable(settings->findChild<QLabel *>("settingsResult")->text()));
        QVERIFY(!moved.first().first().toBool());
        const QString error = moved.first().at(1).toString();
        QVERIFY2(!error.contains("in use"), qPrintable(error));
        QVERIFY2(error.contains(german("HttpListener", "%1 is already in use")
                                    .arg(QStringLiteral("127.0.0.1:%1").arg(busy.serverPort()))),
                 qPrintable(error));
        QTRY_VERIFY(settings->findChild<QLabel *>("settingsResult")->text().contains(error));
        // The listener stays where it was.
        settings->field("listen")->setText("127.0.0.1:0");
    }

    void autoDisabledWebhookIsGerman()
    {
        QVERIFY(m_desktop.addWebhook(m_receiver.url()));
        auto *page = m_desktop.window()->webhooksPage();
        QTRY_COMPARE(page->subscriptionTable()->rowCount(), 1);

        QSignalSpy disabled(m_desktop.host(), &server::ServerHost::webhookDisabled);
        QTRY_VERIFY(page->findChild<QPushButton *>("sendTestEvent")->isEnabled());
        page->findChild<QPushButton *>("sendTestEvent")->click();
        QTRY_COMPARE_WITH_TIMEOUT(disabled.size(), 1, 15000);
        // The API keeps the English reason (the contract); the window shows it in German.
        QCOMPARE(m_desktop.scalar("SELECT disabled_reason FROM webhook_subscriptions").toString(),
                 QString("failing"));
        const HttpResult list
            = httpRequest(m_port, "GET", "/webhooks", {{"X-Api-Key", m_key.toLatin1()}});
        const QString stored = list.json()
                                   .value("data")
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value("disabled_reason")
                                   .toString();
        QVERIFY2(stored.startsWith("Every delivery failed since"), qPrintable(stored));
        auto *banner = page->findChild<QLabel *>("disabledBannerText");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        const QString expected = german("WebhookMessages", webhooks::WebhookMessages::FailingSince)
                                     .section(u'%', 0, 0);
        QVERIFY(!expected.isEmpty());
        QVERIFY2(banner->text().contains(expected), qPrintable(banner->text()));
        QVERIFY2(!banner->text().contains("Every delivery"), qPrintable(banner->text()));
        QVERIFY2(!banner->text().contains("turned off"), qPrintable(banner->text()));
        // The time in it is written the German way too.
        static const QRegularExpression englishMonth(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\b");
        QVERIFY2(!englishMonth.match(banner->text()).hasMatch(), qPrintable(banner->text()));
        QTRY_VERIFY(page->subscriptionTable()->item(0, 3)->text().contains(expected));
        QVERIFY(m_desktop.screenshot("de-webhooks-disabled"));
    }

    void leadValidationIsGerman()
    {
        const HttpResult r = httpRequest(
            m_port, "POST", "/api/v1/leads",
            {{"Authorization", "Bearer " + m_key.toLatin1()}, {"Content-Type", "application/json"}},
            R"({"name":"Jana Schmidt","email":"jana@example.com","phone":"+4930123456",
                "event_date":"2027-05-15"})");
        QCOMPARE(r.status, 201);
        m_desktop.window()->showPage(ui::MainWindow::Leads);
        auto *page = m_desktop.window()->leadsPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 5000);
        page->table()->selectRow(0);
        auto *editor = page->editor();
        QTRY_VERIFY(!editor->leadId().isEmpty());
        // The history names the key in German, though the API stored its English detail.
        auto *history = editor->findChild<QListWidget *>("leadHistory");
        QTRY_VERIFY(history->count() > 0);
        const QString created = history->item(0)->text();
        QVERIFY2(!created.contains("API key") && !created.contains("Created"), qPrintable(created));
        QVERIFY2(created.contains(german("LeadPresentation", "API key \"%1\" (%2)")
                                      .arg("Website form", m_key.left(12))),
                 qPrintable(created));
        editor->findChild<QLineEdit *>("leadEmail")->setText("not-an-address");
        editor->findChild<QPushButton *>("saveLead")->click();
        const QString error = editor->findChild<QLabel *>("leadEditorError")->text();
        QVERIFY2(!error.contains("Invalid") && !error.contains("email"), qPrintable(error));
        QVERIFY2(error.contains(german("LeadPresentation", "Email")), qPrintable(error));
        QVERIFY(m_desktop.screenshot("de-lead-error"));
    }

    void everyPageInGerman()
    {
        const QStringList names = {"overview", "leads",   "contacts", "webhooks",
                                   "api-keys", "connect", "spam",     "settings"};
        for (int p = 0; p < ui::MainWindow::PageCount; ++p) {
            m_desktop.window()->showPage(ui::MainWindow::Page(p));
            QVERIFY(m_desktop.waitForReads()); // the page shows its data, not a blank table
            QVERIFY(m_desktop.screenshot("de-page-" + names.at(p)));
        }
    }
};

QTEST_MAIN(GermanUiTest)
#include "tst_ui_german.moc"
