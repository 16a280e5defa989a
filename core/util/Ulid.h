// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rmx {

/// Universally unique lexicographically sortable identifiers: 48-bit millisecond time plus
/// 80 random bits, written as 26 Crockford base32 characters. Used for cont_, evt_ and wh_ ids.
namespace Ulid {
QString generate();
QString generate(qint64 unixMs);
bool isValid(QStringView text);
} // namespace Ulid

} // namespace rmx
