// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

namespace rmx {

/// A HOST:PORT listen address ("127.0.0.1:8088", "[::1]:8088", "0.0.0.0:80", "localhost:8088").
struct ListenAddress
{
    QHostAddress host;
    quint16 port = 0;
    QString error; // set when parsing failed

    bool isValid() const { return error.isEmpty(); }
    /// "127.0.0.1:8088" or "[::1]:8088".
    QString toString() const;
    /// "http://127.0.0.1:8088"; an unspecified host is shown as 127.0.0.1.
    QString toUrl() const;

    static ListenAddress parse(const QString &text);
};

} // namespace rmx
