// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rmx::cli {

/// `remixcrm generate-leads COUNT`: fills a data directory with realistic sample leads for
/// benchmarks and screenshots. Not listed in --help.
class GenerateLeadsCommand final
{
public:
    static int run(const QString &dataDir, const QStringList &args);
};

} // namespace rmx::cli
