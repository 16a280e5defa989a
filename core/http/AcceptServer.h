// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

#include <functional>

namespace rmx::http {

/// The listening socket. It only accepts: each new descriptor goes to `onAccepted`, which
/// applies the connection cap and hands it to a listener thread.
class AcceptServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcceptServer)

public:
    using AcceptHandler = std::function<void(qintptr descriptor)>;
    AcceptServer(AcceptHandler onAccepted, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_onAccepted(std::move(onAccepted))
    { }

protected:
    void incomingConnection(qintptr descriptor) override { m_onAccepted(descriptor); }

private:
    AcceptHandler m_onAccepted;
};

} // namespace rmx::http
