// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rmx::cli {

/// `remixcrm config get KEY | set KEY VALUE | list`.
class ConfigCommand final
{
public:
    static int run(const QString &dataDir, const QStringList &args);
};

} // namespace rmx::cli
