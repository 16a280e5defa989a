// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QHeaderView;
class QMenu;

namespace rmx::ui {

/// A table header's context menu for choosing which columns show. The last visible column
/// cannot be hidden. Hidden columns are part of the header's saved state, so the window
/// remembers them with the column widths.
class ColumnChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChooser)

public:
    /// Owned by `header`.
    explicit ColumnChooser(QHeaderView *header);

    /// The menu of columns, each a checkable action; owned by the header, deleted on close.
    QMenu *createMenu();

Q_SIGNALS:
    /// A column was shown or hidden by the user.
    void changed();

private:
    QHeaderView *m_header;
};

} // namespace rmx::ui
