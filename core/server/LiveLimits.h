// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/HttpLimits.h"

#include <QString>

#include <atomic>

namespace rmx::server {

/// The listener's limits as the settings hold them now: the LimitsSource of a LeadServer's
/// listener. Each call reads the settings revision (one indexed row, on the calling thread's
/// own connection) and reads the limits again only when another write to the settings, by
/// this process or another, has moved it.
class LiveLimits final
{
public:
    LiveLimits(QString databasePath, qint64 revision);

    /// The limits when the settings changed since the last answer; thread-safe.
    std::optional<http::HttpLimits> changed();

private:
    QString m_databasePath;
    std::atomic<qint64> m_seen;
};

} // namespace rmx::server
