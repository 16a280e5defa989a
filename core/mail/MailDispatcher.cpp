// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailDispatcher.h"

#include "core/mail/MailQueueStore.h"
#include "core/mail/MailScheduler.h"

#include <limits>

namespace rmx::mail {

MailDispatcher::MailDispatcher(QString databasePath, store::WriteQueue *writer, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_writer(writer)
{ }

MailDispatcher::~MailDispatcher()
{
    stop();
}

bool MailDispatcher::start(QString *error)
{
    stop();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto *scheduler = new MailScheduler(m_databasePath, m_writer, m_cancel);
    scheduler->setWakeFlag(&m_wakePending);
    m_idleUntil.store(MailScheduler::Busy);
    scheduler->setIdleUntil(&m_idleUntil);
    connect(scheduler, &MailScheduler::settled, this, &MailDispatcher::settled,
            Qt::DirectConnection);
    const QString failure = m_thread.start(QStringLiteral("mail"), scheduler,
                                           [](MailScheduler &s) { return s.initialize(); });
    if (!failure.isEmpty() && error)
        *error = failure;
    return failure.isEmpty();
}

void MailDispatcher::stop()
{
    if (!m_thread.isRunning())
        return;
    // A send in progress ends within a second; the shutdown then runs before the next one.
    m_cancel->store(true);
    m_thread.stop([](MailScheduler &s) { s.shutdown(); });
}

void MailDispatcher::wake()
{
    // Most commits hold no mail: those need no look at the queue (changes made by another
    // process are found by the scheduler's poll).
    const qint64 due = MailQueueStore::takeEarliestDue();
    if (due == std::numeric_limits<qint64>::max())
        return;
    // A mail due later than the scheduler's next look (a delayed auto-reply) needs no wake.
    if (const qint64 idleUntil = m_idleUntil.load();
        idleUntil != MailScheduler::Busy && due >= idleUntil)
        return;
    // Many commits in a row need one look at the queue, not one each.
    if (m_wakePending.exchange(true))
        return;
    if (!m_thread.post([](MailScheduler &s) { s.onCommitted(); }))
        m_wakePending.store(false);
}

} // namespace rmx::mail
