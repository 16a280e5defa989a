// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rmx::server {

/// The one folder that holds everything: the database (remixcrm.db), its WAL files, the
/// instance lock and backups. Chosen by --data-dir, else REMIXCRM_DATA_DIR, else
/// QStandardPaths::AppDataLocation.
class DataDirectory final
{
public:
    static QString resolve(const QString &fromCommandLine);
    /// Creates the folder (private to the user) if needed; returns an error message or "".
    static QString ensure(const QString &path);
    static QString databasePath(const QString &dir);
    static QString lockPath(const QString &dir);
};

} // namespace rmx::server
