// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AppIcon.h"

#include <QFont>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

namespace rmx::ui::AppIcon {

namespace {
// Sizes trays and title bars ask for; rendering each keeps small ones sharp.
constexpr int Sizes[] = {16, 22, 24, 32, 48, 64, 128};

QPixmap render(int size)
{
    QImageReader reader(QStringLiteral(":/icons/app.svg"), "svg");
    reader.setScaledSize(QSize(size, size));
    return QPixmap::fromImage(reader.read());
}

void paintBadge(QPixmap &pixmap, int count)
{
    const int side = pixmap.width();
    const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(7, side * 9 / 20));
    painter.setFont(font);
    const int height = qMax(8, side * 11 / 20);
    const int width = qMin(side, qMax(height, painter.fontMetrics().horizontalAdvance(text) + 4));
    const QRectF badge(side - width, 0, width, height);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd9, 0x2d, 0x20));
    painter.drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
}
} // namespace

QIcon icon()
{
    return withBadge(0);
}

QIcon withBadge(int count)
{
    QIcon result;
    for (const int size : Sizes) {
        QPixmap pixmap = render(size);
        if (pixmap.isNull())
            continue;
        if (count > 0)
            paintBadge(pixmap, count);
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace rmx::ui::AppIcon
