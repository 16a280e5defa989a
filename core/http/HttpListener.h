// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/HttpLimits.h"
#include "core/settings/ListenAddress.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace rmx::http {

class AcceptServer;
class ConnectionRegistry;
class HttpWorker;
class Router;

/// The HTTP listener: an accepting thread and a small pool of listener threads, each running
/// its own QHttpServer. Never runs on the caller's (GUI) thread. Start, stop and move it from
/// the thread that owns it.
class HttpListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpListener)

public:
    explicit HttpListener(std::shared_ptr<const Router> router, QObject *parent = nullptr);
    ~HttpListener() override;

    /// Binds `address` and starts serving. On failure nothing is left running and `error`
    /// says why (e.g. "127.0.0.1:8088 is already in use").
    bool start(const ListenAddress &address, const HttpLimits &limits, int threads, QString *error);
    /// Where changed limits come from while running (set before start()); without one, only
    /// setLimits() changes them.
    void setLimitsSource(LimitsSource source) { m_limitsSource = std::move(source); }
    /// Stops accepting, waits up to `graceMs` for requests in flight to be answered, then
    /// closes every connection and ends the threads.
    void stop(int graceMs = 10'000);
    void setLimits(const HttpLimits &limits);

    bool isListening() const { return m_listening; }
    /// The bound address (with the real port when 0 was asked for).
    ListenAddress address() const { return m_address; }
    int connectionCount() const;

private:
    void onAccepted(qintptr descriptor);
    /// Asks the limits source, on the calling listener thread; changed limits apply to
    /// `caller` (a worker, or null on the accepting thread) at once and to every worker.
    void refreshLimits(HttpWorker *caller);
    void applyEverywhere(const HttpLimits &limits);

    std::shared_ptr<const Router> m_router;
    std::unique_ptr<ConnectionRegistry> m_registry;
    HttpLimits m_limits;
    LimitsSource m_limitsSource;
    std::atomic<int> m_maxConnections {512};
    QList<QThread *> m_threads;
    QList<HttpWorker *> m_workers;
    QThread *m_acceptThread = nullptr;
    AcceptServer *m_acceptor = nullptr;
    std::atomic<quint32> m_nextWorker {0};
    ListenAddress m_address;
    bool m_listening = false;
};

} // namespace rmx::http
