// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rmx::cli {

/// `remixcrm webhooks add|list|remove|test|deliveries|redeliver`: manages webhook
/// subscriptions beside a running instance, which notices the changes within a second.
class WebhooksCommand final
{
public:
    struct Options
    {
        QString events; // --events a,b
        QString secret; // --secret S
        QString since; // --since ISO-8601, for redeliver
    };
    static int run(const QString &dataDir, const QStringList &args, const Options &options);
};

} // namespace rmx::cli
