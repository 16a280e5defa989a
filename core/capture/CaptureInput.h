// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/LeadInput.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rmx::capture {

/// A /capture submission after validation: the contact fields, and a lead when the submission
/// is an inquiry (an event date, a message, an event type or other details).
struct CaptureInput
{
    QString email;
    QString firstName;
    QString lastName;
    QString phone;
    QString source;
    QJsonObject metadata;
    std::optional<leads::LeadInput> lead;
    /// The submission as a /capture JSON body (what the spam table keeps for a restore).
    QJsonObject payload;
};

/// The hosted form's own fields, which are not part of the contact.
struct FormFields
{
    bool hasToken = false; // the submission came from our hosted form
    QString token;
    QString honeypot;
    bool embed = false;
};

} // namespace rmx::capture
