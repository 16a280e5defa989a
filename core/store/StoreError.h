// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <exception>

namespace rmx::store {

/// A failed SQL operation. The message names the operation and the driver's error text,
/// never the SQL statement or the database path, so it is safe to log.
class StoreError final : public std::exception
{
public:
    explicit StoreError(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    { }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace rmx::store
