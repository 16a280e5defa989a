// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rmx::store {

/// Reads and writes the `settings` table. Values are validated against SettingsSchema;
/// an unset key reads as its default.
class SettingsStore final
{
public:
    explicit SettingsStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// The value, or the default when unset. A Secret setting reads as empty here: its value
    /// is never shown, so only secretValue() opens it.
    QString value(const QString &key);
    qint64 intValue(const QString &key);
    /// Returns an error message, or an empty string when the value was stored. A Secret
    /// setting is stored sealed with the data directory's key (SecretBox), not in clear text.
    QString setValue(const QString &key, const QString &value);
    /// Whether a Secret setting holds a value.
    bool isSet(const QString &key);
    /// A Secret setting in clear text ("" when unset); nullopt, with `error`, when it cannot be
    /// opened (the key file of the data directory is missing or another one).
    std::optional<QString> secretValue(const QString &key, QString *error = nullptr);
    /// The stored value, or a null string when the key was never set.
    QString storedValue(const QString &key);
    /// Advances with every write to the settings, from any process: a thread that keeps
    /// settings in memory reads them again when this differs from what it last saw.
    qint64 revision();

private:
    QSqlDatabase m_db;
};

} // namespace rmx::store
