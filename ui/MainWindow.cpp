// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "ui/ContactDetail.h"

#include "ui/LeadEditor.h"

#include "core/server/ServerHost.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/LeadQuery.h"
#include "core/store/LeadStore.h"
#include "core/store/SettingsStore.h"
#include "ui/AppIcon.h"
#include "ui/BackgroundReader.h"
#include "ui/ColumnChooser.h"
#include "ui/ConnectPage.h"
#include "ui/ContactsPage.h"
#include "ui/LeadLink.h"
#include "ui/LeadsPage.h"
#include "ui/NewLeadWatcher.h"
#include "ui/SettingsPage.h"
#include "ui/SpamPage.h"
#include "ui/Theme.h"
#include "ui/TrayController.h"
#include "ui/WebhooksPage.h"
#include "ui/keys/ApiKeysPage.h"
#include "ui/overview/OverviewPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>

#include <iterator>

namespace rmx::ui {

MainWindow::MainWindow(server::ServerHost *host, BackgroundReader *reader, QWidget *parent)
    : MainWindow(host, reader, QSystemTrayIcon::isSystemTrayAvailable(), parent)
{ }

MainWindow::MainWindow(server::ServerHost *host, BackgroundReader *reader, bool trayAvailable,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_host(host)
    , m_reader(reader)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_listenerStatus(new QLabel(this))
    , m_todayCount(new QLabel(this))
    , m_tray(new TrayController(trayAvailable, this))
    , m_watcher(new NewLeadWatcher(reader, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("RemixCRM"));
    setWindowIcon(AppIcon::icon());

    auto writer = [host] { return host->writer(); };
    auto publicBase = [this] { return m_listenUrl; };
    m_overview = new OverviewPage(reader, this);
    m_leads = new LeadsPage(reader, writer, publicBase, this);
    m_contacts = new ContactsPage(reader, writer, this);
    m_apiKeys = new ApiKeysPage(reader, writer, this);
    m_spam = new SpamPage(reader, writer, publicBase, this);
    m_webhooks = new WebhooksPage(reader, writer, this);
    m_connect = new ConnectPage(reader, writer, this);
    m_settings = new SettingsPage(reader, host, this);

    const QStringList names = {tr("Overview"), tr("Leads"),   tr("Contacts"), tr("Webhooks"),
                               tr("API Keys"), tr("Connect"), tr("Spam"),     tr("Settings")};
    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_leads);
    m_pages->addWidget(m_contacts);
    m_pages->addWidget(m_webhooks);
    m_pages->addWidget(m_apiKeys);
    m_pages->addWidget(m_connect);
    m_pages->addWidget(m_spam);
    m_pages->addWidget(m_settings);

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->addItems(names);
    m_sidebar->setIconSize(QSize(20, 20));
    applyIcons();
    m_sidebar->setMinimumWidth(140);
    m_sidebar->setMaximumWidth(260);
    m_sidebar->setSpacing(2);
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({170, 1030});
    setCentralWidget(splitter);

    m_listenerStatus->setObjectName(QStringLiteral("listenerStatus"));
    m_todayCount->setObjectName(QStringLiteral("todayCount"));
    statusBar()->addWidget(m_listenerStatus, 1);
    statusBar()->addPermanentWidget(m_todayCount);
    m_listenerStatus->setText(tr("Starting the lead listener…"));

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(host, &server::ServerHost::started, this, [this](const QString &url) {
        m_listenUrl = url;
        m_listenerStatus->setText(tr("Listening on %1").arg(url));
        m_connect->setListenerState(m_listenerStatus->text());
        m_connect->setListenUrl(url);
        m_settings->setListenUrl(url);
        m_leads->dataChanged();
        m_apiKeys->reload();
        m_contacts->dataChanged();
        m_spam->reload();
        m_webhooks->reload();
        m_watcher->start();
        m_tray->setStatus(m_listenerStatus->text());
        updateCounts();
    });
    connect(host, &server::ServerHost::failed, this, [this](const QString &error) {
        m_listenerStatus->setText(tr("Not listening: %1").arg(error));
        m_connect->setListenerState(m_listenerStatus->text());
    });
    connect(host, &server::ServerHost::relistened, this, [this](bool ok, const QString &result) {
        if (ok) {
            m_listenUrl = result;
            m_listenerStatus->setText(tr("Listening on %1").arg(result));
            m_connect->setListenUrl(result);
            m_settings->setListenUrl(result);
        }
        m_connect->setListenerState(m_listenerStatus->text());
    });
    connect(host, &server::ServerHost::committed, this, &MainWindow::onCommitted);
    connect(host, &server::ServerHost::webhookDisabled, m_webhooks,
            &WebhooksPage::subscriptionDisabled);
    connect(m_settings, &SettingsPage::saved, this, &MainWindow::loadPreferences);
    // One public URL, whichever page saved it.
    connect(m_settings, &SettingsPage::publicUrlSaved, m_connect, &ConnectPage::showPublicUrl);
    connect(m_connect, &ConnectPage::publicUrlSaved, m_settings, [this](const QString &url) {
        m_settings->showSavedValue(SettingsSchema::PublicUrl, url);
    });
    connect(m_contacts, &ContactsPage::openLeadRequested, this, &MainWindow::openLead);
    // A restore or merge commits, and every commit refreshes the Leads and Contacts pages.
    connect(m_spam, &SpamPage::restored, this, &MainWindow::onCommitted);
    connect(m_watcher, &NewLeadWatcher::arrived, this,
            [this](const QList<store::LeadRecord> &leads) {
                if (m_notify)
                    m_tray->announce(leads);
            });
    connect(m_tray, &TrayController::showWindowRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayController::newLeadsRequested, this, [this] {
        bringToFront();
        showPage(Leads);
    });
    connect(m_tray, &TrayController::openLeadRequested, this, &MainWindow::openLead);
    connect(m_tray, &TrayController::quitRequested, this, &MainWindow::quit);
    m_settings->setTrayAvailable(m_tray->isAvailable());
    connect(m_overview, &OverviewPage::openLeadRequested, this, &MainWindow::openLead);
    connect(m_webhooks, &WebhooksPage::openLeadRequested, this, &MainWindow::openLead);
    connect(m_connect, &ConnectPage::openLeadRequested, this, &MainWindow::openLead);
    connect(m_connect, &ConnectPage::testLeadCreated, this, [this](const QString &id) {
        showPage(Leads);
        m_leads->openLead(id);
    });
    loadPreferences();
    createMenus();
    for (const char *name : {"leadTable", "contactTable"}) {
        if (auto *table = findChild<QTableView *>(QString::fromLatin1(name)))
            connect(new ColumnChooser(table->horizontalHeader()), &ColumnChooser::changed, this,
                    &MainWindow::saveViewState);
    }

    showPage(Leads);
    fitDefaultSize();
    restoreViewState();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcutContext(Qt::ApplicationShortcut);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::fitDefaultSize()
{
    // Room for the title bar and frame, which the window manager adds outside this size.
    const QSize frame(16, 48);
    const QSize preferred(1280, 800);
    const QSize available = screen() ? screen()->availableGeometry().size() - frame : preferred;
    resize(preferred.boundedTo(available).expandedTo(minimumSizeHint()));
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
}

QString MainWindow::listenerStatus() const
{
    return m_listenerStatus->text();
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(page);
}

QWidget *MainWindow::page(Page page) const
{
    return m_pages->widget(page);
}

void MainWindow::onCommitted()
{
    m_leads->dataChanged();
    m_overview->dataChanged();
    m_contacts->dataChanged();
    m_spam->dataChanged();
    m_webhooks->dataChanged();
    m_watcher->check();
    updateCounts();
}

void MainWindow::loadPreferences()
{
    m_reader->read(
        this,
        [](QSqlDatabase &db) {
            store::SettingsStore settings(db);
            return QVariant(QVariantList {settings.value(SettingsSchema::CloseToTray),
                                          settings.value(SettingsSchema::StartMinimised),
                                          settings.value(SettingsSchema::NotifyNewLeads)});
        },
        [this](const QVariant &result) {
            const QVariantList values = result.toList();
            m_closeToTray = SettingsSchema::isTrue(values.value(0).toString());
            m_startMinimised = SettingsSchema::isTrue(values.value(1).toString());
            m_notify = SettingsSchema::isTrue(values.value(2).toString());
        });
}

void MainWindow::applyStartupVisibility()
{
    // The preference is read off the GUI thread; decide once it is known.
    m_reader->read(
        this,
        [](QSqlDatabase &db) {
            return QVariant(store::SettingsStore(db).value(SettingsSchema::StartMinimised));
        },
        [this](const QVariant &value) {
            if (SettingsSchema::isTrue(value.toString()) && m_tray->isAvailable())
                return;
            show();
        });
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::openLead(const QString &idOrUrl)
{
    QString id = LeadLink::idOf(idOrUrl);
    if (id.isEmpty()) {
        id = idOrUrl.trimmed();
        if (const qsizetype slash = id.lastIndexOf(u'/'); slash >= 0)
            id = id.mid(slash + 1);
    }
    bringToFront();
    showPage(Leads);
    m_leads->openLead(id.toLower());
}

void MainWindow::updateCounts()
{
    const qint64 midnight = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
    m_reader->read(
        this,
        [midnight](QSqlDatabase &db) {
            store::LeadFilter today;
            today.createdAfterMs = midnight - 1;
            today.withoutTests = true;
            return QVariant(QVariantList {store::LeadQuery(db).count(today),
                                          store::LeadStore(db).countUnread()});
        },
        [this](const QVariant &result) {
            const QVariantList counts = result.toList();
            if (counts.size() != 2)
                return;
            m_todayCount->setText(tr("%n new lead(s) today", nullptr, counts.at(0).toInt()));
            // The tray counts what the owner has not opened yet, as stored: the count survives
            // a restart and falls as each lead is opened, from any window.
            m_tray->setNewLeadCount(counts.at(1).toInt());
        });
}

namespace {
// Splitters and table headers whose state is remembered, by object name, with their keys.
// The lead list's key changed when its columns learnt to fit the window: older states kept
// them wider than a laptop screen.
struct RememberedView
{
    const char *objectName;
    const char *key;
};
constexpr RememberedView Splitters[]
    = {{"leadsSplitter", "window/leadsSplitter"}, {"contactsSplitter", "window/contactsSplitter"}};
constexpr RememberedView Tables[]
    = {{"leadTable", "window/leadColumnsV2"}, {"contactTable", "window/contactColumns"}};
} // namespace

void MainWindow::restoreViewState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    for (const RememberedView &view : Splitters) {
        if (auto *splitter = findChild<QSplitter *>(QString::fromLatin1(view.objectName)))
            splitter->restoreState(settings.value(QString::fromLatin1(view.key)).toByteArray());
    }
    for (const RememberedView &view : Tables) {
        if (auto *table = findChild<QTableView *>(QString::fromLatin1(view.objectName)))
            table->horizontalHeader()->restoreState(
                settings.value(QString::fromLatin1(view.key)).toByteArray());
    }
}

void MainWindow::saveViewState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    for (const RememberedView &view : Splitters) {
        if (auto *splitter = findChild<QSplitter *>(QString::fromLatin1(view.objectName)))
            settings.setValue(QString::fromLatin1(view.key), splitter->saveState());
    }
    for (const RememberedView &view : Tables) {
        if (auto *table = findChild<QTableView *>(QString::fromLatin1(view.objectName)))
            settings.setValue(QString::fromLatin1(view.key),
                              table->horizontalHeader()->saveState());
    }
}

void MainWindow::applyIcons()
{
    static const char *const names[]
        = {"overview", "leads", "contacts", "webhooks", "api-keys", "connect", "spam", "settings"};
    for (int row = 0; row < m_sidebar->count() && row < int(std::size(names)); ++row)
        m_sidebar->item(row)->setIcon(
            Theme::icon(QString::fromLatin1(names[row]), m_sidebar->palette()));
}

void MainWindow::changeEvent(QEvent *event)
{
    // The system switched between light and dark: redraw the icons in the new text colour.
    // Deferred: the sidebar takes the new palette after its window.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        QTimer::singleShot(0, this, &MainWindow::applyIcons);
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Saved on hiding too: a session may end while the window sits in the tray.
    saveViewState();
    if (m_closeToTray && m_tray->isAvailable() && !m_quitting) {
        // The listener keeps running; the tray brings the window back.
        hide();
        event->ignore();
        explainTrayOnce();
        return;
    }
    // Quitting lets go of both editors: what can't be saved is asked about, as on leaving a row.
    if (!m_leads->editor()->prepareToLeave() || !m_contacts->detail()->prepareToLeave()) {
        m_quitting = false;
        event->ignore();
        return;
    }
    event->accept();
    emit quitRequested();
}

void MainWindow::explainTrayOnce()
{
    QSettings settings;
    const QString key = QStringLiteral("window/trayExplained");
    if (settings.value(key).toBool())
        return;
    settings.setValue(key, true);
    auto *box = new QMessageBox(QMessageBox::Information, tr("RemixCRM keeps listening"),
                                tr("RemixCRM is still running in the tray, so leads keep arriving "
                                   "while the window is closed. Click the tray icon to open it "
                                   "again, or choose Quit there (or press Ctrl+Q) to stop it."),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("trayExplanation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *quit = box->addButton(tr("Quit RemixCRM"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("trayExplanationQuit"));
    connect(quit, &QPushButton::clicked, this, &MainWindow::quit);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

} // namespace rmx::ui
