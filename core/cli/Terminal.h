// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rmx::cli {

/// Plain output for commands: one line (or block) per call, UTF-8, flushed.
namespace Terminal {
void out(const QString &text);
void err(const QString &text);
} // namespace Terminal

} // namespace rmx::cli
