// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/LeadRecord.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace rmx::ui {

/// How leads read in the window: names, dates in the user's locale, translated statuses and
/// their colours. Shared by the table, the editor and the notifications.
class LeadPresentation final
{
    Q_DECLARE_TR_FUNCTIONS(LeadPresentation)

public:
    static QString fullName(const store::LeadRecord &lead);
    /// A date as it reads everywhere in the window, with the month by name ("1 Sep 2027",
    /// "1. Sept. 2027"); "" for an empty date, the text itself when it is no date.
    static QString eventDate(const QString &isoDate);
    /// The QDate format behind eventDate() in the current language, for date fields.
    static QString dateFormat();
    /// When something happened: the time today, else the date as eventDate() and the time.
    static QString received(qint64 unixMs);
    static QString statusName(const QString &status);
    static QColor statusColor(const QString &status);
    /// The label of a lead or contact field key ("first_name" -> "First name").
    static QString fieldName(const QString &key);
    /// Field keys as a translated, comma-separated list.
    static QString fieldNames(const QStringList &keys);
    /// How a lead came in ("capture" -> "the website form"); `detail` is the stored English
    /// detail of the Lead API (`API key "NAME" (PREFIX)`).
    static QString createdVia(const QString &via, const QString &detail = {});
    /// Why an edit was refused, from the fields a validator named.
    static QString notSaved(bool missing, const QStringList &fields);
};

} // namespace rmx::ui
