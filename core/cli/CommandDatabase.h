// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DbConnection.h"

#include <memory>

namespace rmx::cli {

/// Opens (creating or upgrading if needed) the database of a data directory for a command.
/// Prints the reason and returns null when it cannot.
std::unique_ptr<store::DbConnection> openCommandDatabase(const QString &dataDir);

} // namespace rmx::cli
