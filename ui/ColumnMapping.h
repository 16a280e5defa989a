// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/LeadCsvImporter.h"

#include <QStringList>

namespace rmx::ui {

/// Which lead field each column of a CSV file fills (or none): guessed from the header, changed
/// by the user, and checked for the fields every lead needs.
class ColumnMapping final
{
public:
    ColumnMapping() = default;
    explicit ColumnMapping(const QStringList &header);

    int columnCount() const { return int(m_fields.size()); }
    /// The field column `column` fills; empty when it is ignored.
    QString field(int column) const { return m_fields.value(column); }
    /// Maps `column` to `field` (empty: ignore it). A field fills one column at most, so the
    /// column that had it before is ignored from now on; returns that column or -1.
    int setField(int column, const QString &field);
    /// The required fields no column fills; "name" stands for a full name or first + last name.
    QStringList missingRequired() const;
    leads::LeadCsvImporter::Mapping toImporterMapping() const;

private:
    QStringList m_fields;
};

} // namespace rmx::ui
