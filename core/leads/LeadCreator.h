// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leads/LeadInput.h"
#include "core/store/LeadRecord.h"

#include <QByteArray>
#include <QMetaType>
#include <QSqlDatabase>

#include <optional>

namespace rmx::leads {

/// What a lead submission asks for, beyond the lead itself.
struct LeadSubmission
{
    LeadInput input;
    QString createdVia = QStringLiteral("api"); // api, capture, ui, import
    std::optional<qint64> apiKeyId;
    QString apiKeyName;
    QString idempotencyKey; // empty: none
    QString publicBaseUrl;
    QString historyDetail; // e.g. the API key's name, shown in the lead's history
    /// The inquiry channel for mail (api, capture, form): an auto-reply and the owner's alert
    /// are queued with the lead as the mail settings say. Empty: no mail (imports, the app).
    QString mailChannel;
    /// Why no auto-reply may go out (e.g. "spam" for a submission restored from spam).
    QString mailHeldReason;
};

/// The outcome of a submission, decided inside the write transaction.
struct LeadCreation
{
    enum class Kind { Created, Replayed, RateLimited, KeyRevoked };
    Kind kind = Kind::Created;
    int status = 201;
    QByteArray body; // the JSON answer (for Created and Replayed)
    qint64 retryAfterSec = 0; // for RateLimited
    store::LeadRecord lead;
    bool contactCreated = false;
};

/// Creates a lead inside the writer's transaction: checks the key is still active, replays an
/// earlier answer for a known Idempotency-Key, applies the rolling-hour rate limit, finds or
/// creates the contact and source, inserts the lead with its history, and appends
/// `lead.created` (and `contact.created` for a new contact) to the outbox, and queues the
/// inquiry's mail (MailQueuer), all atomically.
class LeadCreator final
{
public:
    static LeadCreation create(QSqlDatabase &db, const LeadSubmission &submission, qint64 nowMs);
    /// The Lead API's 201 body: {"id", "status":"created", "lead_url"}.
    static QByteArray createdBody(const store::LeadRecord &lead, const QString &publicBaseUrl);
};

} // namespace rmx::leads

Q_DECLARE_METATYPE(rmx::leads::LeadCreation)
