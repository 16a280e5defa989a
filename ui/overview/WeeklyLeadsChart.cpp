// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/WeeklyLeadsChart.h"

#include <QLocale>
#include <QPainter>

namespace rmx::ui {

WeeklyLeadsChart::WeeklyLeadsChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("weeklyLeadsChart"));
    setMinimumHeight(220);
    setAccessibleName(tr("Leads per week by source"));
}

void WeeklyLeadsChart::setData(const store::LeadStats::Weekly &data)
{
    m_data = data;
    int total = 0;
    for (const auto &week : data.counts) {
        for (int n : week)
            total += n;
    }
    setAccessibleDescription(tr("%n lead(s) in the last 12 weeks", nullptr, total));
    update();
}

QColor WeeklyLeadsChart::colorFor(int index)
{
    static const QColor colors[]
        = {QColor(0x2f, 0x80, 0xed), QColor(0x27, 0xae, 0x60), QColor(0xf2, 0x99, 0x4a),
           QColor(0x9b, 0x51, 0xe0), QColor(0x56, 0xcc, 0xf2)};
    return colors[index % 5];
}

void WeeklyLeadsChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int legendHeight = fm.height() + 8;
    const QRect plot = rect().adjusted(fm.horizontalAdvance(QStringLiteral("000")) + 8, 8, -8,
                                       -(fm.height() + 6 + legendHeight));
    const int weeks = int(m_data.weekStarts.size());
    int maximum = 1;
    for (const auto &week : m_data.counts) {
        int sum = 0;
        for (int n : week)
            sum += n;
        maximum = qMax(maximum, sum);
    }
    maximum += maximum % 2; // an even top keeps the middle grid line on a whole number
    const QColor grid = palette().color(QPalette::Mid);
    const QColor text = palette().color(QPalette::WindowText);
    // Three grid lines with their values.
    p.setPen(grid);
    for (int i = 0; i <= 2; ++i) {
        const int value = maximum * i / 2;
        const int y = plot.bottom() - plot.height() * i / 2;
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(text);
        p.drawText(QRect(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
        p.setPen(grid);
    }
    if (weeks == 0)
        return;
    const double slot = double(plot.width()) / weeks;
    const double barWidth = slot * 0.62;
    for (int w = 0; w < weeks; ++w) {
        double top = plot.bottom();
        const double x = plot.left() + slot * w + (slot - barWidth) / 2;
        const auto &counts = m_data.counts.value(w);
        for (int s = 0; s < counts.size(); ++s) {
            if (counts[s] == 0)
                continue;
            const double h = double(plot.height()) * counts[s] / maximum;
            p.fillRect(QRectF(x, top - h, barWidth, h), colorFor(s));
            top -= h;
        }
        if (w % 2 == 0 || weeks <= 6) {
            p.setPen(text);
            p.drawText(
                QRectF(plot.left() + slot * w - slot / 2, plot.bottom() + 4, slot * 2, fm.height()),
                Qt::AlignHCenter,
                QLocale().toString(m_data.weekStarts[w], QStringLiteral("d MMM")));
        }
    }
    // Legend.
    int x = plot.left();
    const int y = height() - legendHeight + 4;
    for (int s = 0; s < m_data.sources.size(); ++s) {
        const QString name = m_data.sources[s].isEmpty() ? tr("Other") : m_data.sources[s];
        p.fillRect(QRect(x, y + 3, fm.height() - 6, fm.height() - 6), colorFor(s));
        x += fm.height();
        p.setPen(text);
        p.drawText(QPoint(x, y + fm.ascent()), name);
        x += fm.horizontalAdvance(name) + 16;
    }
}

} // namespace rmx::ui
