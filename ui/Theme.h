// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QLabel;

namespace rmx::ui {

/// The window's own colours on top of the system palette (light or dark): text colours that
/// stay readable on either, tinted notice boxes, and the sidebar's SVG icons drawn in the
/// palette's text colour. Everything is derived from the application palette when asked, so
/// a page that asks again after a palette change follows it.
namespace Theme {
enum class Tone { Info, Success, Warning, Danger };

/// Whether `palette` has light text on a dark window.
bool isDark(const QPalette &palette);
bool isDark();
/// `color` adjusted so text in it reads on the palette's base and window backgrounds
/// (contrast at least 4.5:1).
QColor readable(const QColor &color, const QPalette &palette);
QColor readable(const QColor &color);
QColor good();
QColor bad();
QColor waiting();
/// WCAG contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b);
/// A style sheet colouring a QLabel's text in `tone`.
QString textStyle(Tone tone);
/// Colours `label`'s text in `tone` now and again whenever the application palette changes
/// (light to dark or back).
void setTextTone(QLabel *label, Tone tone);
/// A style sheet for a tinted box around `selector` (e.g. "QLabel" or "#undoBar") in `tone`,
/// translucent so it sits on light and dark windows alike.
QString boxStyle(const QString &selector, Tone tone);
/// The icon `name` from :/icons (an SVG drawn in currentColor), in the palette's text colour,
/// and in its highlighted-text colour when selected.
QIcon icon(const QString &name, const QPalette &palette);
} // namespace Theme

} // namespace rmx::ui
