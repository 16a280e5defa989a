// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace rmx::ui {

/// RemixCRM's own icon (installer/icons, built in as :/icons/app.svg) for the window and the
/// tray, optionally with a count badge for new leads.
namespace AppIcon {
QIcon icon();
/// The icon with `count` in a badge at its top right; the plain icon when `count` is 0.
QIcon withBadge(int count);
} // namespace AppIcon

} // namespace rmx::ui
