// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/LeadCsvImporter.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace rmx::ui {

/// The outcome of a dry run or an import: the counts, and a table of the rows that cannot be
/// (or were not) imported with the field at fault and why.
class ImportSummaryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryView)

public:
    /// Rows of the problem table; the rest are counted below it.
    static constexpr int ShownProblems = 500;

    explicit ImportSummaryView(QWidget *parent = nullptr);

    /// `dryRun` words the counts as what would happen.
    void setSummary(const leads::LeadCsvImporter::Summary &summary, bool dryRun);
    QTableWidget *problemTable() const { return m_problems; }

private:
    QLabel *m_counts;
    QTableWidget *m_problems;
    QLabel *m_more;
};

} // namespace rmx::ui
