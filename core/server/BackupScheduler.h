// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>

class QTimer;

namespace rmx::server {

/// The automatic backup of a running server: checks now and then whether the newest backup
/// in <data dir>/backups/ is older than the interval (a day) and, while `backup_enabled` is
/// set, takes one on a thread of its own, keeping the newest `backup_keep`.
class BackupScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupScheduler)

public:
    BackupScheduler(QString dataDir, qint64 intervalMs, int checkMs, QObject *parent = nullptr);
    /// Waits for a backup in progress.
    ~BackupScheduler() override;

    void start();
    /// Checks at once (instead of at the next tick), on the backup thread.
    void checkNow();
    /// True while a check (and maybe a backup) is under way.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// A backup was taken (`path`) or failed (`error`); emitted on the scheduler's thread.
    void backupFinished(const QString &path, const QString &error);

private:
    QString m_dataDir;
    qint64 m_intervalMs;
    QTimer *m_timer = nullptr;
    QThreadPool m_pool;
    bool m_busy = false;
};

} // namespace rmx::server
