// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/ClientAddress.h"

namespace rmx::http::ClientAddress {

namespace {
QString validAddress(QByteArrayView text)
{
    QHostAddress address;
    if (!address.setAddress(QString::fromLatin1(text.trimmed())))
        return {};
    return address.toString();
}

QHostAddress unmapped(const QHostAddress &peer)
{
    bool mapped = false;
    const quint32 v4 = peer.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4) : peer;
}
} // namespace

QString resolve(const QHostAddress &peer, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QHostAddress plainPeer = unmapped(peer);
    if (plainPeer.isLoopback()) {
        for (const auto &h : headers) {
            if (h.first == "cf-connecting-ip") {
                if (const QString ip = validAddress(h.second); !ip.isEmpty())
                    return ip;
            }
        }
        for (const auto &h : headers) {
            if (h.first == "x-forwarded-for") {
                const qsizetype comma = h.second.indexOf(',');
                const QByteArrayView first
                    = comma < 0 ? QByteArrayView(h.second) : QByteArrayView(h.second).first(comma);
                if (const QString ip = validAddress(first); !ip.isEmpty())
                    return ip;
            }
        }
    }
    return plainPeer.toString();
}

} // namespace rmx::http::ClientAddress
