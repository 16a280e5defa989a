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

bool BackupScheduler::isDue() const
{
    const QList<QFileInfo> backups = BackupManager::automaticBackups(m_dataDir);
    if (backups.isEmpty())
        return true;
    const qint64 newestMs = backups.first().lastModified().toMSecsSinceEpoch();
    return Clock::nowMs() - newestMs >= m_intervalMs;
}

void BackupScheduler::checkNow()
{
    if (m_busy)
        return;
    Plan plan;
    try {
        plan = readPlan(DataDirectory::databasePath(m_dataDir));
    } catch (const store::StoreError &e) {
        qCWarning(lcBackupScheduler).noquote() << "cannot read the backup settings:" << e.message();
        return;
    }
    if (!plan.enabled || !isDue())
        return;
    m_busy = true;
    const QPointer<BackupScheduler> self(this);
    const QString dataDir = m_dataDir;
    m_pool.start([self, dataDir, plan] {
        const auto result = BackupManager::backupAutomatically(
            dataDir, plan.keep, QDateTime::fromMSecsSinceEpoch(Clock::nowMs(), Qt::UTC));
        const QString path = result.ok()
            ? BackupManager::automaticBackups(dataDir).value(0).absoluteFilePath()
            : QString();
        if (result.ok())
            qCInfo(lcBackupScheduler).noquote()
                << "automatic backup written:" << result.leads << "leads";
        else
            qCWarning(lcBackupScheduler).noquote() << "automatic backup failed:" << result.error;
        QMetaObject::invokeMethod(
            self.data(),
            [self, path, error = result.error] {
                if (!self)
                    return;
                self->m_busy = false;
                emit self->backupFinished(path, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace rmx::server
