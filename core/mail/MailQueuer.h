// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rmx::store {
struct LeadRecord;
}

namespace rmx::mail {

/// What the lead's transaction knows about the mail an inquiry may get.
struct InquiryMail
{
    QString channel; // api, capture or form; empty: not an inquiry, no mail
    QString leadUrl;
    /// Why no auto-reply may go out whatever the settings say (e.g. "spam": restored from the
    /// spam folder by the owner); empty = none.
    QString heldReason;
};

/// Decides, inside the writer's transaction that creates the lead, which mail an inquiry gets,
/// and queues it there: the owner's alert (owner_alerts = each) and the auto-reply, unless the
/// rules say no (turned off, channel off, a no-reply or the owner's own address, the
/// per-recipient window). A refused auto-reply is written to the lead's history with its
/// reason. Only cheap indexed reads; the settings are read again only when they changed.
class MailQueuer final
{
public:
    /// History reasons (detail "reason" of a lead history entry of kind "mail").
    static inline const QString ReasonOff = QStringLiteral("off");
    static inline const QString ReasonMailOff = QStringLiteral("mail_off");
    static inline const QString ReasonChannelOff = QStringLiteral("channel_off");
    static inline const QString ReasonNoReply = QStringLiteral("no_reply");
    static inline const QString ReasonOwnAddress = QStringLiteral("own_address");
    static inline const QString ReasonThrottled = QStringLiteral("throttled");
    static inline const QString ReasonSpam = QStringLiteral("spam");

    static void queue(QSqlDatabase &db, const store::LeadRecord &lead, qint64 contactRowId,
                      const InquiryMail &inquiry, qint64 nowMs);

    /// Addresses that must never get an auto-reply: noreply@, no-reply@, donotreply@,
    /// mailer-daemon@, postmaster@, bounce(s)@ and their +tag / -suffix forms.
    static bool isNoReplyAddress(const QString &address);
    /// The auto-reply template for an event date: no_date, date_taken (another lead on that
    /// date is booked) or date_free.
    static QString templateFor(QSqlDatabase &db, const QString &eventDate, qint64 leadRowId);
};

} // namespace rmx::mail
