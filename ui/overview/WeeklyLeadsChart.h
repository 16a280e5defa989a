// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/LeadStats.h"

#include <QWidget>

namespace rmx::ui {

/// Leads per week as stacked bars, one colour per source, with a legend. Drawn with QPainter;
/// it follows the palette (light or dark) and the widget's font.
class WeeklyLeadsChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyLeadsChart)

public:
    explicit WeeklyLeadsChart(QWidget *parent = nullptr);
    void setData(const store::LeadStats::Weekly &data);
    QSize sizeHint() const override { return {640, 260}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static QColor colorFor(int index);
    store::LeadStats::Weekly m_data;
};

} // namespace rmx::ui
