// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/HttpListener.h"

#include "core/http/AcceptServer.h"
#include "core/http/ConnectionRegistry.h"
#include "core/http/HttpWorker.h"
#include "core/util/LogFormat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QThread>

namespace rmx::http {

HttpListener::HttpListener(std::shared_ptr<const Router> router, QObject *parent)
    : QObject(parent)
    , m_router(std::move(router))
    , m_registry(new ConnectionRegistry)
{ }

HttpListener::~HttpListener()
{
    stop(0);
}

bool HttpListener::start(const ListenAddress &address, const HttpLimits &limits, int threads,
                         QString *error)
{
    stop(0);
    LogFormat::installNoiseFilter();
    m_limits = limits;
    m_maxConnections = limits.maxConnections;
    if (threads <= 0)
        threads = qMax(2, QThread::idealThreadCount());

    for (int i = 0; i < threads; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("http-%1").arg(i));
        auto *worker
            = new HttpWorker(i, m_router, m_registry.get(), limits,
                             m_limitsSource ? [this](HttpWorker *caller) { refreshLimits(caller); }
                                            : std::function<void(HttpWorker *)>());
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_threads.append(thread);
        m_workers.append(worker);
    }

    m_acceptThread = new QThread;
    m_acceptThread->setObjectName(QStringLiteral("http-accept"));
    m_acceptor = new AcceptServer([this](qintptr fd) { onAccepted(fd); });
    m_acceptor->setListenBacklogSize(1024);
    m_acceptor->moveToThread(m_acceptThread);
    connect(m_acceptThread, &QThread::finished, m_acceptor, &QObject::deleteLater);
    m_acceptThread->start();

    bool ok = false;
    QString failure;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_acceptor,
        [&] {
            ok = m_acceptor->listen(address.host, address.port);
            if (!ok) {
                failure = m_acceptor->serverError() == QAbstractSocket::AddressInUseError
                    ? QCoreApplication::translate("HttpListener", "%1 is already in use")
                          .arg(address.toString())
                    : QCoreApplication::translate("HttpListener", "cannot listen on %1: %2")
                          .arg(address.toString(), m_acceptor->errorString());
            }
            port = m_acceptor->serverPort();
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        stop(0);
        if (error)
            *error = failure;
        return false;
    }
    m_address = address;
    m_address.port = port;
    m_listening = true;
    return true;
}

void HttpListener::onAccepted(qintptr descriptor)
{
    // Runs on the accepting thread.
    refreshLimits(nullptr); // a new connection counts against the cap as now configured
    const int worker = int(m_nextWorker.fetch_add(1) % quint32(m_workers.size()));
    const ConnectionRegistry::Admission admission
        = m_registry->admit(worker, m_maxConnections.load());
    if (!admission.admitted) {
        QTcpSocket refused;
        if (refused.setSocketDescriptor(descriptor))
            refused.abort();
        return;
    }
    if (admission.evictedId != 0) {
        HttpWorker *victimWorker = m_workers.at(admission.evictedWorker);
        QMetaObject::invokeMethod(
            victimWorker, [victimWorker, id = admission.evictedId] { victimWorker->evict(id); });
    }
    HttpWorker *target = m_workers.at(worker);
    QMetaObject::invokeMethod(
        target, [target, descriptor, id = admission.id] { target->adopt(descriptor, id); });
}

void HttpListener::stop(int graceMs)
{
    if (m_acceptThread) {
        QMetaObject::invokeMethod(
            m_acceptor, [this] { m_acceptor->close(); }, Qt::BlockingQueuedConnection);
        m_acceptThread->quit();
        m_acceptThread->wait();
        delete m_acceptThread;
        m_acceptThread = nullptr;
        m_acceptor = nullptr;
    }
    // Let answers already on their way (e.g. waiting for a commit) reach their clients.
    QElapsedTimer waited;
    waited.start();
    auto busy = [this] {
        for (HttpWorker *w : std::as_const(m_workers)) {
            if (w->inFlight() > 0)
                return true;
        }
        return false;
    };
    while (graceMs > 0 && busy() && waited.elapsed() < graceMs)
        QThread::msleep(5);
    for (HttpWorker *worker : std::as_const(m_workers)) {
        // Give a short moment for the last answers to be flushed before closing.
        QMetaObject::invokeMethod(
            worker, [worker] { worker->closeAll(); }, Qt::BlockingQueuedConnection);
    }
    for (QThread *thread : std::as_const(m_threads)) {
        thread->quit();
        thread->wait();
        delete thread;
    }
    m_threads.clear();
    m_workers.clear();
    m_listening = false;
}

void HttpListener::setLimits(const HttpLimits &limits)
{
    m_limits = limits;
    applyEverywhere(limits);
}

void HttpListener::applyEverywhere(const HttpLimits &limits)
{
    m_maxConnections = limits.maxConnections;
    for (HttpWorker *worker : std::as_const(m_workers))
        QMetaObject::invokeMethod(worker, [worker, limits] { worker->setLimits(limits); });
}

void HttpListener::refreshLimits(HttpWorker *caller)
{
    if (!m_limitsSource)
        return;
    const std::optional<HttpLimits> changed = m_limitsSource();
    if (!changed)
        return;
    if (caller)
        caller->setLimits(*changed); // before the request that asked is read
    applyEverywhere(*changed);
}

int HttpListener::connectionCount() const
{
    return m_registry->count();
}

} // namespace rmx::http
