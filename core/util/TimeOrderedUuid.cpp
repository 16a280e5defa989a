// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/TimeOrderedUuid.h"

#include "core/util/SecureRandom.h"

#include <QUuid>

namespace rmx::TimeOrderedUuid {

QString generate(qint64 unixMs)
{
    QByteArray raw = SecureRandom::idBytes(16);
    const auto ms = quint64(unixMs);
    for (int i = 0; i < 6; ++i)
        raw[i] = char((ms >> (8 * (5 - i))) & 0xff);
    raw[6] = char(0x70 | (raw[6] & 0x0f)); // version 7
    raw[8] = char(0x80 | (raw[8] & 0x3f)); // RFC 9562 variant
    return QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces);
}

} // namespace rmx::TimeOrderedUuid
