// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FlowLayout.h"

#include <QStyle>
#include <QWidget>

namespace rmx::ui {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{ }

FlowLayout::~FlowLayout()
{
    qDeleteAll(m_items);
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item; as low as one row, since the height follows the width.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything in one row.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += (width > 0 ? horizontalGap() : 0) + hint.width();
        height = qMax(height, hint.height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::horizontalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *widget = parentWidget();
    return widget
        ? widget->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, widget)
        : 6;
}

int FlowLayout::verticalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *widget = parentWidget();
    return widget ? widget->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, widget)
                  : 6;
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = horizontalGap();
    int y = area.y();
    int index = 0;
    while (index < m_items.size()) {
        // Fill one row with as many items as fit (at least one).
        QList<QLayoutItem *> row;
        QList<int> widths;
        int used = 0;
        int height = 0;
        for (; index < m_items.size(); ++index) {
            QLayoutItem *item = m_items.at(index);
            if (item->isEmpty())
                continue;
            const int width = qBound(item->minimumSize().width(), item->sizeHint().width(),
                                     qMax(item->minimumSize().width(), area.width()));
            const int needed = (row.isEmpty() ? 0 : gap) + width;
            if (!row.isEmpty() && used + needed > area.width())
                break;
            row.append(item);
            widths.append(width);
            used += needed;
            height = qMax(height, item->sizeHint().height());
        }
        if (row.isEmpty())
            break;
        if (apply) {
            // Items that may grow share what is left of the row.
            int growing = 0;
            for (const QLayoutItem *item : row)
                growing += item->expandingDirections() & Qt::Horizontal ? 1 : 0;
            int extra = qMax(0, area.width() - used);
            int x = area.x();
            for (qsizetype i = 0; i < row.size(); ++i) {
                QLayoutItem *item = row.at(i);
                int width = widths.at(i);
                if (growing > 0 && item->expandingDirections() & Qt::Horizontal) {
                    const int share = extra / growing;
                    width = qMin(width + share, item->maximumSize().width());
                    extra -= share;
                    --growing;
                }
                const int itemHeight = qMin(height, item->maximumSize().height());
                item->setGeometry(QRect(x, y + (height - itemHeight) / 2, width, itemHeight));
                x += width + gap;
            }
        }
        y += height + verticalGap();
    }
    const QMargins margins = contentsMargins();
    const int rows = y > area.y() ? y - verticalGap() - area.y() : 0;
    return rows + margins.top() + margins.bottom();
}

} // namespace rmx::ui
