// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

#include <functional>

class QTimer;

namespace rmx::ui {

/// A "Copy" button: puts the text `source` returns on the clipboard and says "Copied" for a
/// moment, so the click is seen to have worked.
class CopyButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyButton)

public:
    CopyButton(std::function<QString()> source, QWidget *parent = nullptr);

    /// How long "Copied" stays before the button reads "Copy" again.
    static constexpr int ConfirmMs = 2000;

private:
    void copy();

    std::function<QString()> m_source;
    QTimer *m_restore;
};

} // namespace rmx::ui
