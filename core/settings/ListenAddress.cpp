// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/ListenAddress.h"

#include <QCoreApplication>

namespace rmx {

QString ListenAddress::toString() const
{
    const QString h = host.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + host.toString() + u']'
        : host.toString();
    return h + u':' + QString::number(port);
}

QString ListenAddress::toUrl() const
{
    ListenAddress shown = *this;
    if (host == QHostAddress::AnyIPv4 || host == QHostAddress::Any)
        shown.host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        shown.host = QHostAddress::LocalHostIPv6;
    return QStringLiteral("http://") + shown.toString();
}

ListenAddress ListenAddress::parse(const QString &text)
{
    ListenAddress result;
    const QString t = text.trimmed();
    const qsizetype colon = t.lastIndexOf(u':');
    if (colon <= 0) {
        result.error = QCoreApplication::translate("ListenAddress",
                                                   "must be HOST:PORT, for example 127.0.0.1:8088");
        return result;
    }
    QString hostText = t.left(colon);
    if (hostText.startsWith(u'[') && hostText.endsWith(u']'))
        hostText = hostText.mid(1, hostText.size() - 2);
    bool ok = false;
    const uint port = t.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535) {
        result.error = QCoreApplication::translate("ListenAddress",
                                                   "the port must be a number from 0 to 65535");
        return result;
    }
    if (hostText.compare(u"localhost", Qt::CaseInsensitive) == 0)
        hostText = QStringLiteral("127.0.0.1");
    if (!result.host.setAddress(hostText)) {
        result.error = QCoreApplication::translate("ListenAddress", "'%1' is not an IP address")
                           .arg(hostText);
        return result;
    }
    result.port = quint16(port);
    return result;
}

} // namespace rmx
