// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LeadPresentation.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace rmx::ui {

QString LeadPresentation::fullName(const store::LeadRecord &lead)
{
    return QString(lead.firstName + u' ' + lead.lastName).trimmed();
}

QString LeadPresentation::eventDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : isoDate;
}

QString LeadPresentation::received(qint64 unixMs)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(unixMs);
    if (when.date() == QDate::currentDate())
        return QLocale().toString(when.time(), QLocale::ShortFormat);
    return QLocale().toString(when, QLocale::ShortFormat);
}

QString LeadPresentation::statusName(const QString &status)
{
    if (status == u"new")
        return tr("New");
    if (status == u"contacted")
        return tr("Contacted");
    if (status == u"quoted")
        return tr("Quoted");
    if (status == u"booked")
        return tr("Booked");
    if (status == u"lost")
        return tr("Lost");
    return status;
}

QColor LeadPresentation::statusColor(const QString &status)
{
    if (status == u"new")
        return QColor(0x2f, 0x80, 0xed);
    if (status == u"contacted")
        return QColor(0xf2, 0x99, 0x4a);
    if (status == u"quoted")
        return QColor(0x9b, 0x51, 0xe0);
    if (status == u"booked")
        return QColor(0x27, 0xae, 0x60);
    return QColor(0x82, 0x82, 0x82);
}

} // namespace rmx::ui
