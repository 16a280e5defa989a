// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Theme.h"

#include <QApplication>
#include <QBuffer>
#include <QEvent>
#include <QFile>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>
#include <QPointer>
#include <QTimer>

#include <cmath>

namespace rmx::ui::Theme {

namespace {
double luminance(const QColor &c)
{
    auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Info:
        return QColor(0x2f, 0x6f, 0xd6);
    case Tone::Success:
        return QColor(0x2e, 0x7d, 0x32);
    case Tone::Warning:
        return QColor(0x9a, 0x67, 0x00);
    case Tone::Danger:
        break;
    }
    return QColor(0xc0, 0x39, 0x2b);
}

const char *const ToneProperty = "rmxTextTone";

// Re-colours the labels given a tone when the application palette changes. One per
// application; it watches only the application object's own events.
class ToneKeeper final : public QObject
{
public:
    static ToneKeeper *instance()
    {
        static QPointer<ToneKeeper> keeper;
        if (!keeper)
            keeper = new ToneKeeper(QCoreApplication::instance());
        return keeper;
    }
    void add(QLabel *label) { m_labels.append(label); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::ApplicationPaletteChange) {
            // Deferred: the application palette is complete only after this event.
            QTimer::singleShot(0, this, [this] {
                m_labels.removeAll(nullptr);
                for (QLabel *label : std::as_const(m_labels))
                    label->setStyleSheet(textStyle(Tone(label->property(ToneProperty).toInt())));
            });
        }
        return false;
    }

private:
    explicit ToneKeeper(QObject *app)
        : QObject(app)
    {
        app->installEventFilter(this);
    }
    QList<QPointer<QLabel>> m_labels;
};

QPixmap renderSvg(const QByteArray &svg, int size, qreal dpr)
{
    QBuffer buffer;
    buffer.setData(svg);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "svg");
    const int pixels = qRound(size * dpr);
    reader.setScaledSize(QSize(pixels, pixels));
    QPixmap pixmap = QPixmap::fromImage(reader.read());
    pixmap.setDevicePixelRatio(dpr);
    return pixmap;
}
} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

bool isDark()
{
    return isDark(QApplication::palette());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor readable(const QColor &color, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const bool dark = isDark(palette);
    float h = 0, s = 0, l = 0, a = 0;
    color.getHslF(&h, &s, &l, &a);
    QColor result = color;
    // Step the lightness away from the background until both backgrounds give 4.5:1.
    for (int step = 0; step < 20; ++step) {
        if (contrast(result, base) >= 4.5 && contrast(result, window) >= 4.5)
            break;
        l = dark ? qMin(1.0f, l + 0.04f) : qMax(0.0f, l - 0.04f);
        result = QColor::fromHslF(h, s, l, a);
    }
    return result;
}

QColor readable(const QColor &color)
{
    return readable(color, QApplication::palette());
}

QColor good()
{
    return readable(toneColor(Tone::Success));
}

QColor bad()
{
    return readable(toneColor(Tone::Danger));
}

QColor waiting()
{
    return readable(toneColor(Tone::Warning));
}

QString textStyle(Tone tone)
{
    return QStringLiteral("QLabel { color: %1; }").arg(readable(toneColor(tone)).name());
}

void setTextTone(QLabel *label, Tone tone)
{
    const bool kept = label->property(ToneProperty).isValid();
    label->setProperty(ToneProperty, int(tone));
    label->setStyleSheet(textStyle(tone));
    if (!kept)
        ToneKeeper::instance()->add(label);
}

QString boxStyle(const QString &selector, Tone tone)
{
    const QColor c = toneColor(tone);
    return QStringLiteral("%1 { background: rgba(%2, %3, %4, 0.13); border: 1px solid rgba(%2, "
                          "%3, %4, 0.5); border-radius: 4px; padding: 6px; }")
        .arg(selector)
        .arg(c.red())
        .arg(c.green())
        .arg(c.blue());
}

QIcon icon(const QString &name, const QPalette &palette)
{
    QFile file(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    QIcon result;
    const struct
    {
        QIcon::Mode mode;
        QColor color;
    } modes[] = {{QIcon::Normal, palette.color(QPalette::WindowText)},
                 {QIcon::Selected, palette.color(QPalette::HighlightedText)},
                 {QIcon::Disabled, palette.color(QPalette::Disabled, QPalette::WindowText)}};
    for (const auto &m : modes) {
        QByteArray tinted = svg;
        tinted.replace("currentColor", m.color.name().toLatin1());
        for (int size : {16, 24, 32}) {
            for (qreal dpr : {1.0, 2.0})
                result.addPixmap(renderSvg(tinted, size, dpr), m.mode);
        }
    }
    return result;
}

} // namespace rmx::ui::Theme
