// SPDX-License-Identifier: GPL-3.0-or-later
// The window fits a laptop screen in every language: on a real lead server with a lead open in
// the editor, its minimum size is at most 1024×640 in English, German, Spanish and French, the
// Save buttons stay on screen at that size, and the lead list's default columns fit a maximised
// 1366×768 window without a horizontal scrollbar. Columns chosen in the header's menu are
// remembered. Grabs each layout to PNG for review.
#include "core/server/AppTranslator.h"
#include "core/store/ApiKeyStore.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "tests/support/DesktopFixture.h"
#include "tests/support/HttpClient.h"
#include "ui/LeadEditor.h"
#include "ui/LeadTableModel.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx;
using namespace rmx::test;

namespace {
// A 1366×768 laptop, maximised: the panel and title bar take about 48 pixels.
const QSize Laptop(1366, 720);
const QSize Small(1024, 640);
const QString LongPhone = QStringLiteral("+49 (0)171 2345 6789");
} // namespace

class LayoutUiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_key;

    QString dbPath() const { return m_dir.filePath("remixcrm.db"); }

    void postLead(quint16 port)
    {
        const QByteArray body = QStringLiteral(
                                    R"({"name":"Maximiliane Aurelia von Hohenberg-Schwarzenfels",
            "email":"maximiliane.hohenberg-schwarzenfels@hochzeitsplanung-example.de",
            "phone":"%1","event_date":"2027-06-12","event_type":"Wedding",
            "source":"Instagram","notes":"Garden ceremony for 120 guests"})")
                                    .arg(LongPhone)
                                    .toUtf8();
        const HttpResult r = httpRequest(
            port, "POST", "/api/v1/leads",
            {{"Authorization", "Bearer " + m_key.toLatin1()}, {"Content-Type", "application/json"}},
            body);
        QCOMPARE(r.status, 201);
    }

    /// Whether `widget` is shown whole inside its window, not cut off by a parent or the frame.
    static bool fullyShown(QWidget *widget)
    {
        if (!widget || !widget->isVisible())
            return false;
        const QRect inWindow(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
        return widget->window()->rect().contains(inWindow)
            && widget->visibleRegion().boundingRect().size() == widget->size();
    }

    /// The width a line edit has for its text: its contents less the text margins and the 2 px
    /// that QLineEdit keeps on each side of the text.
    static int textRoom(const QLineEdit *line)
    {
        const QMargins margins = line->textMargins();
        return line->contentsRect().width() - margins.left() - margins.right() - 2 * 2;
    }

    /// Whether the whole of a line edit's text shows, with room for the cursor after it.
    static bool textShownWhole(const QLineEdit *line)
    {
        return line && line->fontMetrics().horizontalAdvance(line->text()) + 1 <= textRoom(line);
    }

    /// Whether a combo box shows the whole of its current text.
    static bool comboTextShownWhole(const QComboBox *box)
    {
        QStyleOptionComboBox option;
        option.initFrom(box);
        option.editable = box->isEditable();
        const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                         QStyle::SC_ComboBoxEditField, box);
        return box->fontMetrics().horizontalAdvance(box->currentText()) <= field.width();
    }

    /// Each page's minimum size, to say which one is too large when the window is.
    static QString pageMinimums(ui::MainWindow *window)
    {
        QStringList sizes;
        for (int page = 0; page < ui::MainWindow::PageCount; ++page) {
            QWidget *widget = window->page(ui::MainWindow::Page(page));
            const QSize min = widget->minimumSizeHint();
            sizes << QStringLiteral("%1 %2×%3")
                         .arg(widget->objectName())
                         .arg(min.width())
                         .arg(min.height());
        }
        if (auto *leads = window->findChild<QSplitter *>("leadsSplitter")) {
            for (int i = 0; i < leads->count(); ++i)
                sizes << QStringLiteral("leads pane %1 %2")
                             .arg(i)
                             .arg(leads->widget(i)->minimumSizeHint().width());
        }
        const QSize min = window->minimumSizeHint();
        return QStringLiteral("window %1×%2; ").arg(min.width()).arg(min.height())
            + sizes.join(QStringLiteral(", "));
    }

private slots:
    void initTestCase()
    {
        // Column choices are remembered in this test's own settings, not the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath("config"));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("config"));
        QVERIFY(store::SchemaMigrator::migrate(dbPath()).ok);
        store::DbConnection c(dbPath(), "setup");
        m_key = store::ApiKeyStore(c.db()).create("Website form").key;
    }

    void cleanup() { AppTranslator::apply("en"); }

    void fitsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "es", "fr"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void fitsInEveryLanguage()
    {
        QFETCH(QString, language);
        QCOMPARE(AppTranslator::apply(language), language);
        test::DesktopFixture desktop;
        QVERIFY2(desktop.start(m_dir.path()), "the window's server did not start");
        ui::MainWindow *window = desktop.window();
        if (language == "en")
            postLead(desktop.port());
        auto *page = window->leadsPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 5000);
        // Every page once, so each has its content; then a lead open in the editor.
        for (int p = 0; p < ui::MainWindow::PageCount; ++p) {
            window->showPage(ui::MainWindow::Page(p));
            QApplication::processEvents();
        }
        window->showPage(ui::MainWindow::Leads);
        QTRY_VERIFY(page->model()->leadAt(0));
        page->table()->selectRow(0);
        QTRY_VERIFY(!page->editor()->leadId().isEmpty());
        QApplication::processEvents();

        const QSize min = window->minimumSizeHint();
        QVERIFY2(min.width() <= Small.width() && min.height() <= Small.height(),
                 qPrintable(pageMinimums(window)));

        // A maximised 1366×768 laptop: the default columns fit, whole phone numbers included.
        window->resize(Laptop);
        QApplication::processEvents();
        QTableView *table = page->table();
        QVERIFY2(!table->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("list %1 px wide, columns need %2")
                                .arg(table->viewport()->width())
                                .arg(table->horizontalHeader()->length())));
        QHeaderView *header = table->horizontalHeader();
        for (const int column : {ui::LeadTableModel::Name, ui::LeadTableModel::Email,
                                 ui::LeadTableModel::Phone, ui::LeadTableModel::EventDate,
                                 ui::LeadTableModel::Status, ui::LeadTableModel::Received}) {
            QVERIFY2(!header->isSectionHidden(column), qPrintable(QString::number(column)));
            QVERIFY(header->sectionViewportPosition(column) + header->sectionSize(column)
                    <= table->viewport()->width());
        }
        const int phoneText = table->fontMetrics().horizontalAdvance(LongPhone);
        QVERIFY2(header->sectionSize(ui::LeadTableModel::Phone) >= phoneText + 8,
                 qPrintable(QStringLiteral("phone column %1 px, number %2 px")
                                .arg(header->sectionSize(ui::LeadTableModel::Phone))
                                .arg(phoneText)));
        if (language == "en" || language == "de") {
            QVERIFY(desktop.screenshot(language + "-1366-leads"));
            window->showPage(ui::MainWindow::Settings);
            QVERIFY(desktop.screenshot(language + "-1366-settings"));
            window->showPage(ui::MainWindow::Leads);
        }

        // A 1024×640 screen: both Save buttons stay on screen.
        window->resize(Small);
        QApplication::processEvents();
        QCOMPARE(window->size(), Small);
        QVERIFY(fullyShown(page->editor()->findChild<QPushButton *>("saveLead")));
        for (const char *name : {"eventDateFrom", "eventDateTo"}) {
            auto *edit = page->findChild<QDateEdit *>(name);
            QVERIFY(edit && edit->date() == edit->minimumDate());
            QVERIFY2(textShownWhole(edit->findChild<QLineEdit *>()),
                     qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, has %4 px")
                                    .arg(name, edit->text())
                                    .arg(edit->fontMetrics().horizontalAdvance(edit->text()))
                                    .arg(textRoom(edit->findChild<QLineEdit *>()))));
        }
        for (const char *name :
             {"statusFilter", "eventDatePreset", "sourceFilter", "eventTypeFilter"}) {
            auto *box = page->findChild<QComboBox *>(name);
            QVERIFY2(box, name);
            QVERIFY2(
                comboTextShownWhole(box),
                qPrintable(QStringLiteral("%1: \"%2\" is cut off").arg(name, box->currentText())));
        }
        window->showPage(ui::MainWindow::Settings);
        QApplication::processEvents();
        QVERIFY(fullyShown(window->findChild<QPushButton *>("saveSettings")));
        if (language == "en" || language == "de") {
            QVERIFY(desktop.screenshot(language + "-1024-settings"));
            window->showPage(ui::MainWindow::Leads);
            QVERIFY(desktop.screenshot(language + "-1024-leads"));
            window->showPage(ui::MainWindow::Connect);
            QVERIFY(desktop.screenshot(language + "-1024-connect"));
            window->showPage(ui::MainWindow::Webhooks);
            QVERIFY(desktop.screenshot(language + "-1024-webhooks"));
            window->showPage(ui::MainWindow::Overview);
            QVERIFY(desktop.screenshot(language + "-1024-overview"));
        }
        desktop.stop();
    }

    void defaultSizeFitsTheScreen()
    {
        test::DesktopFixture desktop;
        QVERIFY2(desktop.start(m_dir.path()), "the window's server did not start");
        QSettings().remove("window/geometry");
        ui::MainWindow fresh(desktop.host(), desktop.reader());
        const QSize available = fresh.screen()->availableGeometry().size();
        const QSize min = fresh.minimumSizeHint();
        // Never larger than the screen, unless the screen is smaller than the window can be.
        QVERIFY2(fresh.width() <= qMax(available.width(), min.width())
                     && fresh.height() <= qMax(available.height(), min.height()),
                 qPrintable(QStringLiteral("%1×%2 on a %3×%4 screen")
                                .arg(fresh.width())
                                .arg(fresh.height())
                                .arg(available.width())
                                .arg(available.height())));
        desktop.stop();
    }

    void columnChoiceIsRemembered()
    {
        test::DesktopFixture desktop;
        QVERIFY2(desktop.start(m_dir.path()), "the window's server did not start");
        auto *page = desktop.window()->leadsPage();
        QTRY_VERIFY(page->model()->isLoaded());
        if (page->model()->rowCount() == 0)
            postLead(desktop.port());
        QTableView *table = page->table();
        QHeaderView *header = table->horizontalHeader();
        QTRY_VERIFY_WITH_TIMEOUT(header->isVisible(), 5000);
        QVERIFY(!header->isSectionHidden(ui::LeadTableModel::Email));

        // Right-click on the header, as the user would.
        QContextMenuEvent click(QContextMenuEvent::Mouse, QPoint(10, 5),
                                header->mapToGlobal(QPoint(10, 5)));
        QApplication::sendEvent(header->viewport(), &click);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = header->findChild<QMenu *>("columnMenu")));
        QAction *email = menu->findChild<QAction *>(
            QStringLiteral("column_%1").arg(ui::LeadTableModel::Email));
        QVERIFY(email);
        QVERIFY(email->isChecked());
        QCOMPARE(email->text(), QStringLiteral("Email"));
        email->trigger();
        menu->close();
        QVERIFY(header->isSectionHidden(ui::LeadTableModel::Email));
        QVERIFY(desktop.screenshot("en-column-chooser"));

        // A new window, as after a restart, without a clean close of the first.
        ui::MainWindow again(desktop.host(), desktop.reader());
        QVERIFY(again.leadsPage()->table()->horizontalHeader()->isSectionHidden(
            ui::LeadTableModel::Email));

        // Showing it again is remembered too.
        header->setSectionHidden(ui::LeadTableModel::Email, false);
        desktop.window()->saveViewState();
        desktop.stop();
    }
};

QTEST_MAIN(LayoutUiTest)
#include "tst_ui_layout.moc"
