// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

namespace rmx::http {

/// A QTcpServer that does not listen: it receives sockets accepted by AcceptServer on another
/// thread and hands them to this thread's QHttpServer, which is bound to it.
class SocketInbox final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketInbox)

public:
    using QTcpServer::QTcpServer;
    /// Queues `socket` for QHttpServer (emits pendingConnectionAvailable).
    void deliver(QTcpSocket *socket) { addPendingConnection(socket); }
};

} // namespace rmx::http
