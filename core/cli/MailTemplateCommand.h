// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rmx::cli {

/// `remixcrm mail templates` and `mail template show|set|reset NAME`: the mail templates of a
/// data directory. `set` takes --subject and --body-file (a UTF-8 file, or "-" for standard
/// input) and refuses a template with unknown placeholders. Exits 0 on success, 1 when the
/// database fails, 2 for usage errors and refused templates.
class MailTemplateCommand final
{
public:
    struct Options
    {
        QString subject; // null: keep the current subject
        QString bodyFile; // empty: keep the current body
    };
    static bool handles(const QStringList &args);
    static int run(const QString &dataDir, const QStringList &args, const Options &options);
};

} // namespace rmx::cli
