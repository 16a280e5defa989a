// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings and Connect pages on the real window over a real server: one public URL on both
// pages, the listen address in use, the language list, the Connect page without a public URL,
// labels without stray "&", copy buttons that confirm, a test lead that cleans up after itself,
// and a Settings page that fits 1024×640 in German with its low-level knobs under "Advanced".
#include "core/server/AppTranslator.h"
#include "core/store/ApiKeyStore.h"
#include "core/store/DbConnection.h"
#include "core/store/LeadStats.h"
#include "core/store/SchemaMigrator.h"
#include "tests/support/DesktopFixture.h"
#include "tests/support/HttpClient.h"
#include "ui/ConnectPage.h"
#include "ui/CopyButton.h"
#include "ui/LeadTableModel.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"
#include "ui/SettingsPage.h"
#include "ui/keys/ApiKeysPage.h"
#include "ui/keys/CreateKeyDialog.h"
#include "ui/overview/OverviewPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace rmx;
using namespace rmx::test;

namespace {
/// Labels that show an "&" the user would see as a stray character: a plain-text label with
/// no buddy shows it literally, and so does rich text that is not an entity.
QStringList strayAmpersands(const QWidget *root)
{
    static const QRegularExpression richStray(QStringLiteral("&(?![a-zA-Z]+;|#[0-9]+;)"));
    QStringList stray;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        const QString text = label->text();
        if (!text.contains(u'&'))
            continue;
        const bool rich = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        const bool bad = rich
            ? richStray.match(text).hasMatch()
            : !label->buddy() && QString(text).remove(QStringLiteral("&&")).contains(u'&');
        if (bad)
            stray.append(label->objectName() + QStringLiteral(": ") + text);
    }
    for (const QListWidget *list : root->findChildren<QListWidget *>()) {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().contains(u'&'))
                stray.append(list->objectName() + QStringLiteral(": ") + list->item(row)->text());
        }
    }
    for (const QComboBox *combo : root->findChildren<QComboBox *>()) {
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).contains(u'&'))
                stray.append(combo->objectName() + QStringLiteral(": ") + combo->itemText(i));
        }
    }
    return stray;
}

/// Visible labels and check boxes of the Settings page narrower than their text needs, or
/// reaching past the scroll area's right edge.
QStringList clippedSettings(ui::SettingsPage *page)
{
    auto *scroll = page->findChild<QScrollArea *>();
    QWidget *viewport = scroll->viewport();
    QStringList clipped;
    auto check = [&](QWidget *w, const QString &text) {
        if (!w->isVisibleTo(page))
            return;
        const bool scrolled = viewport->isAncestorOf(w);
        const QRect r(scrolled ? w->mapTo(viewport, QPoint(0, 0)) : QPoint(), w->size());
        bool tooSmall = w->width() < w->minimumSizeHint().width();
        if (w->hasHeightForWidth())
            tooSmall = tooSmall || w->height() < w->heightForWidth(w->width());
        else
            tooSmall = tooSmall || w->width() < w->sizeHint().width();
        if (tooSmall || r.right() > viewport->width())
            clipped.append(QStringLiteral("%1 (%2×%3 at x %4, needs %5×%6)")
                               .arg(text)
                               .arg(w->width())
                               .arg(w->height())
                               .arg(r.x())
                               .arg(w->minimumSizeHint().width())
                               .arg(w->hasHeightForWidth() ? w->heightForWidth(w->width())
                                                           : w->sizeHint().height()));
    };
    for (QLabel *label : page->findChildren<QLabel *>())
        check(label, label->text());
    for (QCheckBox *box : page->findChildren<QCheckBox *>())
        check(box, box->text());
    if (scroll->horizontalScrollBar()->isVisible())
        clipped.append(QStringLiteral("(a horizontal scroll bar)"));
    return clipped;
}
} // namespace

class SettingsPolishTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DesktopFixture m_desktop;
    QString m_key;

    QString dbPath() const { return m_dir.filePath("remixcrm.db"); }
    ui::ConnectPage *connectPage() const
    {
        return m_desktop.window()->findChild<ui::ConnectPage *>("connectPage");
    }
    ui::SettingsPage *settingsPage() const { return m_desktop.window()->settingsPage(); }
    QLineEdit *connectUrlEdit() const
    {
        return connectPage()->findChild<QLineEdit *>("connectPublicUrl");
    }

    void selectSnippet(const QString &title)
    {
        auto *choice = connectPage()->findChild<QComboBox *>("snippetChoice");
        const int index = choice->findText(title);
        QVERIFY2(index >= 0, qPrintable(title));
        choice->setCurrentIndex(index);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(store::SchemaMigrator::migrate(dbPath()).ok);
        {
            store::DbConnection c(dbPath(), "setup");
            m_key = store::ApiKeyStore(c.db()).create("Website form").key;
        }
        QVERIFY2(m_desktop.start(m_dir.path()), "the window's server did not start");
        QTRY_VERIFY(
            m_desktop.window()->listenerStatus().contains(QString::number(m_desktop.port())));
    }

    void cleanupTestCase() { m_desktop.stop(); }

    void connectWithoutPublicUrlSaysSnippetsAreLocal()
    {
        m_desktop.window()->showPage(ui::MainWindow::Connect);
        ui::ConnectPage *page = connectPage();
        auto *note = page->findChild<QLabel *>("connectLocalOnly");
        QVERIFY(note);
        QTRY_VERIFY(note->isVisible());
        QVERIFY(note->text().contains("only work on this computer"));
        selectSnippet("Hosted inquiry form (link)");
        QVERIFY(!page->currentSnippet().contains("share this link"));
        QVERIFY(page->currentSnippet().contains("only on this computer"));
        // The note's link leads to the tunnel guide.
        QVERIFY(note->text().contains("href=\"#tunnel\""));
        emit note->linkActivated("#tunnel");
        QVERIFY(page->currentSnippet().contains("cloudflared tunnel"));
        QVERIFY(m_desktop.screenshot("connect-local-only"));
    }

    void publicUrlIsTheSameOnBothPages()
    {
        // Saved in Settings: the Connect page shows it at once.
        m_desktop.window()->showPage(ui::MainWindow::Settings);
        ui::SettingsPage *settings = settingsPage();
        QTRY_VERIFY(!settings->field("listen")->text().isEmpty());
        settings->field("public_url")->setText("https://one.example.com");
        settings->save();
        QTRY_COMPARE(connectUrlEdit()->text(), QString("https://one.example.com"));
        m_desktop.window()->showPage(ui::MainWindow::Connect);
        selectSnippet("Hosted inquiry form (link)");
        QVERIFY(connectPage()->currentSnippet().contains("https://one.example.com/form"));
        QVERIFY(connectPage()->currentSnippet().contains("share this link"));
        QVERIFY(!connectPage()->findChild<QLabel *>("connectLocalOnly")->isVisible());

        // Saved on the Connect page: Settings shows it at once, and saving Settings again
        // keeps it.
        connectUrlEdit()->setText("https://two.example.com");
        connectPage()->findChild<QPushButton *>("savePublicUrl")->click();
        QTRY_COMPARE(settings->field("public_url")->text(), QString("https://two.example.com"));
        QTRY_COMPARE(
            m_desktop.scalar("SELECT value FROM settings WHERE key = 'public_url'").toString(),
            QString("https://two.example.com"));
        settings->field("backup_keep")->setText("9");
        settings->save();
        QTRY_COMPARE(
            m_desktop.scalar("SELECT value FROM settings WHERE key = 'backup_keep'").toString(),
            QString("9"));
        QCOMPARE(m_desktop.scalar("SELECT value FROM settings WHERE key = 'public_url'").toString(),
                 QString("https://two.example.com"));

        // Cleared in Settings: the Connect page is back to local snippets.
        settings->field("public_url")->clear();
        settings->save();
        QTRY_COMPARE(connectUrlEdit()->text(), QString());
        m_desktop.window()->showPage(ui::MainWindow::Connect);
        QTRY_VERIFY(connectPage()->findChild<QLabel *>("connectLocalOnly")->isVisible());
    }

    void settingsShowsTheListenAddressInUse()
    {
        // The fixture listens on a port the kernel chose, not the stored setting.
        m_desktop.window()->showPage(ui::MainWindow::Settings);
        auto *inUse = settingsPage()->findChild<QLabel *>("listenInUse");
        QVERIFY(inUse);
        QVERIFY(inUse->isVisible());
        QTRY_VERIFY(inUse->text().contains(QStringLiteral("127.0.0.1:%1").arg(m_desktop.port())));
    }

    void languageIsAListAndSaysRestart()
    {
        m_desktop.window()->showPage(ui::MainWindow::Settings);
        auto *language = settingsPage()->findChild<QComboBox *>("setting_language");
        QVERIFY2(language, "Language is not a list");
        QStringList names;
        for (int i = 0; i < language->count(); ++i)
            names.append(language->itemText(i));
        for (const char *name : {"System default", "English", "Deutsch", "Español", "Français"})
            QVERIFY2(names.contains(QString::fromUtf8(name)), name);
        auto *note = settingsPage()->findChild<QLabel *>("languageRestartNote");
        QVERIFY(note);
        QVERIFY(!note->isVisible());
        language->setCurrentIndex(language->findText("Deutsch"));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains("restart"));
        settingsPage()->save();
        QTRY_COMPARE(
            m_desktop.scalar("SELECT value FROM settings WHERE key = 'language'").toString(),
            QString("de"));
        QTRY_VERIFY(
            settingsPage()->findChild<QLabel *>("settingsResult")->text().contains("Restart"));
        // Back to the language in use: nothing to restart for.
        language->setCurrentIndex(language->findText("System default"));
        QVERIFY(!note->isVisible());
        settingsPage()->save();
        QTRY_COMPARE(
            m_desktop.scalar("SELECT value FROM settings WHERE key = 'language'").toString(),
            QString());
    }

    void developerKnobsSitUnderAdvanced()
    {
        m_desktop.window()->showPage(ui::MainWindow::Settings);
        ui::SettingsPage *page = settingsPage();
        auto *toggle = page->findChild<QToolButton *>("advancedToggle");
        QVERIFY2(toggle, "no Advanced section");
        auto *advanced = page->findChild<QWidget *>("advancedSettings");
        QVERIFY(advanced);
        const QStringList knobs = {"max_header_bytes", "max_body_bytes",  "http_threads",
                                   "max_connections",  "idle_timeout_ms", "header_timeout_ms"};
        for (const QString &key : knobs) {
            QVERIFY2(advanced->isAncestorOf(page->field(key)), qPrintable(key));
            QVERIFY2(!page->field(key)->isVisible(), qPrintable(key));
        }
        // Everyday settings stay in view.
        QVERIFY(page->field("public_url")->isVisible());
        QVERIFY(!advanced->isAncestorOf(page->field("listen")));
        toggle->click();
        for (const QString &key : knobs)
            QVERIFY2(page->field(key)->isVisible(), qPrintable(key));
        toggle->click();
        QVERIFY(!page->field("max_header_bytes")->isVisible());
    }

    void copyButtonsConfirm()
    {
        m_desktop.window()->showPage(ui::MainWindow::Connect);
        auto *copy = connectPage()->findChild<QPushButton *>("copySnippet");
        QVERIFY(copy);
        const QString idle = copy->text();
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), connectPage()->currentSnippet());
        QCOMPARE(copy->text(), QString("Copied"));
        QTRY_COMPARE_WITH_TIMEOUT(copy->text(), idle, ui::CopyButton::ConfirmMs * 3);

        // The API key dialog's copy button is the same button.
        m_desktop.window()->showPage(ui::MainWindow::ApiKeys);
        m_desktop.window()->apiKeysPage()->createKey();
        auto *dialog = m_desktop.window()->findChild<ui::CreateKeyDialog *>("createKeyDialog");
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>("keyName")->setText("Copied key");
        dialog->findChild<QPushButton *>("createKey")->click();
        QTRY_VERIFY(!dialog->shownKey().isEmpty());
        auto *copyKey = dialog->findChild<QPushButton *>("copyKey");
        QVERIFY(qobject_cast<ui::CopyButton *>(copyKey));
        copyKey->click();
        QCOMPARE(QApplication::clipboard()->text(), dialog->shownKey());
        QCOMPARE(copyKey->text(), QString("Copied"));
        dialog->accept();

        // Every copy button in the window is one.
        for (QPushButton *button : m_desktop.window()->findChildren<QPushButton *>()) {
            if (button->objectName().startsWith("copy"))
                QVERIFY2(qobject_cast<ui::CopyButton *>(button), qPrintable(button->objectName()));
        }
    }

    void testLeadCleansUpAfterItself()
    {
        const HttpResult real = httpRequest(
            m_desktop.port(), "POST", "/api/v1/leads",
            {{"Authorization", "Bearer " + m_key.toLatin1()}, {"Content-Type", "application/json"}},
            R"({"name":"Real Lead","email":"real@example.com","phone":"+15551230000",
                "event_date":"2027-06-12"})");
        QCOMPARE(real.status, 201);
        const int keysBefore = m_desktop.scalar("SELECT COUNT(*) FROM api_keys").toInt();

        m_desktop.window()->showPage(ui::MainWindow::Connect);
        QSignalSpy created(connectPage(), &ui::ConnectPage::testLeadCreated);
        connectPage()->sendTestLead();
        QVERIFY(created.wait(10000));
        QVERIFY(connectPage()->testResult().contains("201"));
        const QString testId = created.first().first().toString();

        // No key left behind, revoked or not, in the database or in the list.
        QCOMPARE(m_desktop.scalar("SELECT COUNT(*) FROM api_keys").toInt(), keysBefore);
        QCOMPARE(
            m_desktop.scalar("SELECT COUNT(*) FROM api_keys WHERE revoked_at IS NOT NULL").toInt(),
            0);
        m_desktop.window()->showPage(ui::MainWindow::ApiKeys);
        auto *keys = m_desktop.window()->apiKeysPage()->table();
        QTRY_COMPARE(keys->rowCount(), keysBefore);
        for (int row = 0; row < keys->rowCount(); ++row) {
            for (int c = 0; c < keys->columnCount(); ++c)
                QVERIFY(!keys->item(row, c) || keys->item(row, c)->text() != "Connect page test");
        }

        // The lead is marked as a test, says so in its history, and counts in no statistics.
        QCOMPARE(m_desktop
                     .scalar(QStringLiteral("SELECT created_via FROM leads WHERE public_id = '%1'")
                                 .arg(testId))
                     .toString(),
                 QString("test"));
        auto *history = m_desktop.window()->findChild<QListWidget *>("leadHistory");
        QVERIFY(history);
        QTRY_VERIFY(!history->findItems("test lead", Qt::MatchContains).isEmpty());
        {
            store::DbConnection c(dbPath(), "stats");
            store::LeadStats stats(c.db());
            QCOMPARE(stats.byStatus().value("new"), 1);
            int weekly = 0;
            for (const QList<int> &week : stats.weeklyBySource(QDate::currentDate()).counts)
                for (int n : week)
                    weekly += n;
            QCOMPARE(weekly, 1);
        }
        auto *overview = m_desktop.window()->findChild<ui::OverviewPage *>("overviewPage");
        m_desktop.window()->showPage(ui::MainWindow::Overview);
        QTRY_VERIFY(overview->pipelineText().contains(
            QRegularExpression(QStringLiteral("New</td><td[^>]*>&nbsp;1<"))));

        // Nor in today's count, and its row in the list says it is a test.
        auto *today = m_desktop.window()->findChild<QLabel *>("todayCount");
        QVERIFY(today);
        m_desktop.window()->showPage(ui::MainWindow::Leads);
        QTRY_COMPARE(today->text(), ui::MainWindow::tr("%n new lead(s) today", nullptr, 1));
        ui::LeadsPage *leads = m_desktop.window()->leadsPage();
        QTRY_VERIFY(!leads->model()
                         ->match(leads->model()->index(0, 0), Qt::DisplayRole,
                                 ui::LeadTableModel::tr("%1 (test)").arg("Test Lead"), 1,
                                 Qt::MatchStartsWith)
                         .isEmpty());
    }

    void noStrayAmpersandInEnglish()
    {
        for (int p = 0; p < ui::MainWindow::PageCount; ++p)
            m_desktop.window()->showPage(ui::MainWindow::Page(p));
        const QStringList stray = strayAmpersands(m_desktop.window());
        QVERIFY2(stray.isEmpty(), qPrintable(stray.join(QStringLiteral("\n"))));
    }

    // Last: the window is rebuilt in German.
    void germanSettingsFit1024x640WithoutStrayAmpersands()
    {
        m_desktop.stop();
        QCOMPARE(AppTranslator::apply("de"), QString("de"));
        QTemporaryDir dir;
        QVERIFY(store::SchemaMigrator::migrate(dir.filePath("remixcrm.db")).ok);
        DesktopFixture german;
        QVERIFY(german.start(dir.path()));
        german.window()->resize(1024, 640);
        for (int p = 0; p < ui::MainWindow::PageCount; ++p)
            german.window()->showPage(ui::MainWindow::Page(p));
        const QStringList stray = strayAmpersands(german.window());
        QVERIFY2(stray.isEmpty(), qPrintable(stray.join(QStringLiteral("\n"))));

        german.window()->showPage(ui::MainWindow::Settings);
        ui::SettingsPage *page = german.window()->settingsPage();
        page->findChild<QToolButton *>("advancedToggle")->click();
        QApplication::processEvents();
        QTRY_COMPARE(german.window()->size(), QSize(1024, 640));
        // Texts filled in by background reads (the last backup) are laid out once they arrive.
        QTest::qWaitFor([page] { return clippedSettings(page).isEmpty(); }, 5000);
        const QStringList clipped = clippedSettings(page);
        QVERIFY(german.screenshot("settings-de-1024x640"));
        QVERIFY(german.screenshot("settings-de-1024x640-all",
                                  page->findChild<QScrollArea *>()->widget()));
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("\n"))));
        german.stop();
        AppTranslator::apply("en");
    }
};

QTEST_MAIN(SettingsPolishTest)
#include "tst_ui_settings_polish.moc"
