// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace rmx::test::MailPython {

/// What Python's email package (policy.default) reads from `message`: subject, from, to,
/// reply_to ([{name, address}]), message_id, date, date_iso, auto_submitted, content_type,
/// text, html and defects (tests/support/parse_mail.py). An "error" key when it failed.
QJsonObject parse(const QByteArray &message);
/// The interpreter Debian's python3-aiosmtpd is installed for ($PYTHON, else /usr/bin/python3:
/// a python3 earlier on PATH may lack Debian's packages).
QString python();

} // namespace rmx::test::MailPython
