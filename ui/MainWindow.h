// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;

namespace rmx::server {
class ServerHost;
}

namespace rmx::ui {

class ApiKeysPage;
class BackgroundReader;
class NewLeadWatcher;
class TrayController;
class ConnectPage;
class ContactsPage;
class LeadsPage;
class SettingsPage;
class OverviewPage;
class SpamPage;
class WebhooksPage;

/// The main window: a sidebar of pages (Leads, Contacts, Webhooks, API Keys, Connect, Spam,
/// Settings) and a status bar that always shows the listener's state and today's new leads.
/// Window, column and splitter state are remembered.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page { Overview, Leads, Contacts, Webhooks, ApiKeys, Connect, Spam, Settings, PageCount };

    /// Asks the platform whether the desktop has a tray.
    MainWindow(server::ServerHost *host, BackgroundReader *reader, QWidget *parent = nullptr);
    /// Without a tray (`trayAvailable` false) closing the window quits.
    MainWindow(server::ServerHost *host, BackgroundReader *reader, bool trayAvailable,
               QWidget *parent = nullptr);

    void showPage(Page page);
    QWidget *page(Page page) const;
    LeadsPage *leadsPage() const { return m_leads; }
    ContactsPage *contactsPage() const { return m_contacts; }
    ApiKeysPage *apiKeysPage() const { return m_apiKeys; }
    SpamPage *spamPage() const { return m_spam; }
    WebhooksPage *webhooksPage() const { return m_webhooks; }
    SettingsPage *settingsPage() const { return m_settings; }
    TrayController *tray() const { return m_tray; }
    QString listenerStatus() const;
    /// Shows, raises and focuses the window (tray, second launch, notification).
    void bringToFront();
    /// Opens the lead with this id or lead_url.
    void openLead(const QString &idOrUrl);
    /// Whether the window should start hidden in the tray (setting start_minimised).
    void applyStartupVisibility();
    /// Remembers the geometry and the splitter and column state of the pages (QSettings).
    void saveViewState() const;
    /// Closes the window and ends the app, whatever the tray setting (Ctrl+Q, tray menu).
    void quit();

Q_SIGNALS:
    /// The window closed for good: the app should end (DesktopApp quits the event loop).
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onCommitted();
    /// Today's arrivals in the status bar and the unread leads in the tray, as stored.
    void updateCounts();
    void createMenus();
    void fitDefaultSize();
    void explainTrayOnce();
    void restoreViewState();
    void applyIcons();
    void loadPreferences();

    server::ServerHost *m_host;
    BackgroundReader *m_reader;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    LeadsPage *m_leads;
    OverviewPage *m_overview;
    ContactsPage *m_contacts;
    SpamPage *m_spam;
    ApiKeysPage *m_apiKeys;
    WebhooksPage *m_webhooks;
    ConnectPage *m_connect;
    SettingsPage *m_settings;
    QLabel *m_listenerStatus;
    QLabel *m_todayCount;
    QString m_listenUrl;
    TrayController *m_tray;
    NewLeadWatcher *m_watcher;
    bool m_closeToTray = true;
    bool m_startMinimised = false;
    bool m_notify = true;
    bool m_quitting = false;
};

} // namespace rmx::ui
