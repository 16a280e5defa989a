// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace rmx::http {

/// Content negotiation by an Accept header (RFC 9110 §12.5.1): each offered media type takes
/// the quality of the most specific range that matches it; the best quality wins, and a tie
/// goes to the type whose range the client listed first, then to the first type offered.
class AcceptHeader final
{
public:
    explicit AcceptHeader(const QByteArray &value);

    /// The one of `offered` (lower-case type/subtype) to answer with; the first when the header
    /// is missing or accepts none of them.
    QByteArray choose(const QList<QByteArray> &offered) const;
    /// The quality the client gives `type` (0 to 1), or -1 when no range matches it.
    double quality(const QByteArray &type) const;

private:
    struct Range
    {
        QByteArray type; // "text", or "*"
        QByteArray subtype; // "html", or "*"
        double q = 1.0;
        int position = 0;
    };
    struct Match
    {
        double q = -1;
        int position = 0;
    };
    Match match(const QByteArray &offered) const;

    QList<Range> m_ranges;
};

} // namespace rmx::http
