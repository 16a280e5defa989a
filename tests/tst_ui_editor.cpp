// SPDX-License-Identifier: GPL-3.0-or-later
// The lead editor of the real main window on a real lead server: it shows and saves exactly
// the highlighted lead however fast the keyboard moves, whatever re-sorts, deletes or arrives
// meanwhile; typed text and status clicks are never lost; unread rows stay unread across a
// restart. Reads are slowed down by a few milliseconds to widen the races.
#include "core/store/ApiKeyStore.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "tests/support/DesktopFixture.h"
#include "tests/support/HttpClient.h"
#include "ui/BackgroundReader.h"
#include "ui/ContactDetail.h"
#include "ui/ContactTableModel.h"
#include "ui/ContactsPage.h"
#include "ui/LeadEditor.h"
#include "ui/LeadTableModel.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rmx;
using namespace rmx::test;

class EditorUiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::DesktopFixture m_desktop;
    QString m_key;
    int m_reads = 0;

    QString dbPath() const { return m_dir.filePath("remixcrm.db"); }
    ui::LeadsPage *page() const { return m_desktop.window()->leadsPage(); }
    ui::LeadEditor *editor() const { return page()->editor(); }
    template<typename T> T *field(const char *name) const
    {
        return editor()->findChild<T *>(QString::fromLatin1(name));
    }

    QString postLead(const QString &name, const QString &date)
    {
        QJsonObject lead;
        lead.insert("name", name);
        lead.insert("email", QString(name.section(QChar(32), 0, 0).toLower() + "@example.com"));
        lead.insert("phone", "+15550100");
        lead.insert("event_date", date);
        lead.insert("event_type", "Wedding");
        const QByteArray body = QJsonDocument(lead).toJson();
        const HttpResult r = httpRequest(
            m_desktop.port(), "POST", "/api/v1/leads",
            {{"Authorization", "Bearer " + m_key.toLatin1()}, {"Content-Type", "application/json"}},
            body);
        if (r.status != 201)
            return {};
        return QJsonDocument::fromJson(r.body).object().value("id").toString();
    }

    QString selectedLead() const
    {
        const QModelIndexList rows = page()->table()->selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.first().data(ui::LeadTableModel::LeadIdRole).toString()
                                : QString();
    }
    QString idAt(int row) const
    {
        return page()->model()->index(row, 0).data(ui::LeadTableModel::LeadIdRole).toString();
    }
    QString nameAt(int row) const { return page()->model()->index(row, 0).data().toString(); }
    QString column(const QString &leadId, const QString &name) const
    {
        return m_desktop.scalar("SELECT " + name + " FROM leads WHERE public_id = '" + leadId + "'")
            .toString();
    }
    bool showing(const QString &leadId) const
    {
        return editor()->state() == ui::LeadEditor::State::Showing && editor()->leadId() == leadId;
    }

    /// Waits until every read asked for so far has answered (reads answer in order).
    bool drainReads()
    {
        bool done = false;
        QObject context;
        m_desktop.reader()->read(
            &context, [](QSqlDatabase &) { return QVariant(1); },
            [&done](const QVariant &) { done = true; });
        return QTest::qWaitFor([&] { return done; }, 5000);
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

    void selectAndWait(int row)
    {
        page()->table()->selectRow(row);
        const QString id = idAt(row);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(showing(id));
    }

    /// The lead names, sorted by name: Ann, Ben, Cat, Dan, Eve, Fay.
    void resetLeads()
    {
        {
            store::DbConnection c(dbPath(), "reset");
            QSqlQuery q(c.db());
            QVERIFY(q.exec("DELETE FROM leads"));
        }
        editor()->clear();
        page()->dataChanged();
        QTRY_COMPARE(page()->model()->rowCount(), 0);
        const QList<QPair<QString, QString>> leads
            = {{"Cat Chen", "2027-03-01"}, {"Ann Abel", "2027-01-01"}, {"Eve Eder", "2027-05-01"},
               {"Ben Bell", "2027-02-01"}, {"Fay Fox", "2027-06-01"},  {"Dan Dorn", "2027-04-01"}};
        for (const auto &[name, date] : leads)
            QVERIFY(!postLead(name, date).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 6, 5000);
        page()->table()->sortByColumn(ui::LeadTableModel::Name, Qt::AscendingOrder);
        QTRY_COMPARE(nameAt(0), QString("Ann Abel"));
        QTRY_COMPARE(nameAt(5), QString("Fay Fox"));
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
        // Every read waits 0–9 ms on the reader thread, varying from one read to the next.
        m_desktop.reader()->setDelayForTests([this] { return (m_reads++ * 7) % 10; });
        m_desktop.window()->showPage(ui::MainWindow::Leads);
        // Only explicit saves (leaving a lead, Ctrl+S) unless a test asks for autosave.
        editor()->setAutosaveDelay(60000);
        page()->setReadDwell(60000);
        m_desktop.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_desktop.window()));
    }

    void cleanupTestCase() { m_desktop.stop(); }

    void init()
    {
        page()->findChild<QLineEdit *>("leadSearch")->clear();
        resetLeads();
        // Shortcuts need the window active again after a message box.
        m_desktop.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_desktop.window()));
    }

    void emptyEditorOffersNothing()
    {
        auto *remove = field<QPushButton>("deleteLead");
        auto *save = field<QPushButton>("saveLead");
        auto *revert = field<QPushButton>("revertLead");
        QCOMPARE(editor()->state(), ui::LeadEditor::State::Empty);
        QVERIFY(!remove->isEnabled());
        QVERIFY(!save->isEnabled());
        QVERIFY(!revert->isEnabled());
        // The Delete key with nothing shown asks nothing.
        page()->table()->setFocus();
        QTest::keyClick(page()->table(), Qt::Key_Delete);
        QVERIFY(!QApplication::activeModalWidget());

        // Deleting the last row: the editor shows the row now highlighted, or nothing.
        selectAndWait(5);
        QCOMPARE(field<QDateEdit>("leadEventDate")->date(), QDate(2027, 6, 1));
        QCOMPARE(field<QComboBox>("leadEventType")->currentText(), QString("Wedding"));
        answerNextMessageBox(QMessageBox::Yes);
        remove->click();
        QTRY_COMPARE(page()->model()->rowCount(), 5);
        QVERIFY(drainReads());
        QTRY_VERIFY(selectedLead().isEmpty() ? editor()->state() == ui::LeadEditor::State::Empty
                                             : showing(selectedLead()));

        // Deleting the only lead found leaves an empty editor with no stale date or type.
        page()->findChild<QLineEdit *>("leadSearch")->setText("Eve");
        QTRY_COMPARE(page()->model()->rowCount(), 1);
        QTRY_COMPARE(nameAt(0), QString("Eve Eder"));
        selectAndWait(0);
        answerNextMessageBox(QMessageBox::Yes);
        remove->click();
        QTRY_COMPARE(page()->model()->rowCount(), 0);
        QTRY_COMPARE(editor()->state(), ui::LeadEditor::State::Empty);
        QVERIFY(selectedLead().isEmpty());
        QVERIFY(!remove->isEnabled());
        auto *date = field<QDateEdit>("leadEventDate");
        QCOMPARE(date->date(), date->minimumDate());
        QCOMPARE(date->text(), date->specialValueText());
        QVERIFY(field<QComboBox>("leadEventType")->currentText().isEmpty());
        QVERIFY(field<QLineEdit>("leadFirstName")->text().isEmpty());
        QVERIFY(m_desktop.screenshot("editor-empty"));
    }

    void rapidKeysKeepEditorOnHighlightedRow()
    {
        selectAndWait(0);
        const QString ann = idAt(0);
        auto *table = page()->table();
        table->setFocus();
        // Down then Up before the first answer is back: the editor must end on Ann.
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Up);
        QVERIFY(drainReads());
        QCOMPARE(selectedLead(), ann);
        QTRY_VERIFY(showing(ann));
        QVERIFY(drainReads());
        QVERIFY(showing(ann));
        QCOMPARE(field<QLineEdit>("leadFirstName")->text(), QString("Ann"));

        // A longer run, each key before the previous answer.
        for (Qt::Key key : {Qt::Key_Down, Qt::Key_Down, Qt::Key_Down, Qt::Key_Up, Qt::Key_Down,
                            Qt::Key_Down, Qt::Key_Up, Qt::Key_Up})
            QTest::keyClick(table, key);
        QVERIFY(drainReads());
        const QString highlighted = selectedLead();
        QCOMPARE(highlighted, idAt(2));
        QTRY_VERIFY(showing(highlighted));
        QVERIFY(drainReads());
        QVERIFY(showing(highlighted));
        QCOMPARE(field<QLineEdit>("leadFirstName")->text(), QString("Cat"));

        // Booked goes to the lead shown and highlighted, and only to it.
        field<QAbstractButton>("status_booked")->click();
        QTRY_COMPARE(column(highlighted, "status"), QString("booked"));
        QCOMPARE(m_desktop.scalar("SELECT COUNT(*) FROM leads WHERE status = 'booked'").toInt(), 1);
    }

    void loadingStateSavesNothing()
    {
        selectAndWait(0);
        // A slow read: the editor says it is loading and offers nothing to save.
        m_desktop.reader()->setDelayForTests([] { return 300; });
        page()->table()->selectRow(1);
        QCOMPARE(editor()->state(), ui::LeadEditor::State::Loading);
        QCOMPARE(editor()->leadId(), idAt(1));
        QVERIFY(!field<QLineEdit>("leadFirstName")->isEnabled());
        QVERIFY(!field<QPushButton>("saveLead")->isEnabled());
        QVERIFY(!field<QAbstractButton>("status_booked")->isEnabled());
        QVERIFY(field<QLineEdit>("leadFirstName")->text().isEmpty());
        QVERIFY(m_desktop.screenshot("editor-loading"));
        m_desktop.reader()->setDelayForTests([this] { return (m_reads++ * 7) % 10; });
        QTRY_VERIFY(showing(idAt(1)));
        QCOMPARE(field<QLineEdit>("leadFirstName")->text(), QString("Ben"));
    }

    void saveThatResortsKeepsSelection()
    {
        page()->table()->sortByColumn(ui::LeadTableModel::EventDate, Qt::AscendingOrder);
        QTRY_COMPARE(nameAt(0), QString("Ann Abel"));
        selectAndWait(0);
        const QString ann = idAt(0);
        // Moving Ann's event to the end of the year moves her row to the bottom.
        field<QDateEdit>("leadEventDate")->setDate(QDate(2027, 12, 1));
        field<QDateEdit>("leadEventDate")->setFocus();
        QTest::keySequence(field<QDateEdit>("leadEventDate"), QKeySequence::Save);
        QTRY_COMPARE(column(ann, "event_date"), QString("2027-12-01"));
        QTRY_COMPARE(idAt(5), ann);
        QTRY_COMPARE(selectedLead(), ann);
        QVERIFY(drainReads());
        QCOMPARE(selectedLead(), ann);
        QVERIFY(showing(ann));
        QCOMPARE(field<QDateEdit>("leadEventDate")->date(), QDate(2027, 12, 1));
    }

    void deleteShowsTheLeadMovingUp()
    {
        selectAndWait(2);
        const QString cat = idAt(2);
        const QString dan = idAt(3);
        // The Delete key asks the same question as the button.
        page()->table()->setFocus();
        answerNextMessageBox(QMessageBox::Yes);
        QTest::keyClick(page()->table(), Qt::Key_Delete);
        QTRY_VERIFY(column(cat, "id").isEmpty());
        QTRY_COMPARE(page()->model()->rowCount(), 5);
        QTRY_VERIFY(showing(dan));
        QCOMPARE(selectedLead(), dan);
        QVERIFY(drainReads());
        QVERIFY(showing(dan));
        QCOMPARE(selectedLead(), dan);
        QCOMPARE(field<QLineEdit>("leadFirstName")->text(), QString("Dan"));
        auto *undoBar = page()->findChild<QWidget *>("undoBar");
        QVERIFY(undoBar->isVisible());
        // Undo brings Cat back, shown and highlighted.
        page()->findChild<QPushButton *>("undoDelete")->click();
        QTRY_COMPARE(column(cat, "first_name"), QString("Cat"));
        QTRY_VERIFY(showing(cat));
        QTRY_COMPARE(selectedLead(), cat);
    }

    void liveArrivalDuringEdit()
    {
        selectAndWait(2);
        const QString cat = idAt(2);
        auto *notes = field<QPlainTextEdit>("leadNotes");
        notes->setFocus();
        QTest::keyClicks(notes, "Call back on Monday");
        // A lead arrives that sorts before Cat: her row moves down by one.
        QVERIFY(!postLead("Abe Aaron", "2027-07-01").isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 7, 5000);
        QTRY_COMPARE(idAt(3), cat);
        QTRY_COMPARE(selectedLead(), cat);
        QVERIFY(drainReads());
        QCOMPARE(selectedLead(), cat);
        QVERIFY(showing(cat));
        QCOMPARE(notes->toPlainText(), QString("Call back on Monday"));
        QVERIFY(editor()->hasUnsavedChanges());
        QVERIFY(m_desktop.screenshot("editor-dirty"));
        // Ctrl+S saves to Cat, by id.
        notes->setFocus();
        QTest::keySequence(notes, QKeySequence::Save);
        QTRY_COMPARE(column(cat, "notes"), QString("Call back on Monday"));
        QTRY_VERIFY(!editor()->hasUnsavedChanges());
    }

    void unsavedNotesSurviveRowChange()
    {
        selectAndWait(1);
        const QString ben = idAt(1);
        auto *notes = field<QPlainTextEdit>("leadNotes");
        QTest::keyClicks(notes, "Prefers email");
        page()->table()->selectRow(4);
        QTRY_COMPARE(column(ben, "notes"), QString("Prefers email"));
        QTRY_VERIFY(showing(idAt(4)));
        QVERIFY(notes->toPlainText().isEmpty());
        // Typing on a row and then a page change saves too.
        QTest::keyClicks(notes, "Asked for a quote");
        m_desktop.window()->showPage(ui::MainWindow::Contacts);
        QTRY_COMPARE(column(idAt(4), "notes"), QString("Asked for a quote"));
        m_desktop.window()->showPage(ui::MainWindow::Leads);
    }

    void statusClickAppliesAtOnceWithUndo()
    {
        selectAndWait(0);
        const QString ann = idAt(0);
        field<QAbstractButton>("status_quoted")->click();
        page()->table()->selectRow(1); // straight on, without saving
        QTRY_COMPARE(column(ann, "status"), QString("quoted"));
        QTRY_VERIFY(showing(idAt(1)));
        auto *undoBar = page()->findChild<QWidget *>("undoBar");
        QTRY_VERIFY(undoBar->isVisible());
        QVERIFY(undoBar->findChild<QLabel *>()->text().contains("Ann Abel"));
        page()->findChild<QPushButton *>("undoDelete")->click();
        QTRY_COMPARE(column(ann, "status"), QString("new"));
        QCOMPARE(column(idAt(1), "status"), QString("new"));
    }

    void revertAndSaveOnlyWhenChanged()
    {
        selectAndWait(3);
        const QString dan = idAt(3);
        auto *save = field<QPushButton>("saveLead");
        auto *revert = field<QPushButton>("revertLead");
        auto *first = field<QLineEdit>("leadFirstName");
        QVERIFY(!save->isEnabled());
        QVERIFY(!revert->isEnabled());
        QVERIFY(field<QPushButton>("deleteLead")->isEnabled());
        QTest::keyClicks(first, "ny");
        QVERIFY(save->isEnabled());
        QVERIFY(revert->isEnabled());
        revert->click();
        QCOMPARE(first->text(), QString("Dan"));
        QVERIFY(!save->isEnabled());
        QVERIFY(!revert->isEnabled());

        // Autosave a moment after the last keystroke, with "Saved" shown after the commit.
        editor()->setAutosaveDelay(20);
        QTest::keyClicks(first, "ny");
        QTRY_COMPARE(column(dan, "first_name"), QString("Danny"));
        auto *state = field<QLabel>("leadSaveState");
        QTRY_COMPARE(state->text(), ui::LeadEditor::tr("Saved"));
        QVERIFY(!save->isEnabled());
        QVERIFY(m_desktop.screenshot("editor-saved"));
        editor()->setAutosaveDelay(60000);
    }

    void contactEditsSaveOnRowChange()
    {
        m_desktop.window()->showPage(ui::MainWindow::Contacts);
        ui::ContactsPage *contacts = m_desktop.window()->contactsPage();
        QTRY_VERIFY(contacts->model()->rowCount() >= 2);
        contacts->detail()->setAutosaveDelay(60000);
        contacts->table()->selectRow(0);
        auto *detail = contacts->detail();
        QTRY_VERIFY(!detail->contact().id.isEmpty());
        const QString first = detail->contact().id;
        auto *save = detail->findChild<QPushButton *>("saveContact");
        QVERIFY(!save->isEnabled());
        auto *phone = detail->findChild<QLineEdit *>("contactPhone");
        phone->selectAll();
        QTest::keyClicks(phone, "+1 555 0199");
        QVERIFY(save->isEnabled());
        contacts->table()->selectRow(1);
        QTRY_COMPARE(
            m_desktop.scalar("SELECT phone FROM contacts WHERE public_id = '" + first + "'")
                .toString(),
            QString("+1 555 0199"));
        QTRY_VERIFY(detail->contact().id != first && !detail->contact().id.isEmpty());
        m_desktop.window()->showPage(ui::MainWindow::Leads);
    }

    void ctrlFFocusesSearch()
    {
        page()->table()->setFocus();
        QTest::keySequence(m_desktop.window(), QKeySequence::Find);
        QTRY_VERIFY(page()->findChild<QLineEdit *>("leadSearch")->hasFocus());
    }

    void unreadSurvivesRestart()
    {
        auto unread = [this](int row) {
            return page()->model()->index(row, 0).data(ui::LeadTableModel::UnreadRole).toBool();
        };
        QTRY_VERIFY(unread(0) && unread(1) && unread(2) && unread(3));
        selectAndWait(0);
        auto *table = page()->table();
        table->setFocus();
        // Passing over Ben and Cat with the keyboard leaves them unread.
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Down);
        page()->setReadDwell(5);
        QTest::keyClick(table, Qt::Key_Down);
        const QString dan = idAt(3);
        QTRY_VERIFY(showing(dan));
        QTRY_VERIFY(!column(dan, "read_at").isEmpty());
        QVERIFY(column(idAt(1), "read_at").isEmpty());
        QVERIFY(column(idAt(2), "read_at").isEmpty());
        QVERIFY(unread(1) && unread(2) && !unread(3));
        page()->setReadDwell(60000);

        // After a restart the same rows are bold.
        m_desktop.stop();
        QVERIFY2(m_desktop.start(m_dir.path()), "the window's server did not restart");
        m_desktop.window()->showPage(ui::MainWindow::Leads);
        editor()->setAutosaveDelay(60000);
        page()->setReadDwell(60000);
        QTRY_COMPARE(page()->model()->rowCount(), 6);
        page()->table()->sortByColumn(ui::LeadTableModel::Name, Qt::AscendingOrder);
        QTRY_COMPARE(nameAt(3), QString("Dan Dorn"));
        QVERIFY(unread(1) && unread(2) && unread(4) && unread(5));
        QVERIFY(!unread(3));
    }
};

QTEST_MAIN(EditorUiTest)
#include "tst_ui_editor.moc"
