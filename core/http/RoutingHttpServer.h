// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>

#include <functional>

namespace rmx::http {

/// The QHttpServer of one listener thread. It parses requests (Qt's parser) and passes each
/// to the worker, which routes it; nothing is answered by Qt itself.
class RoutingHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingHttpServer)

public:
    using RequestSink = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    RoutingHttpServer(RequestSink sink, QObject *parent)
        : QAbstractHttpServer(parent)
        , m_sink(std::move(sink))
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_sink(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    RequestSink m_sink;
};

} // namespace rmx::http
