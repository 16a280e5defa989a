// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/HttpReply.h"

#include "core/http/HttpConnection.h"
#include "core/http/HttpResponse.h"
#include "core/http/HttpWorker.h"
#include "core/http/ReplyChannel.h"

#include <QThread>

namespace rmx::http {

void ReplyChannel::post(std::function<void()> deliver)
{
    QMutexLocker lock(&m_mutex);
    if (!m_worker)
        return;
    if (QThread::currentThread() == m_worker->thread()) {
        lock.unlock();
        deliver();
        return;
    }
    m_pending.push_back(std::move(deliver));
    if (m_pending.size() > 1)
        return; // a drain is already on its way
    // Runs while the worker lives; the worker owns this channel, so `this` is alive too.
    QMetaObject::invokeMethod(
        m_worker, [this] { drain(); }, Qt::QueuedConnection);
}

void ReplyChannel::drain()
{
    std::vector<std::function<void()>> ready;
    {
        QMutexLocker lock(&m_mutex);
        ready.swap(m_pending);
    }
    for (std::function<void()> &deliver : ready)
        deliver();
}

void ReplyChannel::detach()
{
    std::vector<std::function<void()>> dropped; // destroyed outside the lock
    QMutexLocker lock(&m_mutex);
    m_worker = nullptr;
    dropped.swap(m_pending);
    lock.unlock();
}

HttpReply::HttpReply(std::shared_ptr<ReplyChannel> channel, HttpConnection *connection, quint64 seq,
                     QByteArray requestId)
    : m_channel(std::move(channel))
    , m_connection(connection)
    , m_seq(seq)
    , m_requestId(std::move(requestId))
    , m_pending(true)
{
    m_channel->inFlight.fetch_add(1);
}

HttpReply::HttpReply(HttpReply &&other) noexcept
    : m_channel(std::move(other.m_channel))
    , m_connection(std::move(other.m_connection))
    , m_seq(other.m_seq)
    , m_requestId(std::move(other.m_requestId))
    , m_pending(std::exchange(other.m_pending, false))
{ }

HttpReply &HttpReply::operator=(HttpReply &&other) noexcept
{
    if (this != &other) {
        if (m_pending)
            send(HttpResponse::error(500, QStringLiteral("Internal server error")));
        m_channel = std::move(other.m_channel);
        m_connection = std::move(other.m_connection);
        m_seq = other.m_seq;
        m_requestId = std::move(other.m_requestId);
        m_pending = std::exchange(other.m_pending, false);
    }
    return *this;
}

HttpReply::~HttpReply()
{
    if (m_pending)
        send(HttpResponse::error(500, QStringLiteral("Internal server error")));
}

void HttpReply::send(HttpResponse response)
{
    if (!m_pending)
        return;
    m_pending = false;
    std::shared_ptr<ReplyChannel> channel = m_channel;
    channel->post([channel, connection = m_connection, seq = m_seq,
                   response = std::move(response)]() mutable {
        if (connection)
            connection->deliver(seq, std::move(response));
        channel->inFlight.fetch_sub(1);
    });
}

} // namespace rmx::http
