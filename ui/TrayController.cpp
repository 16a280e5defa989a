// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TrayController.h"

#include "ui/LeadPresentation.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace rmx::ui {

TrayController::TrayController(const QIcon &icon, QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_menu = new QMenu;
    m_menu->addAction(tr("Open RemixCRM"), this, &TrayController::showWindowRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayController::quitRequested);
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setContextMenu(m_menu);
    m_tray->setToolTip(tr("RemixCRM"));
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

void TrayController::setStatus(const QString &status)
{
    if (m_tray)
        m_tray->setToolTip(tr("RemixCRM — %1").arg(status));
}

void TrayController::announce(const QList<store::LeadRecord> &leads)
{
    if (!m_tray || leads.isEmpty())
        return;
    const store::LeadRecord &latest = leads.last();
    m_announcedLead = leads.size() == 1 ? latest.id : QString();
    if (leads.size() == 1) {
        m_tray->showMessage(
            tr("New lead: %1").arg(LeadPresentation::fullName(latest)),
            tr("%1 · %2").arg(LeadPresentation::eventDate(latest.eventDate),
                              latest.eventType.isEmpty() ? latest.email : latest.eventType),
            QSystemTrayIcon::Information, 8000);
    } else {
        m_tray->showMessage(tr("%n new lead(s)", nullptr, int(leads.size())),
                            tr("Latest: %1").arg(LeadPresentation::fullName(latest)),
                            QSystemTrayIcon::Information, 8000);
    }
}

} // namespace rmx::ui
