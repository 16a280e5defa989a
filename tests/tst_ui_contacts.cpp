// SPDX-License-Identifier: GPL-3.0-or-later
// The Contacts and Spam pages of the real main window on a real lead server (temp data dir),
// fed over real HTTP through POST /capture and the hosted form.
#include "core/server/AppTranslator.h"
#include "core/server/ServerHost.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "tests/support/DesktopFixture.h"
#include "tests/support/HttpClient.h"
#include "ui/BackgroundReader.h"
#include "ui/ContactDetail.h"
#include "ui/ContactTableModel.h"
#include "ui/ContactsPage.h"
#include "ui/LeadEditor.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"
#include "ui/SpamPage.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace rmx;
using namespace rmx::test;

class ContactsUiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::DesktopFixture m_desktop;
    quint16 m_port = 0;

    QString dbPath() const { return m_dir.filePath("remixcrm.db"); }

    int capture(const QByteArray &json)
    {
        return httpRequest(m_port, "POST", "/capture", {{"Content-Type", "application/json"}}, json)
            .status;
    }

    // A hosted-form submission; a filled honeypot or an instant send makes it spam.
    void submitForm(const QString &email, const QString &honeypot)
    {
        const QByteArray html = httpRequest(m_port, "GET", "/form").body;
        const QString token = QRegularExpression("name=\"_form_token\" value=\"([^\"]+)\"")
                                  .match(QString::fromUtf8(html))
                                  .captured(1);
        QVERIFY(!token.isEmpty());
        QUrlQuery form;
        const QList<QPair<QString, QString>> fields
            = {{"_form_token", token},       {"website", honeypot},
               {"name", "Maria Garcia"},     {"email", email},
               {"phone", "+34 600 000 000"}, {"event_date", "2027-05-20"},
               {"event_type", "Wedding"},    {"message", "About 120 guests, a barn venue."}};
        for (const auto &[k, v] : fields)
            form.addQueryItem(QString::fromUtf8(QUrl::toPercentEncoding(k)),
                              QString::fromUtf8(QUrl::toPercentEncoding(v)));
        const HttpResult r = httpRequest(m_port, "POST", "/capture",
                                         {{"Content-Type", "application/x-www-form-urlencoded"}},
                                         form.toString(QUrl::FullyEncoded).toUtf8());
        QCOMPARE(r.status, 201); // bots see success
    }

    ui::ContactsPage *contacts() const { return m_desktop.window()->contactsPage(); }

    int rowOfEmail(const QString &email)
    {
        auto *model = contacts()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->contactAt(row)->email == email)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        // The app's English, as the README pictures show it ("1 lead", "2 leads").
        QCOMPARE(AppTranslator::apply("en"), QString("en"));
        // Window state goes to this test's own settings, not the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath("config"));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("config"));
        QVERIFY(store::SchemaMigrator::migrate(dbPath()).ok);
        QVERIFY2(m_desktop.start(m_dir.path()), "the window's server did not start");
        m_port = m_desktop.port();
    }

    void cleanupTestCase() { m_desktop.stop(); }

    void emptyStatesExplain()
    {
        m_desktop.window()->showPage(ui::MainWindow::Spam);
        QTRY_VERIFY(m_desktop.window()->findChild<QLabel *>("spamEmptyState")->isVisible());
        m_desktop.window()->showPage(ui::MainWindow::Contacts);
        QTRY_VERIFY(m_desktop.window()->findChild<QLabel *>("contactsEmptyState")->isVisible());
    }

    void capturedContactShowsMetadata()
    {
        // (A plain literal: moc reads "//" inside a raw string as a comment.)
        QCOMPARE(capture("{\"email\":\"Olivia@Example.com\",\"first_name\":\"Olivia\","
                         "\"last_name\":\"Hart\",\"source\":\"Instagram\",\"metadata\":{"
                         "\"utm_source\":\"instagram\",\"utm_campaign\":\"spring_weddings\","
                         "\"landing_page\":\"https://example.com/weddings\"}}"),
                 201);
        auto *model = contacts()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
        QCOMPARE(model->index(0, ui::ContactTableModel::Name).data().toString(),
                 QString("Olivia Hart"));
        QCOMPARE(model->index(0, ui::ContactTableModel::Email).data().toString(),
                 QString("Olivia@Example.com"));
        QCOMPARE(model->index(0, ui::ContactTableModel::Source).data().toString(),
                 QString("Instagram"));
        QCOMPARE(model->index(0, ui::ContactTableModel::Stage).data().toString(), QString("Lead"));
        QVERIFY(m_desktop.window()->findChild<QTableView *>("contactTable")->isVisible());

        contacts()->table()->selectRow(0);
        auto *detail = contacts()->detail();
        QTRY_VERIFY(!detail->contactId().isEmpty());
        QTRY_VERIFY(detail->findChild<QLabel *>("metadata_utm_campaign") != nullptr);
        QCOMPARE(detail->findChild<QLabel *>("metadata_utm_campaign")->text(),
                 QString("spring_weddings"));
        QCOMPARE(detail->findChild<QLabel *>("metadata_landing_page")->text(),
                 QString("https://example.com/weddings"));
        QCOMPARE(detail->findChild<QLineEdit *>("contactFirstName")->text(), QString("Olivia"));

        // Search narrows the list by name or email.
        QCOMPARE(capture(R"({"email":"noah@example.com","first_name":"Noah"})"), 201);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 5000);
        contacts()->setSearch("hart");
        QTRY_VERIFY(model->rowCount() == 1
                    && model->contactAt(0)->email == QString("Olivia@Example.com"));
        contacts()->setSearch("NOAH@");
        QTRY_VERIFY(model->rowCount() == 1 && model->contactAt(0)->firstName == QString("Noah"));
        contacts()->setSearch("");
        QTRY_COMPARE(model->rowCount(), 2);
    }

    void editWritesContactUpdated()
    {
        const int row = rowOfEmail("Olivia@Example.com");
        QVERIFY(row >= 0);
        contacts()->table()->selectRow(row);
        auto *detail = contacts()->detail();
        QTRY_COMPARE(detail->contact().email, QString("Olivia@Example.com"));
        QTRY_VERIFY(detail->findChild<QLineEdit *>("contactPhone")->isEnabled());
        // Save is offered only once something changed.
        QVERIFY(!detail->findChild<QPushButton *>("saveContact")->isEnabled());
        detail->findChild<QLineEdit *>("contactPhone")->setText("+1 555 0100");
        QVERIFY(detail->findChild<QPushButton *>("saveContact")->isEnabled());
        auto *stage = detail->findChild<QComboBox *>("contactStage");
        stage->setCurrentIndex(stage->findData("qualified"));
        detail->findChild<QPushButton *>("saveContact")->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_desktop.scalar("SELECT COUNT(*) FROM outbox WHERE event = 'contact.updated'").toInt(),
            1, 5000);
        QCOMPARE(m_desktop
                     .scalar("SELECT stage || '|' || phone FROM contacts WHERE email_key = "
                             "'olivia@example.com'")
                     .toString(),
                 QString("qualified|+1 555 0100"));
        QVERIFY(m_desktop.scalar("SELECT data FROM outbox WHERE event = 'contact.updated'")
                    .toString()
                    .contains("\"stage\":\"qualified\""));
        QTRY_COMPARE(contacts()
                         ->model()
                         ->index(rowOfEmail("Olivia@Example.com"), ui::ContactTableModel::Stage)
                         .data()
                         .toString(),
                     QString("Qualified"));
        // Saving without a change fires nothing (the button is off, but Ctrl+S and leaving
        // the contact still save): once the writer has run what was submitted, nothing more.
        QVERIFY(!detail->findChild<QPushButton *>("saveContact")->isEnabled());
        QVERIFY(detail->save());
        QVERIFY(m_desktop.waitForWrites());
        QCOMPARE(
            m_desktop.scalar("SELECT COUNT(*) FROM outbox WHERE event = 'contact.updated'").toInt(),
            1);
    }

    void mergeMovesLeadsAndLeavesOne()
    {
        QCOMPARE(capture(R"({"email":"sam@example.com","first_name":"Sam","last_name":"Lee",
            "phone":"111","event_date":"2027-06-01","event_type":"Wedding",
            "metadata":{"utm_source":"google"}})"),
                 201);
        QCOMPARE(capture(R"({"email":"sam.lee@work.example","first_name":"Samuel",
            "last_name":"Lee","phone":"222","event_date":"2027-07-01",
            "metadata":{"utm_source":"facebook","utm_medium":"cpc"}})"),
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(contacts()->model()->rowCount(), 4, 5000);
        const int keepRow = rowOfEmail("sam@example.com");
        const int dupRow = rowOfEmail("sam.lee@work.example");
        QVERIFY(keepRow >= 0 && dupRow >= 0);
        auto *table = contacts()->table();
        table->clearSelection();
        table->selectionModel()->select(contacts()->model()->index(keepRow, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(contacts()->model()->index(dupRow, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(m_desktop.window()->findChild<QPushButton *>("mergeContacts")->isEnabled());
        const QString keepId = contacts()->model()->contactAt(keepRow)->id;
        const int updatedBefore
            = m_desktop.scalar("SELECT COUNT(*) FROM outbox WHERE event = 'contact.updated'")
                  .toInt();
        QSignalSpy merged(contacts(), &ui::ContactsPage::merged);
        contacts()->mergeSelected(
            [&](const store::ContactRecord &a, const store::ContactRecord &b) {
                return a.email == "sam@example.com" ? a.id : b.id;
            });
        QVERIFY(merged.wait(5000));
        QCOMPARE(merged.first().first().toString(), keepId);
        QCOMPARE(m_desktop.scalar("SELECT COUNT(*) FROM contacts").toInt(), 3);
        QCOMPARE(
            m_desktop
                .scalar("SELECT COUNT(*) FROM contacts WHERE email_key = 'sam.lee@work.example'")
                .toInt(),
            0);
        QCOMPARE(m_desktop
                     .scalar(QString("SELECT COUNT(*) FROM leads l JOIN contacts c ON c.id = "
                                     "l.contact_id WHERE c.public_id = '%1'")
                                 .arg(keepId))
                     .toInt(),
                 2);
        const QString metadata
            = m_desktop.scalar("SELECT metadata FROM contacts WHERE email_key = 'sam@example.com'")
                  .toString();
        QVERIFY2(metadata.contains("\"utm_source\":\"google\"") && metadata.contains("cpc"),
                 qPrintable(metadata));
        QCOMPARE(
            m_desktop.scalar("SELECT COUNT(*) FROM outbox WHERE event = 'contact.updated'").toInt(),
            updatedBefore + 1);
        QTRY_COMPARE_WITH_TIMEOUT(contacts()->model()->rowCount(), 3, 5000);

        // The kept contact's detail lists both leads; activating one opens it on Leads.
        auto *detail = contacts()->detail();
        QTRY_COMPARE(detail->contactId(), keepId);
        auto *leads = detail->findChild<QListWidget *>("contactLeads");
        QTRY_COMPARE_WITH_TIMEOUT(leads->count(), 2, 5000);
        QTRY_VERIFY(detail->findChild<QLabel *>("metadata_utm_medium") != nullptr);
        QVERIFY(m_desktop.screenshot("page-contacts"));
        const QString leadId = leads->item(0)->data(Qt::UserRole + 1).toString();
        QVERIFY(!leadId.isEmpty());
        emit leads->itemActivated(leads->item(0));
        QTRY_COMPARE(m_desktop.window()->page(ui::MainWindow::Leads)->isVisible(), true);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.window()->leadsPage()->editor()->leadId(), leadId,
                                  5000);
    }

    void spamAppearsAndRestoreCreatesContact()
    {
        m_desktop.window()->showPage(ui::MainWindow::Spam);
        submitForm("maria@example.com", "http://bot.example");
        submitForm("bot@spam.example", ""); // sent at once: too fast for a person
        auto *spam = m_desktop.window()->spamPage();
        QTRY_COMPARE_WITH_TIMEOUT(spam->table()->rowCount(), 2, 5000);
        QVERIFY(!m_desktop.window()->findChild<QLabel *>("spamEmptyState")->isVisible());
        QCOMPARE(
            m_desktop.scalar("SELECT COUNT(*) FROM contacts WHERE email_key = 'maria@example.com'")
                .toInt(),
            0);
        int mariaRow = -1;
        for (int row = 0; row < spam->table()->rowCount(); ++row) {
            if (spam->table()->item(row, 2)->text() == "maria@example.com")
                mariaRow = row;
        }
        QVERIFY(mariaRow >= 0);
        QVERIFY(spam->table()->item(mariaRow, 4)->text().contains("About 120 guests"));
        QCOMPARE(spam->table()->item(mariaRow, 3)->text(), QString("127.0.0.1"));
        spam->table()->selectRow(mariaRow);
        QVERIFY(m_desktop.screenshot("page-spam"));

        QSignalSpy restored(spam, &ui::SpamPage::restored);
        spam->restoreSelected();
        QVERIFY(restored.wait(5000));
        QCOMPARE(
            m_desktop.scalar("SELECT COUNT(*) FROM contacts WHERE email_key = 'maria@example.com'")
                .toInt(),
            1);
        QCOMPARE(m_desktop.scalar("SELECT COUNT(*) FROM leads WHERE email = 'maria@example.com'")
                     .toInt(),
                 1);
        QTRY_COMPARE_WITH_TIMEOUT(spam->table()->rowCount(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfEmail("maria@example.com") >= 0, 5000);

        // Delete discards the other one after confirmation.
        spam->table()->selectRow(0);
        spam->deleteSelected([](const QString &email) { return email == "bot@spam.example"; });
        QTRY_COMPARE_WITH_TIMEOUT(spam->table()->rowCount(), 0, 5000);
        QCOMPARE(m_desktop.scalar("SELECT COUNT(*) FROM spam_submissions").toInt(),
                 1); // the restored one
        QTRY_VERIFY(m_desktop.window()->findChild<QLabel *>("spamEmptyState")->isVisible());
    }

    void searchMatchesPhoneDigits()
    {
        m_desktop.window()->showPage(ui::MainWindow::Contacts);
        QCOMPARE(capture(R"({"email":"ava@example.com","first_name":"Ava",
            "phone":"+1 (555) 0142"})"),
                 201);
        auto *model = contacts()->model();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfEmail("ava@example.com") >= 0, 5000);
        // However the number is written, its digits find the contact.
        for (const char *search : {"555 0142", "5550142", "(555) 0142", "+1-555-0142"}) {
            contacts()->setSearch(search);
            QTRY_VERIFY2(model->rowCount() == 1 && model->contactAt(0)->email == "ava@example.com",
                         search);
        }
        // Olivia's "+1 555 0100" (saved in the editor above).
        contacts()->setSearch("555-0100");
        QTRY_VERIFY(model->rowCount() == 1
                    && model->contactAt(0)->email == QString("Olivia@Example.com"));
        contacts()->setSearch("555 0199");
        QTRY_COMPARE(model->rowCount(), 0);
        // Both numbers share "555"; text with letters is no phone search.
        contacts()->setSearch("555");
        QTRY_COMPARE(model->rowCount(), 2);
        contacts()->setSearch("ava 555");
        QTRY_COMPARE(model->rowCount(), 0);
        contacts()->setSearch("");
        QTRY_VERIFY(model->rowCount() >= 4);
    }

    void splitterAndColumnsSurviveRestart()
    {
        m_desktop.window()->showPage(ui::MainWindow::Contacts);
        auto *splitter = m_desktop.window()->findChild<QSplitter *>("contactsSplitter");
        QVERIFY(splitter);
        QTRY_VERIFY(splitter->width() > 600);
        const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
        splitter->setSizes({total - 300, 300});
        contacts()->table()->setColumnWidth(ui::ContactTableModel::Email, 277);
        contacts()->table()->horizontalHeader()->moveSection(ui::ContactTableModel::Source, 0);
        const QList<int> sizes = splitter->sizes();
        m_desktop.window()->saveViewState();

        // A new window (as after a restart) reads the same QSettings.
        ui::MainWindow again(m_desktop.host(), m_desktop.reader());
        again.resize(m_desktop.window()->size());
        again.show();
        again.showPage(ui::MainWindow::Contacts);
        QApplication::processEvents();
        auto *table = again.contactsPage()->table();
        QCOMPARE(table->columnWidth(ui::ContactTableModel::Email), 277);
        QCOMPARE(table->horizontalHeader()->visualIndex(ui::ContactTableModel::Source), 0);
        auto *restored = again.findChild<QSplitter *>("contactsSplitter");
        QTRY_COMPARE(restored->sizes(), sizes);
    }
};

QTEST_MAIN(ContactsUiTest)
#include "tst_ui_contacts.moc"
