// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingLabels.h"

namespace rmx::ui {

QStringList SettingLabels::sections()
{
    return {tr("App"),      tr("Listener"), tr("Hosted form"), tr("Limits and protection"),
            tr("Webhooks"), tr("Mail"),     tr("Backups"),     tr("Other")};
}

bool SettingLabels::isAdvanced(const QString &key)
{
    static const QStringList advanced = {
        QStringLiteral("http_threads"),        QStringLiteral("max_body_bytes"),
        QStringLiteral("max_header_bytes"),    QStringLiteral("max_connections"),
        QStringLiteral("idle_timeout_ms"),     QStringLiteral("header_timeout_ms"),
        QStringLiteral("form_min_fill_ms"),    QStringLiteral("webhooks_connect_timeout_ms"),
        QStringLiteral("webhooks_timeout_ms"), QStringLiteral("mail_connect_timeout_ms"),
        QStringLiteral("mail_timeout_ms"),     QStringLiteral("mail_log_retention_days"),
    };
    return advanced.contains(key);
}

SettingLabels::Label SettingLabels::of(const QString &key)
{
    const QString app = tr("App"), listener = tr("Listener"), form = tr("Hosted form"),
                  limits = tr("Limits and protection"), webhooks = tr("Webhooks"),
                  mail = tr("Mail"), backups = tr("Backups");
    if (key == u"language")
        return {app, tr("Language"), {}};
    if (key == u"close_to_tray")
        return {app, tr("Keep running in the tray when the window is closed"), {}};
    if (key == u"start_minimised")
        return {app, tr("Start in the tray"), {}};
    if (key == u"notify_new_leads")
        return {app, tr("Notify me of each new lead"), {}};
    if (key == u"listen")
        return {listener, tr("Listen address"),
                tr("HOST:PORT, e.g. 127.0.0.1:8088. Applied at once; a busy port keeps the old "
                   "address.")};
    if (key == u"public_url")
        return {listener, tr("Public URL"),
                tr("Your tunnel's URL, used in lead links and snippets. Empty uses the listen "
                   "address.")};
    if (key == u"http_threads")
        return {listener, tr("Listener threads"), tr("0 uses one per processor core.")};
    if (key == u"form_title")
        return {form, tr("Title"), tr("Empty shows a translated default.")};
    if (key == u"form_intro")
        return {form, tr("Introduction"), tr("Empty shows a translated default.")};
    if (key == u"form_accent_color")
        return {form, tr("Accent colour"), tr("#rgb or #rrggbb.")};
    if (key == u"form_thank_you_url")
        return {form, tr("Thank-you page URL"),
                tr("Where people go after sending the form. Empty shows a thank-you page.")};
    if (key == u"form_min_fill_ms")
        return {form, tr("Minimum fill time (ms)"),
                tr("Faster submissions are treated as bots and kept as spam.")};
    if (key == u"cors_allowed_origins")
        return {form, tr("Websites allowed to post from the browser"),
                tr("Origins such as https://www.example.com, separated by commas.")};
    if (key == u"lead_rate_limit_per_hour")
        return {limits, tr("Lead API: leads per hour"), tr("0 means unlimited.")};
    if (key == u"capture_rate_limit_per_minute")
        return {limits, tr("Form and capture: requests per visitor per minute"),
                tr("0 means unlimited.")};
    if (key == u"capture_new_contacts_per_hour")
        return {limits, tr("New contacts per hour"),
                tr("Protects the disk from floods; 0 means unlimited.")};
    if (key == u"max_body_bytes")
        return {limits, tr("Largest request body (bytes)"), {}};
    if (key == u"max_header_bytes")
        return {limits, tr("Largest request headers (bytes)"), {}};
    if (key == u"max_connections")
        return {limits, tr("Open connections at most"), {}};
    if (key == u"idle_timeout_ms")
        return {limits, tr("Idle connection timeout (ms)"), {}};
    if (key == u"header_timeout_ms")
        return {limits, tr("Time to send request headers (ms)"), {}};
    if (key == u"webhooks_allow_private_targets")
        return {webhooks, tr("Allow API-created webhooks to reach private addresses"),
                tr("Off protects this network from webhooks created with an API key.")};
    if (key == u"webhooks_retry_schedule")
        return {webhooks, tr("Retry schedule (seconds)"),
                tr("Delays between attempts, separated by commas.")};
    if (key == u"webhooks_connect_timeout_ms")
        return {webhooks, tr("Connect timeout (ms)"), {}};
    if (key == u"webhooks_timeout_ms")
        return {webhooks, tr("Total timeout (ms)"), {}};
    if (key == u"webhooks_disable_after_hours")
        return {webhooks, tr("Disable after failing for (hours)"), {}};
    if (key == u"webhooks_log_retention_days")
        return {webhooks, tr("Keep the delivery log for (days)"), {}};
    if (key == u"mail_smtp_url")
        return {mail, tr("SMTP server"),
                tr("Your provider's outgoing server, e.g. smtps://smtp.fastmail.com:465. Empty "
                   "sends no mail.")};
    if (key == u"mail_smtp_tls")
        return {mail, tr("Encryption for smtp://"),
                tr("starttls, tls or none (only to this computer). smtps:// is always TLS.")};
    if (key == u"mail_smtp_username")
        return {mail, tr("SMTP user name"), tr("Usually your full email address.")};
    if (key == u"mail_smtp_password")
        return {mail, tr("SMTP password"),
                tr("Gmail and Outlook need an app password. Stored encrypted.")};
    if (key == u"mail_ca_file")
        return {mail, tr("Trusted certificates (PEM file)"),
                tr("Only for a server with its own certificate. Empty uses the system's.")};
    if (key == u"mail_from")
        return {mail, tr("Send as"), tr("E.g. Jane Photo <hello@janephoto.example>.")};
    if (key == u"owner_email")
        return {mail, tr("Your email address"),
                tr("Alerts about new inquiries go here; replies to auto-replies too.")};
    if (key == u"business_name")
        return {mail, tr("Business name"), {}};
    if (key == u"owner_alerts")
        return {mail, tr("Alert me of new inquiries"), tr("each or off.")};
    if (key == u"auto_reply_enabled")
        return {mail, tr("Answer each new inquiry with an auto-reply"), {}};
    if (key == u"auto_reply_channels")
        return {mail, tr("Auto-reply to inquiries from"),
                tr("api, capture and form, separated by commas.")};
    if (key == u"auto_reply_min_interval_hours")
        return {mail, tr("One auto-reply per address every (hours)"), {}};
    if (key == u"auto_reply_max_per_hour")
        return {mail, tr("Auto-replies per hour at most"),
                tr("Past it they wait, and you are told.")};
    if (key == u"auto_reply_delay_seconds")
        return {mail, tr("Wait before auto-replying (seconds)"), {}};
    if (key == u"mail_retry_schedule")
        return {mail, tr("Mail retry schedule (seconds)"),
                tr("Delays between attempts, separated by commas.")};
    if (key == u"mail_connect_timeout_ms")
        return {mail, tr("SMTP connect timeout (ms)"), {}};
    if (key == u"mail_timeout_ms")
        return {mail, tr("SMTP total timeout (ms)"), {}};
    if (key == u"mail_log_retention_days")
        return {mail, tr("Keep the mail log for (days)"), {}};
    if (key == u"backup_enabled")
        return {backups, tr("Back up automatically every day"), {}};
    if (key == u"backup_keep")
        return {backups, tr("Backups kept"), {}};
    return {tr("Other"), key, {}};
}

} // namespace rmx::ui
