// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include <QLabel>
#include <QStatusBar>

namespace rmx::ui {

MainWindow::MainWindow(server::LeadServer *server, QWidget *parent)
    : QMainWindow(parent)
    , m_server(server)
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("RemixCRM"));
    resize(1100, 720);
    auto *welcome = new QLabel(tr("Your lead inbox is ready."), this);
    welcome->setAlignment(Qt::AlignCenter);
    setCentralWidget(welcome);
    statusBar()->addPermanentWidget(m_status);
    m_status->setText(tr("Starting the lead listener…"));
}

void MainWindow::startServer(const server::LeadServer::Options &options)
{
    QString error;
    if (m_server->start(options, &error))
        m_status->setText(tr("Listening on %1").arg(m_server->address().toUrl()));
    else
        m_status->setText(tr("Lead listener stopped: %1").arg(error));
}

} // namespace rmx::ui
