// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rmx::cli {

/// `remixcrm keys create --name NAME | list | revoke PREFIX`.
class KeysCommand final
{
public:
    static int run(const QString &dataDir, const QStringList &args, const QString &name);
};

} // namespace rmx::cli
