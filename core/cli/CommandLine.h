// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/LeadServer.h"

#include <QStringList>

#include <functional>

namespace rmx::cli {

/// Parses `remixcrm`'s command line and runs what it asks for: the desktop app (the default),
/// `--headless`, or a command (`keys …`, `config …`). Commands work beside a running instance.
class CommandLine final
{
public:
    using GuiRunner = std::function<int(const server::LeadServer::Options &)>;

    /// Decided before any QApplication exists: does this invocation open a window?
    static bool wantsGui(int argc, char **argv);
    /// Runs the invocation and returns the exit code. `gui` is null in a GUI-less build.
    static int run(const QStringList &arguments, const GuiRunner &gui);
};

} // namespace rmx::cli
