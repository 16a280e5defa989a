// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/HttpConnection.h"

#include "core/http/ConnectionRegistry.h"
#include "core/util/Clock.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

Q_LOGGING_CATEGORY(lcConnection, "remixcrm.http.connection", QtWarningMsg)

namespace rmx::http {

HttpConnection::HttpConnection(QTcpSocket *socket, quint64 id, const HttpLimits &limits,
                               ConnectionRegistry *registry)
    : QObject(socket)
    , m_socket(socket)
    , m_id(id)
    , m_limits(limits)
    , m_registry(registry)
    , m_framer(limits)
{
    m_openedMs = m_lastActivityMs = Clock::nowMs();
    // Connected before QHttpServer connects its own slot, so this one runs first.
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyReadFirst);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
}

HttpConnection::~HttpConnection()
{
    m_registry->remove(m_id);
}

void HttpConnection::attachAfter(QObject *httpServer)
{
    m_httpServer = httpServer;
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyReadLast);
    // Data that arrived before QHttpServer was listening would otherwise wait for more.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(m_socket, &QTcpSocket::readyRead, Qt::QueuedConnection);
}

void HttpConnection::setLimits(const HttpLimits &limits)
{
    m_limits = limits;
    m_framer.setLimits(limits);
}

void HttpConnection::setBeforeRequest(std::function<void()> beforeRequest)
{
    m_beforeRequest = std::move(beforeRequest);
}

void HttpConnection::onReadyReadFirst()
{
    if (m_refused) {
        m_socket->readAll(); // drain and discard until the client closes or time runs out
        return;
    }
    if (m_pendingRefusal.status != 0) {
        // QHttpServer takes one request per readyRead; stop it before it reaches the bad one.
        if (m_nextSeq >= m_framedRequests)
            refuse(m_pendingRefusal.status, m_pendingRefusal.message);
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_leftover;
    if (fresh <= 0)
        return;
    m_lastActivityMs = Clock::nowMs();
    const bool wasInRequest = m_framer.inRequest();
    if (!wasInRequest && m_beforeRequest)
        m_beforeRequest(); // may set this connection's limits before the request is framed
    const QByteArray bytes = m_socket->peek(available);
    const RequestFramer::Result result = m_framer.feed(QByteArrayView(bytes).sliced(m_leftover));
    m_leftover = available; // until QHttpServer has taken its share (onReadyReadLast)
    m_framedRequests += quint64(result.completedRequests);
    if (!wasInRequest && (m_framer.inRequest() || result.completedRequests > 0))
        m_requestStartMs = m_lastActivityMs;
    if (result.completedRequests > 0 && !m_servedOnce) {
        m_servedOnce = true;
        m_registry->markServed(m_id);
    }
    if (result.status != 0) {
        if (m_framedRequests > m_nextSeq) {
            // Complete requests precede the bad one: they are served and answered first.
            m_pendingRefusal = {result.status, QString::fromLatin1(result.reason)};
            return;
        }
        refuse(result.status, QString::fromLatin1(result.reason));
        return;
    }
    if (result.sendContinue)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (result.completedRequests > 0 && m_framer.inRequest())
        m_requestStartMs = m_lastActivityMs;
}

void HttpConnection::onReadyReadLast()
{
    m_leftover = m_socket->bytesAvailable();
}

void HttpConnection::onBytesWritten()
{
    m_lastActivityMs = Clock::nowMs();
    if (m_socket->bytesToWrite() > 0)
        return;
    if (m_lingering)
        startLingeringClose();
    else if (m_closing && m_requests.isEmpty())
        m_socket->disconnectFromHost();
}

quint64 HttpConnection::beginRequest(RequestInfo info)
{
    info.keepAlive = m_framer.takeKeepAlive() && info.keepAlive;
    if (!info.keepAlive)
        m_closing = true;
    const quint64 seq = m_nextSeq++;
    m_requests.insert(seq, std::move(info));
    if (m_pendingRefusal.status != 0 && m_nextSeq >= m_framedRequests) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_refused)
                    refuse(m_pendingRefusal.status, m_pendingRefusal.message);
            },
            Qt::QueuedConnection);
    }
    return seq;
}

void HttpConnection::deliver(quint64 seq, HttpResponse response)
{
    if (!m_requests.contains(seq))
        return;
    m_ready.insert(seq, std::move(response));
    flushInOrder();
}

void HttpConnection::flushInOrder()
{
    while (!m_ready.isEmpty() && m_ready.firstKey() == m_nextToWrite) {
        const HttpResponse response = m_ready.take(m_nextToWrite);
        const RequestInfo info = m_requests.take(m_nextToWrite);
        ++m_nextToWrite;
        const bool keepAlive = info.keepAlive && !m_closing;
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->write(response.serialize(keepAlive, !info.head, info.requestId));
        const qint64 now = Clock::nowMs();
        m_lastActivityMs = now;
        emit answered(info, response.status, now);
        if (!keepAlive) {
            m_closing = true;
            if (m_refused) {
                // The refusal was the last answer: half-close once it is written.
                m_lingering = true;
                m_lingerDeadlineMs = now + m_limits.lingerMs;
                m_requests.clear();
                m_ready.clear();
                if (m_socket->bytesToWrite() == 0)
                    startLingeringClose();
                return;
            }
            // Later pipelined requests are not answered once the connection is closing.
            m_requests.clear();
            m_ready.clear();
            if (m_socket->bytesToWrite() == 0)
                m_socket->disconnectFromHost();
            return;
        }
    }
}

void HttpConnection::refuse(int status, const QString &message)
{
    if (m_refused)
        return;
    qCDebug(lcConnection) << "refusing request with" << status << message;
    // QHttpServer must not parse what follows: stop feeding it and take back its buffer.
    if (m_httpServer)
        disconnect(m_socket, &QTcpSocket::readyRead, m_httpServer, nullptr);
    disconnect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyReadLast);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->readAll();
    // Built first: `message` may refer to m_pendingRefusal, cleared below.
    HttpResponse response = HttpResponse::error(status, message);
    m_refused = true;
    m_refusedAtMs = Clock::nowMs();
    m_pendingRefusal = {};
    // The refusal is answered after the requests before it, in order, and closes the connection.
    RequestInfo info;
    info.method = "-";
    info.startedMs = m_refusedAtMs;
    info.keepAlive = false;
    const quint64 seq = m_nextSeq++;
    m_requests.insert(seq, info);
    m_ready.insert(seq, std::move(response));
    flushInOrder();
}

void HttpConnection::startLingeringClose()
{
    // Half-close: the client sees the end of our answer while we keep reading (and discarding)
    // what it still sends, so its TCP stack does not reset the connection before it reads.
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->flush();
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(m_socket->socketDescriptor()), SD_SEND);
#else
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
}

void HttpConnection::sweep(qint64 nowMs)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_lingering) {
        if (nowMs >= m_lingerDeadlineMs)
            abort();
        return;
    }
    if (m_refused) {
        // Earlier answers are still on their way; they get the time a request gets.
        if (nowMs >= m_refusedAtMs + m_limits.requestTimeoutMs)
            abort();
        return;
    }
    if (m_pendingRefusal.status != 0)
        return;
    if (m_framer.inRequest()) {
        const qint64 headDeadline
            = (m_servedOnce ? m_requestStartMs : m_openedMs) + m_limits.headerTimeoutMs;
        if (!m_framer.headComplete() && nowMs >= headDeadline) {
            refuse(408, QStringLiteral("Request headers took too long"));
            return;
        }
        if (nowMs >= m_requestStartMs + m_limits.requestTimeoutMs) {
            refuse(408, QStringLiteral("Request took too long"));
            return;
        }
    } else if (!m_servedOnce && m_requests.isEmpty()
               && nowMs >= m_openedMs + m_limits.headerTimeoutMs) {
        abort(); // connected but never sent a request
        return;
    }
    if (m_requests.isEmpty() && !m_framer.inRequest() && m_socket->bytesToWrite() == 0
        && nowMs >= m_lastActivityMs + m_limits.idleTimeoutMs) {
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::abort()
{
    m_requests.clear();
    m_ready.clear();
    m_socket->abort();
}

} // namespace rmx::http
