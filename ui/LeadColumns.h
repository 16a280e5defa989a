// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace rmx::ui {

/// The lead list's default columns: name and email share the width left over, so the list
/// never scrolls sideways; the others are as wide as their longest usual content (a whole
/// international phone number, a date, a status) or their title, in the language shown.
/// Event type and source start hidden; the header's menu shows them.
namespace LeadColumns {
void applyDefaults(QTableView *table);
}

} // namespace rmx::ui
