// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/LeadServer.h"

#include <QObject>

class QThread;

namespace rmx::server {

/// Runs a LeadServer on a thread of its own, so the window's thread never waits on the
/// database or the network. All calls return at once; results arrive as signals on the
/// caller's thread.
class ServerHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerHost)

public:
    explicit ServerHost(QObject *parent = nullptr);
    ~ServerHost() override;

    void start(const LeadServer::Options &options);
    void relisten(const ListenAddress &address);
    /// Stops serving (finishing requests in flight) and ends the thread; blocks briefly.
    void stop();

    QString databasePath() const { return m_databasePath; }
    /// The running server's writer, for the UI's own writes; null until started.
    store::WriteQueue *writer() const;

Q_SIGNALS:
    void started(const QString &url);
    void failed(const QString &error);
    void relistened(bool ok, const QString &urlOrError);
    /// New data was committed (leads, contacts, keys…); views refresh.
    void committed();
    /// A webhook was turned off by the dispatcher (410 Gone, or failing for too long).
    void webhookDisabled(const QString &id, const QString &reason);

private:
    QThread *m_thread;
    LeadServer *m_server;
    QString m_databasePath;
};

} // namespace rmx::server
