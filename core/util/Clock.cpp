// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace rmx::Clock {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoUtc(qint64 unixMs)
{
    return QDateTime::fromMSecsSinceEpoch(unixMs, Qt::UTC).toString(Qt::ISODate);
}

qint64 parseIso(const QString &text)
{
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toMSecsSinceEpoch() : -1;
}

} // namespace rmx::Clock
