// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/InstanceLock.h"

#include "core/server/DataDirectory.h"

#include <QCoreApplication>

namespace rmx::server {

InstanceLock::InstanceLock(const QString &dataDir)
    : m_lock(std::make_unique<QLockFile>(DataDirectory::lockPath(dataDir)))
{
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
}

bool InstanceLock::tryLock(QString *error)
{
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    if (error) {
        *error = pid > 0
            ? QCoreApplication::translate("InstanceLock",
                                          "RemixCRM is already running on this data directory "
                                          "(process %1). Stop it first, or use another --data-dir.")
                  .arg(pid)
            : QCoreApplication::translate("InstanceLock",
                                          "RemixCRM is already running on this data directory.");
    }
    return false;
}

bool InstanceLock::isHeld(const QString &dataDir)
{
    InstanceLock probe(dataDir);
    if (probe.m_lock->tryLock(0)) {
        probe.m_lock->unlock();
        return false;
    }
    return true;
}

} // namespace rmx::server
