// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rmx::store {

/// A submission held back as spam, kept so the owner can review and restore it.
struct SpamRecord
{
    qint64 rowId = 0;
    QString id; // spam_<ULID>
    QString reason; // honeypot, too_fast, bad_token, expired_token
    QString email;
    QString clientIp;
    QString userAgent;
    QJsonObject payload; // the submission as a /capture JSON body
    qint64 createdAt = 0;
    qint64 restoredAt = 0; // 0: not restored
};

/// The `spam_submissions` table. Writes happen inside the writer's transaction.
class SpamStore final
{
public:
    explicit SpamStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Inserts `record`, filling in its ids.
    void insert(SpamRecord &record);
    int countCreatedSince(qint64 sinceMs);
    std::optional<SpamRecord> findById(const QString &publicId);
    /// Newest first; restored ones included only when asked.
    QList<SpamRecord> recent(int limit, bool includeRestored);
    void markRestored(qint64 rowId, qint64 contactRowId, qint64 nowMs);
    /// Deletes the submission; false when there is none with this id.
    bool remove(const QString &publicId);

private:
    QSqlDatabase m_db;
};

} // namespace rmx::store
