// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include <span>

namespace rmx::leads {

/// What an inquiry sends beyond a lead's own fields: a form's venue or guest count, a budget,
/// UTM values. They are kept, as sent, as the lead's details rather than dropped.
class LeadDetails final
{
public:
    static constexpr int MaxKeys = 50;
    static constexpr int KeyMax = 100;
    static constexpr int MaxBytes = 16 * 1024; // as compact JSON
    /// Set in the details when some fields did not fit the caps above and were left out.
    static constexpr const char *TruncatedKey = "details_truncated";

    /// The members of `body` whose names are not in `known`, in name order: empty strings and
    /// nulls are left out (a form sends every field it has, filled or not), and so is what
    /// goes past the caps, which `TruncatedKey` then says.
    static QJsonObject extras(const QJsonObject &body, std::span<const char *const> known);
    /// `details` with `key` set to `value` (e.g. an event type that is not in the list),
    /// within the same caps.
    static QJsonObject with(QJsonObject details, const QString &key, const QJsonValue &value);
};

} // namespace rmx::leads
