// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace rmx::mail {

/// Quoted-printable body encoding (RFC 2045 section 6.7) of UTF-8 text.
namespace QuotedPrintable {
/// Line breaks of any kind become CRLF; every line of the result is at most 76 characters,
/// long lines are split with soft line breaks, and the result ends with CRLF.
QByteArray encode(const QString &text);
} // namespace QuotedPrintable

} // namespace rmx::mail
