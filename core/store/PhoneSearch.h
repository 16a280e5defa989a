// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rmx::store {

/// Finds phone numbers by their digits, however they were written: "5551234" and "555 1234"
/// both find "+1 (555) 123-4567". Shared by the lead and the contact searches.
namespace PhoneSearch {
/// The digits of a search that reads as a phone number ("" when it does not: a search with
/// letters, or without digits).
QString digitsOf(const QString &search);
/// An SQL expression of `column` with the punctuation people write numbers with removed.
QString digitsSql(const QString &column);
/// The LIKE pattern that finds `digits` anywhere in digitsSql().
QString likePattern(const QString &digits);
} // namespace PhoneSearch

} // namespace rmx::store
