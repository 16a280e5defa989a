// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/LeadCsvImporter.h"

#include <QStringList>

namespace rmx::ui {

/// How to read the columns of a CSV file: which lead field each one fills (or none), guessed
/// from the header, changed by the user and checked for the fields every lead needs; and how
/// its event dates are written.
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
    /// How the event dates are written (one of LeadCsvImporter::dateFormats()).
    QString dateFormat() const { return m_dateFormat; }
    void setDateFormat(const QString &format) { m_dateFormat = format; }

private:
    QStringList m_fields;
    QString m_dateFormat = QStringLiteral("yyyy-MM-dd");
};

} // namespace rmx::ui
