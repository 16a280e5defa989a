// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLocalServer;

namespace rmx::ui {

/// One window per data directory: a second launch hands its request (raise, or open a lead) to
/// the running app over a local socket and exits.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);

    /// Sends `message` to a running instance; true when one took it.
    bool forward(const QString &message);
    /// Starts answering later launches.
    bool listen();

    static QString serverName(const QString &dataDir);

Q_SIGNALS:
    /// Another launch asked for something: "raise" or "open <lead id or URL>".
    void messageReceived(const QString &message);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace rmx::ui
