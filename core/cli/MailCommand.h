// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rmx::cli {

/// `remixcrm mail test --to ADDRESS`: sends a test message at once with the mail settings and
/// prints the server's answer. Exits 0 when the server accepted it, 1 when sending failed
/// (with the reason), 2 for usage or settings that cannot work.
/// `remixcrm mail log [--limit N]`: the latest entries of the mail log, newest first.
class MailCommand final
{
public:
    struct Options
    {
        QString to;
        QString limit; // empty = 50
    };
    static int run(const QString &dataDir, const QStringList &args, const Options &options);
};

} // namespace rmx::cli
