// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DesktopApp.h"

#include "core/server/DataDirectory.h"
#include "core/server/InstanceLock.h"
#include "core/server/ServerHost.h"
#include "ui/BackgroundReader.h"
#include "ui/MainWindow.h"
#include "ui/SingleInstance.h"

#include <QApplication>
#include <QMessageBox>

namespace rmx::ui {

int DesktopApp::run(const server::LeadServer::Options &options)
{
    if (const QString error = server::DataDirectory::ensure(options.dataDir); !error.isEmpty()) {
        QMessageBox::critical(nullptr, QObject::tr("RemixCRM"), error);
        return 1;
    }
    // A second launch on the same data directory raises the first window instead.
    SingleInstance instance(options.dataDir);
    const QString request = options.openLead.isEmpty() ? QStringLiteral("raise")
                                                       : QStringLiteral("open ") + options.openLead;
    if (instance.forward(request))
        return 0;
    server::InstanceLock lock(options.dataDir);
    QString error;
    if (!lock.tryLock(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("RemixCRM"), error);
        return 1;
    }
    instance.listen();

    server::ServerHost host;
    BackgroundReader reader(server::DataDirectory::databasePath(options.dataDir));
    MainWindow window(&host, &reader);
    QObject::connect(&instance, &SingleInstance::messageReceived, &window,
                     [&window](const QString &message) {
                         if (message.startsWith(QStringLiteral("open ")))
                             window.openLead(message.mid(5));
                         else
                             window.bringToFront();
                     });
    QApplication::setQuitOnLastWindowClosed(false); // the tray keeps the listener running
    QObject::connect(&window, &MainWindow::quitRequested, qApp, &QApplication::quit,
                     Qt::QueuedConnection);
    window.applyStartupVisibility();
    host.start(options);
    if (!options.openLead.isEmpty())
        window.openLead(options.openLead);
    const int code = QApplication::exec();
    host.stop();
    return code;
}

} // namespace rmx::ui
