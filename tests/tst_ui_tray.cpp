// SPDX-License-Identifier: GPL-3.0-or-later
// The window and its tray on a real lead server, with leads arriving over real HTTP: the tray
// shows the app icon, counts the leads not opened yet (as stored, so across a restart), passes
// over test leads, pauses notifications and quits; the first close to the tray explains itself
// once; without a tray closing quits. The offscreen platform has no tray, so the fixture tells the
// window whether there is one.
#include "core/store/ApiKeyStore.h"
#include "core/store/DbConnection.h"
#include "core/store/LeadStore.h"
#include "core/store/SchemaMigrator.h"
#include "tests/support/DesktopFixture.h"
#include "tests/support/HttpClient.h"
#include "ui/MainWindow.h"
#include "ui/TrayController.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx;
using namespace rmx::test;

class TrayUiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::DesktopFixture m_desktop;
    QString m_key;
    int m_posted = 0;

    ui::MainWindow *window() const { return m_desktop.window(); }
    ui::TrayController *tray() const { return m_desktop.window()->tray(); }

    QAction *trayAction(const char *name) const
    {
        return tray()->menu() ? tray()->menu()->findChild<QAction *>(name) : nullptr;
    }

    QString postLead() { return postLeadWith(m_key); }

    QString postLeadWith(const QString &key)
    {
        ++m_posted;
        const QByteArray body = QStringLiteral(R"({"name":"Tray Lead %1","email":"t%1@example.com",
            "phone":"+4917012345%1","event_date":"2027-06-12","event_type":"Wedding"})")
                                    .arg(m_posted)
                                    .toUtf8();
        const HttpResult r = httpRequest(
            m_desktop.port(), "POST", "/api/v1/leads",
            {{"Authorization", "Bearer " + key.toLatin1()}, {"Content-Type", "application/json"}},
            body);
        if (r.status != 201)
            return {};
        return QJsonDocument::fromJson(r.body).object().value("id").toString();
    }

    // Leads not opened yet, as stored, leaving out the test ones.
    QStringList unreadLeadIds() const
    {
        store::DbConnection c(m_dir.filePath("remixcrm.db"), "unread");
        QSqlQuery q(c.db());
        q.exec("SELECT public_id FROM leads WHERE read_at IS NULL AND created_via <> 'test' "
               "ORDER BY id");
        QStringList ids;
        while (q.next())
            ids.append(q.value(0).toString());
        return ids;
    }

    QMessageBox *trayExplanation() const
    {
        return window()->findChild<QMessageBox *>("trayExplanation");
    }

private slots:
    void initTestCase()
    {
        // "Explained once" is remembered in this test's own settings, not the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath("config"));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("config"));
        const QString db = m_dir.filePath("remixcrm.db");
        QVERIFY(store::SchemaMigrator::migrate(db).ok);
        {
            store::DbConnection c(db, "setup");
            m_key = store::ApiKeyStore(c.db()).create("Website form").key;
        }
        m_desktop.setTrayAvailable(true);
        QVERIFY2(m_desktop.start(m_dir.path()), "the window's server did not start");
        QTRY_VERIFY(window()->listenerStatus().contains(QString::number(m_desktop.port())));
    }

    void cleanupTestCase() { m_desktop.stop(); }

    void trayShowsTheAppIconAndAMenu()
    {
        QVERIFY(window()->findChild<QCheckBox *>("setting_close_to_tray")->isEnabled());
        QVERIFY(tray()->isAvailable());
        QSystemTrayIcon *icon = tray()->trayIcon();
        QVERIFY(icon);
        QVERIFY(!icon->icon().isNull());
        QVERIFY(!icon->icon().availableSizes().isEmpty());
        QVERIFY(!window()->windowIcon().isNull());
        QCOMPARE(icon->contextMenu(), tray()->menu());
        for (const char *name : {"trayOpen", "trayNewLeads", "trayPause", "trayQuit"})
            QVERIFY2(trayAction(name), name);
        QVERIFY(trayAction("trayPause")->isCheckable());
        QVERIFY(icon->toolTip().contains(QStringLiteral("Listening on")));
    }

    void fileMenuQuitsWithCtrlQ()
    {
        auto *quit = window()->findChild<QAction *>("quitAction");
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        auto *file = window()->menuBar()->findChild<QMenu *>("fileMenu");
        QVERIFY(file);
        QVERIFY(file->actions().contains(quit));
    }

    void firstCloseExplainsOnce()
    {
        QVERIFY(!window()->close()); // ignored: the window goes to the tray
        QVERIFY(!window()->isVisible());
        QTRY_VERIFY(trayExplanation() && trayExplanation()->isVisible());
        QVERIFY(trayExplanation()->text().contains(QStringLiteral("tray")));
        QVERIFY(QSettings().value("window/trayExplained").toBool());
        trayExplanation()->accept();
        QTRY_VERIFY(!trayExplanation());

        window()->bringToFront();
        QVERIFY(window()->isVisible());
        QVERIFY(!window()->close());
        QVERIFY(!window()->isVisible());
        QApplication::processEvents();
        QVERIFY(!trayExplanation());
    }

    void leadsArrivingInTheTrayAreCounted()
    {
        QVERIFY(!window()->isVisible());
        QSignalSpy announced(tray(), &ui::TrayController::announced);
        postLead();
        QTRY_COMPARE_WITH_TIMEOUT(tray()->newLeadCount(), 1, 5000);
        QTRY_COMPARE(announced.count(), 1);
        QVERIFY(announced.first().at(0).toString().contains(QStringLiteral("Tray Lead")));
        QVERIFY(announced.first().at(1).toInt() <= 6000);
        QVERIFY2(tray()->trayIcon()->toolTip().contains(QStringLiteral("1 new lead")),
                 qPrintable(tray()->trayIcon()->toolTip()));
        QAction *newLeads = trayAction("trayNewLeads");
        QVERIFY2(newLeads->text().contains(QStringLiteral("(1)")), qPrintable(newLeads->text()));
        QVERIFY(newLeads->isEnabled());
        // The badge changes the icon.
        const QImage badged = tray()->trayIcon()->icon().pixmap(32).toImage();
        QVERIFY(badged != window()->windowIcon().pixmap(32).toImage());
    }

    void pausedNotificationsStillCount()
    {
        QSignalSpy announced(tray(), &ui::TrayController::announced);
        trayAction("trayPause")->trigger();
        QVERIFY(tray()->isPaused());
        postLead();
        QTRY_COMPARE_WITH_TIMEOUT(tray()->newLeadCount(), 2, 5000);
        QCOMPARE(announced.count(), 0);
        QVERIFY(trayAction("trayNewLeads")->text().contains(QStringLiteral("(2)")));
        trayAction("trayPause")->trigger();
        QVERIFY(!tray()->isPaused());
    }

    void aTestLeadIsNeitherAnnouncedNorCounted()
    {
        QString testKey;
        {
            store::DbConnection c(m_dir.filePath("remixcrm.db"), "test-key");
            testKey = store::ApiKeyStore(c.db())
                          .create("Connect page test", store::ApiKeyStore::Use::Test)
                          .key;
        }
        QSignalSpy announced(tray(), &ui::TrayController::announced);
        const QString id = postLeadWith(testKey);
        QVERIFY(!id.isEmpty());
        // Created as a test at once: its own row says so, with no later marking.
        {
            store::DbConnection c(m_dir.filePath("remixcrm.db"), "test-lead");
            const auto lead = store::LeadStore(c.db()).findById(id);
            QVERIFY(lead);
            QCOMPARE(lead->createdVia, QStringLiteral("test"));
        }
        // A real lead after it is counted and announced: the test one was looked at and passed.
        postLead();
        QTRY_COMPARE_WITH_TIMEOUT(tray()->newLeadCount(), 3, 5000);
        QTRY_COMPARE(announced.count(), 1);
        QVERIFY(announced.first().at(0).toString().endsWith(
            QStringLiteral("Tray Lead %1").arg(m_posted)));
    }

    void newLeadsOpensTheListAndOpeningALeadReadsIt()
    {
        trayAction("trayNewLeads")->trigger();
        QVERIFY(window()->isVisible());
        QCOMPARE(window()->page(ui::MainWindow::Leads)->isVisible(), true);
        // Looking at the list reads nothing: the leads stay unread, and counted, until opened.
        QCOMPARE(tray()->newLeadCount(), 3);
        const QStringList unread = unreadLeadIds();
        QCOMPARE(unread.size(), 3);
        window()->openLead(unread.first());
        QTRY_COMPARE(tray()->newLeadCount(), 2);
        QVERIFY(trayAction("trayNewLeads")->text().contains(QStringLiteral("(2)")));
        for (const QString &id : unread.sliced(1))
            window()->openLead(id);
        QTRY_COMPARE(tray()->newLeadCount(), 0);
        QVERIFY(!tray()->trayIcon()->toolTip().contains(QStringLiteral("new lead")));
        QVERIFY(!trayAction("trayNewLeads")->isEnabled());
    }

    void theCountIsTheStoredUnreadAcrossARestart()
    {
        postLead();
        QTRY_COMPARE_WITH_TIMEOUT(tray()->newLeadCount(), 1, 5000);
        m_desktop.stop();
        QVERIFY2(m_desktop.start(m_dir.path()), "the window's server did not start again");
        QTRY_VERIFY(window()->listenerStatus().contains(QString::number(m_desktop.port())));
        QTRY_COMPARE(tray()->newLeadCount(), 1);
        window()->openLead(unreadLeadIds().value(0));
        QTRY_COMPARE(tray()->newLeadCount(), 0);
    }

    void trayQuitEndsTheApp()
    {
        QSignalSpy quit(window(), &ui::MainWindow::quitRequested);
        trayAction("trayQuit")->trigger();
        QCOMPARE(quit.count(), 1);
        QVERIFY(!window()->isVisible());
    }

    void withoutATrayClosingQuits()
    {
        QTemporaryDir dir;
        QVERIFY(store::SchemaMigrator::migrate(dir.filePath("remixcrm.db")).ok);
        test::DesktopFixture desktop;
        desktop.setTrayAvailable(false);
        QVERIFY2(desktop.start(dir.path()), "the window's server did not start");
        QVERIFY(!desktop.window()->tray()->isAvailable());
        QVERIFY(!desktop.window()->tray()->trayIcon());
        // The tray settings can't apply here, and say so.
        for (const char *key : {"setting_close_to_tray", "setting_start_minimised"}) {
            auto *box = desktop.window()->findChild<QCheckBox *>(QString::fromLatin1(key));
            QVERIFY(box);
            QVERIFY(!box->isEnabled());
        }
        QSettings().remove("window/trayExplained");
        QSignalSpy quit(desktop.window(), &ui::MainWindow::quitRequested);
        QVERIFY(desktop.window()->close()); // accepted: nothing would bring the window back
        QCOMPARE(quit.count(), 1);
        QApplication::processEvents();
        QVERIFY(!desktop.window()->findChild<QMessageBox *>("trayExplanation"));
        desktop.stop();
    }
};

QTEST_MAIN(TrayUiTest)
#include "tst_ui_tray.moc"
