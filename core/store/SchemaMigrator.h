// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rmx::store {

/// Brings a database file to the newest schema through numbered migrations (PRAGMA user_version).
/// A file written by a newer RemixCRM is refused before anything is written to it.
class SchemaMigrator final
{
public:
    struct Result
    {
        bool ok = false;
        int fromVersion = 0;
        int toVersion = 0;
        QString error;
    };

    static int latestVersion();
    /// Creates or upgrades the database at `path`.
    static Result migrate(const QString &path);
};

} // namespace rmx::store
