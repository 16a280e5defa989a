// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rmx::store {

/// One named QSqlDatabase connection, opened with the project's pragmas (WAL, synchronous=FULL,
/// foreign keys, busy timeout) and removed again on destruction. Use it only on the thread
/// that created it: Qt's SQL connections are per thread.
class DbConnection final
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    DbConnection(const QString &path, const QString &role, Mode mode = Mode::ReadWrite);
    ~DbConnection();
    Q_DISABLE_COPY_MOVE(DbConnection)

    bool isOpen() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QSqlDatabase db() const;
    QString name() const { return m_name; }

    /// The connection of the calling thread for `path`, opened on first use and closed when the
    /// thread ends. Listener and UI threads read through it.
    static DbConnection &forCurrentThread(const QString &path);

private:
    QString m_name;
    QString m_error;
};

} // namespace rmx::store
