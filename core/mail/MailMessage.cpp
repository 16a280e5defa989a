// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailMessage.h"

#include "core/util/SecureRandom.h"

namespace rmx::mail {

namespace {
bool hasLineBreak(const QString &text)
{
    for (QChar c : text) {
        if (c == u'\r' || c == u'\n' || c.unicode() == 0 || c == QChar(0x2028)
            || c == QChar(0x2029))
            return true;
    }
    return false;
}

// dot-atom-text: what the left side of a Message-ID may hold.
bool isDotAtom(const QString &text)
{
    if (text.isEmpty() || text.size() > 128 || text.startsWith(u'.') || text.endsWith(u'.')
        || text.contains(QStringLiteral("..")))
        return false;
    for (QChar c : text) {
        if (c.unicode() > 127
            || !(c.isLetterOrNumber() || QStringView(u".!#$%&'*+-/=?^_`{|}~").contains(c)))
            return false;
    }
    return true;
}

QString checkMailbox(const Mailbox &mailbox, const QString &field)
{
    if (hasLineBreak(mailbox.displayName) || hasLineBreak(mailbox.address))
        return field + QStringLiteral(": line breaks are not allowed");
    if (!mailbox.error.isEmpty())
        return field + QStringLiteral(": ") + mailbox.error;
    if (QString error = Mailbox::checkAddress(mailbox.address); !error.isEmpty())
        return field + QStringLiteral(" address ") + error;
    return {};
}
} // namespace

QString MailMessage::messageId() const
{
    return u'<' + id + u'@' + from.domain() + u'>';
}

QString MailMessage::validate() const
{
    if (QString error = checkMailbox(from, QStringLiteral("From")); !error.isEmpty())
        return error;
    if (to.isEmpty())
        return QStringLiteral("To: at least one recipient is needed");
    for (const Mailbox &recipient : to) {
        if (QString error = checkMailbox(recipient, QStringLiteral("To")); !error.isEmpty())
            return error;
    }
    if (replyTo) {
        if (QString error = checkMailbox(*replyTo, QStringLiteral("Reply-To")); !error.isEmpty())
            return error;
    }
    if (hasLineBreak(subject))
        return QStringLiteral("Subject: line breaks are not allowed");
    if (!isDotAtom(id))
        return QStringLiteral("Message-ID: the id must be letters, digits and . _ - only");
    return {};
}

QString MailMessage::newId()
{
    return SecureRandom::base62(26);
}

} // namespace rmx::mail
