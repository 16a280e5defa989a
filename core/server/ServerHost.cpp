// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/ServerHost.h"

#include "core/server/DataDirectory.h"

#include <QThread>

namespace rmx::server {

ServerHost::ServerHost(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_server(new LeadServer)
{
    m_thread->setObjectName(QStringLiteral("lead-server"));
    m_server->moveToThread(m_thread);
    // The writer emits from its own thread; coalescing happens in the receivers.
    connect(m_server, &LeadServer::committed, this, &ServerHost::committed, Qt::QueuedConnection);
    connect(m_server, &LeadServer::webhookDisabled, this, &ServerHost::webhookDisabled,
            Qt::QueuedConnection);
    m_thread->start();
}

ServerHost::~ServerHost()
{
    stop();
    QMetaObject::invokeMethod(
        m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void ServerHost::start(const LeadServer::Options &options)
{
    m_databasePath = DataDirectory::databasePath(options.dataDir);
    QMetaObject::invokeMethod(m_server, [this, options] {
        QString error;
        if (m_server->start(options, &error)) {
            const QString url = m_server->address().toUrl();
            QMetaObject::invokeMethod(this, [this, url] { emit started(url); });
        } else {
            QMetaObject::invokeMethod(this, [this, error] { emit failed(error); });
        }
    });
}

void ServerHost::relisten(const ListenAddress &address)
{
    QMetaObject::invokeMethod(m_server, [this, address] {
        QString error;
        const bool ok = m_server->relisten(address, &error);
        const QString result = ok ? m_server->address().toUrl() : error;
        QMetaObject::invokeMethod(this, [this, ok, result] { emit relistened(ok, result); });
    });
}

void ServerHost::stop()
{
    if (m_thread->isRunning())
        QMetaObject::invokeMethod(
            m_server, [server = m_server] { server->stop(); }, Qt::BlockingQueuedConnection);
}

store::WriteQueue *ServerHost::writer() const
{
    return m_server->writer();
}

} // namespace rmx::server
