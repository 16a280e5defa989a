// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rmx {

namespace {
/// Appends `text` as QJsonDocument writes a string: quotes, backslashes and control characters
/// escaped, everything else as UTF-8. Returns false (appending nothing) for text with lone
/// surrogates, which Qt's writer handles its own way.
bool appendString(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.reserve(start + text.size() + 2);
    out += '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u >= 0x20 && u < 0x80 && u != '"' && u != '\\') {
            out += char(u);
        } else if (u < 0x80) {
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
                out += "\\u00";
                out += "0123456789abcdef"[u >> 4];
                out += "0123456789abcdef"[u & 0xf];
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && i + 1 < text.size()
                   && QChar::isLowSurrogate(text[i + 1].unicode())) {
            const char32_t c = QChar::surrogateToUcs4(u, text[++i].unicode());
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else {
            out.truncate(start);
            return false;
        }
    }
    out += '"';
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
