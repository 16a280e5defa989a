// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportSummaryView.h"

#include "ui/import/ImportTexts.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rmx::ui {

ImportSummaryView::ImportSummaryView(QWidget *parent)
    : QWidget(parent)
    , m_counts(new QLabel(this))
    , m_problems(new QTableWidget(0, 4, this))
    , m_more(new QLabel(this))
{
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setAccessibleName(tr("Rows that cannot be imported"));
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Field"), tr("Value"), tr("Problem")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setAlternatingRowColors(true);
    m_problems->setWordWrap(false); // long cells are elided; their tooltip shows them whole
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setColumnWidth(0, 60);
    m_problems->setColumnWidth(1, 130);
    m_problems->setColumnWidth(2, 210);
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
        struct Line
        {
            QString field, value, reason;
        };
        // One line per field at fault, unless they share one reason (a duplicate, or missing).
        QList<Line> lines;
        if (problem.kind == leads::LeadCsvImporter::Problem::Kind::Duplicate
            || problem.message.startsWith(u"Missing") || problem.fields.isEmpty()) {
            QStringList names;
            for (const QString &field : problem.fields)
                names.append(ImportTexts::fieldName(field));
            QStringList values = problem.values;
            values.removeAll(QString());
            lines.append({names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
                          ImportTexts::reason(problem, problem.fields.value(0))});
        } else {
            for (int i = 0; i < problem.fields.size(); ++i)
                lines.append({ImportTexts::fieldName(problem.fields.at(i)), problem.values.value(i),
                              ImportTexts::reason(problem, problem.fields.at(i))});
        }
        for (const Line &line : std::as_const(lines)) {
            const int at = m_problems->rowCount();
            m_problems->insertRow(at);
            auto *rowItem = new QTableWidgetItem;
            rowItem->setData(Qt::DisplayRole, problem.row);
            m_problems->setItem(at, 0, rowItem);
            const QStringList cells = {line.field, line.value, line.reason};
            for (int column = 1; column <= 3; ++column) {
                auto *item = new QTableWidgetItem(cells.at(column - 1));
                item->setToolTip(item->text());
                m_problems->setItem(at, column, item);
            }
        }
        ++shown;
    }
    m_problems->setVisible(!summary.problems.isEmpty());
    const int hidden = int(summary.problems.size()) - shown;
    m_more->setVisible(hidden > 0);
    m_more->setText(tr("…and %n more row(s) not shown.", nullptr, hidden));
}

} // namespace rmx::ui
