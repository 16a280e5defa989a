// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailQueueStore.h"

#include "core/store/Sql.h"
#include "core/store/SqliteStatement.h"

#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace rmx::mail {

using store::SqliteStatement;
using store::Sql::exec;
using store::Sql::prepared;

namespace {
const QString Select = QStringLiteral(
    "SELECT m.id, m.kind, m.lead_id, l.public_id, m.contact_id, m.recipient, m.template, "
    "m.message_id, m.lead_url, m.created_at, m.due_at, m.state, m.attempts, m.last_attempt_at, "
    "m.sent_at, m.result, m.last_reply, m.capped FROM mail_queue m "
    "LEFT JOIN leads l ON l.id = m.lead_id ");

std::atomic<qint64> g_earliestDue {std::numeric_limits<qint64>::max()};

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}
} // namespace

const QString &MailQueueStore::selectSql()
{
    return Select;
}

QueuedMail MailQueueStore::fromRow(const QSqlQuery &q)
{
    QueuedMail m;
    m.id = q.value(0).toLongLong();
    m.kind = q.value(1).toString();
    m.leadRowId = optionalId(q.value(2));
    m.leadId = q.value(3).toString();
    m.contactRowId = optionalId(q.value(4));
    m.recipient = q.value(5).toString();
    m.templateName = q.value(6).toString();
    m.messageId = q.value(7).toString();
    m.leadUrl = q.value(8).toString();
    m.createdAt = q.value(9).toLongLong();
    m.dueAt = q.value(10).toLongLong();
    m.state = q.value(11).toString();
    m.attempts = q.value(12).toInt();
    m.lastAttemptAt = q.value(13).toLongLong();
    m.sentAt = q.value(14).toLongLong();
    m.result = q.value(15).toString();
    m.lastReply = q.value(16).toString();
    m.capped = q.value(17).toInt() != 0;
    return m;
}

qint64 MailQueueStore::takeEarliestDue()
{
    return g_earliestDue.exchange(std::numeric_limits<qint64>::max());
}

qint64 MailQueueStore::insert(const QueuedMail &m)
{
    // Noted before the commit: a wake too many at worst (a rolled back job), never one too few.
    qint64 earliest = g_earliestDue.load();
    while (m.dueAt < earliest && !g_earliestDue.compare_exchange_weak(earliest, m.dueAt)) { }
    SqliteStatement &s = SqliteStatement::prepared(
        m_db,
        "INSERT INTO mail_queue (kind, lead_id, contact_id, recipient, recipient_key, template, "
        "message_id, lead_url, created_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, m.kind)
        .bind(2, m.leadRowId)
        .bind(3, m.contactRowId)
        .bind(4, m.recipient)
        .bind(5, m.recipient.toLower())
        .bind(6, m.templateName)
        .bind(7, m.messageId)
        .bind(8, m.leadUrl)
        .bind(9, m.createdAt)
        .bind(10, m.dueAt)
        .run("queue mail");
    return s.lastInsertRowId();
}

bool MailQueueStore::autoReplyQueuedSince(const QString &recipientKey, qint64 sinceMs)
{
    return SqliteStatement::prepared(m_db,
                                     "SELECT 1 FROM mail_queue WHERE kind = 'auto_reply' AND "
                                     "recipient_key = ? AND created_at >= ? LIMIT 1")
        .bind(1, recipientKey)
        .bind(2, sinceMs)
        .first("read the auto-replies to an address", [](const SqliteStatement &) {});
}

std::optional<QueuedMail> MailQueueStore::nextPending()
{
    QSqlQuery &q = prepared(m_db,
                            Select
                                + QStringLiteral("WHERE m.state = 'pending' ORDER BY m.due_at, "
                                                 "m.id LIMIT 1"));
    exec(q, "read the mail due next");
    std::optional<QueuedMail> found;
    if (q.next())
        found = fromRow(q);
    q.finish();
    return found;
}

int MailQueueStore::countSentSince(const QString &kind, qint64 sinceMs, int limit)
{
    QSqlQuery &q = prepared(m_db,
                            QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM mail_queue WHERE "
                                           "kind = ? AND sent_at >= ? LIMIT ?)"));
    q.addBindValue(kind);
    q.addBindValue(sinceMs);
    q.addBindValue(limit);
    exec(q, "count the mail sent lately");
    const int count = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return count;
}

qint64 MailQueueStore::oldestSentSince(const QString &kind, qint64 sinceMs)
{
    QSqlQuery &q = prepared(
        m_db,
        QStringLiteral("SELECT MIN(sent_at) FROM mail_queue WHERE kind = ? AND sent_at >= ?"));
    q.addBindValue(kind);
    q.addBindValue(sinceMs);
    exec(q, "read the mail sent lately");
    const qint64 at = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return at;
}

bool MailQueueStore::queuedSince(const QString &kind, qint64 sinceMs)
{
    QSqlQuery &q = prepared(
        m_db,
        QStringLiteral("SELECT 1 FROM mail_queue WHERE kind = ? AND created_at >= ? LIMIT 1"));
    q.addBindValue(kind);
    q.addBindValue(sinceMs);
    exec(q, "read the mail queued lately");
    const bool found = q.next();
    q.finish();
    return found;
}

void MailQueueStore::recordAttempt(const MailAttempt &a)
{
    QSqlQuery &q = prepared(
        m_db,
        QStringLiteral("UPDATE mail_queue SET attempts = attempts + 1, last_attempt_at = ?, "
                       "state = ?, due_at = ?, sent_at = ?, result = ?, last_reply = ? "
                       "WHERE id = ?"));
    q.addBindValue(a.at);
    q.addBindValue(a.state);
    q.addBindValue(a.state == QueuedMail::Pending ? a.nextAttemptAt : a.at);
    q.addBindValue(a.state == QueuedMail::Sent ? QVariant(a.at) : QVariant());
    q.addBindValue(store::Sql::text(a.result));
    q.addBindValue(store::Sql::text(a.reply.left(2000)));
    q.addBindValue(a.mailId);
    exec(q, "record a mail attempt");
}

void MailQueueStore::defer(qint64 mailId, qint64 dueAt)
{
    QSqlQuery &q = prepared(
        m_db,
        QStringLiteral("UPDATE mail_queue SET due_at = ?, capped = 1, result = 'capped' WHERE "
                       "id = ? AND state = 'pending'"));
    q.addBindValue(dueAt);
    q.addBindValue(mailId);
    exec(q, "hold a mail back");
}

int MailQueueStore::prune(qint64 beforeMs)
{
    QSqlQuery &q = prepared(m_db,
                            QStringLiteral("DELETE FROM mail_queue WHERE created_at < ? AND "
                                           "state IN ('sent', 'failed')"));
    q.addBindValue(beforeMs);
    exec(q, "prune the mail log");
    return q.numRowsAffected();
}

} // namespace rmx::mail
