// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/PhoneSearch.h"

namespace rmx::store::PhoneSearch {

namespace {
// What people write between the digits of a number.
const QString Punctuation = QStringLiteral(" +-()./");
} // namespace

QString digitsOf(const QString &search)
{
    QString digits;
    for (const QChar ch : search.trimmed()) {
        if (ch.isDigit())
            digits.append(ch);
        else if (!Punctuation.contains(ch))
            return {};
    }
    return digits;
}

QString digitsSql(const QString &column)
{
    QString sql = column;
    for (const QChar ch : Punctuation)
        sql = QStringLiteral("REPLACE(%1, '%2', '')").arg(sql, QString(ch));
    return sql;
}

QString likePattern(const QString &digits)
{
    // Digits need no escaping in a LIKE pattern.
    return u'%' + digits + u'%';
}

} // namespace rmx::store::PhoneSearch
