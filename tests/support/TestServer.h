// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/LeadServer.h"

#include <QMap>
#include <QTemporaryDir>

#include <memory>

namespace rmx::test {

/// A real LeadServer on a real SQLite file in a temporary data directory, listening on an
/// ephemeral loopback port. Settings are written before start, as `remixcrm config set` would.
class TestServer final
{
public:
    TestServer();
    ~TestServer();

    /// Sets a setting in the data directory's database (before or while running).
    void setSetting(const QString &key, const QString &value);
    bool start(const QString &listen = QStringLiteral("127.0.0.1:0"));
    void stop();

    quint16 port() const;
    QString dataDir() const { return m_dir.path(); }
    QString databasePath() const;
    server::LeadServer &server() { return *m_server; }
    /// Creates an API key directly in the store and returns the plaintext.
    QString createKey(const QString &name = QStringLiteral("Test key"));
    /// Runs `sql` (a single SELECT returning one value) on a fresh connection.
    QVariant scalar(const QString &sql);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::LeadServer> m_server;
};

} // namespace rmx::test
