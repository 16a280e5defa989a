// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/LeadRecord.h"

#include <QMenu>

namespace rmx::ui {

/// The right-click menu of a lead row: open it, copy or use its email and phone (mailto: and
/// tel: go to the system's mail and phone apps), set its status, delete it. Copying and the
/// links are done here; what changes the lead is left to the page through the signals.
class LeadRowMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadRowMenu)

public:
    explicit LeadRowMenu(const store::LeadRecord &lead, QWidget *parent = nullptr);

    /// The tel: link of a phone as written ("+1 (555) 123-4567" -> "tel:+15551234567").
    static QUrl telUrl(const QString &phone);

Q_SIGNALS:
    void openRequested(const QString &leadId);
    void statusRequested(const QString &leadId, const QString &status);
    void deleteRequested(const QString &leadId);
};

} // namespace rmx::ui
