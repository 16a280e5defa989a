// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace rmx::mail {

/// How a lead's mail history entry (kind "mail": an auto-reply or alert sent, failed, held back
/// by the hourly cap, or not sent and why) reads for people, in the lead editor and elsewhere.
class MailHistoryText final
{
    Q_DECLARE_TR_FUNCTIONS(MailHistoryText)

public:
    static QString of(const QJsonObject &detail);
};

} // namespace rmx::mail
