// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rmx {

/// UUID version 7 (RFC 9562): a 48-bit Unix millisecond timestamp followed by 74 random bits
/// from the CSPRNG, in the usual 8-4-4-4-12 lower-case form. Used for lead ids: new ids sort
/// after older ones, so each insert lands on the last page of the id index instead of a
/// random one, which keeps a group commit small on disk.
namespace TimeOrderedUuid {
QString generate(qint64 unixMs);
} // namespace TimeOrderedUuid

} // namespace rmx
