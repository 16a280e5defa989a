// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailQueuer.h"

#include "core/mail/MailMessage.h"
#include "core/mail/MailQueueStore.h"
#include "core/mail/Mailbox.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/LeadRecord.h"
#include "core/store/LeadStore.h"
#include "core/store/SettingsStore.h"
#include "core/store/SqliteStatement.h"
#include "core/store/TransactionCache.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace rmx::mail {

namespace {
constexpr qint64 HourMs = 3600LL * 1000;

/// The settings the decision needs, read again only when the settings revision moved.
struct Policy
{
    bool mailSetUp = false; // mail_smtp_url and a valid mail_from
    bool autoReplies = false;
    QStringList channels;
    qint64 windowMs = 0;
    qint64 delayMs = 0;
    bool ownerAlerts = false;
    QString owner; // lower case; empty when unset or invalid
    QString from; // lower case
};

struct PolicyCache
{
    QString connection;
    qint64 revision = -1;
    Policy policy;
};

const Policy &policyOf(QSqlDatabase &db)
{
    namespace S = SettingsSchema;
    thread_local PolicyCache cache;
    store::SettingsStore settings(db);
    // Read once per writer transaction (a batch of leads), like the settings themselves.
    const qint64 revision
        = store::TransactionCache::remembered(db, QStringLiteral("settings-revision"), [&settings] {
              return QVariant(settings.revision());
          }).toLongLong();
    if (cache.connection == db.connectionName() && cache.revision == revision)
        return cache.policy;
    Policy p;
    const Mailbox from = Mailbox::parse(settings.value(S::MailFrom));
    p.mailSetUp = !settings.value(S::MailSmtpUrl).isEmpty() && from.isValid();
    p.from = from.address.toLower();
    p.autoReplies = S::isTrue(settings.value(S::AutoReplyEnabled));
    p.channels = S::parseChannels(settings.value(S::AutoReplyChannels));
    p.windowMs = settings.intValue(S::AutoReplyMinIntervalHours) * HourMs;
    p.delayMs = settings.intValue(S::AutoReplyDelaySeconds) * 1000;
    const Mailbox owner = Mailbox::parse(settings.value(S::OwnerEmail));
    p.owner = owner.isValid() ? owner.address.toLower() : QString();
    p.ownerAlerts = settings.value(S::OwnerAlerts) == u"each" && !p.owner.isEmpty();
    cache = {db.connectionName(), revision, p};
    return cache.policy;
}

void skipped(QSqlDatabase &db, const store::LeadRecord &lead, const QString &reason, qint64 now)
{
    store::LeadStore(db).addHistory(lead.rowId, now, QStringLiteral("mail"),
                                    {{QStringLiteral("mail"), QueuedMail::AutoReply},
                                     {QStringLiteral("event"), QStringLiteral("skipped")},
                                     {QStringLiteral("reason"), reason}});
}
} // namespace

bool MailQueuer::isNoReplyAddress(const QString &address)
{
    static const QRegularExpression robot(
        QStringLiteral("^(no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|mailer[-_.]?daemon|"
                       "postmaster|bounces?|mail[-_.]?daemon)([-+_.].*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype at = address.lastIndexOf(u'@');
    const QString local = at < 0 ? address : address.left(at);
    return robot.match(local).hasMatch();
}

QString MailQueuer::templateFor(QSqlDatabase &db, const QString &eventDate, qint64 leadRowId)
{
    if (eventDate.isEmpty())
        return QStringLiteral("no_date");
    // leads_booked_by_date: only the booked leads of this one date are read.
    const bool taken = store::SqliteStatement::prepared(
                           db,
                           "SELECT 1 FROM leads INDEXED BY leads_booked_by_date WHERE "
                           "event_date = ? AND status = 'booked' AND id <> ? LIMIT 1")
                           .bind(1, eventDate)
                           .bind(2, leadRowId)
                           .first("read the booked leads of a date", [](const auto &) {});
    return taken ? QStringLiteral("date_taken") : QStringLiteral("date_free");
}

void MailQueuer::queue(QSqlDatabase &db, const store::LeadRecord &lead, qint64 contactRowId,
                       const InquiryMail &inquiry, qint64 now)
{
    if (inquiry.channel.isEmpty())
        return;
    const Policy &p = policyOf(db);
    if (!p.mailSetUp) {
        // Mail never set up: nothing to say. Auto-replies asked for without mail: say why.
        if (p.autoReplies)
            skipped(db, lead, ReasonMailOff, now);
        return;
    }
    MailQueueStore queue(db);
    // A submission the owner restored from spam herself needs no alert about it.
    if (p.ownerAlerts && inquiry.heldReason.isEmpty()) {
        QueuedMail alert;
        alert.kind = QueuedMail::OwnerAlert;
        alert.leadRowId = lead.rowId;
        alert.contactRowId = contactRowId;
        alert.recipient = p.owner;
        alert.templateName = QStringLiteral("owner_alert");
        alert.messageId = MailMessage::newId();
        alert.leadUrl = inquiry.leadUrl;
        alert.createdAt = alert.dueAt = now;
        queue.insert(alert);
    }

    const QString recipient = lead.email.trimmed();
    const QString key = recipient.toLower();
    QString reason;
    if (!inquiry.heldReason.isEmpty())
        reason = inquiry.heldReason;
    else if (!p.autoReplies)
        reason = ReasonOff;
    else if (!p.channels.contains(inquiry.channel))
        reason = ReasonChannelOff;
    else if (isNoReplyAddress(key) || !Mailbox::checkAddress(recipient).isEmpty())
        reason = ReasonNoReply;
    else if (key == p.owner || key == p.from)
        reason = ReasonOwnAddress;
    else if (p.windowMs > 0 && queue.autoReplyQueuedSince(key, now - p.windowMs))
        reason = ReasonThrottled;
    if (!reason.isEmpty()) {
        skipped(db, lead, reason, now);
        return;
    }
    QueuedMail reply;
    reply.kind = QueuedMail::AutoReply;
    reply.leadRowId = lead.rowId;
    reply.contactRowId = contactRowId;
    reply.recipient = recipient;
    reply.templateName = templateFor(db, lead.eventDate, lead.rowId);
    reply.messageId = MailMessage::newId();
    reply.leadUrl = inquiry.leadUrl;
    reply.createdAt = now;
    reply.dueAt = now + p.delayMs;
    queue.insert(reply);
}

} // namespace rmx::mail
