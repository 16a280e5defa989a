// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LeadColumns.h"

#include "core/leads/LeadUpdater.h"
#include "ui/LeadPresentation.h"
#include "ui/LeadTableModel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QTableView>

namespace rmx::ui::LeadColumns {

namespace {
// Room for the cell's margins and the header's sort arrow.
constexpr int Padding = 28;

int widthFor(QTableView *table, int column, const QStringList &samples)
{
    int width = table->horizontalHeader()->fontMetrics().horizontalAdvance(
        table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    for (const QString &sample : samples)
        width = qMax(width, table->fontMetrics().horizontalAdvance(sample));
    return width + Padding;
}
} // namespace

void applyDefaults(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LeadTableModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(LeadTableModel::Email, QHeaderView::Stretch);

    // Wide digits and a late date and time: the longest these usually get.
    const QDateTime late(QDate(2027, 12, 28), QTime(22, 58));
    QStringList statuses;
    for (const QString &status : leads::LeadUpdater::pipeline())
        statuses << LeadPresentation::statusName(status);
    table->setColumnWidth(
        LeadTableModel::Phone,
        widthFor(table, LeadTableModel::Phone, {QStringLiteral("+00 (0)000 0000 0000")}));
    table->setColumnWidth(
        LeadTableModel::EventDate,
        widthFor(table, LeadTableModel::EventDate,
                 {LeadPresentation::eventDate(late.date().toString(Qt::ISODate))}));
    table->setColumnWidth(
        LeadTableModel::EventType,
        widthFor(table, LeadTableModel::EventType, {QStringLiteral("Anniversary")}));
    table->setColumnWidth(LeadTableModel::Source,
                          widthFor(table, LeadTableModel::Source, {QStringLiteral("Instagram")}));
    table->setColumnWidth(LeadTableModel::Status,
                          widthFor(table, LeadTableModel::Status, statuses));
    table->setColumnWidth(LeadTableModel::Received,
                          widthFor(table, LeadTableModel::Received,
                                   {LeadPresentation::received(late.toMSecsSinceEpoch())}));
    header->setSectionHidden(LeadTableModel::EventType, true);
    header->setSectionHidden(LeadTableModel::Source, true);
}

} // namespace rmx::ui::LeadColumns
