// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rmx {

namespace {
/// A string as QJsonDocument writes it: quotes, backslashes and control characters escaped,
/// everything else as UTF-8. Text with surrogates takes the general path.
bool appendString(QByteArray &out, const QString &text)
{
    out.reserve(out.size() + text.size() + 2);
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSurrogate())
            return false;
        if (u >= 0x80) {
            out += QString(c).toUtf8();
            continue;
        }
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20)
                out += "\\u00" + QByteArray::number(u, 16).rightJustified(2, '0');
            else
                out += char(u);
        }
    }
    out += '"';
    return true;
}

QByteArray encode(const QJsonValue &value)
{
    // Strings, booleans and null are most of what is written, and cheap to write directly.
    if (value.isString()) {
        QByteArray out;
        if (appendString(out, value.toString()))
            return out;
    } else if (value.isBool()) {
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    } else if (value.isNull()) {
        return QByteArrayLiteral("null");
    }
    // QJsonDocument only serialises arrays and objects: wrap, then strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}
} // namespace

OrderedJson &OrderedJson::add(const QString &key, const QJsonValue &value)
{
    m_members.append({key, encode(value)});
    return *this;
}

OrderedJson &OrderedJson::addObject(const QString &key, const OrderedJson &object)
{
    m_members.append({key, object.toJson()});
    return *this;
}

QByteArray OrderedJson::toJson() const
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        if (i > 0)
            out += ',';
        out += encode(m_members[i].first) + ':' + m_members[i].second;
    }
    return out + '}';
}

} // namespace rmx
