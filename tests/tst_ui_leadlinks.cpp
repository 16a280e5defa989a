// SPDX-License-Identifier: GPL-3.0-or-later
// A lead_url shown anywhere in the window (lead editor, webhook delivery log, Connect page) or
// pasted into the Leads search box selects that lead inside the app, on a real lead server with
// leads arriving over real HTTP and webhooks delivered to a real loopback receiver.
#include "core/server/ServerHost.h"
#include "core/store/ApiKeyStore.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "tests/support/DesktopFixture.h"
#include "tests/support/HttpClient.h"
#include "tests/support/WebhookReceiver.h"
#include "ui/BackgroundReader.h"
#include "ui/ConnectPage.h"
#include "ui/LeadEditor.h"
#include "ui/LeadLink.h"
#include "ui/LeadTableModel.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"
#include "ui/SingleInstance.h"
#include "ui/WebhooksPage.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx;
using namespace rmx::test;

class LeadLinksTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    WebhookReceiver m_receiver;
    test::DesktopFixture m_desktop;
    quint16 m_port = 0;
    QString m_key;
    QString m_urlA, m_urlB; // lead_url of two leads
    QString m_idA, m_idB;

    QString dbPath() const { return m_dir.filePath("remixcrm.db"); }
    ui::LeadsPage *leads() const { return m_desktop.window()->leadsPage(); }

    /// Creates a lead over HTTP; returns its lead_url.
    QString postLead(const QByteArray &name, const QByteArray &email)
    {
        const HttpResult r = httpRequest(
            m_port, "POST", "/api/v1/leads",
            {{"Authorization", "Bearer " + m_key.toLatin1()}, {"Content-Type", "application/json"}},
            R"({"name":")" + name + R"(","email":")" + email
                + R"(","phone":"+15550100","event_date":"2027-06-12"})");
        if (r.status != 201)
            return {};
        return QJsonDocument::fromJson(r.body).object().value("lead_url").toString();
    }

    /// The lead id of the selected row of the Leads table ("" when none).
    QString selectedLead() const
    {
        const QModelIndexList rows = leads()->table()->selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.first().data(ui::LeadTableModel::LeadIdRole).toString()
                                : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(store::SchemaMigrator::migrate(dbPath()).ok);
        {
            store::DbConnection c(dbPath(), "setup");
            m_key = store::ApiKeyStore(c.db()).create("Website form").key;
        }
        QVERIFY(m_receiver.listen());
        QVERIFY2(m_desktop.start(m_dir.path()), "the window's server did not start");
        m_port = m_desktop.port();

        m_urlA = postLead("Ada Lovelace", "ada@example.com");
        m_urlB = postLead("Bea Arthur", "bea@example.com");
        m_idA = ui::LeadLink::idOf(m_urlA);
        m_idB = ui::LeadLink::idOf(m_urlB);
        QVERIFY2(!m_idA.isEmpty() && !m_idB.isEmpty(), qPrintable(m_urlA + " " + m_urlB));
        m_desktop.window()->showPage(ui::MainWindow::Leads);
        QTRY_COMPARE_WITH_TIMEOUT(leads()->model()->rowCount(), 2, 5000);
    }

    void cleanupTestCase() { m_desktop.stop(); }

    void recognisesLeadReferences()
    {
        const QString id = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
        QCOMPARE(ui::LeadLink::idOf(id), id);
        QCOMPARE(ui::LeadLink::idOf(id.toUpper()), id);
        QCOMPARE(ui::LeadLink::idOf("https://leads.example.com/leads/" + id), id);
        QCOMPARE(ui::LeadLink::idOf(" http://127.0.0.1:8088/api/v1/leads/" + id + "/ "), id);
        QCOMPARE(ui::LeadLink::idOf("https://example.com/contacts/" + id), QString());
        QCOMPARE(ui::LeadLink::idOf("https://example.com/leads/not-an-id"), QString());
        QCOMPARE(ui::LeadLink::idOf("Ada Lovelace"), QString());
        QCOMPARE(ui::LeadLink::idOf("ftp://example.com/leads/" + id), QString());
    }

    void pastingLeadUrlSelectsTheLead()
    {
        auto *search = leads()->findChild<QLineEdit *>("leadSearch");
        QVERIFY(search);
        search->setText(m_urlA);
        QTRY_COMPARE_WITH_TIMEOUT(leads()->model()->rowCount(), 1, 5000);
        QTRY_COMPARE(selectedLead(), m_idA);
        QTRY_COMPARE(leads()->editor()->leadId(), m_idA);
        // A bare id works too, in any case.
        search->setText(m_idB.toUpper());
        QTRY_COMPARE_WITH_TIMEOUT(selectedLead(), m_idB, 5000);
        QCOMPARE(leads()->model()->rowCount(), 1);
        QTRY_COMPARE(leads()->editor()->leadId(), m_idB);
        // Ordinary text is still a search.
        search->setText("Lovelace");
        QTRY_VERIFY_WITH_TIMEOUT(leads()->model()->rowCount() == 1 && leads()->model()->leadAt(0)
                                     && leads()->model()->leadAt(0)->id == m_idA,
                                 5000);
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(leads()->model()->rowCount(), 2, 5000);
    }

    void editorShowsClickableLeadUrl()
    {
        leads()->openLead(m_idB);
        QTRY_COMPARE(selectedLead(), m_idB);
        auto *link = leads()->editor()->findChild<QLabel *>("leadUrl");
        QVERIFY(link);
        QTRY_VERIFY(link->isVisible() && link->text().contains(m_urlB));
        QVERIFY(link->text().contains("<a href=\"" + m_urlB + "\">"));
        // Clicking a lead_url selects that lead (here: the one shown, after moving away).
        leads()->table()->clearSelection();
        emit link->linkActivated(m_urlB);
        QTRY_COMPARE(selectedLead(), m_idB);
    }

    void openLeadFromAnotherPage()
    {
        m_desktop.window()->showPage(ui::MainWindow::Contacts);
        m_desktop.window()->openLead(m_urlA);
        QTRY_VERIFY(leads()->isVisible());
        QTRY_COMPARE(selectedLead(), m_idA);
        QTRY_COMPARE(leads()->editor()->leadId(), m_idA);
    }

    void webhookDeliveryOpensItsLead()
    {
        QVERIFY(m_desktop.addWebhook(m_receiver.url()));
        auto *page = m_desktop.window()->webhooksPage();
        QTRY_COMPARE(page->subscriptionTable()->rowCount(), 1);

        const QString url = postLead("Cy Twombly", "cy@example.com");
        const QString id = ui::LeadLink::idOf(url);
        QVERIFY(!id.isEmpty());
        auto *log = page->deliveryTable();
        auto rowOfLead = [&] {
            for (int row = 0; row < log->rowCount(); ++row) {
                if (log->item(row, 1) && log->item(row, 1)->data(Qt::UserRole).toString() == url)
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOfLead() >= 0, 10000);
        const int row = rowOfLead();
        QVERIFY(log->item(row, 1)->font().underline());
        emit log->cellClicked(row, 1);
        QTRY_VERIFY(leads()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(selectedLead(), id, 5000);
    }

    void connectTestLeadLinkOpensIt()
    {
        m_desktop.window()->showPage(ui::MainWindow::Connect);
        auto *page = m_desktop.window()->findChild<ui::ConnectPage *>("connectPage");
        QVERIFY(page);
        page->sendTestLead();
        QTRY_VERIFY_WITH_TIMEOUT(page->testResult().contains("201"), 10000);
        auto *result = page->findChild<QLabel *>("testLeadResult");
        const QString text = result->text();
        const QRegularExpressionMatch link = QRegularExpression("href=\"([^\"]+)\"").match(text);
        QVERIFY2(link.hasMatch(), qPrintable(text));
        const QString id = ui::LeadLink::idOf(link.captured(1));
        QVERIFY(!id.isEmpty());
        m_desktop.window()->showPage(ui::MainWindow::Connect);
        emit result->linkActivated(link.captured(1));
        QTRY_VERIFY(leads()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(leads()->editor()->leadId(), id, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(selectedLead(), id, 5000);
    }

    void secondLaunchOpensLeadUrl()
    {
        // The running app answers later launches on its data directory, as DesktopApp does.
        ui::SingleInstance instance(m_dir.path());
        QVERIFY(instance.listen());
        connect(&instance, &ui::SingleInstance::messageReceived, m_desktop.window(),
                [this](const QString &message) {
                    if (message.startsWith("open "))
                        m_desktop.window()->openLead(message.mid(5));
                });
        m_desktop.window()->showPage(ui::MainWindow::Contacts);
        // A second process with --open <lead_url> hands it over and exits.
        QProcess second;
        second.start(REMIXCRM_BINARY, {"--data-dir", m_dir.path(), "--open", m_urlB});
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(leads()->isVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(selectedLead(), m_idB, 5000);
        QTRY_COMPARE(leads()->editor()->leadId(), m_idB);
    }
};

QTEST_MAIN(LeadLinksTest)
#include "tst_ui_leadlinks.moc"
