// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TrayController.h"

#include "ui/AppIcon.h"
#include "ui/LeadPresentation.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace rmx::ui {

TrayController::TrayController(bool available, QObject *parent)
    : QObject(parent)
{
    if (!available)
        return;
    m_menu = new QMenu;
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *open
        = m_menu->addAction(tr("Open RemixCRM"), this, &TrayController::showWindowRequested);
    open->setObjectName(QStringLiteral("trayOpen"));
    m_newLeadsAction = m_menu->addAction(QString(), this, &TrayController::newLeadsRequested);
    m_newLeadsAction->setObjectName(QStringLiteral("trayNewLeads"));
    m_pauseAction = m_menu->addAction(tr("Pause notifications"));
    m_pauseAction->setObjectName(QStringLiteral("trayPause"));
    m_pauseAction->setCheckable(true);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit RemixCRM"), this, &TrayController::quitRequested);
    quit->setObjectName(QStringLiteral("trayQuit"));
    m_tray = new QSystemTrayIcon(AppIcon::icon(), this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit showWindowRequested();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_announcedLead.isEmpty())
            emit openLeadRequested(m_announcedLead);
        else
            emit showWindowRequested();
    });
    setNewLeadCount(0);
    m_tray->show();
}

TrayController::~TrayController()
{
    delete m_menu;
}

bool TrayController::isAvailable() const
{
    return m_tray != nullptr;
}

bool TrayController::isPaused() const
{
    return m_pauseAction && m_pauseAction->isChecked();
}

void TrayController::setStatus(const QString &status)
{
    m_status = status;
    updateToolTip();
}

void TrayController::setNewLeadCount(int count)
{
    if (!m_tray)
        return;
    const bool iconChanges = count != m_newLeads || m_tray->icon().isNull();
    m_newLeads = count;
    m_newLeadsAction->setText(tr("New leads (%1)").arg(count));
    m_newLeadsAction->setEnabled(count > 0);
    if (iconChanges)
        m_tray->setIcon(AppIcon::withBadge(count));
    updateToolTip();
}

void TrayController::updateToolTip()
{
    if (!m_tray)
        return;
    QStringList lines = {tr("RemixCRM")};
    if (m_newLeads > 0)
        lines << tr("%n new lead(s)", nullptr, m_newLeads);
    if (!m_status.isEmpty())
        lines << m_status;
    m_tray->setToolTip(lines.join(u'\n'));
}

void TrayController::announce(const QList<store::LeadRecord> &leads)
{
    if (!m_tray || leads.isEmpty() || isPaused())
        return;
    const store::LeadRecord &latest = leads.last();
    m_announcedLead = leads.size() == 1 ? latest.id : QString();
    QString title;
    QString body;
    if (leads.size() == 1) {
        const QString name = LeadPresentation::fullName(latest);
        title = tr("New lead: %1").arg(name.isEmpty() ? latest.email : name);
        if (latest.eventDate.isEmpty()) {
            // An inquiry without a date: what she wrote says more than "no date".
            const QString message = latest.notes.simplified();
            body = message.isEmpty() ? latest.email
                                     : message.left(NotificationTextMax)
                    + (message.size() > NotificationTextMax ? QStringLiteral("…") : QString());
        } else {
            body = tr("%1 · %2").arg(LeadPresentation::eventDate(latest.eventDate),
                                     latest.eventType.isEmpty() ? latest.email : latest.eventType);
        }
    } else {
        title = tr("%n new lead(s)", nullptr, int(leads.size()));
        body = tr("Latest: %1").arg(LeadPresentation::fullName(latest));
    }
    m_tray->showMessage(title, body, QSystemTrayIcon::Information, NotificationMs);
    emit announced(title, NotificationMs);
}

} // namespace rmx::ui
