// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

class QWidget;

namespace rmx::server {
class ServerHost;
}
namespace rmx::ui {
class BackgroundReader;
class MainWindow;
} // namespace rmx::ui

namespace rmx::test {

/// The desktop window over a real lead server on its own threads, wired as the app wires them:
/// a temp data directory, a loopback port chosen by the kernel, the window shown at 1280×800.
class DesktopFixture final
{
public:
    DesktopFixture();
    ~DesktopFixture();

    /// Opens the window on the (migrated) database in `dataDir` and starts the server; false
    /// when the server did not report a listening port within 10 s.
    bool start(const QString &dataDir);
    /// Whether the window finds a system tray (call before start). The offscreen platform has
    /// none, so by default closing the window quits; with one it hides in the tray.
    void setTrayAvailable(bool available) { m_trayAvailable = available; }
    /// Closes the window, then stops the server.
    void stop();

    ui::MainWindow *window() const { return m_window.get(); }
    server::ServerHost *host() const { return m_host.get(); }
    ui::BackgroundReader *reader() const { return m_reader.get(); }
    quint16 port() const { return m_port; }
    /// The first column of the first row `sql` returns, read on a connection of its own.
    QVariant scalar(const QString &sql) const;
    /// Returns once every write submitted to the server's writer so far has committed (false
    /// after 10 s): the writer runs its jobs in order, so an empty job submitted now ends last.
    bool waitForWrites() const;
    /// Returns once every window read asked for so far has answered on the GUI thread (false
    /// after 10 s), for the same reason: one reader thread, answers posted in order.
    bool waitForReads() const;
    /// Saves `widget` (the window when null) as build/screenshots/<name>.png, for the README
    /// and for looking at; false when it could not be written.
    bool screenshot(const QString &name, QWidget *widget = nullptr) const;
    /// Subscribes `url` to the default events through the Webhooks page's dialog, as the owner
    /// would; false when the dialog did not save within 5 s.
    bool addWebhook(const QByteArray &url) const;

private:
    std::unique_ptr<server::ServerHost> m_host;
    std::unique_ptr<ui::BackgroundReader> m_reader;
    std::unique_ptr<ui::MainWindow> m_window;
    quint16 m_port = 0;
    QString m_dataDir;
    bool m_trayAvailable = false;
};

} // namespace rmx::test
