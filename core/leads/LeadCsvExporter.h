// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/LeadQuery.h"

#include <QSqlDatabase>

#include <functional>

class QIODevice;

namespace rmx::leads {

/// Writes the leads of a filter and sort as CSV (RFC 4180, UTF-8 with a byte-order mark so
/// spreadsheet apps read accents right). Cells that a spreadsheet would run as a formula are
/// prefixed with an apostrophe (CSV injection). Reads page by page, so a million rows stream.
class LeadCsvExporter final
{
public:
    /// Called after each page with rows written so far; return false to cancel.
    using Progress = std::function<bool(int written)>;

    /// Returns the number of leads written, or -1 when cancelled or the device failed.
    static int write(QSqlDatabase &db, const store::LeadFilter &filter, store::LeadSort sort,
                     Qt::SortOrder order, QIODevice *out, const Progress &progress = {});
    /// One CSV field, quoted when needed and neutralised when it would start a formula.
    static QByteArray field(const QString &value);
};

} // namespace rmx::leads
