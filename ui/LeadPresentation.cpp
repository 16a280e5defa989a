// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LeadPresentation.h"

#include <QHash>
#include <QRegularExpression>

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace rmx::ui {

QString LeadPresentation::fullName(const store::LeadRecord &lead)
{
    return QString(lead.firstName + u' ' + lead.lastName).trimmed();
}

QString LeadPresentation::dateFormat()
{
    // The language's long date without the weekday and with short month names: "d MMM yyyy",
    // "MMM d, yyyy", "d. MMM yyyy". Numeric short dates read differently from country to
    // country (1/9/27).
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    format = format.trimmed();
    return format.contains(QStringLiteral("MMM")) ? format : QStringLiteral("d MMM yyyy");
}

QString LeadPresentation::eventDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, dateFormat()) : isoDate;
}

QString LeadPresentation::received(qint64 unixMs)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(unixMs);
    const QString time = QLocale().toString(when.time(), QLocale::ShortFormat);
    if (when.date() == QDate::currentDate())
        return time;
    return eventDate(when.date().toString(Qt::ISODate)) + u' ' + time;
}

QString LeadPresentation::fieldName(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("event_date"), QT_TR_NOOP("Event date")},
        {QStringLiteral("event_type"), QT_TR_NOOP("Event type")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
    };
    const char *name = names.value(key);
    return name ? tr(name) : key;
}

QString LeadPresentation::fieldNames(const QStringList &keys)
{
    QStringList names;
    for (const QString &key : keys)
        names.append(fieldName(key));
    return names.join(QStringLiteral(", "));
}

QString LeadPresentation::createdVia(const QString &via, const QString &detail)
{
    static const QRegularExpression apiKey(QStringLiteral("^API key \"(.*)\" \\((.*)\\)$"));
    if (via == u"api") {
        if (const QRegularExpressionMatch m = apiKey.match(detail); m.hasMatch())
            return tr("API key \"%1\" (%2)").arg(m.captured(1), m.captured(2));
        return detail.isEmpty() ? tr("the Lead API") : detail;
    }
    if (via == u"capture")
        return tr("the website form");
    if (via == u"import")
        return tr("a CSV import");
    if (via == u"ui")
        return tr("this app");
    if (via == u"test")
        return tr("the Connect page's test (a test lead, left out of the overview)");
    return via;
}

QString LeadPresentation::notSaved(bool missing, const QStringList &fields)
{
    return missing ? tr("Not saved: fill in %1.").arg(fieldNames(fields))
                   : tr("Not saved: check %1.").arg(fieldNames(fields));
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
