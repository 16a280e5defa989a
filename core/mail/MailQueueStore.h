// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <optional>

namespace rmx::mail {

/// One mail of the `mail_queue` table: queued with its lead, then sent (or failed), then kept
/// as an entry of the mail log until pruned.
struct QueuedMail
{
    /// The kinds, as stored.
    static inline const QString AutoReply = QStringLiteral("auto_reply");
    static inline const QString OwnerAlert = QStringLiteral("owner_alert");
    /// The one message telling the owner that the hourly cap holds auto-replies back.
    static inline const QString CapNotice = QStringLiteral("cap_notice");
    /// The states, as stored.
    static inline const QString Pending = QStringLiteral("pending");
    static inline const QString Sent = QStringLiteral("sent");
    static inline const QString Failed = QStringLiteral("failed");

    qint64 id = 0;
    QString kind;
    std::optional<qint64> leadRowId;
    QString leadId; // the lead's public id, when it still exists (read only)
    std::optional<qint64> contactRowId;
    QString recipient;
    QString templateName; // date_free, date_taken, no_date, owner_alert, cap_notice
    QString messageId; // the left part of the Message-ID, fixed when queued
    QString leadUrl;
    qint64 createdAt = 0;
    qint64 dueAt = 0;
    QString state = Pending;
    int attempts = 0;
    qint64 lastAttemptAt = 0;
    qint64 sentAt = 0;
    QString result; // SmtpResult::code() of the last attempt ("ok", "temporary", …), or ""
    QString lastReply; // the server's last reply, or what went wrong
    bool capped = false; // held back by the hourly cap at least once
};

/// The outcome of one attempt, as the mail thread writes it.
struct MailAttempt
{
    qint64 mailId = 0;
    qint64 at = 0;
    QString state; // QueuedMail::Sent, Failed or Pending (retry at nextAttemptAt)
    qint64 nextAttemptAt = 0;
    QString result;
    QString reply;
};

/// The `mail_queue` table: queueing (inside the lead's transaction), what is due, the results
/// of attempts, the limits' counts, and pruning. Writes run on the writer thread; reads on the
/// mail thread's own connection.
class MailQueueStore final
{
public:
    explicit MailQueueStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Inserts `mail` and returns its row id.
    qint64 insert(const QueuedMail &mail);
    /// The earliest due time of the mails this process queued since the last call (the max of
    /// qint64 when none): the mail thread is woken after a commit only when that is before the
    /// time it looks at the queue anyway, not after every commit of the writer.
    static qint64 takeEarliestDue();
    /// Whether `recipientKey` (a lower-case address) was queued an auto-reply since `sinceMs`.
    bool autoReplyQueuedSince(const QString &recipientKey, qint64 sinceMs);
    /// The pending mail due first, if any.
    std::optional<QueuedMail> nextPending();
    /// How many mails of `kind` were sent since `sinceMs`, counting up to `limit` only.
    int countSentSince(const QString &kind, qint64 sinceMs, int limit);
    /// When the oldest mail of `kind` sent since `sinceMs` was sent (0: none).
    qint64 oldestSentSince(const QString &kind, qint64 sinceMs);
    /// Whether a mail of `kind` was queued since `sinceMs`.
    bool queuedSince(const QString &kind, qint64 sinceMs);
    void recordAttempt(const MailAttempt &attempt);
    /// Holds a pending mail back until `dueAt` (the hourly cap).
    void defer(qint64 mailId, qint64 dueAt);
    /// Deletes sent and failed mail created before `beforeMs`; returns how many.
    int prune(qint64 beforeMs);

    static QueuedMail fromRow(const class QSqlQuery &q);
    /// The columns fromRow() reads, for a FROM mail_queue m LEFT JOIN leads l.
    static const QString &selectSql();

private:
    QSqlDatabase m_db;
};

} // namespace rmx::mail
