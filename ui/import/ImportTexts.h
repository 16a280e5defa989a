// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/LeadCsvImporter.h"

#include <QCoreApplication>
#include <QString>

namespace rmx::ui {

/// The words of the CSV import in the user's language: lead field names and why a row
/// cannot be imported (the importer's own reasons are the Lead API's English).
class ImportTexts final
{
    Q_DECLARE_TR_FUNCTIONS(ImportTexts)

public:
    static QString fieldName(const QString &field);
    /// Why `field` of a problem row is wrong, in a few words.
    static QString reason(const leads::LeadCsvImporter::Problem &problem, const QString &field);
};

} // namespace rmx::ui
