// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/HttpWorker.h"

#include "core/http/ClientAddress.h"
#include "core/http/ConnectionRegistry.h"
#include "core/http/HttpConnection.h"
#include "core/http/HttpReply.h"
#include "core/http/ReplyChannel.h"
#include "core/http/Router.h"
#include "core/http/RoutingHttpServer.h"
#include "core/http/SocketInbox.h"
#include "core/util/Clock.h"
#include "core/util/RequestLogScope.h"

#include <QAtomicInteger>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAccess, "remixcrm.http.access", QtInfoMsg)

namespace rmx::http {

namespace {
QAtomicInteger<quint64> s_requestCounter;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    default:
        return "UNKNOWN";
    }
}

int sweepInterval(const HttpLimits &limits)
{
    const int shortest = qMin(qMin(limits.idleTimeoutMs, limits.headerTimeoutMs), limits.lingerMs);
    return qBound(20, shortest / 5, 1000);
}
} // namespace

HttpWorker::HttpWorker(int index, std::shared_ptr<const Router> router,
                       ConnectionRegistry *registry, const HttpLimits &limits,
                       std::function<void(HttpWorker *)> refreshLimits)
    : m_index(index)
    , m_router(std::move(router))
    , m_registry(registry)
    , m_limits(limits)
    , m_refreshLimits(std::move(refreshLimits))
    , m_channel(std::make_shared<ReplyChannel>(this))
    , m_inbox(new SocketInbox(this))
    , m_server(new RoutingHttpServer([this](const QHttpServerRequest &request,
                                            QTcpSocket *socket) { handle(request, socket); },
                                     this))
    , m_sweepTimer(new QTimer(this))
{
    m_server->bind(m_inbox);
    m_sweepTimer->setInterval(sweepInterval(limits));
    connect(m_sweepTimer, &QTimer::timeout, this, &HttpWorker::sweep);
}

HttpWorker::~HttpWorker()
{
    m_channel->detach();
}

int HttpWorker::inFlight() const
{
    return m_channel->inFlight.load();
}

void HttpWorker::adopt(qintptr descriptor, quint64 id)
{
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        m_registry->remove(id);
        return;
    }
    auto *connection = new HttpConnection(socket, id, m_limits, m_registry);
    m_connections.insert(id, connection);
    if (m_refreshLimits)
        connection->setBeforeRequest([this] { m_refreshLimits(this); });
    connect(connection, &QObject::destroyed, this, [this, id] { m_connections.remove(id); });
    connect(connection, &HttpConnection::answered, this,
            [](const HttpConnection::RequestInfo &info, int status, qint64 nowMs) {
                // The path only: query strings may carry credentials and never reach the log.
                const RequestLogScope scope(info.requestId);
                qCInfo(lcAccess).noquote()
                    << info.method << info.path << status << (nowMs - info.startedMs) << "ms";
            });
    // Sockets whose peer hangs up before QHttpServer adopts them must still be freed.
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    m_inbox->deliver(socket);
    // QHttpServer has now connected its readyRead slot; ours that runs after it comes next.
    connection->attachAfter(m_server);
    if (!m_sweepTimer->isActive())
        m_sweepTimer->start();
}

void HttpWorker::evict(quint64 id)
{
    if (HttpConnection *connection = m_connections.value(id))
        connection->abort();
}

void HttpWorker::setLimits(const HttpLimits &limits)
{
    m_limits = limits;
    m_sweepTimer->setInterval(sweepInterval(limits));
    for (HttpConnection *connection : std::as_const(m_connections))
        connection->setLimits(limits);
}

void HttpWorker::closeAll()
{
    m_sweepTimer->stop();
    const auto connections = m_connections.values();
    for (HttpConnection *connection : connections) {
        connection->socket()->flush(); // answers already written still go out
        connection->abort();
    }
}

void HttpWorker::sweep()
{
    const qint64 now = Clock::nowMs();
    const auto connections = m_connections.values();
    for (HttpConnection *connection : connections)
        connection->sweep(now);
    if (m_connections.isEmpty())
        m_sweepTimer->stop();
}

void HttpWorker::handle(const QHttpServerRequest &qRequest, QTcpSocket *socket)
{
    auto *connection = socket->findChild<HttpConnection *>(QString(), Qt::FindDirectChildrenOnly);
    if (!connection)
        return;
    HttpRequest request;
    request.method = methodName(qRequest.method());
    request.path = qRequest.url().path();
    request.query = qRequest.query();
    const auto headers = qRequest.headers();
    request.headers.reserve(headers.size());
    for (const auto &h : headers)
        request.headers.append({h.first.toLower(), h.second});
    request.body = qRequest.body();
    request.peer = qRequest.remoteAddress();
    request.clientIp = ClientAddress::resolve(request.peer, request.headers);
    request.requestId = QByteArray::number(Clock::nowMs(), 36) + '-'
        + QByteArray::number(s_requestCounter.fetchAndAddRelaxed(1), 36);

    HttpConnection::RequestInfo info;
    info.method = request.method;
    info.path = request.path;
    info.requestId = request.requestId;
    info.startedMs = Clock::nowMs();
    info.head = request.method == "HEAD";
    const quint64 seq = connection->beginRequest(info);
    m_router->dispatch(request, HttpReply(m_channel, connection, seq, request.requestId));
}

} // namespace rmx::http
