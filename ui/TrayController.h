// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/LeadRecord.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace rmx::ui {

/// The tray icon that keeps RemixCRM reachable when its window is closed: the app icon with a
/// badge and tooltip for new leads, a menu (Open, New leads, Pause notifications, Quit), and
/// the desktop notifications for new leads (clicking one opens that lead).
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    /// How long a notification stays up; desktops may shorten it, never lengthen it.
    static constexpr int NotificationMs = 5000;
    /// How much of a message a notification shows.
    static constexpr int NotificationTextMax = 100;

    /// `available`: whether the desktop has a tray (QSystemTrayIcon::isSystemTrayAvailable()
    /// in the app; tests choose). Without one there is no icon and nothing is announced.
    explicit TrayController(bool available, QObject *parent = nullptr);
    ~TrayController() override;

    bool isAvailable() const;
    /// Shows a notification for leads that just arrived, unless notifications are paused.
    void announce(const QList<rmx::store::LeadRecord> &leads);
    void setStatus(const QString &status);
    /// Leads that arrived while nobody was looking: shown in the tooltip, badge and menu.
    void setNewLeadCount(int count);
    int newLeadCount() const { return m_newLeads; }
    bool isPaused() const;
    /// The tray's icon and menu, null without a tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void showWindowRequested();
    void newLeadsRequested();
    void openLeadRequested(const QString &leadId);
    void quitRequested();
    /// A notification was shown (not while paused).
    void announced(const QString &title, int timeoutMs);

private:
    void updateToolTip();

    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_newLeadsAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QString m_announcedLead;
    QString m_status;
    int m_newLeads = 0;
};

} // namespace rmx::ui
