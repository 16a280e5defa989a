// SPDX-License-Identifier: GPL-3.0-or-later
// The everyday polish of the Leads and Contacts lists in the real main window on a real lead
// server: filters that match nothing say so, counts read in proper plurals, dates carry month
// names and the date filter has presets, phone numbers are found by their digits, and a lead
// row has a right-click menu.
#include "core/server/AppTranslator.h"
#include "core/store/ApiKeyStore.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "tests/support/DesktopFixture.h"
#include "tests/support/HttpClient.h"
#include "ui/ContactTableModel.h"
#include "ui/ContactsPage.h"
#include "ui/LeadEditor.h"
#include "ui/LeadPresentation.h"
#include "ui/LeadRowMenu.h"
#include "ui/LeadTableModel.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rmx;
using namespace rmx::test;

/// Stands in for the system's phone and mail apps: records the URLs it is asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class ListPolishUiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::DesktopFixture m_desktop;
    QString m_key;
    UrlCatcher m_urls;

    QString dbPath() const { return m_dir.filePath("remixcrm.db"); }
    ui::LeadsPage *page() const { return m_desktop.window()->leadsPage(); }
    template<typename T> T *child(const char *name) const
    {
        return m_desktop.window()->findChild<T *>(QString::fromLatin1(name));
    }

    QString postLead(const QString &name, const QString &phone, const QString &date)
    {
        QJsonObject lead;
        lead.insert("name", name);
        lead.insert("email", QString(name.section(QChar(32), 0, 0).toLower() + "@example.com"));
        lead.insert("phone", phone);
        lead.insert("event_date", date);
        const HttpResult r = httpRequest(
            m_desktop.port(), "POST", "/api/v1/leads",
            {{"Authorization", "Bearer " + m_key.toLatin1()}, {"Content-Type", "application/json"}},
            QJsonDocument(lead).toJson());
        return r.status == 201 ? QJsonDocument::fromJson(r.body).object().value("id").toString()
                               : QString();
    }
    int rowOfName(const QString &name) const
    {
        for (int row = 0; row < page()->model()->rowCount(); ++row) {
            if (page()->model()->index(row, 0).data().toString() == name)
                return row;
        }
        return -1;
    }
    void search(const QString &text)
    {
        auto *box = child<QLineEdit>("leadSearch");
        box->setText(text);
    }
    /// Right-clicks the row and returns the menu it opens.
    ui::LeadRowMenu *rowMenu(int row)
    {
        QTableView *table = page()->table();
        const QRect cell = table->visualRect(page()->model()->index(row, 0));
        emit table->customContextMenuRequested(cell.center());
        ui::LeadRowMenu *menu = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            menu = page()->findChild<ui::LeadRowMenu *>("leadRowMenu");
            return menu && menu->isVisible();
        });
        return shown ? menu : nullptr;
    }
    /// Answers the next message box with `button`, once it is shown.
    void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [timer, button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                box->button(button)->click();
            }
        });
        timer->start(5);
    }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath("config"));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("config"));
        // The app's English, which holds the plurals.
        QCOMPARE(AppTranslator::apply("en"), QString("en"));
        QVERIFY(store::SchemaMigrator::migrate(dbPath()).ok);
        {
            store::DbConnection c(dbPath(), "setup");
            m_key = store::ApiKeyStore(c.db()).create("Website form").key;
        }
        QVERIFY2(m_desktop.start(m_dir.path()), "the window's server did not start");
        m_desktop.window()->showPage(ui::MainWindow::Leads);
        QDesktopServices::setUrlHandler("tel", &m_urls, "open");
        QDesktopServices::setUrlHandler("mailto", &m_urls, "open");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler("tel");
        QDesktopServices::unsetUrlHandler("mailto");
        m_desktop.stop();
    }

    void countsReadInPlurals()
    {
        QVERIFY(!postLead("Ann Lee", "+1 (555) 123-4567", "2027-09-01").isEmpty());
        auto *count = child<QLabel>("leadCount");
        QTRY_COMPARE(count->text(), QString("1 lead"));
        const QDate thisMonth = QDate::currentDate().addDays(1 - QDate::currentDate().day());
        QVERIFY(
            !postLead("Ben Ortiz", "+44 20 7946 0958", thisMonth.toString(Qt::ISODate)).isEmpty());
        QTRY_COMPARE(count->text(), QString("2 leads"));
        m_desktop.window()->showPage(ui::MainWindow::Contacts);
        QTRY_COMPARE(child<QLabel>("contactCount")->text(), QString("2 contacts"));
        m_desktop.window()->showPage(ui::MainWindow::Leads);
    }

    void filtersThatMatchNothingSaySo()
    {
        auto *empty = child<QLabel>("leadsEmptyState");
        QTRY_VERIFY(page()->table()->isVisible());
        QVERIFY(!empty->isVisible());
        search("zebra");
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains("No leads match"), qPrintable(empty->text()));
        QVERIFY(!empty->text().contains("No leads yet"));
        QVERIFY(!page()->table()->isVisible());
        QCOMPARE(child<QLabel>("leadCount")->text(), QString("0 leads"));
        QVERIFY(m_desktop.screenshot("leads-no-match"));
        // Its link brings every lead back.
        emit empty->linkActivated("clear");
        QTRY_VERIFY(page()->table()->isVisible());
        QVERIFY(!empty->isVisible());
        QCOMPARE(child<QLineEdit>("leadSearch")->text(), QString());
        QTRY_COMPARE(page()->model()->rowCount(), 2);

        m_desktop.window()->showPage(ui::MainWindow::Contacts);
        m_desktop.window()->contactsPage()->setSearch("zebra");
        auto *noContacts = child<QLabel>("contactsEmptyState");
        QTRY_VERIFY(noContacts->isVisible());
        QVERIFY2(noContacts->text().contains("No contacts match"), qPrintable(noContacts->text()));
        emit noContacts->linkActivated("clear");
        QTRY_VERIFY(!noContacts->isVisible());
        QTRY_COMPARE(m_desktop.window()->contactsPage()->model()->rowCount(), 2);
        m_desktop.window()->showPage(ui::MainWindow::Leads);
    }

    void phoneDigitsFindTheLead()
    {
        search("5551234");
        QTRY_COMPARE(page()->model()->rowCount(), 1);
        QTRY_COMPARE(page()->model()->index(0, 0).data().toString(), QString("Ann Lee"));
        search("020 7946");
        QTRY_COMPARE(page()->model()->rowCount(), 0); // the 0 is not among Ben's digits
        search("7946 0958");
        QTRY_COMPARE(page()->model()->rowCount(), 1);
        QTRY_COMPARE(page()->model()->index(0, 0).data().toString(), QString("Ben Ortiz"));
        // Words still find what they found before.
        search("ann");
        QTRY_COMPARE(page()->model()->index(0, 0).data().toString(), QString("Ann Lee"));
        QTRY_COMPARE(page()->model()->rowCount(), 1);
        search("");
        QTRY_COMPARE(page()->model()->rowCount(), 2);
    }

    void datesReadWithMonthNames()
    {
        int ann = -1;
        QTRY_VERIFY((ann = rowOfName("Ann Lee")) >= 0);
        const QString shown
            = page()->model()->index(ann, ui::LeadTableModel::EventDate).data().toString();
        QCOMPARE(shown, ui::LeadPresentation::eventDate("2027-09-01"));
        QVERIFY2(shown.contains("Sep") && shown.contains("2027") && !shown.contains('/'),
                 qPrintable(shown));
        QCOMPARE(ui::LeadPresentation::eventDate(QString()), QString());
        // The same formatter in the editor and the date filters.
        page()->table()->selectRow(ann);
        auto *editorDate = page()->editor()->findChild<QDateEdit *>("leadEventDate");
        QTRY_COMPARE(editorDate->text(), shown);
        QCOMPARE(child<QDateEdit>("eventDateFrom")->displayFormat(),
                 ui::LeadPresentation::dateFormat());
        // Something received on another day reads with its date the same way.
        const QDateTime past(QDate(2027, 9, 1), QTime(14, 5));
        QVERIFY(ui::LeadPresentation::received(past.toMSecsSinceEpoch()).startsWith(shown));

        QCOMPARE(AppTranslator::apply("de"), QString("de"));
        QCOMPARE(ui::LeadPresentation::eventDate("2027-09-01"), QString("1. Sept. 2027"));
        QCOMPARE(AppTranslator::apply("fr"), QString("fr"));
        QCOMPARE(ui::LeadPresentation::eventDate("2027-09-01"), QString("1 sept. 2027"));
        QCOMPARE(AppTranslator::apply("en"), QString("en"));
    }

    void dateFilterPresets()
    {
        auto *preset = child<QComboBox>("eventDatePreset");
        auto *from = child<QDateEdit>("eventDateFrom");
        auto *to = child<QDateEdit>("eventDateTo");
        QVERIFY(preset && from && to);
        QCOMPARE(preset->currentIndex(), int(ui::LeadsPage::DatePreset::AnyDate));
        const QDate today = QDate::currentDate();
        const QDate monthStart(today.year(), today.month(), 1);

        // With any date, the calendar opens on this month, not on the year 2000.
        QTest::mouseClick(from, Qt::LeftButton, {}, QPoint(from->width() - 6, from->height() / 2));
        QTRY_VERIFY(from->calendarWidget()->isVisible());
        QCOMPARE(from->calendarWidget()->yearShown(), today.year());
        QCOMPARE(from->calendarWidget()->monthShown(), today.month());
        from->calendarWidget()->window()->hide();
        QCOMPARE(from->date(), from->minimumDate()); // still any date

        page()->setDatePreset(ui::LeadsPage::DatePreset::ThisMonth);
        QCOMPARE(from->date(), monthStart);
        QCOMPARE(to->date(), monthStart.addMonths(1).addDays(-1));
        QCOMPARE(preset->currentIndex(), int(ui::LeadsPage::DatePreset::ThisMonth));
        QTRY_COMPARE(page()->model()->rowCount(), 1);
        QTRY_COMPARE(page()->model()->index(0, 0).data().toString(), QString("Ben Ortiz"));

        page()->setDatePreset(ui::LeadsPage::DatePreset::NextThreeMonths);
        QCOMPARE(from->date(), today);
        QCOMPARE(to->date(), today.addMonths(3));
        page()->setDatePreset(ui::LeadsPage::DatePreset::ThisYear);
        QCOMPARE(from->date(), QDate(today.year(), 1, 1));
        QCOMPARE(to->date(), QDate(today.year(), 12, 31));
        page()->setDatePreset(ui::LeadsPage::DatePreset::Past);
        QCOMPARE(from->date(), from->minimumDate());
        QCOMPARE(to->date(), today.addDays(-1));
        QCOMPARE(preset->currentIndex(), int(ui::LeadsPage::DatePreset::Past));
        // A date chosen by hand is no preset.
        to->setDate(today.addDays(5));
        QCOMPARE(preset->currentIndex(), int(ui::LeadsPage::DatePreset::Custom));
        QVERIFY(m_desktop.screenshot("leads-date-filter"));

        page()->setDatePreset(ui::LeadsPage::DatePreset::AnyDate);
        QCOMPARE(preset->currentIndex(), int(ui::LeadsPage::DatePreset::AnyDate));
        QTRY_COMPARE(page()->model()->rowCount(), 2);
    }

    void rowMenuActsOnTheRow()
    {
        int ann = -1;
        QTRY_VERIFY((ann = rowOfName("Ann Lee")) >= 0);
        const QString annId
            = page()->model()->index(ann, 0).data(ui::LeadTableModel::LeadIdRole).toString();

        ui::LeadRowMenu *menu = rowMenu(ann);
        QVERIFY(menu);
        QVERIFY(m_desktop.screenshot("leads-row-menu", menu));
        menu->findChild<QAction *>("copyEmail")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QString("ann@example.com"));
        menu->findChild<QAction *>("copyPhone")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QString("+1 (555) 123-4567"));
        menu->findChild<QAction *>("callLead")->trigger();
        menu->findChild<QAction *>("emailLead")->trigger();
        QCOMPARE(m_urls.opened,
                 QList<QUrl>({QUrl("tel:+15551234567"), QUrl("mailto:ann@example.com")}));
        menu->close();

        menu = rowMenu(ann);
        QVERIFY(menu);
        QVERIFY(menu->findChild<QAction *>("setStatus_new")->isChecked());
        menu->findChild<QAction *>("setStatus_booked")->trigger();
        menu->close();
        QTRY_COMPARE(m_desktop.scalar("SELECT status FROM leads WHERE public_id = '" + annId + "'")
                         .toString(),
                     QString("booked"));
        QTRY_VERIFY(child<QWidget>("undoBar")->isVisible());
        QTRY_COMPARE(page()->model()->index(ann, ui::LeadTableModel::Status).data().toString(),
                     QString("Booked"));

        menu = rowMenu(ann);
        QVERIFY(menu);
        QVERIFY(menu->findChild<QAction *>("setStatus_booked")->isChecked());
        menu->findChild<QAction *>("openLead")->trigger();
        menu->close();
        QTRY_COMPARE(page()->editor()->leadId(), annId);
        QTRY_VERIFY(page()->editor()->state() == ui::LeadEditor::State::Showing);

        int ben = -1;
        QTRY_VERIFY((ben = rowOfName("Ben Ortiz")) >= 0);
        menu = rowMenu(ben);
        QVERIFY(menu);
        answerNextMessageBox(QMessageBox::Yes);
        menu->findChild<QAction *>("deleteLead")->trigger();
        menu->close();
        QTRY_COMPARE(m_desktop.scalar("SELECT COUNT(*) FROM leads").toInt(), 1);
        QTRY_COMPARE(page()->model()->rowCount(), 1);
        QTRY_COMPARE(page()->model()->index(0, 0).data().toString(), QString("Ann Lee"));
    }
};

QTEST_MAIN(ListPolishUiTest)
#include "tst_ui_list_polish.moc"
