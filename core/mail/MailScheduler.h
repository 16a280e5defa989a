// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/MailQueueStore.h"
#include "core/mail/MailSettings.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>

class QTimer;

namespace rmx::mail {
class SmtpTransport;
}

namespace rmx::store {
class DbConnection;
class WriteQueue;
} // namespace rmx::store

namespace rmx::mail {

/// The delivery loop on the mail thread: takes the pending mail due first, holds auto-replies
/// back past the hourly cap, composes the message and sends it (blocking, on this thread
/// only), then writes the outcome through the writer and waits for its commit before looking
/// at the next one, so no mail is read as pending once it was sent. Retries follow
/// mail_retry_schedule; reads use the thread's own connection.
class MailScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailScheduler)

public:
    MailScheduler(QString databasePath, store::WriteQueue *writer,
                  std::shared_ptr<std::atomic<bool>> cancel);
    ~MailScheduler() override;

    void setWakeFlag(std::atomic<bool> *flag) { m_wakeFlag = flag; }
    /// Where the scheduler says until when it rests (it looks at the queue then anyway), or
    /// Busy while it is working and must be woken for any new mail.
    void setIdleUntil(std::atomic<qint64> *idleUntil) { m_idleUntil = idleUntil; }
    static constexpr qint64 Busy = -1;
    /// On the mail thread: opens the database and starts; returns an error or "".
    QString initialize();
    void shutdown();
    void onCommitted();

Q_SIGNALS:
    /// A mail was sent or failed for good, and that is committed.
    void settled(qint64 mailId, const QString &state);

private:
    struct Settings
    {
        MailSettings mail;
        QList<double> schedule;
        int capPerHour = 30;
        int retentionDays = 90;
        qint64 windowMs = 0;
        QString language = QStringLiteral("en");
    };

    void reloadSettingsIfChanged();
    void poll();
    void schedulePump();
    void pump();
    void setIdle(qint64 until);
    /// Handles one due mail; false when nothing could be written (try again later).
    bool process(const QueuedMail &mail);
    bool holdBackForCap(const QueuedMail &mail, qint64 now);
    bool write(const MailAttempt &attempt, const QueuedMail &mail);
    void prune();

    QString m_databasePath;
    store::WriteQueue *m_writer;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::atomic<bool> *m_wakeFlag = nullptr;
    std::atomic<qint64> *m_idleUntil = nullptr;
    std::unique_ptr<store::DbConnection> m_db;
    QTimer *m_dueTimer = nullptr;
    QTimer *m_pollTimer = nullptr;
    Settings m_settings;
    // Kept while mail is due, so that a burst shares one connection; closed when idle.
    std::unique_ptr<SmtpTransport> m_transport;
    qint64 m_settingsRevision = -1;
    qint64 m_dataVersion = -1;
    qint64 m_lastPruneMs = 0;
    // A sent mail whose outcome could not be written: written first, never sent again.
    std::optional<std::pair<MailAttempt, QueuedMail>> m_unwritten;
    qint64 m_pausedUntil = 0; // after a failed write: the database is read again then
    bool m_running = false;
    bool m_pumpQueued = false;
};

} // namespace rmx::mail
