// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/Mailbox.h"

#include <QCoreApplication>
#include <QUrl>

namespace rmx::mail {

namespace {
// RFC 5322 atext: what a dot-atom local part may hold besides dots.
bool isAtext(QChar c)
{
    if (c.unicode() > 127)
        return false;
    if (c.isLetterOrNumber())
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool hasControl(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar(0x2028) || c == QChar(0x2029))
            return true;
    }
    return false;
}

bool isDomainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (QChar c : label) {
        if (c.unicode() > 127 || !(c.isLetterOrNumber() || c == u'-'))
            return false;
    }
    return true;
}

// The text between the quotes of a quoted display name, with \" and \\ unescaped.
QString unquote(QStringView quoted)
{
    QString out;
    for (qsizetype i = 1; i + 1 < quoted.size(); ++i) {
        if (quoted[i] == u'\\' && i + 2 < quoted.size())
            ++i;
        out.append(quoted[i]);
    }
    return out;
}

Mailbox failed(const QString &error)
{
    Mailbox m;
    m.error = error;
    return m;
}
} // namespace

QString Mailbox::domain() const
{
    return address.mid(address.lastIndexOf(u'@') + 1);
}

QString Mailbox::toString() const
{
    if (displayName.isEmpty())
        return address;
    return displayName + QStringLiteral(" <") + address + u'>';
}

QString Mailbox::checkAddress(const QString &address)
{
    if (hasControl(address))
        return QCoreApplication::translate("Mailbox",
                                           "must not contain line breaks or control characters");
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1)
        return QCoreApplication::translate("Mailbox",
                                           "must be an email address such as hello@example.com");
    const QStringView local = QStringView(address).first(at);
    const QString domain = address.mid(at + 1);
    if (local.size() > 64 || address.size() > 254)
        return QCoreApplication::translate("Mailbox", "is too long for an email address");
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return QCoreApplication::translate("Mailbox",
                                           "must be an email address such as hello@example.com");
    for (QChar c : local) {
        if (c != u'.' && !isAtext(c))
            return QCoreApplication::translate(
                "Mailbox", "must be an email address such as hello@example.com");
    }
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2)
        return QCoreApplication::translate("Mailbox",
                                           "must be an email address such as hello@example.com");
    for (const QString &label : labels) {
        if (!isDomainLabel(label))
            return QCoreApplication::translate(
                "Mailbox", "must be an email address such as hello@example.com");
    }
    return {};
}

Mailbox Mailbox::make(const QString &displayName, const QString &address)
{
    if (hasControl(displayName))
        return failed(QCoreApplication::translate(
            "Mailbox", "must not contain line breaks or control characters"));
    QString ascii = address.trimmed();
    // An internationalised domain (bücher.example) goes on the wire in its ACE form.
    if (const qsizetype at = ascii.lastIndexOf(u'@'); at > 0) {
        const QString domain = ascii.mid(at + 1);
        const QByteArray ace = QUrl::toAce(domain);
        if (ace.isEmpty() && !domain.isEmpty())
            return failed(QCoreApplication::translate(
                "Mailbox", "must be an email address such as hello@example.com"));
        ascii = ascii.first(at + 1) + QString::fromLatin1(ace).toLower();
    }
    if (const QString error = checkAddress(ascii); !error.isEmpty())
        return failed(error);
    Mailbox m;
    m.displayName = displayName.simplified();
    m.address = ascii;
    return m;
}

Mailbox Mailbox::parse(const QString &text)
{
    if (hasControl(text))
        return failed(QCoreApplication::translate(
            "Mailbox", "must not contain line breaks or control characters"));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return failed(QCoreApplication::translate(
            "Mailbox", "must be an email address such as hello@example.com"));
    if (!trimmed.endsWith(u'>'))
        return make({}, trimmed);
    const qsizetype open = trimmed.lastIndexOf(u'<');
    if (open < 0)
        return failed(QCoreApplication::translate(
            "Mailbox", "must be an address such as Jane Photo <hello@example.com>"));
    const QString address = trimmed.mid(open + 1, trimmed.size() - open - 2);
    if (address.contains(u'<') || address.contains(u'>'))
        return failed(QCoreApplication::translate(
            "Mailbox", "must be an address such as Jane Photo <hello@example.com>"));
    QString name = trimmed.first(open).trimmed();
    if (name.startsWith(u'"')) {
        if (name.size() < 2 || !name.endsWith(u'"'))
            return failed(
                QCoreApplication::translate("Mailbox", "has an unclosed quote in its name"));
        name = unquote(name);
    } else if (name.contains(u'"') || name.contains(u'<') || name.contains(u'>')) {
        return failed(QCoreApplication::translate(
            "Mailbox", "must be an address such as Jane Photo <hello@example.com>"));
    }
    return make(name, address);
}

} // namespace rmx::mail
