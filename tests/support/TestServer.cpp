// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestServer.h"

#include "core/server/DataDirectory.h"
#include "core/store/ApiKeyStore.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "core/store/SettingsStore.h"

#include <QSqlQuery>
#include <QTest>

namespace rmx::test {

TestServer::TestServer()
    : m_server(std::make_unique<server::LeadServer>())
{
    store::SchemaMigrator::migrate(databasePath());
}

TestServer::~TestServer()
{
    stop();
}

QString TestServer::databasePath() const
{
    return server::DataDirectory::databasePath(m_dir.path());
}

void TestServer::setSetting(const QString &key, const QString &value)
{
    store::DbConnection connection(databasePath(), QStringLiteral("test-settings"));
    const QString error = store::SettingsStore(connection.db()).setValue(key, value);
    if (!error.isEmpty())
        qFatal("cannot set %s: %s", qPrintable(key), qPrintable(error));
}

bool TestServer::start(const QString &listen)
{
    server::LeadServer::Options options;
    options.dataDir = m_dir.path();
    options.listenOverride = listen;
    QString error;
    if (!m_server->start(options, &error)) {
        qWarning("test server failed to start: %s", qPrintable(error));
        return false;
    }
    return true;
}

void TestServer::stop()
{
    m_server->stop();
}

quint16 TestServer::port() const
{
    return m_server->address().port;
}

QString TestServer::createKey(const QString &name)
{
    store::DbConnection connection(databasePath(), QStringLiteral("test-keys"));
    return store::ApiKeyStore(connection.db()).create(name).key;
}

QVariant TestServer::scalar(const QString &sql)
{
    store::DbConnection connection(databasePath(), QStringLiteral("test-scalar"));
    QVariant value;
    {
        QSqlQuery q(connection.db());
        if (q.exec(sql) && q.next())
            value = q.value(0);
    }
    return value;
}

} // namespace rmx::test
