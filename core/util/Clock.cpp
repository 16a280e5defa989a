// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Clock.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdio>

namespace rmx::Clock {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoUtc(qint64 unixMs)
{
    // Written directly for the years 1970 to 9999 (every stored time): QDateTime's formatting
    // costs more than the rest of a webhook event's JSON. Same text as Qt::ISODate.
    constexpr qint64 MsPerDay = 86'400'000;
    constexpr qint64 LastDay = 2'932'896; // 9999-12-31
    if (unixMs < 0 || unixMs / MsPerDay > LastDay)
        return QDateTime::fromMSecsSinceEpoch(unixMs, Qt::UTC).toString(Qt::ISODate);
    // Civil date from days since 1970-01-01 (Howard Hinnant's days_from_civil, inverted).
    const qint64 days = unixMs / MsPerDay + 719'468;
    const qint64 era = days / 146'097;
    const qint64 dayOfEra = days - era * 146'097;
    const qint64 yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    const qint64 secondOfDay = (unixMs % MsPerDay) / 1000;
    char text[21];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day,
                  int(secondOfDay / 3600), int(secondOfDay / 60 % 60), int(secondOfDay % 60));
    return QString::fromLatin1(text, 20);
}

qint64 parseIso(const QString &text)
{
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toMSecsSinceEpoch() : -1;
}

} // namespace rmx::Clock
