// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rmx::store {

/// Event types and lead sources, both matched case-insensitively by a case-folded key.
class LookupStore final
{
public:
    explicit LookupStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    struct Entry
    {
        qint64 id = 0;
        QString name;
    };

    std::optional<Entry> findEventType(const QString &name);
    QList<Entry> eventTypes();
    /// The source named `name` (any case), created if it does not exist yet.
    Entry sourceFor(const QString &name, qint64 nowMs);
    QList<Entry> sources();

    static QString keyOf(const QString &name) { return name.trimmed().toCaseFolded(); }

private:
    QSqlDatabase m_db;
};

} // namespace rmx::store
