// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace rmx::server {

/// Makes sure only one server (headless or GUI) runs on a data directory. CLI commands do not
/// take it: they work beside a running instance.
class InstanceLock final
{
public:
    explicit InstanceLock(const QString &dataDir);
    /// False, with a message naming the running process, when another instance holds it.
    bool tryLock(QString *error);
    /// True when some running process holds the lock of `dataDir`.
    static bool isHeld(const QString &dataDir);

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace rmx::server
