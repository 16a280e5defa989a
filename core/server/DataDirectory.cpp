// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace rmx::server {

QString DataDirectory::resolve(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return QDir(fromCommandLine).absolutePath();
    const QString fromEnv = qEnvironmentVariable("REMIXCRM_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataDirectory::ensure(const QString &path)
{
    QDir dir(path);
    if (!dir.exists()) {
        if (!QDir().mkpath(path))
            return QStringLiteral("cannot create the data directory");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return {};
}

QString DataDirectory::databasePath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("remixcrm.db"));
}

QString DataDirectory::lockPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("remixcrm.lock"));
}

} // namespace rmx::server
