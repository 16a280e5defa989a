// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/BackupScheduler.h"

#include "core/server/BackupManager.h"
#include "core/server/DataDirectory.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/DbConnection.h"
#include "core/store/SettingsStore.h"
#include "core/store/StoreError.h"
#include "core/util/Clock.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcBackupScheduler, "remixcrm.backup", QtInfoMsg)

namespace rmx::server {

namespace {
struct Plan
{
    bool enabled = true;
    int keep = 7;
};

Plan readPlan(const QString &databasePath)
{
    store::DbConnection connection(databasePath, QStringLiteral("backup-settings"));
    store::SettingsStore settings(connection.db());
    Plan plan;
    plan.enabled = settings.value(SettingsSchema::BackupEnabled) == u"true";
    plan.keep = int(settings.intValue(SettingsSchema::BackupKeep));
    return plan;
}

bool isDue(const QString &dataDir, qint64 intervalMs)
{
    const QList<QFileInfo> backups = BackupManager::automaticBackups(dataDir);
    if (backups.isEmpty())
        return true;
    const qint64 newestMs = backups.first().lastModified().toMSecsSinceEpoch();
    return Clock::nowMs() - newestMs >= intervalMs;
}
} // namespace

BackupScheduler::BackupScheduler(QString dataDir, qint64 intervalMs, int checkMs, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_intervalMs(intervalMs)
    , m_timer(new QTimer(this))
{
    m_pool.setMaxThreadCount(1);
    m_timer->setInterval(checkMs);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::checkNow);
}

BackupScheduler::~BackupScheduler()
{
    m_pool.waitForDone();
}

void BackupScheduler::start()
{
    m_timer->start();
    checkNow();
}

void BackupScheduler::checkNow()
{
    if (m_busy)
        return;
    m_busy = true;
    // Settings, folder listing and snapshot all touch the disk: none of it on this (GUI) thread.
    const QPointer<BackupScheduler> self(this);
    const QString dataDir = m_dataDir;
    const qint64 intervalMs = m_intervalMs;
    m_pool.start([self, dataDir, intervalMs] {
        QString path;
        QString error;
        bool attempted = false;
        try {
            const Plan plan = readPlan(DataDirectory::databasePath(dataDir));
            if (plan.enabled && isDue(dataDir, intervalMs)) {
                attempted = true;
                const auto result = BackupManager::backupAutomatically(
                    dataDir, plan.keep, QDateTime::fromMSecsSinceEpoch(Clock::nowMs(), Qt::UTC));
                error = result.error;
                if (result.ok()) {
                    path = BackupManager::automaticBackups(dataDir).value(0).absoluteFilePath();
                    qCInfo(lcBackupScheduler).noquote()
                        << "automatic backup written:" << result.leads << "leads";
                } else {
                    qCWarning(lcBackupScheduler).noquote()
                        << "automatic backup failed:" << result.error;
                }
            }
        } catch (const store::StoreError &e) {
            qCWarning(lcBackupScheduler).noquote()
                << "cannot read the backup settings:" << e.message();
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, attempted, path, error] {
                if (!self)
                    return;
                self->m_busy = false;
                if (attempted)
                    emit self->backupFinished(path, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace rmx::server
