// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhooks/TargetPolicy.h"

#include "core/webhooks/WebhookMessages.h"

namespace rmx::webhooks::TargetPolicy {

namespace {
bool inSubnet(const QHostAddress &address, const char *subnet)
{
    return address.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(subnet)));
}
} // namespace

Kind classify(const QHostAddress &input)
{
    QHostAddress address = input;
    bool mapped = false;
    const quint32 v4 = input.toIPv4Address(&mapped); // IPv4-mapped IPv6 counts as IPv4
    if (mapped)
        address = QHostAddress(v4);
    if (address.isNull())
        return Kind::Forbidden;

    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        for (const char *subnet : {"0.0.0.0/8", "169.254.0.0/16", "224.0.0.0/4", "240.0.0.0/4"}) {
            if (inSubnet(address, subnet))
                return Kind::Forbidden; // includes 255.255.255.255 and the metadata service
        }
        for (const char *subnet : {"127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
                                   "100.64.0.0/10", "192.0.0.0/24", "198.18.0.0/15"}) {
            if (inSubnet(address, subnet))
                return Kind::Private;
        }
        return Kind::Public;
    }
    for (const char *subnet : {"::/128", "fe80::/10", "ff00::/8", "fd00:ec2::254/128"}) {
        if (inSubnet(address, subnet))
            return Kind::Forbidden;
    }
    // NAT64 embeds an IPv4 address: judge the embedded one.
    if (inSubnet(address, "64:ff9b::/96")) {
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        const quint32 embedded = (quint32(bytes[12]) << 24) | (quint32(bytes[13]) << 16)
            | (quint32(bytes[14]) << 8) | quint32(bytes[15]);
        return classify(QHostAddress(embedded));
    }
    for (const char *subnet : {"::1/128", "fc00::/7", "fec0::/10"}) {
        if (inSubnet(address, subnet))
            return Kind::Private;
    }
    return Kind::Public;
}

QString check(const QHostAddress &address, bool allowPrivate)
{
    switch (classify(address)) {
    case Kind::Public:
        return {};
    case Kind::Private:
        if (allowPrivate)
            return {};
        return WebhookMessages::english(WebhookMessages::PrivateTarget, {address.toString()});
    case Kind::Forbidden:
        break;
    }
    return WebhookMessages::english(WebhookMessages::ForbiddenTarget, {address.toString()});
}

QString checkAll(const QList<QHostAddress> &addresses, bool allowPrivate)
{
    if (addresses.isEmpty())
        return WebhookMessages::english(WebhookMessages::NoAddress);
    for (const QHostAddress &address : addresses) {
        if (QString error = check(address, allowPrivate); !error.isEmpty())
            return error;
    }
    return {};
}

QString validateUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || (url.scheme() != u"http" && url.scheme() != u"https")
        || url.host().isEmpty())
        return QStringLiteral("url must be an absolute http(s) URL, e.g. "
                              "https://your-server.com/webhooks/rex");
    if (!url.userInfo().isEmpty())
        return QStringLiteral("url must not contain a user name or password");
    return {};
}

} // namespace rmx::webhooks::TargetPolicy
