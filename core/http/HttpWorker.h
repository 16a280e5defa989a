// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/HttpLimits.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QHttpServerRequest;
class QTcpSocket;
class QTimer;

namespace rmx::http {

class ConnectionRegistry;
class HttpConnection;
class ReplyChannel;
class Router;
class RoutingHttpServer;
class SocketInbox;

/// One listener thread: a QHttpServer fed by a SocketInbox, the guards of its connections,
/// and the timer that applies their timeouts. Requests are routed here and answered through
/// HttpReply, possibly from another thread.
class HttpWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpWorker)

public:
    /// `refreshLimits` is called on this worker's thread before each request (see
    /// LimitsSource); it applies changed limits here at once and to the other workers.
    HttpWorker(int index, std::shared_ptr<const Router> router, ConnectionRegistry *registry,
               const HttpLimits &limits, std::function<void(HttpWorker *)> refreshLimits);
    ~HttpWorker() override;

    int index() const { return m_index; }
    int inFlight() const;

    // Called on this worker's thread (queued from the accepting thread).
    void adopt(qintptr descriptor, quint64 id);
    void evict(quint64 id);
    void setLimits(const HttpLimits &limits);
    void closeAll();

private:
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    void sweep();

    int m_index;
    std::shared_ptr<const Router> m_router;
    ConnectionRegistry *m_registry;
    HttpLimits m_limits;
    std::function<void(HttpWorker *)> m_refreshLimits;
    std::shared_ptr<ReplyChannel> m_channel;
    SocketInbox *m_inbox;
    RoutingHttpServer *m_server;
    QTimer *m_sweepTimer;
    QHash<quint64, HttpConnection *> m_connections;
};

} // namespace rmx::http
