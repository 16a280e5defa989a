// SPDX-License-Identifier: GPL-3.0-or-later
// An inquiry without an event date in the real window over a real server: it arrives in the
// inbox like any lead, the editor shows "No date", the message and the inquiry's details (as
// plain text, never markup), lets the owner set and clear the date, and flags a date that has
// passed.
#include "core/store/ApiKeyStore.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "tests/support/DesktopFixture.h"
#include "tests/support/HttpClient.h"
#include "ui/ContactDetail.h"
#include "ui/ContactTableModel.h"
#include "ui/ContactsPage.h"
#include "ui/EventDateEdit.h"
#include "ui/LeadDetailsView.h"
#include "ui/LeadEditor.h"
#include "ui/LeadTableModel.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rmx;
using namespace rmx::test;

class InquiryUiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DesktopFixture m_desktop;
    QString m_key;

    QString dbPath() const { return m_dir.filePath("remixcrm.db"); }
    ui::LeadsPage *page() const { return m_desktop.window()->leadsPage(); }
    ui::LeadEditor *editor() const { return page()->editor(); }
    template<typename T> T *field(const char *name) const
    {
        return editor()->findChild<T *>(QString::fromLatin1(name));
    }
    QString column(const QString &leadId, const QString &name) const
    {
        return m_desktop.scalar("SELECT " + name + " FROM leads WHERE public_id = '" + leadId + "'")
            .toString();
    }
    /// Posts `body` to /capture and waits for its lead to be listed; returns the lead's id.
    QString capture(const QJsonObject &body)
    {
        const int before = page()->model()->rowCount();
        const HttpResult r = httpRequest(m_desktop.port(), "POST", "/capture",
                                         {{"Content-Type", "application/json"}},
                                         QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (r.status != 201
            || !QTest::qWaitFor([&] { return page()->model()->rowCount() > before; }))
            return {};
        return m_desktop
            .scalar("SELECT public_id FROM leads WHERE email = '" + body.value("email").toString()
                    + "' ORDER BY id DESC LIMIT 1")
            .toString();
    }
    void show(const QString &leadId)
    {
        QTRY_VERIFY(rowOf(leadId) >= 0);
        page()->table()->selectRow(rowOf(leadId));
        QTRY_VERIFY(editor()->state() == ui::LeadEditor::State::Showing
                    && editor()->leadId() == leadId);
    }

    int rowOf(const QString &leadId) const
    {
        for (int row = 0; row < page()->model()->rowCount(); ++row) {
            if (page()->model()->index(row, 0).data(ui::LeadTableModel::LeadIdRole).toString()
                == leadId)
                return row;
        }
        return -1;
    }

    /// Clicks the button of `role` in the modal message box, once it is up.
    static void answerPrompt(QMessageBox::ButtonRole role)
    {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] {
                return (box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            }))
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role)
                button->click();
        }
    }

    static int rowWithEmail(ui::ContactsPage *contacts, const QString &email)
    {
        const QAbstractItemModel *model = contacts->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int c = 0; c < model->columnCount(); ++c) {
                if (model->index(row, c).data().toString() == email)
                    return row;
            }
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath("config"));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("config"));
        QVERIFY(store::SchemaMigrator::migrate(dbPath()).ok);
        {
            store::DbConnection c(dbPath(), "setup");
            m_key = store::ApiKeyStore(c.db()).create("Website form").key;
        }
        QVERIFY2(m_desktop.start(m_dir.path()), "the window's server did not start");
        m_desktop.window()->showPage(ui::MainWindow::Leads);
        editor()->setAutosaveDelay(20);
    }
    void cleanupTestCase() { m_desktop.stop(); }

    void datelessInquiryShowsMessageAndDetails()
    {
        const QString id = capture({{"email", "maria@example.com"},
                                    {"name", "Maria Garcia"},
                                    {"message", "Are you free in June?"},
                                    {"venue", "<b>The Barn</b>"},
                                    {"guest_count", 120}});
        QVERIFY(!id.isEmpty());
        show(id);
        auto *date = field<QDateEdit>("leadEventDate");
        QCOMPARE(date->text(), date->specialValueText());
        QVERIFY(!field<QCheckBox>("leadHasEventDate")->isChecked());
        QVERIFY(field<QLabel>("leadEventDatePast")->isHidden());
        QCOMPARE(field<QPlainTextEdit>("leadNotes")->toPlainText(),
                 QString("Are you free in June?"));

        auto *details = field<ui::LeadDetailsView>("leadDetails");
        QVERIFY(details->isVisible());
        auto *venue = details->findChild<QLabel *>("detail_venue");
        QVERIFY(venue);
        QCOMPARE(venue->text(), QString("<b>The Barn</b>"));
        QCOMPARE(venue->textFormat(), Qt::PlainText);
        QCOMPARE(details->findChild<QLabel *>("detail_guest_count")->text(), QString("120"));
        QVERIFY(m_desktop.screenshot("inquiry-without-date"));

        // The dateless lead's row reads as one, in the list.
        QVERIFY(page()->model()->rowCount() >= 1);
    }

    void ownerSetsAndClearsTheDate()
    {
        const QString id
            = capture({{"email", "ann@example.com"}, {"name", "Ann Abel"}, {"notes", "Hello"}});
        QVERIFY(!id.isEmpty());
        show(id);
        auto *known = field<QCheckBox>("leadHasEventDate");
        auto *date = field<QDateEdit>("leadEventDate");
        QVERIFY(!date->isEnabled());
        known->click();
        QVERIFY(date->isEnabled());
        QCOMPARE(date->date(), QDate::currentDate());
        date->setDate(QDate(2030, 5, 17));
        QTRY_COMPARE(column(id, "event_date"), QString("2030-05-17"));
        QVERIFY(field<QLabel>("leadEventDatePast")->isHidden());

        known->click();
        QCOMPARE(date->text(), date->specialValueText());
        QTRY_COMPARE(column(id, "event_date"), QString());
        // Checking again offers the date it had.
        known->click();
        QCOMPARE(date->date(), QDate(2030, 5, 17));
        QTRY_COMPARE(column(id, "event_date"), QString("2030-05-17"));
    }

    void markupFromVisitorsIsShownAsText()
    {
        const QString id = capture({{"email", "mal@example.com"},
                                    {"first_name", "<i>Mal</i>"},
                                    {"notes", "Hi"},
                                    {"metadata", QJsonObject {{"<b>key</b>", "<img src=x>"}}}});
        QVERIFY(!id.isEmpty());
        show(id);
        auto *title = editor()->findChild<QLabel *>("leadTitle");
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QVERIFY(title->text().startsWith("<i>Mal</i>"));

        m_desktop.window()->showPage(ui::MainWindow::Contacts);
        ui::ContactsPage *contacts = m_desktop.window()->contactsPage();
        QTRY_VERIFY(contacts->model()->rowCount() > 0);
        int row = -1;
        QTRY_VERIFY((row = rowWithEmail(contacts, "mal@example.com")) >= 0);
        contacts->table()->selectRow(row);
        QLabel *value = nullptr;
        QTRY_VERIFY((value = contacts->detail()->findChild<QLabel *>("metadata_<b>key</b>")));
        QCOMPARE(value->textFormat(), Qt::PlainText);
        QCOMPARE(value->text(), QString("<img src=x>"));
        for (QLabel *label : contacts->detail()->findChildren<QLabel *>()) {
            if (label->text().contains("<b>key</b>") || label->text().contains("<i>Mal</i>"))
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        m_desktop.window()->showPage(ui::MainWindow::Leads);
    }

    void quitAsksAboutEditsThatCannotBeSaved()
    {
        const QString id = capture({{"email", "quit@example.com"}, {"notes", "Hi"}});
        QVERIFY(!id.isEmpty());
        show(id);
        editor()->setAutosaveDelay(60000);
        editor()->findChild<QLineEdit *>("leadEmail")->setText("not-an-address");
        QSignalSpy quit(m_desktop.window(), &ui::MainWindow::quitRequested);
        // "Keep editing": the window stays, with the text as typed.
        QTimer::singleShot(0, this, [] { answerPrompt(QMessageBox::RejectRole); });
        m_desktop.window()->findChild<QAction *>("quitAction")->trigger();
        QCOMPARE(quit.count(), 0);
        QVERIFY(m_desktop.window()->isVisible());
        QCOMPARE(editor()->findChild<QLineEdit *>("leadEmail")->text(), QString("not-an-address"));
        editor()->findChild<QLineEdit *>("leadEmail")->setText("quit@example.com");
        editor()->setAutosaveDelay(20);
    }

    void pastDateIsFlagged()
    {
        const QString id = capture({{"email", "old@example.com"},
                                    {"name", "Olga Old"},
                                    {"phone", "+15550100"},
                                    {"event_date", "2020-03-01"}});
        QVERIFY(!id.isEmpty());
        show(id);
        QVERIFY(field<QLabel>("leadEventDatePast")->isVisible());
        auto *dates = editor()->findChild<ui::EventDateEdit *>();
        dates->setToday(QDate(2019, 1, 1));
        QVERIFY(field<QLabel>("leadEventDatePast")->isHidden());
        dates->setToday(QDate::currentDate());
        QVERIFY(m_desktop.screenshot("inquiry-past-date"));
    }
};

QTEST_MAIN(InquiryUiTest)
#include "tst_ui_inquiry.moc"
