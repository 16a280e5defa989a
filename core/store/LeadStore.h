// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/LeadRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include <optional>

namespace rmx::store {

/// The `leads` table and its history.
class LeadStore final
{
public:
    explicit LeadStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    struct NewLead
    {
        LeadRecord record; // id, times and names filled by the caller
        qint64 contactRowId = 0;
        std::optional<qint64> eventTypeId;
        std::optional<qint64> sourceId;
        std::optional<qint64> apiKeyId;
    };
    /// Inserts the lead and its search entry (inside the caller's transaction) and returns its
    /// row id.
    qint64 insert(const NewLead &lead);
    /// Adds the search entries of leads inserted without insert() (rows in the given range).
    void indexForSearch(qint64 firstRowId, qint64 lastRowId);
    void addHistory(qint64 leadRowId, qint64 atMs, const QString &kind, const QJsonObject &detail);

    std::optional<LeadRecord> findById(const QString &id);

    struct HistoryEntry
    {
        qint64 at = 0;
        QString kind; // created, edited, status
        QJsonObject detail;
    };
    QList<HistoryEntry> history(const QString &leadId);
    /// Other booked or quoted leads on `eventDate` (double-booking warning).
    QList<LeadRecord> bookedOrQuotedOn(const QString &eventDate, const QString &exceptId);

    struct Page
    {
        QList<LeadRecord> leads;
        bool hasMore = false;
        bool cursorFound = true;
    };
    /// Newest first; `afterId` (a lead id) continues after that lead.
    Page page(int limit, const QString &afterId);

    /// Leads created with `via` since `sinceMs`, and the time the window frees a slot when the
    /// count has reached `limit` (0 when not limited).
    struct WindowCount
    {
        int count = 0;
        qint64 slotFreesAtMs = 0;
    };
    WindowCount countCreatedSince(const QString &via, qint64 sinceMs, int limit);

    /// Marks the lead as opened by the owner (its row stops being shown bold); only the first
    /// time counts.
    void markRead(const QString &id, qint64 atMs);
    /// Leads that arrived (arrivedSql()) and the owner has not opened yet: the tray's count.
    int countUnread();

    /// Deletes a lead (and its history) and returns everything needed to put it back.
    QVariantMap remove(const QString &id);
    /// Puts back a lead removed by remove(), with the same id and history.
    void restore(const QVariantMap &removed);

    /// The SELECT (with joins) whose rows fromRow() reads; callers append WHERE/ORDER.
    static const QString &selectSql();
    /// The SQL condition (over `leads l`) for leads that arrived from outside: imported and
    /// test leads are the owner's own doing, neither announced nor counted as unread.
    static QString arrivedSql()
    {
        return QStringLiteral("l.created_via NOT IN ('import', 'test')");
    }
    static LeadRecord fromRow(const QSqlQuery &query);
    /// A lead's details as stored (JSON text) and back.
    static QJsonObject detailsFromText(const QByteArray &json);
    static QString detailsText(const QJsonObject &details);

private:
    QSqlDatabase m_db;
};

} // namespace rmx::store
