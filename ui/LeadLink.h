// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rmx::ui {

/// Recognises a reference to a lead: its id or its lead_url (".../leads/<id>", also the Lead
/// API's ".../api/v1/leads/<id>"), as pasted into the search box or clicked in the window.
namespace LeadLink {
/// The lead id in `text` (lower case), or "" when it is no lead reference.
QString idOf(const QString &text);
/// A rich-text link to `url` (a lead_url) that the window opens itself.
QString anchor(const QString &url);
} // namespace LeadLink

} // namespace rmx::ui
