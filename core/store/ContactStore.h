// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace rmx::store {

/// A contact: one per email address (matched case-insensitively after trimming).
struct ContactRecord
{
    qint64 rowId = 0;
    QString id; // cont_<ULID>
    QString email;
    QString firstName;
    QString lastName;
    QString phone;
    QString stage = QStringLiteral("lead");
    QString source;
    QJsonObject metadata;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QJsonObject toJson() const;
    /// The same object as JSON text, in the documented key order (cheaper than toJson()).
    QByteArray toJsonText() const;
};

class ContactStore final
{
public:
    explicit ContactStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    static QString emailKey(const QString &email) { return email.trimmed().toLower(); }

    std::optional<ContactRecord> findByEmail(const QString &email);
    std::optional<ContactRecord> findById(const QString &publicId);
    /// Inserts `contact` (its id and times are filled in). Call inside a write transaction.
    void insert(ContactRecord &contact, std::optional<qint64> sourceId);
    /// Writes names, phone, stage, metadata and updated_at of the contact `rowId`, and its
    /// source when `sourceId` is given (otherwise the stored source stays).
    void update(const ContactRecord &contact, std::optional<qint64> sourceId);

    /// Contacts created after `sinceMs`, and when the window has room again if `limit` is hit.
    struct WindowCount
    {
        int count = 0;
        qint64 slotFreesAtMs = 0;
    };
    WindowCount countCreatedSince(qint64 sinceMs, int limit);

    /// The SELECT (with the source join) whose rows fromRow() reads; callers append the rest.
    static const QString &selectSql();
    static ContactRecord fromRow(const QSqlQuery &query);

private:
    /// `sql` is selectSql() and a WHERE on one unique column.
    std::optional<ContactRecord> findOne(const QByteArray &sql, const QString &value);
    QSqlDatabase m_db;
};

} // namespace rmx::store
