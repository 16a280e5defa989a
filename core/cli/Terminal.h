// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rmx::cli {

/// Plain output for commands: one line (or block) per call, UTF-8, flushed.
namespace Terminal {
void out(const QString &text);
void err(const QString &text);
/// Rows as left-aligned columns (the first row is usually the header).
QString table(const QList<QStringList> &rows);
/// An ISO-8601 time, or "-" for 0 (never).
QString timeOrDash(qint64 unixMs);
} // namespace Terminal

} // namespace rmx::cli
