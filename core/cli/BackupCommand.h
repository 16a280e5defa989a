// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rmx::cli {

/// `remixcrm backup FILE` (a consistent snapshot, safe beside a running server) and
/// `remixcrm restore FILE` (refused while a server runs on the data directory).
class BackupCommand final
{
public:
    static int run(const QString &dataDir, const QString &command, const QStringList &args);
};

} // namespace rmx::cli
