// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/LeadServer.h"

namespace rmx::ui {

/// The desktop app: the lead server running in-process (on its own threads) and its window.
class DesktopApp final
{
public:
    static int run(const server::LeadServer::Options &options);
};

} // namespace rmx::ui
