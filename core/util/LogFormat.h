// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageLogContext>
#include <QString>

namespace rmx {

/// Writes Qt log messages as single lines: UTC timestamp, level, component (the logging
/// category) and message. Used by the headless server and the CLI, where logs go to a journal.
namespace LogFormat {
void install();
/// Drops Qt's own warnings that are expected by design, keeping whatever handler is installed.
void installNoiseFilter();
/// Qt 6.4 warns when a QHttpServer is bound to a QTcpServer that does not listen, and for every
/// socket handed over through it; RemixCRM's listener threads work exactly that way.
bool isNoise(const QMessageLogContext &context, const QString &message);
} // namespace LogFormat

} // namespace rmx
