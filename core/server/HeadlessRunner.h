// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/LeadServer.h"

namespace rmx::server {

/// `remixcrm --headless`: takes the data directory's instance lock, serves until SIGTERM or
/// SIGINT, then finishes requests in flight, closes the database and returns 0.
class HeadlessRunner final
{
public:
    /// Runs the event loop; returns the process exit code.
    static int run(const LeadServer::Options &options);
};

} // namespace rmx::server
