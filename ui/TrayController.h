// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/LeadRecord.h"

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace rmx::ui {

/// The tray icon that keeps RemixCRM reachable when its window is closed, and the desktop
/// notifications for new leads (clicking one opens that lead).
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    explicit TrayController(const QIcon &icon, QObject *parent = nullptr);
    ~TrayController() override;

    bool isAvailable() const;
    void announce(const QList<rmx::store::LeadRecord> &leads);
    void setStatus(const QString &status);

Q_SIGNALS:
    void showWindowRequested();
    void openLeadRequested(const QString &leadId);
    void quitRequested();

private:
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QString m_announcedLead;
};

} // namespace rmx::ui
