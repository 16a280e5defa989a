// SPDX-License-Identifier: GPL-3.0-or-later
// Addresses from outside: the listen_address setting (HOST:PORT), and a webhook target's URL
// and the IP addresses its host resolves to (the SSRF policy). The same text is also read as a
// raw IPv4 or IPv6 address, so classify() sees every bit pattern, not only parseable ones.
#include "core/settings/ListenAddress.h"
#include "core/webhooks/TargetPolicy.h"

#include "tests/fuzz/FuzzCheck.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace rmx;
using webhooks::TargetPolicy::Kind;

namespace {
void checkAddress(const QHostAddress &address)
{
    const Kind kind = webhooks::TargetPolicy::classify(address);
    const QString strict = webhooks::TargetPolicy::check(address, false);
    const QString lenient = webhooks::TargetPolicy::check(address, true);
    FUZZ_CHECK(strict.isEmpty() == (kind == Kind::Public));
    FUZZ_CHECK(lenient.isEmpty() == (kind != Kind::Forbidden));
    if (address.isLoopback() || address.isLinkLocal() || address.isMulticast())
        FUZZ_CHECK(kind != Kind::Public);
    // An IPv4-mapped IPv6 address is judged as the IPv4 address it carries.
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped && address.protocol() == QAbstractSocket::IPv6Protocol)
        FUZZ_CHECK(webhooks::TargetPolicy::classify(QHostAddress(v4)) == kind);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const ListenAddress listen = ListenAddress::parse(text);
    if (listen.isValid()) {
        // What the settings page shows reads back as the same address.
        const ListenAddress again = ListenAddress::parse(listen.toString());
        FUZZ_CHECK(again.isValid());
        FUZZ_CHECK(again.host == listen.host && again.port == listen.port);
        listen.toUrl();
    }

    const QUrl url(text, QUrl::StrictMode);
    if (webhooks::TargetPolicy::validateUrl(url).isEmpty()) {
        FUZZ_CHECK(url.scheme() == u"http" || url.scheme() == u"https");
        FUZZ_CHECK(!url.host().isEmpty());
        if (QHostAddress literal; literal.setAddress(url.host()))
            checkAddress(literal);
    }
    webhooks::TargetPolicy::validateUrl(QUrl(text));

    if (QHostAddress parsed; parsed.setAddress(text))
        checkAddress(parsed);
    if (size >= 16) {
        Q_IPV6ADDR raw;
        memcpy(raw.c, data, 16);
        checkAddress(QHostAddress(raw));
    }
    if (size >= 4) {
        quint32 raw = 0;
        memcpy(&raw, data, 4);
        checkAddress(QHostAddress(raw));
    }
    return 0;
}
