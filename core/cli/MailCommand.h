// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rmx::cli {

/// `remixcrm mail test --to ADDRESS`: sends a test message at once with the mail settings and
/// prints the server's answer. Exits 0 when the server accepted it, 1 when sending failed
/// (with the reason), 2 for usage or settings that cannot work.
class MailCommand final
{
public:
    static int run(const QString &dataDir, const QStringList &args, const QString &to);
};

} // namespace rmx::cli
