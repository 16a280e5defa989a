// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailScheduler.h"

#include "core/mail/MailComposer.h"
#include "core/mail/SmtpTransport.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/DbConnection.h"
#include "core/store/LeadStore.h"
#include "core/store/SettingsStore.h"
#include "core/store/StoreError.h"
#include "core/store/WriteQueue.h"
#include "core/util/Clock.h"
#include "core/webhooks/RetryPolicy.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcMail, "remixcrm.mail", QtInfoMsg)

namespace rmx::mail {

namespace {
constexpr int PollMs = 1000;
constexpr qint64 HourMs = 3600LL * 1000;
constexpr qint64 PruneEveryMs = HourMs;
constexpr qint64 PauseAfterFailedWriteMs = 5000;

bool isWorthRetrying(SmtpResult::Error error)
{
    switch (error) {
    case SmtpResult::Error::Temporary:
    case SmtpResult::Error::Refused:
    case SmtpResult::Error::Timeout:
    case SmtpResult::Error::Dns:
    case SmtpResult::Error::Tls:
        return true;
    default:
        return false;
    }
}

bool leadExists(QSqlDatabase &db, qint64 rowId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM leads WHERE id = ?"));
    q.addBindValue(rowId);
    return q.exec() && q.next();
}

void addMailHistory(QSqlDatabase &db, const QueuedMail &mail, const QString &event,
                    const QString &result, qint64 now)
{
    if (!mail.leadRowId || mail.kind == QueuedMail::CapNotice || !leadExists(db, *mail.leadRowId))
        return;
    QJsonObject detail {{QStringLiteral("mail"), mail.kind},
                        {QStringLiteral("event"), event},
                        {QStringLiteral("template"), mail.templateName}};
    if (!result.isEmpty())
        detail.insert(QStringLiteral("result"), result);
    store::LeadStore(db).addHistory(*mail.leadRowId, now, QStringLiteral("mail"), detail);
}
} // namespace

MailScheduler::MailScheduler(QString databasePath, store::WriteQueue *writer,
                             std::shared_ptr<std::atomic<bool>> cancel)
    : m_databasePath(std::move(databasePath))
    , m_writer(writer)
    , m_cancel(std::move(cancel))
{ }

MailScheduler::~MailScheduler() = default;

QString MailScheduler::initialize()
{
#ifdef Q_OS_LINUX
    // Background work: under load, storing leads comes first and mail catches up after. (Qt's
    // thread priorities do nothing under Linux's default scheduler; a thread's nice value does.)
    setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10);
#endif
    m_db = std::make_unique<store::DbConnection>(m_databasePath, QStringLiteral("mail"));
    if (!m_db->isOpen())
        return m_db->errorString();
    m_dueTimer = new QTimer(this);
    m_dueTimer->setSingleShot(true);
    m_dueTimer->setTimerType(Qt::PreciseTimer);
    connect(m_dueTimer, &QTimer::timeout, this, &MailScheduler::pump);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(PollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &MailScheduler::poll);
    m_pollTimer->start();
    m_running = true;
    m_lastPruneMs = Clock::nowMs() - PruneEveryMs + 10000; // first prune shortly after start
    schedulePump();
    return {};
}

void MailScheduler::shutdown()
{
    m_running = false;
    m_transport.reset();
    m_db.reset();
}

void MailScheduler::onCommitted()
{
    if (m_wakeFlag)
        m_wakeFlag->store(false);
    schedulePump();
}

void MailScheduler::poll()
{
    if (!m_running)
        return;
    try {
        // Another process (`remixcrm config set`, a restore) may have changed what is due.
        QSqlQuery q(m_db->db());
        qint64 version = -1;
        if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
            version = q.value(0).toLongLong();
        q.finish();
        if (version != m_dataVersion) {
            m_dataVersion = version;
            schedulePump();
        }
    } catch (const store::StoreError &e) {
        qCWarning(lcMail).noquote() << "cannot read the mail queue:" << e.message();
    }
    if (Clock::nowMs() - m_lastPruneMs >= PruneEveryMs)
        prune();
}

void MailScheduler::schedulePump()
{
    if (!m_running || m_pumpQueued)
        return;
    m_pumpQueued = true;
    // Queued, so that a shutdown waiting in the event queue comes before the next send.
    QMetaObject::invokeMethod(this, &MailScheduler::pump, Qt::QueuedConnection);
}

void MailScheduler::reloadSettingsIfChanged()
{
    store::SettingsStore settings(m_db->db());
    const qint64 revision = settings.revision();
    if (revision == m_settingsRevision)
        return;
    namespace S = SettingsSchema;
    Settings s;
    s.mail = MailSettings::read(settings);
    s.schedule = S::parseSchedule(settings.value(S::MailRetrySchedule));
    s.capPerHour = int(settings.intValue(S::AutoReplyMaxPerHour));
    s.retentionDays = int(settings.intValue(S::MailLogRetentionDays));
    s.windowMs = settings.intValue(S::AutoReplyMinIntervalHours) * HourMs;
    s.language = MailComposer::languageFor(settings.value(S::Language));
    m_settings = std::move(s);
    m_settingsRevision = revision;
    m_transport.reset(); // the next mail connects with the new settings
}

void MailScheduler::setIdle(qint64 until)
{
    if (m_idleUntil)
        m_idleUntil->store(until);
}

void MailScheduler::pump()
{
    m_pumpQueued = false;
    if (!m_running || m_cancel->load())
        return;
    // From before the read below: a mail committed meanwhile wakes this thread again.
    setIdle(Busy);
    const qint64 now = Clock::nowMs();
    if (now < m_pausedUntil) {
        m_dueTimer->start(int(m_pausedUntil - now));
        return;
    }
    if (m_unwritten) {
        const auto [attempt, mail] = *std::exchange(m_unwritten, std::nullopt);
        if (!write(attempt, mail)) {
            m_pausedUntil = Clock::nowMs() + PauseAfterFailedWriteMs;
            m_dueTimer->start(int(PauseAfterFailedWriteMs));
            return;
        }
    }
    std::optional<QueuedMail> next;
    try {
        reloadSettingsIfChanged();
        next = MailQueueStore(m_db->db()).nextPending();
    } catch (const store::StoreError &e) {
        qCWarning(lcMail).noquote() << "cannot read the mail queue:" << e.message();
        m_pausedUntil = now + PauseAfterFailedWriteMs;
        m_dueTimer->start(int(PauseAfterFailedWriteMs));
        return;
    }
    if (!next) {
        m_transport.reset();
        m_dueTimer->stop();
        setIdle(std::numeric_limits<qint64>::max());
        return;
    }
    if (next->dueAt > now) {
        m_transport.reset();
        const qint64 wait = qMin<qint64>(next->dueAt - now, HourMs);
        m_dueTimer->start(int(wait));
        setIdle(now + wait);
        return;
    }
    if (!process(*next)) {
        m_pausedUntil = Clock::nowMs() + PauseAfterFailedWriteMs;
        m_dueTimer->start(int(PauseAfterFailedWriteMs));
        return;
    }
    schedulePump();
}

bool MailScheduler::process(const QueuedMail &mail)
{
    const qint64 now = Clock::nowMs();
    MailAttempt attempt;
    attempt.mailId = mail.id;
    attempt.at = now;
    if (!m_settings.mail.isValid()) {
        attempt.state = QueuedMail::Failed;
        attempt.result = SmtpResult::code(SmtpResult::Error::Config);
        attempt.reply = m_settings.mail.error;
        return write(attempt, mail);
    }
    if (mail.kind == QueuedMail::AutoReply) {
        try {
            if (MailQueueStore(m_db->db())
                    .countSentSince(QueuedMail::AutoReply, now - HourMs, m_settings.capPerHour)
                >= m_settings.capPerHour)
                return holdBackForCap(mail, now);
        } catch (const store::StoreError &e) {
            qCWarning(lcMail).noquote() << "cannot read the mail sent lately:" << e.message();
            return false;
        }
    }

    MailComposer::Context context;
    context.settings = &m_settings.mail;
    context.language = m_settings.language;
    context.capPerHour = m_settings.capPerHour;
    QString error;
    std::optional<MailMessage> message;
    try {
        if (mail.kind == QueuedMail::CapNotice)
            context.capResumesAt
                = MailQueueStore(m_db->db()).oldestSentSince(QueuedMail::AutoReply, now - HourMs)
                + HourMs;
        QSqlDatabase db = m_db->db();
        message = MailComposer::compose(db, mail, context, &error);
    } catch (const store::StoreError &e) {
        qCWarning(lcMail).noquote() << "cannot read a lead for its mail:" << e.message();
        return false;
    }
    if (!message) {
        attempt.state = QueuedMail::Failed;
        attempt.result = QStringLiteral("unsendable");
        attempt.reply = error;
        return write(attempt, mail);
    }

    if (!m_transport) {
        m_transport = std::make_unique<SmtpTransport>(m_settings.mail.smtp);
        m_transport->setCancelFlag(m_cancel.get());
        m_transport->setKeepConnection(true);
    }
    const SmtpResult sent = m_transport->send(*message);
    if (!sent.ok())
        m_transport.reset(); // after a failure, the next attempt starts on a fresh connection
    if (sent.error == SmtpResult::Error::Cancelled)
        return true; // stopping: it stays pending and goes out after the restart
    attempt.at = Clock::nowMs();
    attempt.result = SmtpResult::code(sent.error);
    attempt.reply = sent.reply.isEmpty() || !sent.ok() ? sent.detail : sent.reply;
    if (!sent.ok() && !sent.reply.isEmpty())
        attempt.reply = sent.reply + QStringLiteral(" (") + sent.detail + u')';
    if (sent.ok()) {
        attempt.state = QueuedMail::Sent;
    } else if (isWorthRetrying(sent.error)) {
        webhooks::RetryPolicy::Failure failure;
        failure.roundAttempts = mail.attempts + 1;
        failure.failingSince = failure.now = attempt.at;
        const auto decision
            = webhooks::RetryPolicy(m_settings.schedule, std::numeric_limits<qint64>::max())
                  .afterFailure(failure, webhooks::RetryPolicy::randomJitter());
        attempt.state = decision.retry ? QueuedMail::Pending : QueuedMail::Failed;
        attempt.nextAttemptAt = decision.nextAttemptAt;
    } else {
        attempt.state = QueuedMail::Failed;
    }
    if (!sent.ok())
        qCWarning(lcMail).noquote()
            << mail.kind << "to" << mail.recipient << "attempt" << mail.attempts + 1
            << "failed:" << attempt.reply
            << (attempt.state == QueuedMail::Pending
                    ? QStringLiteral("(retry at %1)").arg(Clock::isoUtc(attempt.nextAttemptAt))
                    : QStringLiteral("(given up)"));
    return write(attempt, mail);
}

bool MailScheduler::holdBackForCap(const QueuedMail &mail, qint64 now)
{
    qint64 resumeAt = 0;
    try {
        resumeAt = MailQueueStore(m_db->db()).oldestSentSince(QueuedMail::AutoReply, now - HourMs)
            + HourMs + 1;
    } catch (const store::StoreError &e) {
        qCWarning(lcMail).noquote() << "cannot read the mail sent lately:" << e.message();
        return false;
    }
    resumeAt = qMax(resumeAt, now + 1000);
    const Mailbox owner = m_settings.mail.owner;
    const store::WriteQueue::Outcome outcome
        = m_writer->run([mail, now, resumeAt, owner](QSqlDatabase &db) {
              MailQueueStore queue(db);
              queue.defer(mail.id, resumeAt);
              if (!mail.capped)
                  addMailHistory(db, mail, QStringLiteral("capped"), QString(), now);
              // The owner hears of it once an hour at most, however many replies wait.
              if (owner.isValid() && !queue.queuedSince(QueuedMail::CapNotice, now - HourMs)) {
                  QueuedMail notice;
                  notice.kind = QueuedMail::CapNotice;
                  notice.recipient = owner.address;
                  notice.templateName = QueuedMail::CapNotice;
                  notice.messageId = MailMessage::newId();
                  notice.createdAt = notice.dueAt = now;
                  queue.insert(notice);
              }
              return QVariant();
          });
    if (!outcome.ok)
        qCWarning(lcMail).noquote() << "cannot hold an auto-reply back:" << outcome.error;
    return outcome.ok;
}

bool MailScheduler::write(const MailAttempt &attempt, const QueuedMail &mail)
{
    // Waits for the commit: until it is on disk, the mail would read as pending again.
    const store::WriteQueue::Outcome outcome = m_writer->run([attempt, mail](QSqlDatabase &db) {
        MailQueueStore(db).recordAttempt(attempt);
        if (attempt.state == QueuedMail::Sent)
            addMailHistory(db, mail, QStringLiteral("sent"), QString(), attempt.at);
        else if (attempt.state == QueuedMail::Failed)
            addMailHistory(db, mail, QStringLiteral("failed"), attempt.result, attempt.at);
        return QVariant();
    });
    if (!outcome.ok) {
        qCWarning(lcMail).noquote() << "cannot record a mail attempt:" << outcome.error;
        m_unwritten = std::make_pair(attempt, mail);
        return false;
    }
    if (attempt.state != QueuedMail::Pending)
        emit settled(mail.id, attempt.state);
    return true;
}

void MailScheduler::prune()
{
    m_lastPruneMs = Clock::nowMs();
    // The log is kept at least as long as the per-recipient window looks back.
    const qint64 keepMs
        = qMax(qint64(m_settings.retentionDays) * 86400 * 1000, m_settings.windowMs);
    const qint64 before = m_lastPruneMs - keepMs;
    m_writer->submit([before](QSqlDatabase &db) { return MailQueueStore(db).prune(before); },
                     [](const store::WriteQueue::Outcome &outcome) {
                         if (outcome.ok && outcome.value.toInt() > 0)
                             qCInfo(lcMail)
                                 << "pruned" << outcome.value.toInt() << "old mail log entries";
                     });
}

} // namespace rmx::mail
