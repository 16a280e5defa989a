// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Migrations.h"

namespace rmx::store::Migrations {

namespace {

// Version 1: leads, contacts, lookups, API keys, settings, outbox and idempotency records.
// Times are Unix milliseconds. Public ids (uuid, cont_, evt_) sit beside integer row ids.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at INTEGER NOT NULL))"),

        QStringLiteral(R"(CREATE TABLE api_keys (
            id INTEGER PRIMARY KEY,
            prefix TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            salt BLOB NOT NULL,
            hash BLOB NOT NULL,
            created_at INTEGER NOT NULL,
            last_used_at INTEGER,
            revoked_at INTEGER))"),

        QStringLiteral(R"(CREATE TABLE lead_sources (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL))"),

        QStringLiteral(R"(CREATE TABLE event_types (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            position INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL))"),

        QStringLiteral(R"(CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            public_id TEXT NOT NULL UNIQUE,
            email TEXT NOT NULL,
            email_key TEXT NOT NULL UNIQUE,
            first_name TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            stage TEXT NOT NULL DEFAULT 'lead',
            source_id INTEGER REFERENCES lead_sources(id) ON DELETE SET NULL,
            metadata TEXT NOT NULL DEFAULT '{}',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),

        QStringLiteral(R"(CREATE TABLE leads (
            id INTEGER PRIMARY KEY,
            public_id TEXT NOT NULL UNIQUE,
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL,
            phone TEXT NOT NULL,
            event_date TEXT NOT NULL,
            event_type_id INTEGER REFERENCES event_types(id) ON DELETE SET NULL,
            source_id INTEGER REFERENCES lead_sources(id) ON DELETE SET NULL,
            notes TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'new'
                CHECK (status IN ('new', 'contacted', 'quoted', 'booked', 'lost')),
            created_via TEXT NOT NULL,
            api_key_id INTEGER REFERENCES api_keys(id) ON DELETE SET NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX leads_by_origin_time ON leads(created_via, created_at)"),
        QStringLiteral("CREATE INDEX leads_by_contact ON leads(contact_id)"),
        QStringLiteral("CREATE INDEX leads_by_event_date ON leads(event_date)"),

        QStringLiteral(R"(CREATE TABLE lead_history (
            id INTEGER PRIMARY KEY,
            lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}'))"),
        QStringLiteral("CREATE INDEX lead_history_by_lead ON lead_history(lead_id, at)"),

        // Events waiting for webhook delivery, written in the same transaction as the change.
        QStringLiteral(R"(CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            public_id TEXT NOT NULL UNIQUE,
            event TEXT NOT NULL,
            data TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            dispatched_at INTEGER))"),
        QStringLiteral(
            "CREATE INDEX outbox_undispatched ON outbox(id) WHERE dispatched_at IS NULL"),

        QStringLiteral(R"(CREATE TABLE idempotency_keys (
            api_key_id INTEGER NOT NULL REFERENCES api_keys(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            status INTEGER NOT NULL,
            response TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (api_key_id, key)))"),
        QStringLiteral("CREATE INDEX idempotency_by_time ON idempotency_keys(created_at)"),

        QStringLiteral(R"(INSERT INTO event_types (name, name_key, position, created_at) VALUES
            ('Wedding', 'wedding', 1, 0),
            ('Engagement', 'engagement', 2, 0),
            ('Birthday', 'birthday', 3, 0),
            ('Corporate event', 'corporate event', 4, 0),
            ('Party', 'party', 5, 0),
            ('Other', 'other', 6, 0))"),
    };
}

// Version 2: captured spam (reviewable and restorable), server secrets, and an index for the
// hourly ceiling on new contacts.
QStringList version2()
{
    return {
        // Submissions caught by the hosted form's honeypot or fill-time check. `payload` is the
        // submission as a /capture JSON body, so restoring it is one more capture.
        QStringLiteral(R"(CREATE TABLE spam_submissions (
            id INTEGER PRIMARY KEY,
            public_id TEXT NOT NULL UNIQUE,
            reason TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT '',
            client_ip TEXT NOT NULL DEFAULT '',
            user_agent TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            restored_at INTEGER,
            contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL))"),
        QStringLiteral("CREATE INDEX spam_by_time ON spam_submissions(created_at)"),

        // Random keys generated on first start (e.g. the form token HMAC key). Never exported.
        QStringLiteral(R"(CREATE TABLE secrets (
            name TEXT PRIMARY KEY,
            value BLOB NOT NULL,
            created_at INTEGER NOT NULL))"),

        QStringLiteral("CREATE INDEX contacts_by_created ON contacts(created_at)"),
    };
}

// Version 3: outbound webhooks. A subscription receives the events it lists; each event x
// subscription pair is one delivery; every HTTP try of a delivery is one attempt (the log).
// Signing secrets are stored encrypted (AES-256-GCM, key file in the data directory).
QStringList version3()
{
    return {
        QStringLiteral(R"(CREATE TABLE webhook_subscriptions (
            id INTEGER PRIMARY KEY,
            public_id TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL,
            events TEXT NOT NULL,
            secret_enc TEXT NOT NULL,
            enabled INTEGER NOT NULL DEFAULT 1,
            disabled_reason TEXT,
            disabled_at INTEGER,
            created_by TEXT NOT NULL CHECK (created_by IN ('api', 'ui', 'cli')),
            api_key_id INTEGER REFERENCES api_keys(id) ON DELETE SET NULL,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            failing_since INTEGER,
            last_success_at INTEGER,
            last_failure_at INTEGER,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),

        QStringLiteral(R"(CREATE TABLE webhook_deliveries (
            id INTEGER PRIMARY KEY,
            outbox_id INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
            subscription_id INTEGER NOT NULL
                REFERENCES webhook_subscriptions(id) ON DELETE CASCADE,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'succeeded', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            round_attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER,
            last_attempt_at INTEGER,
            last_status INTEGER,
            last_error TEXT,
            created_at INTEGER NOT NULL,
            completed_at INTEGER,
            UNIQUE (outbox_id, subscription_id)))"),
        QStringLiteral("CREATE INDEX webhook_deliveries_pending ON webhook_deliveries("
                       "next_attempt_at) WHERE state = 'pending'"),
        QStringLiteral("CREATE INDEX webhook_deliveries_by_subscription ON webhook_deliveries("
                       "subscription_id, created_at)"),

        QStringLiteral(R"(CREATE TABLE webhook_attempts (
            id INTEGER PRIMARY KEY,
            delivery_id INTEGER NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
            attempt INTEGER NOT NULL,
            started_at INTEGER NOT NULL,
            duration_ms INTEGER NOT NULL,
            http_status INTEGER,
            error TEXT,
            response_body BLOB))"),
        QStringLiteral(
            "CREATE INDEX webhook_attempts_by_delivery ON webhook_attempts(delivery_id, attempt)"),
        QStringLiteral("CREATE INDEX webhook_attempts_by_time ON webhook_attempts(started_at)"),
    };
}

// Version 4: full-text search over leads for the desktop inbox, kept current by triggers, and
// indexes for the inbox's sortable columns.
QStringList version4()
{
    return {
        QStringLiteral(R"(CREATE VIRTUAL TABLE leads_fts USING fts5(
            first_name, last_name, email, phone, notes, source,
            tokenize = "unicode61 remove_diacritics 2"))"),
        QStringLiteral(R"(CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN
            INSERT INTO leads_fts (rowid, first_name, last_name, email, phone, notes, source)
            VALUES (NEW.id, NEW.first_name, NEW.last_name, NEW.email, NEW.phone, NEW.notes,
                    (SELECT name FROM lead_sources WHERE id = NEW.source_id));
        END)"),
        QStringLiteral(R"(CREATE TRIGGER leads_fts_update AFTER UPDATE OF first_name, last_name,
            email, phone, notes, source_id ON leads BEGIN
            DELETE FROM leads_fts WHERE rowid = OLD.id;
            INSERT INTO leads_fts (rowid, first_name, last_name, email, phone, notes, source)
            VALUES (NEW.id, NEW.first_name, NEW.last_name, NEW.email, NEW.phone, NEW.notes,
                    (SELECT name FROM lead_sources WHERE id = NEW.source_id));
        END)"),
        QStringLiteral(R"(CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN
            DELETE FROM leads_fts WHERE rowid = OLD.id;
        END)"),
        QStringLiteral(R"(INSERT INTO leads_fts (rowid, first_name, last_name, email, phone, notes,
            source) SELECT l.id, l.first_name, l.last_name, l.email, l.phone, l.notes, s.name
            FROM leads l LEFT JOIN lead_sources s ON s.id = l.source_id)"),
        QStringLiteral("CREATE INDEX leads_by_status ON leads(status, id)"),
        QStringLiteral("CREATE INDEX leads_by_last_name ON leads(last_name, id)"),
        QStringLiteral("CREATE INDEX leads_by_created ON leads(created_at, id)"),
        // Remembers when the owner last looked at the inbox ("new since I last looked").
        QStringLiteral(R"(CREATE TABLE ui_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
    };
}

// Version 5: new leads are indexed for search by LeadStore::insert instead of a trigger. A
// trigger makes every lead insert open a statement savepoint, at which FTS5 writes out its
// pending terms: one index segment per lead instead of one per commit. Updates and deletes,
// which are rare, stay with their triggers.
QStringList version5()
{
    return {QStringLiteral("DROP TRIGGER leads_fts_insert")};
}

// Version 6: a turned-off webhook stores why as a code (owner, gone, failing), no longer as the
// English sentence the API shows: the API writes that sentence from the code, and the window
// translates the code. "Every delivery failed since <time>" keeps its time in failing_since.
QStringList version6()
{
    return {
        QStringLiteral(R"(UPDATE webhook_subscriptions SET failing_since = CAST(ROUND((julianday(
            substr(disabled_reason, 29, instr(disabled_reason, ';') - 29)) - 2440587.5)
            * 86400000.0) AS INTEGER)
            WHERE disabled_reason LIKE 'Every delivery failed since %;%' AND julianday(
            substr(disabled_reason, 29, instr(disabled_reason, ';') - 29)) IS NOT NULL)"),
        QStringLiteral(R"(UPDATE webhook_subscriptions SET failing_since = COALESCE(failing_since,
            disabled_at) WHERE disabled_reason LIKE 'Every delivery failed since %')"),
        QStringLiteral(R"(UPDATE webhook_subscriptions SET disabled_reason = CASE
            WHEN enabled = 1 OR disabled_reason IS NULL OR disabled_reason = '' THEN NULL
            WHEN disabled_reason LIKE 'The receiver answered 410 Gone%' THEN 'gone'
            WHEN disabled_reason LIKE 'Every delivery failed since %' THEN 'failing'
            ELSE 'owner' END)"),
    };
}

// Version 7: whether the owner has opened a lead, so unread (bold) rows stay unread across
// restarts. Leads from before count as read, as the window showed them until now.
QStringList version7()
{
    return {
        QStringLiteral("ALTER TABLE leads ADD COLUMN read_at INTEGER"),
        QStringLiteral("UPDATE leads SET read_at = created_at"),
    };
}

// Version 8: a counter that every write to `settings` advances, so each thread that keeps
// settings in memory (the webhook dispatcher, the listener's limits) notices a change, made by
// any process, with one cheap read before its next piece of work.
QStringList version8()
{
    return {
        QStringLiteral(R"(CREATE TABLE settings_revision (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            revision INTEGER NOT NULL))"),
        QStringLiteral("INSERT INTO settings_revision (id, revision) VALUES (1, 0)"),
        QStringLiteral(R"(CREATE TRIGGER settings_revision_insert AFTER INSERT ON settings BEGIN
            UPDATE settings_revision SET revision = revision + 1;
        END)"),
        QStringLiteral(R"(CREATE TRIGGER settings_revision_update AFTER UPDATE ON settings BEGIN
            UPDATE settings_revision SET revision = revision + 1;
        END)"),
        QStringLiteral(R"(CREATE TRIGGER settings_revision_delete AFTER DELETE ON settings BEGIN
            UPDATE settings_revision SET revision = revision + 1;
        END)"),
    };
}

// Version 9: what an inquiry sent beyond the lead's own fields (a venue, a guest count, UTM
// values, an event type that is not in the list) is kept as the lead's details, a JSON object.
// Inquiries without an event date become leads too; their event_date is ''.
QStringList version9()
{
    return {QStringLiteral("ALTER TABLE leads ADD COLUMN details TEXT NOT NULL DEFAULT '{}'")};
}

// Version 10: a key made for a test (the Connect page's "Send test lead") marks its leads as
// tests from the moment they are created, so no announcement or count takes them for real.
// The partial index keeps the tray's count of unread leads cheap after every commit; the other
// lets the inbox sort by date with dateless leads last without sorting every row.
QStringList version10()
{
    return {
        QStringLiteral("ALTER TABLE api_keys ADD COLUMN test INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX leads_unread ON leads(created_via) WHERE read_at IS NULL"),
        // The inbox's date sort, dateless leads last, read in index order.
        QStringLiteral("CREATE INDEX leads_by_event_date_dated ON leads(event_date = '', "
                       "event_date)"),
    };
}

// Version 11: mail to send (auto-replies to inquiries, alerts to the owner), queued in the same
// transaction as the lead, and kept afterwards as the mail log. The template and the Message-ID
// are fixed when queued; the text is made when sent. Times are Unix milliseconds. Row ids grow
// with time, so the log reads newest first by id, without an index of its own.
QStringList version11()
{
    return {
        QStringLiteral(R"(CREATE TABLE mail_queue (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('auto_reply', 'owner_alert', 'cap_notice')),
            lead_id INTEGER REFERENCES leads(id) ON DELETE SET NULL,
            contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            recipient TEXT NOT NULL,
            recipient_key TEXT NOT NULL,
            template TEXT NOT NULL,
            message_id TEXT NOT NULL,
            lead_url TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            due_at INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_attempt_at INTEGER,
            sent_at INTEGER,
            result TEXT NOT NULL DEFAULT '',
            last_reply TEXT NOT NULL DEFAULT '',
            capped INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX mail_queue_due ON mail_queue(due_at) WHERE state = 'pending'"),
        // The per-recipient window of auto-replies.
        QStringLiteral("CREATE INDEX mail_queue_by_recipient ON mail_queue(recipient_key, "
                       "created_at) WHERE kind = 'auto_reply'"),
        // The hourly cap: what was sent in the last hour, by kind.
        QStringLiteral("CREATE INDEX mail_queue_sent ON mail_queue(kind, sent_at) WHERE sent_at "
                       "IS NOT NULL"),
        QStringLiteral("CREATE INDEX mail_queue_by_lead ON mail_queue(lead_id)"),
        // "Is the date taken?" reads the booked leads of one date only.
        QStringLiteral("CREATE INDEX leads_booked_by_date ON leads(event_date) WHERE status = "
                       "'booked'"),
    };
}

// Version 12: the vendor's edited mail templates (date_free, date_taken, no_date, owner_alert).
// A template without a row is sent in its default text, in the `language` of the time.
QStringList version12()
{
    return {
        QStringLiteral(R"(CREATE TABLE mail_templates (
            name TEXT PRIMARY KEY,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            updated_at INTEGER NOT NULL))"),
    };
}

} // namespace

const QList<QStringList> &all()
{
    static const QList<QStringList> steps
        = {version1(), version2(), version3(), version4(),  version5(),  version6(),
           version7(), version8(), version9(), version10(), version11(), version12()};
    return steps;
}

} // namespace rmx::store::Migrations
