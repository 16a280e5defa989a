// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace rmx {

/// One known setting: its key, default, a one-line description and a validator that returns
/// an error message for a bad value.
struct SettingSpec
{
    /// Secret: stored sealed (SecretBox), never shown back; SettingsStore::secretValue opens it.
    enum class Kind { Text, Boolean, Secret };

    QString key;
    QString defaultValue;
    QString description;
    std::function<QString(const QString &)> validate;
    Kind kind = Kind::Text; // how the settings page edits it
};

/// Every setting RemixCRM understands, shared by `remixcrm config`, the server and the UI.
namespace SettingsSchema {
const QList<SettingSpec> &all();
const SettingSpec *find(const QString &key);

inline const QString Listen = QStringLiteral("listen");
inline const QString PublicUrl = QStringLiteral("public_url");
inline const QString LeadRateLimitPerHour = QStringLiteral("lead_rate_limit_per_hour");
inline const QString MaxBodyBytes = QStringLiteral("max_body_bytes");
inline const QString MaxHeaderBytes = QStringLiteral("max_header_bytes");
inline const QString MaxConnections = QStringLiteral("max_connections");
inline const QString IdleTimeoutMs = QStringLiteral("idle_timeout_ms");
inline const QString HeaderTimeoutMs = QStringLiteral("header_timeout_ms");
inline const QString HttpThreads = QStringLiteral("http_threads");
inline const QString CaptureRateLimitPerMinute = QStringLiteral("capture_rate_limit_per_minute");
inline const QString CaptureNewContactsPerHour = QStringLiteral("capture_new_contacts_per_hour");
inline const QString CorsAllowedOrigins = QStringLiteral("cors_allowed_origins");
inline const QString FormTitle = QStringLiteral("form_title");
inline const QString FormIntro = QStringLiteral("form_intro");
inline const QString FormAccentColor = QStringLiteral("form_accent_color");
inline const QString FormThankYouUrl = QStringLiteral("form_thank_you_url");
inline const QString FormMinFillMs = QStringLiteral("form_min_fill_ms");

inline const QString CloseToTray = QStringLiteral("close_to_tray");
inline const QString StartMinimised = QStringLiteral("start_minimised");
inline const QString NotifyNewLeads = QStringLiteral("notify_new_leads");

/// "true" or "false", as Boolean settings are stored.
bool isTrue(const QString &value);
inline const QString BackupEnabled = QStringLiteral("backup_enabled");
inline const QString BackupKeep = QStringLiteral("backup_keep");
inline const QString Language = QStringLiteral("language");
/// The origins listed in a `cors_allowed_origins` value (lower case, no trailing slash).
QStringList parseOrigins(const QString &value);
inline const QString WebhooksAllowPrivateTargets = QStringLiteral("webhooks_allow_private_targets");
inline const QString WebhooksRetrySchedule = QStringLiteral("webhooks_retry_schedule");
inline const QString WebhooksConnectTimeoutMs = QStringLiteral("webhooks_connect_timeout_ms");
inline const QString WebhooksTimeoutMs = QStringLiteral("webhooks_timeout_ms");
inline const QString WebhooksDisableAfterHours = QStringLiteral("webhooks_disable_after_hours");
inline const QString WebhooksLogRetentionDays = QStringLiteral("webhooks_log_retention_days");

inline const QString MailSmtpUrl = QStringLiteral("mail_smtp_url");
inline const QString MailSmtpUsername = QStringLiteral("mail_smtp_username");
inline const QString MailSmtpPassword = QStringLiteral("mail_smtp_password");
inline const QString MailCaFile = QStringLiteral("mail_ca_file");
inline const QString MailFrom = QStringLiteral("mail_from");
inline const QString OwnerEmail = QStringLiteral("owner_email");
inline const QString BusinessName = QStringLiteral("business_name");
inline const QString MailConnectTimeoutMs = QStringLiteral("mail_connect_timeout_ms");
inline const QString MailTimeoutMs = QStringLiteral("mail_timeout_ms");
inline const QString MailSmtpTls = QStringLiteral("mail_smtp_tls");
inline const QString MailRetrySchedule = QStringLiteral("mail_retry_schedule");
inline const QString MailLogRetentionDays = QStringLiteral("mail_log_retention_days");
inline const QString AutoReplyEnabled = QStringLiteral("auto_reply_enabled");
inline const QString AutoReplyChannels = QStringLiteral("auto_reply_channels");
inline const QString AutoReplyMinIntervalHours = QStringLiteral("auto_reply_min_interval_hours");
inline const QString AutoReplyMaxPerHour = QStringLiteral("auto_reply_max_per_hour");
inline const QString AutoReplyDelaySeconds = QStringLiteral("auto_reply_delay_seconds");
inline const QString OwnerAlerts = QStringLiteral("owner_alerts");

/// The delays of a retry schedule setting (webhooks_retry_schedule, mail_retry_schedule), in
/// seconds: "5,300,1800" is {5, 300, 1800}.
QList<double> parseSchedule(const QString &value);
/// The channels listed in an `auto_reply_channels` value (api, capture, form).
QStringList parseChannels(const QString &value);
} // namespace SettingsSchema

} // namespace rmx
