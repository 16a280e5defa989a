// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DiscardChangesPrompt.h"

#include <QMessageBox>
#include <QPushButton>

namespace rmx::ui {

bool DiscardChangesPrompt::confirm(QWidget *parent, const QString &name, const QString &reason)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("The changes to %1 cannot be saved as they are.").arg(name),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(reason);
    QPushButton *discard = box.addButton(tr("&Discard changes"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == discard;
}

} // namespace rmx::ui
