// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rmx::mail {

/// One mailbox: an optional display name and an address, as in
/// `Jane Photo <hello@janephoto.example>`.
struct Mailbox
{
    QString displayName; // may be empty; any Unicode text without line breaks
    QString address; // ASCII local@domain (an internationalised domain is kept in ACE form)
    QString error; // set when parsing failed

    bool isValid() const { return error.isEmpty() && !address.isEmpty(); }
    /// The domain part of the address ("janephoto.example").
    QString domain() const;
    /// For people, not for headers: `Jane Photo <hello@janephoto.example>`.
    QString toString() const;

    /// Parses `addr@domain`, `Name <addr@domain>` or `"Name, Inc." <addr@domain>`.
    static Mailbox parse(const QString &text);
    /// A mailbox from its parts, checking both (the name must not hold a line break).
    static Mailbox make(const QString &displayName, const QString &address);
    /// An error message for a bad address, or empty when `address` is a usable one.
    static QString checkAddress(const QString &address);
};

} // namespace rmx::mail
