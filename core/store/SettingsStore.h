// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rmx::store {

/// Reads and writes the `settings` table. Values are validated against SettingsSchema;
/// an unset key reads as its default.
class SettingsStore final
{
public:
    explicit SettingsStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    QString value(const QString &key);
    qint64 intValue(const QString &key);
    /// Returns an error message, or an empty string when the value was stored.
    QString setValue(const QString &key, const QString &value);
    /// The stored value, or a null string when the key was never set.
    QString storedValue(const QString &key);
    /// Advances with every write to the settings, from any process: a thread that keeps
    /// settings in memory reads them again when this differs from what it last saw.
    qint64 revision();

private:
    QSqlDatabase m_db;
};

} // namespace rmx::store
