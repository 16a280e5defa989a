// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rmx {

namespace {
/// The letter of a two-character escape (\n, \"...), or 0 when `u` needs \u00XX.
char shortEscape(char16_t u)
{
    switch (u) {
    case '"':
        return '"';
    case '\\':
        return '\\';
    case '\b':
        return 'b';
    case '\f':
        return 'f';
    case '\n':
        return 'n';
    case '\r':
        return 'r';
    case '\t':
        return 't';
    default:
        return 0;
    }
}

/// Appends `text` as QJsonDocument writes a string: quotes, backslashes and control characters
/// escaped, everything else as UTF-8. Returns false (appending nothing) for text with lone
/// surrogates, which Qt's writer handles its own way.
bool appendString(QByteArray &out, QStringView text)
{
    // Written through a pointer into room for the worst case (six bytes per UTF-16 unit, as
    // \u001f): appending byte by byte costs more than the rest of a record's JSON.
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + 2);
    char *p = out.data() + start;
    *p++ = '"';
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
    while (s < end) {
        const char16_t u = *s++;
        if (u >= 0x20 && u < 0x80 && u != '"' && u != '\\') {
            *p++ = char(u);
        } else if (u < 0x80) {
            const char escaped = shortEscape(u);
            *p++ = '\\';
            if (escaped) {
                *p++ = escaped;
            } else {
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = "0123456789abcdef"[u >> 4];
                *p++ = "0123456789abcdef"[u & 0xf];
            }
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && s < end && QChar::isLowSurrogate(*s)) {
            const char32_t c = QChar::surrogateToUcs4(u, *s++);
            *p++ = char(0xf0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3f));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else {
            out.truncate(start);
            return false;
        }
    }
    *p++ = '"';
    out.truncate(p - out.constData());
    return true;
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    if (value.isString() && appendString(out, value.toString()))
        return;
    if (value.isBool()) {
        out += value.toBool() ? "true" : "false";
        return;
    }
    if (value.isNull()) {
        out += "null";
        return;
    }
    // QJsonDocument only serialises arrays and objects: wrap, then strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(wrapped).sliced(1, wrapped.size() - 2);
}
} // namespace

void OrderedJson::addKey(const QString &key)
{
    if (!m_members.isEmpty())
        m_members += ',';
    if (!appendString(m_members, key))
        appendValue(m_members, QJsonValue(key));
    m_members += ':';
}

OrderedJson &OrderedJson::add(const QString &key, const QString &value)
{
    addKey(key);
    if (!appendString(m_members, value))
        appendValue(m_members, QJsonValue(value));
    return *this;
}

OrderedJson &OrderedJson::add(const QString &key, const QJsonValue &value)
{
    addKey(key);
    appendValue(m_members, value);
    return *this;
}

OrderedJson &OrderedJson::addObject(const QString &key, const OrderedJson &object)
{
    addKey(key);
    m_members += object.toJson();
    return *this;
}

QByteArray OrderedJson::toJson() const
{
    QByteArray out;
    out.reserve(m_members.size() + 2);
    out += '{';
    out += m_members;
    out += '}';
    return out;
}

} // namespace rmx
