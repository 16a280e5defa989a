// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on a real lead server (own threads, temp data dir), driven as a user
// would, with leads arriving over real HTTP. Each page is also grabbed to PNG for the README.
#include "core/server/AppTranslator.h"
#include "core/server/ServerHost.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "tests/support/DesktopFixture.h"
#include "tests/support/HttpClient.h"
#include "ui/BackgroundReader.h"
#include "ui/ConnectPage.h"
#include "ui/LeadEditor.h"
#include "ui/LeadTableModel.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"
#include "ui/SettingsPage.h"
#include "ui/keys/ApiKeysPage.h"
#include "ui/keys/CreateKeyDialog.h"
#include "ui/overview/OverviewPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx;
using namespace rmx::test;

class MainWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::DesktopFixture m_desktop;
    quint16 m_port = 0;
    QString m_key;

    QString dbPath() const { return m_dir.filePath("remixcrm.db"); }

    QString createKeyThroughDialog(const QString &name)
    {
        m_desktop.window()->showPage(ui::MainWindow::ApiKeys);
        m_desktop.window()->apiKeysPage()->createKey();
        auto *dialog = m_desktop.window()->findChild<ui::CreateKeyDialog *>("createKeyDialog");
        if (!dialog)
            return {};
        dialog->findChild<QLineEdit *>("keyName")->setText(name);
        dialog->findChild<QPushButton *>("createKey")->click();
        if (!QTest::qWaitFor([&] { return !dialog->shownKey().isEmpty(); }, 5000))
            return {};
        const QString key = dialog->shownKey();
        dialog->accept();
        return key;
    }

    HttpResult postLead(const QString &key, const QByteArray &body)
    {
        return httpRequest(
            m_port, "POST", "/api/v1/leads",
            {{"Authorization", "Bearer " + key.toLatin1()}, {"Content-Type", "application/json"}},
            body);
    }

private slots:
    void initTestCase()
    {
        // The app's English, as the README pictures show it ("1 lead", "2 leads").
        QCOMPARE(AppTranslator::apply("en"), QString("en"));
        QVERIFY(store::SchemaMigrator::migrate(dbPath()).ok);
        QVERIFY2(m_desktop.start(m_dir.path()), "the window's server did not start");
        m_port = m_desktop.port();
        QTRY_VERIFY(m_desktop.window()->listenerStatus().contains(QString::number(m_port)));
    }

    void cleanupTestCase() { m_desktop.stop(); }

    void createKeyDialogShowsKeyOnce()
    {
        m_key = createKeyThroughDialog("Website form");
        QVERIFY(QRegularExpression("^rmx_[0-9A-Za-z]{32}$").match(m_key).hasMatch());
        auto *table = m_desktop.window()->apiKeysPage()->table();
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), m_key.left(12));
        for (int c = 0; c < table->columnCount(); ++c)
            QVERIFY(!table->item(0, c) || !table->item(0, c)->text().contains(m_key));
        QVERIFY(!m_desktop.window()->findChild<ui::CreateKeyDialog *>("createKeyDialog")
                || m_desktop.window()
                       ->findChild<ui::CreateKeyDialog *>("createKeyDialog")
                       ->shownKey()
                       .isEmpty());
        QVERIFY(m_desktop.screenshot("api-keys"));
    }

    void leadPostedOverHttpShowsUp()
    {
        m_desktop.window()->showPage(ui::MainWindow::Leads);
        const HttpResult r = postLead(m_key, R"({"name":"Jane Doe","email":"jane@example.com",
            "phone":"+15551234567","event_date":"2026-08-15","event_type":"Wedding",
            "source":"Instagram","notes":"Wants 4 hours, indoor"})");
        QCOMPARE(r.status, 201);
        auto *model = m_desktop.window()->leadsPage()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
        QTRY_COMPARE(model->index(0, ui::LeadTableModel::Name).data().toString(),
                     QString("Jane Doe"));
        QVERIFY(model->index(0, 0).data(ui::LeadTableModel::UnreadRole).toBool());
    }

    void overviewReadsOnlyWhenShown()
    {
        auto *overview = m_desktop.window()->findChild<ui::OverviewPage *>("overviewPage");
        QVERIFY(overview);
        // The window opened on Leads: the dashboard's sums over every lead were not read.
        QVERIFY(!overview->isVisible());
        QCOMPARE(overview->pipelineText(), QString());
        const int leads = m_desktop.scalar("SELECT COUNT(*) FROM leads").toInt();
        QVERIFY(leads > 0);
        m_desktop.window()->showPage(ui::MainWindow::Overview);
        QTRY_VERIFY(overview->pipelineText().contains(
            QRegularExpression(QStringLiteral("New</td><td[^>]*>&nbsp;%1<").arg(leads))));
        m_desktop.window()->showPage(ui::MainWindow::Leads);
    }

    void editFiresLeadUpdated()
    {
        auto *page = m_desktop.window()->leadsPage();
        page->table()->selectRow(0);
        auto *editor = page->editor();
        QTRY_VERIFY(!editor->leadId().isEmpty());
        QTRY_VERIFY(editor->findChild<QAbstractButton *>("status_contacted")->isEnabled());
        editor->findChild<QAbstractButton *>("status_contacted")->click();
        editor->findChild<QPushButton *>("saveLead")->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_desktop.scalar("SELECT COUNT(*) FROM outbox WHERE event = 'lead.updated'").toInt(), 1,
            5000);
        QCOMPARE(m_desktop.scalar("SELECT status FROM leads").toString(), QString("contacted"));
        QTRY_COMPARE(
            m_desktop.scalar("SELECT COUNT(*) FROM lead_history WHERE kind = 'status'").toInt(), 1);
    }

    void dateConflictWarning()
    {
        QCOMPARE(postLead(m_key, R"({"name":"Ann Booked","email":"ann@example.com","phone":"1",
            "event_date":"2026-09-05","status":"quoted"})")
                     .status,
                 201);
        QCOMPARE(postLead(m_key, R"({"name":"Bob Other","email":"bob@example.com","phone":"2",
            "event_date":"2026-09-05"})")
                     .status,
                 201);
        auto *page = m_desktop.window()->leadsPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 3, 5000);
        // Newest first: Bob is row 0.
        QTRY_COMPARE(page->model()->index(0, 0).data().toString(), QString("Bob Other"));
        page->table()->selectRow(0);
        auto *warning = page->editor()->findChild<QLabel *>("dateConflictWarning");
        QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 5000);
        QVERIFY(warning->text().contains("Ann Booked"));
        // The README's picture: the editor shows the highlighted lead.
        QTRY_VERIFY(page->editor()->state() == ui::LeadEditor::State::Showing);
        QCOMPARE(page->editor()->leadId(),
                 page->model()->index(0, 0).data(ui::LeadTableModel::LeadIdRole).toString());
        QVERIFY(m_desktop.screenshot("leads"));
        // A lead on a free date shows no warning.
        page->table()->selectRow(2);
        QTRY_VERIFY(page->editor()->findChild<QLineEdit *>() != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!warning->isVisible(), 5000);
    }

    void connectPageSendsTestLead()
    {
        m_desktop.window()->showPage(ui::MainWindow::Connect);
        auto *page = m_desktop.window()->findChild<ui::ConnectPage *>("connectPage");
        QVERIFY(page);
        QVERIFY(page->currentSnippet().contains(
            QStringLiteral("127.0.0.1:%1/api/v1/leads").arg(m_port)));
        // The README's picture of the Connect page, before the test lead opens the Leads page.
        QVERIFY(m_desktop.window()->page(ui::MainWindow::Connect)->isVisible());
        QVERIFY(m_desktop.screenshot("connect"));
        const int before = m_desktop.scalar("SELECT COUNT(*) FROM leads").toInt();
        page->sendTestLead();
        QTRY_VERIFY_WITH_TIMEOUT(page->testResult().contains("201"), 10000);
        QCOMPARE(m_desktop.scalar("SELECT COUNT(*) FROM leads").toInt(), before + 1);
        // The short-lived key is deleted once the test is done.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_desktop.scalar("SELECT COUNT(*) FROM api_keys WHERE name = 'Connect page test'")
                .toInt(),
            0, 5000);
    }

    void exportsTheFilteredView()
    {
        m_desktop.window()->showPage(ui::MainWindow::Leads);
        auto *page = m_desktop.window()->leadsPage();
        const QString path = m_dir.filePath("export.csv");
        page->exportCsv(path);
        QTRY_VERIFY_WITH_TIMEOUT(page->exportResult().startsWith("Exported"), 5000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv.count("\r\n"), m_desktop.scalar("SELECT COUNT(*) FROM leads").toInt() + 1);
        QVERIFY(csv.contains("jane@example.com"));
    }

    void revokeInUiGives401()
    {
        m_desktop.window()->showPage(ui::MainWindow::ApiKeys);
        auto *page = m_desktop.window()->apiKeysPage();
        page->reload();
        QTRY_VERIFY(page->table()->rowCount() >= 1);
        for (int row = 0; row < page->table()->rowCount(); ++row) {
            if (page->table()->item(row, 0)->text() == m_key.left(12))
                page->table()->selectRow(row);
        }
        page->revokeSelected([](const QString &) { return true; });
        QTRY_VERIFY_WITH_TIMEOUT(
            m_desktop
                .scalar(QStringLiteral(
                            "SELECT revoked_at IS NOT NULL FROM api_keys WHERE prefix = '%1'")
                            .arg(m_key.left(12)))
                .toBool(),
            5000);
        QCOMPARE(postLead(m_key, R"({"name":"Late Comer","email":"late@example.com","phone":"3",
            "event_date":"2026-10-01"})")
                     .status,
                 401);
    }

    void portChangeMovesListener()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 newPort = probe.serverPort();
        probe.close();
        m_desktop.window()->showPage(ui::MainWindow::Settings);
        auto *settings = m_desktop.window()->settingsPage();
        QTRY_VERIFY(!settings->field("listen")->text().isEmpty());
        settings->field("listen")->setText(QStringLiteral("127.0.0.1:%1").arg(newPort));
        QSignalSpy moved(m_desktop.host(), &server::ServerHost::relistened);
        settings->save();
        QVERIFY(moved.wait(10000));
        QVERIFY(moved.first().first().toBool());
        QTRY_VERIFY(m_desktop.window()->listenerStatus().contains(QString::number(newPort)));
        const quint16 oldPort = m_port;
        m_port = newPort;
        const QString key = createKeyThroughDialog("After move");
        QCOMPARE(postLead(key, R"({"name":"Moved Port","email":"moved@example.com","phone":"4",
            "event_date":"2026-11-01"})")
                     .status,
                 201);
        HttpClient old(oldPort);
        QVERIFY(!old.connectToServer(1000));
    }

    void everyPageRenders()
    {
        const QStringList names = {"overview", "leads",   "contacts", "webhooks",
                                   "api-keys", "connect", "spam",     "settings"};
        for (int p = 0; p < ui::MainWindow::PageCount; ++p) {
            m_desktop.window()->showPage(ui::MainWindow::Page(p));
            QWidget *page = m_desktop.window()->page(ui::MainWindow::Page(p));
            QVERIFY(page->isVisible());
            QVERIFY(!page->grab().isNull());
            // tst_ui_webhooks and tst_ui_contacts grab these with data in them.
            if (p != ui::MainWindow::Webhooks && p != ui::MainWindow::Contacts
                && p != ui::MainWindow::Spam)
                QVERIFY(m_desktop.screenshot("page-" + names.at(p)));
        }
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_ui_mainwindow.moc"
