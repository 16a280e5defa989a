// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ImportSummaryView.h"

#include "ui/ImportTexts.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rmx::ui {

ImportSummaryView::ImportSummaryView(QWidget *parent)
    : QWidget(parent)
    , m_counts(new QLabel(this))
    , m_problems(new QTableWidget(0, 3, this))
    , m_more(new QLabel(this))
{
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setAccessibleName(tr("Rows that cannot be imported"));
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Field"), tr("Problem")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setAlternatingRowColors(true);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setColumnWidth(0, 60);
    m_problems->setColumnWidth(1, 130);
    m_more->setObjectName(QStringLiteral("importMoreProblems"));
    m_more->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_more);
    layout->addStretch(); // takes the room of the table when there is none
}

void ImportSummaryView::setSummary(const leads::LeadCsvImporter::Summary &summary, bool dryRun)
{
    const int leads = summary.created + summary.updated;
    QString counts = QStringLiteral("<p>") + tr("%n row(s) read.", nullptr, summary.rows)
        + QStringLiteral("</p><ul><li><b>")
        + (dryRun ? tr("%n lead(s) would be imported", nullptr, leads)
                  : tr("%n lead(s) imported", nullptr, leads))
        + QStringLiteral("</b>: ") + tr("%n with a new contact", nullptr, summary.created)
        + QStringLiteral(", ")
        + tr("%n for a contact you already have (matched by email)", nullptr, summary.updated)
        + QStringLiteral("</li><li>")
        + tr("%n duplicate(s) skipped (same email and event date)", nullptr, summary.skipped)
        + QStringLiteral("</li><li>")
        + tr("%n row(s) with errors, not imported", nullptr, summary.errors)
        + QStringLiteral("</li></ul>");
    m_counts->setText(counts);

    m_problems->setRowCount(0);
    int shown = 0;
    for (const auto &problem : summary.problems) {
        if (shown == ShownProblems)
            break;
        const QStringList fields = problem.kind == leads::LeadCsvImporter::Problem::Kind::Duplicate
            ? QStringList {QStringLiteral("email"), QStringLiteral("event_date")}
            : problem.fields;
        QStringList names;
        for (const QString &field : fields)
            names.append(ImportTexts::fieldName(field));
        // One line per field at fault, unless they all share one reason.
        QList<QPair<QString, QString>> lines;
        if (problem.kind == leads::LeadCsvImporter::Problem::Kind::Duplicate
            || problem.message.startsWith(u"Missing") || fields.isEmpty()) {
            lines.append(
                {names.join(QStringLiteral(", ")), ImportTexts::reason(problem, fields.value(0))});
        } else {
            for (int i = 0; i < fields.size(); ++i)
                lines.append({names.at(i), ImportTexts::reason(problem, fields.at(i))});
        }
        for (const auto &[field, reason] : lines) {
            const int at = m_problems->rowCount();
            m_problems->insertRow(at);
            auto *rowItem = new QTableWidgetItem;
            rowItem->setData(Qt::DisplayRole, problem.row);
            m_problems->setItem(at, 0, rowItem);
            m_problems->setItem(at, 1, new QTableWidgetItem(field));
            m_problems->setItem(at, 2, new QTableWidgetItem(reason));
        }
        ++shown;
    }
    m_problems->setVisible(!summary.problems.isEmpty());
    const int hidden = int(summary.problems.size()) - shown;
    m_more->setVisible(hidden > 0);
    m_more->setText(tr("…and %n more row(s) not shown.", nullptr, hidden));
}

} // namespace rmx::ui
