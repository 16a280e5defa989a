// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFileInfo>
#include <QList>
#include <QString>

namespace rmx::server {

/// Backups of a data directory's database: consistent snapshots taken beside a running server
/// (VACUUM INTO on a connection of its own), integrity checks, safe restores, and the rotation
/// of the automatic backups in <data dir>/backups/.
class BackupManager final
{
public:
    struct Result
    {
        QString error; // empty on success; no SQL, only a reason a user can act on
        qint64 leads = 0; // leads in the backup (or the restored database)
        QString keptAs; // restore: where the replaced database was kept, if there was one
        bool ok() const { return error.isEmpty(); }
    };

    /// Writes a snapshot of `databasePath` to `target`, which must not exist. The file appears
    /// only when complete (written beside, synced, then renamed) and is private to the user.
    static Result backup(const QString &databasePath, const QString &target);
    /// Checks that `file` is an intact RemixCRM database this version can open.
    static Result verify(const QString &file);
    /// Replaces the database of `dataDir` with `file`. Refuses while an instance holds the data
    /// directory's lock, and when `file` fails verify(). The replaced database is kept.
    static Result restore(const QString &file, const QString &dataDir);

    /// Folder of the automatic backups.
    static QString automaticDirectory(const QString &dataDir);
    /// Automatic backups, newest first.
    static QList<QFileInfo> automaticBackups(const QString &dataDir);
    /// Takes an automatic backup named after `now` and deletes the oldest beyond `keep`.
    static Result backupAutomatically(const QString &dataDir, int keep, const QDateTime &now);
};

} // namespace rmx::server
