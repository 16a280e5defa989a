// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/ContactStore.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace rmx::ui {

/// How contacts and caught spam read in the window: names, translated stages and spam reasons,
/// and readable labels for metadata keys such as the UTM fields.
class ContactPresentation final
{
    Q_DECLARE_TR_FUNCTIONS(ContactPresentation)

public:
    static QString fullName(const store::ContactRecord &contact);
    static QString stageName(const QString &stage);
    static QColor stageColor(const QString &stage);
    static QString spamReason(const QString &reason);
    /// "Campaign source" for utm_source, "Landing page" for landing_page; other keys are
    /// shown as written, with underscores as spaces.
    static QString metadataLabel(const QString &key);
    static QString metadataValue(const QJsonValue &value);
};

} // namespace rmx::ui
