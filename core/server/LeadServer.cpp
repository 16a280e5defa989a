// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/LeadServer.h"

#include "core/api/ApiContext.h"
#include "core/api/CaptureApi.h"
#include "core/api/LeadApi.h"
#include "core/api/WebhookApi.h"
#include "core/http/HttpListener.h"
#include "core/http/Router.h"
#include "core/mail/MailDispatcher.h"
#include "core/server/BackupScheduler.h"
#include "core/server/DataDirectory.h"
#include "core/server/LiveLimits.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/DbConnection.h"
#include "core/store/IdempotencyStore.h"
#include "core/store/SchemaMigrator.h"
#include "core/store/SettingsStore.h"
#include "core/store/StoreError.h"
#include "core/store/WriteQueue.h"
#include "core/util/Clock.h"
#include "core/webhooks/WebhookDispatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcServer, "remixcrm.server", QtInfoMsg)

namespace rmx::server {

LeadServer::LeadServer(QObject *parent)
    : QObject(parent)
{ }

LeadServer::~LeadServer()
{
    stop();
}

http::HttpLimits LeadServer::limitsFromSettings(const QSqlDatabase &db, int *threads)
{
    store::SettingsStore settings(db);
    http::HttpLimits limits;
    limits.maxBodyBytes = settings.intValue(SettingsSchema::MaxBodyBytes);
    limits.maxHeaderBytes = settings.intValue(SettingsSchema::MaxHeaderBytes);
    limits.maxConnections = int(settings.intValue(SettingsSchema::MaxConnections));
    limits.idleTimeoutMs = int(settings.intValue(SettingsSchema::IdleTimeoutMs));
    limits.headerTimeoutMs = int(settings.intValue(SettingsSchema::HeaderTimeoutMs));
    if (threads)
        *threads = int(settings.intValue(SettingsSchema::HttpThreads));
    return limits;
}

bool LeadServer::start(const Options &options, QString *error)
{
    stop();
    m_databasePath = DataDirectory::databasePath(options.dataDir);
    const auto migration = store::SchemaMigrator::migrate(m_databasePath);
    if (!migration.ok) {
        *error = migration.error;
        return false;
    }
    if (migration.fromVersion != migration.toVersion)
        qCInfo(lcServer) << "database schema upgraded from" << migration.fromVersion << "to"
                         << migration.toVersion;

    ListenAddress address;
    int threads = 0;
    qint64 settingsRevision = 0;
    m_settingsDb
        = std::make_unique<store::DbConnection>(m_databasePath, QStringLiteral("settings"));
    if (!m_settingsDb->isOpen()) {
        *error = m_settingsDb->errorString();
        m_settingsDb.reset();
        return false;
    }
    try {
        const QString listen = options.listenOverride.isEmpty()
            ? store::SettingsStore(m_settingsDb->db()).value(SettingsSchema::Listen)
            : options.listenOverride;
        address = ListenAddress::parse(listen);
        if (!address.isValid()) {
            *error = QCoreApplication::translate("LeadServer", "invalid listen address '%1': %2")
                         .arg(listen, address.error);
            return false;
        }
        // The revision first: a change made while the limits are read is seen as one.
        settingsRevision = store::SettingsStore(m_settingsDb->db()).revision();
        m_limits = limitsFromSettings(m_settingsDb->db(), &threads);
    } catch (const store::StoreError &e) {
        *error = e.message();
        return false;
    }

    m_writer = std::make_unique<store::WriteQueue>(m_databasePath);
    connect(m_writer.get(), &store::WriteQueue::committed, this, &LeadServer::committed,
            Qt::DirectConnection);
    if (!m_writer->start(error))
        return false;

    // Woken by every commit, so a new event is on its way within milliseconds.
    m_webhooks = std::make_unique<webhooks::WebhookDispatcher>(m_databasePath, m_writer.get());
    connect(m_webhooks.get(), &webhooks::WebhookDispatcher::subscriptionDisabled, this,
            &LeadServer::webhookDisabled);
    if (!m_webhooks->start(error)) {
        m_webhooks.reset();
        m_writer->stop();
        m_writer.reset();
        return false;
    }
    webhooks::WebhookDispatcher *dispatcher = m_webhooks.get();
    connect(
        m_writer.get(), &store::WriteQueue::committed, dispatcher,
        [dispatcher] { dispatcher->wake(); }, Qt::DirectConnection);

    // Mail has its own thread: libcurl blocks while it sends. Woken by the same commits.
    m_mail = std::make_unique<mail::MailDispatcher>(m_databasePath, m_writer.get());
    if (!m_mail->start(error)) {
        m_mail.reset();
        stop();
        return false;
    }
    mail::MailDispatcher *mailer = m_mail.get();
    connect(
        m_writer.get(), &store::WriteQueue::committed, mailer, [mailer] { mailer->wake(); },
        Qt::DirectConnection);

    m_context = std::make_shared<api::ApiContext>(m_databasePath, m_writer.get());
    m_context->setPublicUrlOverride(options.publicUrlOverride);
    m_router = std::make_shared<http::Router>();
    api::LeadApi::registerRoutes(*m_router, m_context);
    api::CaptureApi::registerRoutes(*m_router, m_context);
    api::WebhookApi::registerRoutes(*m_router, m_context);

    m_listener = std::make_unique<http::HttpListener>(m_router);
    m_liveLimits = std::make_shared<LiveLimits>(m_databasePath, settingsRevision);
    m_listener->setLimitsSource([live = m_liveLimits] { return live->changed(); });
    if (!m_listener->start(address, m_limits, threads, error)) {
        m_listener.reset();
        stop();
        return false;
    }
    m_context->setListenUrl(m_listener->address().toUrl());

    m_pruneTimer = new QTimer(this);
    m_pruneTimer->setInterval(options.pruneIntervalMs);
    connect(m_pruneTimer, &QTimer::timeout, this, &LeadServer::pruneIdempotencyRecords);
    m_pruneTimer->start();

    m_backups = new BackupScheduler(options.dataDir, options.backupIntervalMs,
                                    options.backupCheckMs, this);
    m_backups->start();
    emit listening(m_listener->address().toUrl());
    return true;
}

void LeadServer::pruneIdempotencyRecords()
{
    // Expired idempotency records are of no use; the writer drops them now and then.
    m_writer->submit(
        [](QSqlDatabase &db) {
            store::IdempotencyStore(db).pruneExpired(Clock::nowMs());
            return QVariant();
        },
        {});
}

bool LeadServer::relisten(const ListenAddress &address, QString *error)
{
    if (!m_listener)
        return false;
    auto fresh = std::make_unique<http::HttpListener>(m_router);
    fresh->setLimitsSource([live = m_liveLimits] { return live->changed(); });
    try {
        m_limits = limitsFromSettings(m_settingsDb->db(), nullptr);
    } catch (const store::StoreError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    if (!fresh->start(address, m_limits, 0, error))
        return false;
    m_listener->stop();
    m_listener = std::move(fresh);
    m_context->setListenUrl(m_listener->address().toUrl());
    emit listening(m_listener->address().toUrl());
    return true;
}

void LeadServer::stop()
{
    if (m_pruneTimer) {
        delete m_pruneTimer;
        m_pruneTimer = nullptr;
    }
    if (m_backups) {
        delete m_backups; // waits for a backup in progress
        m_backups = nullptr;
    }
    if (m_listener) {
        m_listener->stop();
        m_listener.reset();
    }
    if (m_mail) {
        if (m_writer)
            disconnect(m_writer.get(), &store::WriteQueue::committed, m_mail.get(), nullptr);
        m_mail->stop();
        m_mail.reset();
    }
    if (m_webhooks) {
        if (m_writer)
            disconnect(m_writer.get(), &store::WriteQueue::committed, m_webhooks.get(), nullptr);
        m_webhooks->stop();
        m_webhooks.reset();
    }
    if (m_writer) {
        m_writer->stop();
        m_writer.reset();
    }
    m_router.reset();
    m_context.reset();
    m_settingsDb.reset();
}

bool LeadServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

ListenAddress LeadServer::address() const
{
    return m_listener ? m_listener->address() : ListenAddress();
}

} // namespace rmx::server
