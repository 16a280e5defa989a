// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace rmx::ui {

/// Asks whether to drop edits that can't be saved as they are, before an editor lets go of its
/// record (another row, another page, closing). Shared by the lead and contact editors.
class DiscardChangesPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(DiscardChangesPrompt)

public:
    /// True when the owner chose to discard the changes to `name`; `reason` says why they
    /// can't be saved.
    static bool confirm(QWidget *parent, const QString &name, const QString &reason);
};

} // namespace rmx::ui
