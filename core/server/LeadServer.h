// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/HttpLimits.h"
#include "core/settings/ListenAddress.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QTimer;

namespace rmx::api {
class ApiContext;
}
namespace rmx::http {
class HttpListener;
class Router;
} // namespace rmx::http
namespace rmx::store {
class DbConnection;
class WriteQueue;
} // namespace rmx::store
namespace rmx::webhooks {
class WebhookDispatcher;
}
namespace rmx::mail {
class MailDispatcher;
}

namespace rmx::server {

class BackupScheduler;
class LiveLimits;

/// Everything that serves leads, without any window: the database writer, the routes and the
/// HTTP listener. Used by both the headless server and the desktop app.
class LeadServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadServer)

public:
    struct Options
    {
        QString dataDir;
        QString listenOverride; // --listen; empty = the `listen` setting
        QString publicUrlOverride; // --public-url; empty = the `public_url` setting
        int pruneIntervalMs = 10 * 60 * 1000; // how often expired idempotency records go
        QString openLead; // --open: a lead id or lead_url for the window to show
        qint64 backupIntervalMs = 24 * 3600 * 1000; // automatic backups: one a day
        int backupCheckMs = 10 * 60 * 1000; // how often the age of the newest one is checked
    };

    explicit LeadServer(QObject *parent = nullptr);
    ~LeadServer() override;

    /// Migrates the database, starts the writer, then binds the listener. `error` explains any
    /// failure (newer database, port in use, …).
    bool start(const Options &options, QString *error);
    /// Finishes requests in flight, then closes the listener and the database.
    void stop();
    /// Moves the listener to `address`; on failure the old listener keeps running.
    bool relisten(const ListenAddress &address, QString *error);

    bool isListening() const;
    ListenAddress address() const;
    QString databasePath() const { return m_databasePath; }
    store::WriteQueue *writer() const { return m_writer.get(); }
    api::ApiContext *context() const { return m_context.get(); }
    /// The automatic daily backup (null while stopped).
    BackupScheduler *backupScheduler() const { return m_backups; }
    webhooks::WebhookDispatcher *webhooks() const { return m_webhooks.get(); }
    mail::MailDispatcher *mail() const { return m_mail.get(); }

    /// Limits as configured in the settings read through `db`.
    static http::HttpLimits limitsFromSettings(const QSqlDatabase &db, int *threads);

Q_SIGNALS:
    void listening(const QString &url);
    /// A transaction holding new data was committed (emitted on the writer thread).
    void committed();
    /// A webhook was turned off (410 Gone, or failing for too long) and that is committed; the
    /// UI tells the owner.
    void webhookDisabled(const QString &id, const QString &reason);

private:
    void pruneIdempotencyRecords();

    QString m_databasePath;
    std::unique_ptr<store::WriteQueue> m_writer;
    std::unique_ptr<webhooks::WebhookDispatcher> m_webhooks;
    std::unique_ptr<mail::MailDispatcher> m_mail;
    std::shared_ptr<api::ApiContext> m_context;
    std::shared_ptr<http::Router> m_router;
    std::unique_ptr<http::HttpListener> m_listener;
    // Reads the settings at start; owned by this thread.
    std::unique_ptr<store::DbConnection> m_settingsDb;
    // The listener's limits follow the settings revision (see LiveLimits).
    std::shared_ptr<LiveLimits> m_liveLimits;
    QTimer *m_pruneTimer = nullptr;
    BackupScheduler *m_backups = nullptr;
    http::HttpLimits m_limits;
};

} // namespace rmx::server
