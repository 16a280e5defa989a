// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/BackupCommand.h"

#include "core/cli/Terminal.h"
#include "core/server/BackupManager.h"
#include "core/server/DataDirectory.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rmx::cli {

int BackupCommand::run(const QString &dataDir, const QString &command, const QStringList &args)
{
    if (args.size() != 1 || args.first().isEmpty()) {
        Terminal::err(
            QCoreApplication::translate("BackupCommand", "Usage: remixcrm %1 FILE").arg(command));
        return 2;
    }
    const QString file = QFileInfo(args.first()).absoluteFilePath();
    if (command == u"backup") {
        const auto result
            = server::BackupManager::backup(server::DataDirectory::databasePath(dataDir), file);
        if (!result.ok()) {
            Terminal::err(QCoreApplication::translate("BackupCommand", "Backup failed: %1")
                              .arg(result.error));
            return 1;
        }
        Terminal::out(QCoreApplication::translate("BackupCommand", "Backed up %n lead(s) to %1.",
                                                  nullptr, int(result.leads))
                          .arg(file));
        return 0;
    }
    const auto result = server::BackupManager::restore(file, dataDir);
    if (!result.ok()) {
        Terminal::err(
            QCoreApplication::translate("BackupCommand", "Restore refused: %1").arg(result.error));
        return 1;
    }
    Terminal::out(QCoreApplication::translate("BackupCommand", "Restored %n lead(s) from %1.",
                                              nullptr, int(result.leads))
                      .arg(file));
    if (!result.keptAs.isEmpty())
        Terminal::out(
            QCoreApplication::translate("BackupCommand", "The previous database was kept as %1.")
                .arg(result.keptAs));
    return 0;
}

} // namespace rmx::cli
