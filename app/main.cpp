// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/CommandLine.h"
#include "generated/Version.h"
#include "ui/DesktopApp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("RemixCRM"));
    QCoreApplication::setApplicationName(QStringLiteral("RemixCRM"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REMIXCRM_VERSION));

    std::unique_ptr<QCoreApplication> app;
    const bool gui = rmx::cli::CommandLine::wantsGui(argc, argv);
    if (gui) {
        app = std::make_unique<QApplication>(argc, argv);
        // Wayland app id: desktops match the window to the installed .desktop file and icon.
        QGuiApplication::setDesktopFileName(QStringLiteral(REMIXCRM_APP_ID));
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    return rmx::cli::CommandLine::run(QCoreApplication::arguments(),
                                      gui ? rmx::ui::DesktopApp::run
                                          : rmx::cli::CommandLine::GuiRunner());
}
