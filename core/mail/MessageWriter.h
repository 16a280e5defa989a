// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/MailMessage.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>

namespace rmx::mail {

/// Writes a MailMessage as RFC 5322 bytes: 7-bit clean (RFC 2047 headers, quoted-printable
/// bodies), CRLF line ends, ready for SMTP DATA.
class MessageWriter final
{
public:
    using Clock = std::function<QDateTime()>;
    using BoundarySource = std::function<QByteArray()>;

    /// `clock` dates messages without a date (default: the system clock); `boundary` makes
    /// the multipart boundary (default: random).
    explicit MessageWriter(Clock clock = {}, BoundarySource boundary = {});

    struct Result
    {
        QByteArray bytes;
        QString error; // why the message cannot be written (e.g. a line break in a header)
        bool ok() const { return error.isEmpty(); }
    };
    Result write(const MailMessage &message) const;

private:
    Clock m_clock;
    BoundarySource m_boundary;
};

} // namespace rmx::mail
