// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rmx {

/// Wall-clock helpers. Stored times are Unix milliseconds; the API shows them as
/// UTC ISO-8601 with a `Z` (e.g. 2026-03-16T12:00:00Z).
namespace Clock {
qint64 nowMs();
QString isoUtc(qint64 unixMs);
/// Parses ISO-8601 (with Z or an offset) to Unix milliseconds; -1 when invalid.
qint64 parseIso(const QString &text);
} // namespace Clock

} // namespace rmx
