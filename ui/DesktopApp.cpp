// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DesktopApp.h"

#include "core/server/DataDirectory.h"
#include "core/server/InstanceLock.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QMessageBox>

namespace rmx::ui {

int DesktopApp::run(const server::LeadServer::Options &options)
{
    if (const QString error = server::DataDirectory::ensure(options.dataDir); !error.isEmpty()) {
        QMessageBox::critical(nullptr, QObject::tr("RemixCRM"), error);
        return 1;
    }
    server::InstanceLock lock(options.dataDir);
    QString error;
    if (!lock.tryLock(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("RemixCRM"), error);
        return 1;
    }
    server::LeadServer leadServer;
    MainWindow window(&leadServer);
    window.show();
    window.startServer(options);
    return QApplication::exec();
}

} // namespace rmx::ui
