// SPDX-License-Identifier: GPL-3.0-or-later
// The Webhooks page on a real lead server (own threads, temp data dir) sending to a real
// loopback receiver: add through the dialog, see deliveries and test events arrive, disable and
// enable, and recover a webhook the receiver turned off with 410 Gone.
#include "core/server/AppTranslator.h"
#include "core/server/ServerHost.h"
#include "core/store/ApiKeyStore.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "core/webhooks/WebhookSigner.h"
#include "tests/support/DesktopFixture.h"
#include "tests/support/HttpClient.h"
#include "tests/support/WebhookReceiver.h"
#include "ui/BackgroundReader.h"
#include "ui/MainWindow.h"
#include "ui/WebhookDialog.h"
#include "ui/WebhooksPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx;
using namespace rmx::test;

class WebhooksPageTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    WebhookReceiver m_receiver;
    int m_receiverStatus = 200;
    test::DesktopFixture m_desktop;
    quint16 m_port = 0;
    QString m_key;
    QString m_secret;

    QString dbPath() const { return m_dir.filePath("remixcrm.db"); }
    ui::WebhooksPage *page() const { return m_desktop.window()->webhooksPage(); }
    template<typename T> T *child(const char *name) const
    {
        return page()->findChild<T *>(QString::fromLatin1(name));
    }

    HttpResult postLead(const QByteArray &body)
    {
        return httpRequest(
            m_port, "POST", "/api/v1/leads",
            {{"Authorization", "Bearer " + m_key.toLatin1()}, {"Content-Type", "application/json"}},
            body);
    }

    QString cell(QTableWidget *table, int row, int column) const
    {
        auto *item = table->item(row, column);
        return item ? item->text() : QString();
    }

    /// The row of the delivery log showing `event` (-1: none).
    int logRow(const QString &event) const
    {
        auto *log = page()->deliveryTable();
        for (int row = 0; row < log->rowCount(); ++row) {
            if (cell(log, row, 1).startsWith(event))
                return row;
        }
        return -1;
    }

    QList<QByteArray> eventsReceived() const
    {
        QList<QByteArray> events;
        for (const ReceivedRequest &r : m_receiver.requests())
            events.append(
                QJsonDocument::fromJson(r.body).object().value("event").toString().toLatin1());
        return events;
    }

private slots:
    void initTestCase()
    {
        // The app's English, as the README pictures show it ("1 lead", "2 leads").
        QCOMPARE(AppTranslator::apply("en"), QString("en"));
        QVERIFY(store::SchemaMigrator::migrate(dbPath()).ok);
        {
            store::DbConnection c(dbPath(), "setup");
            m_key = store::ApiKeyStore(c.db()).create("Website form").key;
        }
        QVERIFY(!m_key.isEmpty());
        m_receiver.setResponder([this](const ReceivedRequest &, int) {
            ReceiverAnswer a;
            a.status = m_receiverStatus;
            a.body = m_receiverStatus == 200 ? R"({"received":true})" : "gone";
            return a;
        });
        QVERIFY(m_receiver.listen());

        QVERIFY2(m_desktop.start(m_dir.path()), "the window's server did not start");
        m_port = m_desktop.port();
        m_desktop.window()->showPage(ui::MainWindow::Webhooks);
        QVERIFY(page()->isVisible());
    }

    void cleanupTestCase() { m_desktop.stop(); }

    void emptyStateBeforeAnyWebhook()
    {
        QTRY_VERIFY(child<QLabel>("webhooksEmpty")->isVisible());
        QVERIFY(!child<QPushButton>("editWebhook")->isEnabled());
        QVERIFY(!child<QPushButton>("sendTestEvent")->isEnabled());
    }

    void addThroughDialogShowsSecretOnce()
    {
        page()->addSubscription();
        auto *dialog = page()->findChild<ui::WebhookDialog *>("webhookDialog");
        QVERIFY(dialog);
        auto *secret = dialog->findChild<QLineEdit *>("webhookSecret");
        QVERIFY(secret);
        m_secret = secret->text();
        QVERIFY(QRegularExpression("^whsec_[A-Za-z0-9+/=]{32}$").match(m_secret).hasMatch());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        dialog->findChild<QPushButton *>("revealSecret")->click();
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QVERIFY(dialog->findChild<QCheckBox *>("event_lead.created")->isChecked());
        QVERIFY(m_desktop.screenshot("webhook-dialog", dialog));

        // Nothing chosen: refused with a message, nothing written.
        dialog->findChild<QLineEdit *>("webhookUrl")->setText("not a url");
        dialog->findChild<QCheckBox *>("event_lead.created")->setChecked(false);
        dialog->findChild<QPushButton *>("saveWebhook")->click();
        auto *error = dialog->findChild<QLabel *>("webhookError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains("http"));
        QVERIFY(error->text().contains("event"));

        // A loopback target is fine for a webhook added on this machine.
        dialog->findChild<QLineEdit *>("webhookUrl")
            ->setText(QString::fromLatin1(m_receiver.url()));
        dialog->findChild<QCheckBox *>("event_lead.created")->setChecked(true);
        dialog->findChild<QCheckBox *>("event_lead.updated")->setChecked(true);
        QSignalSpy saved(dialog, &ui::WebhookDialog::saved);
        dialog->findChild<QPushButton *>("saveWebhook")->click();
        QVERIFY(saved.wait(5000));
        auto *table = page()->subscriptionTable();
        QTRY_COMPARE(table->rowCount(), 1);
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(cell(table, 0, 0), QString::fromLatin1(m_receiver.url()));
        QCOMPARE(cell(table, 0, 1), QString("lead.created, lead.updated"));
        QCOMPARE(cell(table, 0, 3), QString("Enabled"));
        QCOMPARE(page()->selectedId(),
                 m_desktop.scalar("SELECT public_id FROM webhook_subscriptions").toString());
        QCOMPARE(m_desktop.scalar("SELECT created_by FROM webhook_subscriptions").toString(),
                 QString("ui"));
        QVERIFY(!m_desktop.scalar("SELECT secret_enc FROM webhook_subscriptions")
                     .toString()
                     .contains(m_secret));
        // The secret is never shown again.
        QVERIFY(!page()->findChild<ui::WebhookDialog *>("webhookDialog")
                || !page()->findChild<ui::WebhookDialog *>("webhookDialog")->isVisible());
        for (auto *edit : m_desktop.window()->findChildren<QLineEdit *>())
            QVERIFY(!edit->text().contains(m_secret));
    }

    void leadDeliveryAppearsInLog()
    {
        QCOMPARE(postLead(R"({"name":"Jane Doe","email":"jane@example.com","phone":"+15551234567",
            "event_date":"2026-08-15","event_type":"Wedding"})")
                     .status,
                 201);
        QTRY_VERIFY_WITH_TIMEOUT(eventsReceived().contains("lead.created"), 10000);
        // Signed with the secret the dialog showed.
        const ReceivedRequest &sent = m_receiver.requests().first();
        const QByteArray signature = sent.header("x-rex-signature");
        const qint64 t = signature.mid(2, signature.indexOf(',') - 2).toLongLong();
        QVERIFY(t > 0);
        QCOMPARE(signature, webhooks::WebhookSigner::rexSignature(m_secret, t, sent.body));
        QTRY_VERIFY_WITH_TIMEOUT(
            logRow("lead.created") >= 0
                && cell(page()->deliveryTable(), logRow("lead.created"), 3).contains("HTTP 200"),
            10000);
        auto *log = page()->deliveryTable();
        const int row = logRow("lead.created");
        QVERIFY(cell(log, row, 3).startsWith("Delivered"));
        QCOMPARE(cell(log, row, 2), QString("1"));
        QVERIFY(cell(log, row, 4).endsWith("ms"));
        QCOMPARE(cell(log, row, 5), QString(R"({"received":true})"));
    }

    void testEventShowsResultInline()
    {
        auto *result = child<QLabel>("testResult");
        child<QPushButton>("sendTestEvent")->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("HTTP 200"), 10000);
        QVERIFY(result->isVisible());
        QVERIFY(result->text().contains("ms"));
        QVERIFY(eventsReceived().contains("ping"));
        QTRY_VERIFY(logRow("ping") >= 0);
    }

    void disableAndEnable()
    {
        auto *toggle = child<QPushButton>("toggleWebhook");
        toggle->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_desktop.scalar("SELECT enabled FROM webhook_subscriptions").toInt(), 0, 5000);
        QTRY_COMPARE(cell(page()->subscriptionTable(), 0, 3), QString("Disabled"));
        QTRY_COMPARE(toggle->text(), QString("E&nable"));
        QVERIFY(!child<QPushButton>("sendTestEvent")->isEnabled());
        // Turned off by the owner: no banner.
        QVERIFY(!child<QFrame>("disabledBanner")->isVisible());
        toggle->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_desktop.scalar("SELECT enabled FROM webhook_subscriptions").toInt(), 1, 5000);
        QTRY_COMPARE(cell(page()->subscriptionTable(), 0, 3), QString("Enabled"));
        QTRY_VERIFY(child<QPushButton>("sendTestEvent")->isEnabled());
    }

    void goneTurnsItOffAndReenableWorks()
    {
        m_receiverStatus = 410;
        QSignalSpy disabled(m_desktop.host(), &server::ServerHost::webhookDisabled);
        child<QPushButton>("sendTestEvent")->click();
        auto *result = child<QLabel>("testResult");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("HTTP 410"), 10000);
        QVERIFY(result->text().contains("failed"));
        QTRY_COMPARE_WITH_TIMEOUT(disabled.size(), 1, 5000);
        auto *banner = child<QFrame>("disabledBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        QVERIFY(child<QLabel>("disabledBannerText")->text().contains("410 Gone"));
        QVERIFY(cell(page()->subscriptionTable(), 0, 3).contains("410 Gone"));
        QTRY_VERIFY(cell(page()->deliveryTable(), 0, 3).startsWith("Failed"));
        QVERIFY(!child<QPushButton>("sendTestEvent")->isEnabled());
        QVERIFY(m_desktop.screenshot("page-webhooks"));

        m_receiverStatus = 200;
        child<QPushButton>("reenableWebhook")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 5000);
        QCOMPARE(m_desktop.scalar("SELECT enabled FROM webhook_subscriptions").toInt(), 1);
        QTRY_COMPARE(cell(page()->subscriptionTable(), 0, 3), QString("Enabled"));
    }

    void redeliverFailed()
    {
        const int before = int(m_receiver.requests().size());
        auto *log = page()->deliveryTable();
        QTRY_VERIFY(child<QPushButton>("redeliverFailed")->isEnabled());
        child<QPushButton>("redeliverFailed")->click();
        QTRY_COMPARE_WITH_TIMEOUT(int(m_receiver.requests().size()), before + 1, 10000);
        const auto again = QJsonDocument::fromJson(m_receiver.requests().last().body).object();
        QCOMPARE(again.value("event").toString(), QString("ping"));
        QTRY_VERIFY_WITH_TIMEOUT(cell(log, 0, 3).startsWith("Delivered"), 10000);
        QCOMPARE(cell(log, 0, 2), QString("2"));

        // Redeliver the selected (finished) delivery: same event id, a new attempt.
        log->selectRow(0);
        QTRY_VERIFY(child<QPushButton>("redeliver")->isEnabled());
        child<QPushButton>("redeliver")->click();
        QTRY_COMPARE_WITH_TIMEOUT(int(m_receiver.requests().size()), before + 2, 10000);
        QCOMPARE(QJsonDocument::fromJson(m_receiver.requests().last().body)
                     .object()
                     .value("id")
                     .toString(),
                 again.value("id").toString());
        QTRY_COMPARE_WITH_TIMEOUT(cell(log, 0, 2), QString("3"), 10000);
    }

    void editKeepsSecretHidden()
    {
        page()->editSelected();
        auto *dialog = page()->findChild<ui::WebhookDialog *>("webhookDialog");
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLineEdit *>("webhookSecret"));
        QVERIFY(dialog->secret().isEmpty());
        QCOMPARE(dialog->findChild<QLineEdit *>("webhookUrl")->text(),
                 QString::fromLatin1(m_receiver.url()));
        dialog->findChild<QCheckBox *>("event_all")->setChecked(true);
        QSignalSpy saved(dialog, &ui::WebhookDialog::saved);
        dialog->findChild<QPushButton *>("saveWebhook")->click();
        QVERIFY(saved.wait(5000));
        QTRY_COMPARE(m_desktop.scalar("SELECT events FROM webhook_subscriptions").toString(),
                     QString(R"(["*"])"));
        QTRY_COMPARE(cell(page()->subscriptionTable(), 0, 1), QString("All events"));
    }

    void removeAsksFirst()
    {
        QString asked;
        page()->removeSelected([&](const QString &url) {
            asked = url;
            return false;
        });
        QCOMPARE(asked, QString::fromLatin1(m_receiver.url()));
        QVERIFY(m_desktop.waitForWrites()); // a removal would have been submitted by now
        QCOMPARE(m_desktop.scalar("SELECT COUNT(*) FROM webhook_subscriptions").toInt(), 1);
        page()->removeSelected([](const QString &) { return true; });
        QTRY_COMPARE_WITH_TIMEOUT(
            m_desktop.scalar("SELECT COUNT(*) FROM webhook_subscriptions").toInt(), 0, 5000);
        QTRY_VERIFY(child<QLabel>("webhooksEmpty")->isVisible());
    }
};

QTEST_MAIN(WebhooksPageTest)
#include "tst_ui_webhooks.moc"
