// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rmx::cli {

/// `remixcrm import FILE.csv [--dry-run]`: imports leads from CSV, columns matched by their
/// header names; --dry-run only reports what would happen.
class ImportCommand final
{
public:
    static int run(const QString &dataDir, const QStringList &args, bool dryRun);
};

} // namespace rmx::cli
