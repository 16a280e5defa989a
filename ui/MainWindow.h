// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/LeadServer.h"

#include <QMainWindow>

class QLabel;

namespace rmx::ui {

/// The main window. Shows the listener's state; the lead inbox builds on it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(server::LeadServer *server, QWidget *parent = nullptr);
    void startServer(const server::LeadServer::Options &options);

private:
    server::LeadServer *m_server;
    QLabel *m_status;
};

} // namespace rmx::ui
