// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rmx::ui {

/// How the settings read in the window: a section, a label and a one-line help per setting key,
/// all translatable. Keys without an entry are shown under "Other" by their key.
class SettingLabels final
{
    Q_DECLARE_TR_FUNCTIONS(SettingLabels)

public:
    struct Label
    {
        QString section;
        QString label;
        QString help;
    };
    static Label of(const QString &key);
    /// Low-level knobs (threads, connection and size limits, timeouts) that the Settings page
    /// keeps under "Advanced".
    static bool isAdvanced(const QString &key);
    /// Section titles in display order.
    static QStringList sections();
};

} // namespace rmx::ui
