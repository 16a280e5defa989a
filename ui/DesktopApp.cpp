// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DesktopApp.h"

#include "core/server/DataDirectory.h"
#include "core/server/InstanceLock.h"
#include "core/server/ServerHost.h"
#include "core/store/SchemaMigrator.h"
#include "ui/BackgroundReader.h"
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
    server::ServerHost host;
    BackgroundReader reader(server::DataDirectory::databasePath(options.dataDir));
    MainWindow window(&host, &reader);
    window.show();
    host.start(options);
    const int code = QApplication::exec();
    host.stop();
    return code;
}

} // namespace rmx::ui
