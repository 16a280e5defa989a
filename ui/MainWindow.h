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
class ConnectPage;
class LeadsPage;
class SettingsPage;

/// The main window: a sidebar of pages (Leads, Contacts, Webhooks, API Keys, Connect, Spam,
/// Settings) and a status bar that always shows the listener's state and today's new leads.
/// Window, column and splitter state are remembered.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page { Leads, Contacts, Webhooks, ApiKeys, Connect, Spam, Settings, PageCount };

    MainWindow(server::ServerHost *host, BackgroundReader *reader, QWidget *parent = nullptr);

    void showPage(Page page);
    QWidget *page(Page page) const;
    LeadsPage *leadsPage() const { return m_leads; }
    ApiKeysPage *apiKeysPage() const { return m_apiKeys; }
    SettingsPage *settingsPage() const { return m_settings; }
    QString listenerStatus() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onCommitted();
    void updateTodayCount();
    void restoreState();

    server::ServerHost *m_host;
    BackgroundReader *m_reader;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    LeadsPage *m_leads;
    ApiKeysPage *m_apiKeys;
    ConnectPage *m_connect;
    SettingsPage *m_settings;
    QLabel *m_listenerStatus;
    QLabel *m_todayCount;
    QString m_listenUrl;
};

} // namespace rmx::ui
