// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/FormBody.h"

#include <QUrlQuery>

namespace rmx::http {

namespace {
constexpr qsizetype PartHeadersMax = qsizetype(8) * 1024;

QByteArray mediaTypeOf(const QByteArray &contentType)
{
    const qsizetype semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.left(semi)).trimmed().toLower();
}

/// The `;`-separated parameters of a header value (RFC 9110 §5.6.6), names in lower case and
/// quoted-strings unescaped. The value before the first `;` is skipped.
QList<QPair<QByteArray, QByteArray>> parametersOf(const QByteArray &header)
{
    QList<QPair<QByteArray, QByteArray>> out;
    qsizetype i = header.indexOf(';');
    if (i < 0)
        return out;
    const qsizetype n = header.size();
    while (i < n) {
        ++i; // past ';'
        while (i < n && (header[i] == ' ' || header[i] == '\t'))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && header[i] != '=' && header[i] != ';')
            ++i;
        const QByteArray name = header.mid(nameStart, i - nameStart).trimmed().toLower();
        QByteArray value;
        if (i < n && header[i] == '=') {
            ++i;
            while (i < n && (header[i] == ' ' || header[i] == '\t'))
                ++i;
            if (i < n && header[i] == '"') {
                ++i;
                while (i < n && header[i] != '"') {
                    if (header[i] == '\\' && i + 1 < n)
                        ++i;
                    value.append(header[i++]);
                }
                ++i; // past the closing quote
                while (i < n && header[i] != ';')
                    ++i;
            } else {
                const qsizetype valueStart = i;
                while (i < n && header[i] != ';')
                    ++i;
                value = header.mid(valueStart, i - valueStart).trimmed();
            }
        }
        if (!name.isEmpty())
            out.append({name, value});
    }
    return out;
}

QByteArray parameter(const QByteArray &header, QByteArrayView name)
{
    for (const auto &[key, value] : parametersOf(header)) {
        if (key == name)
            return value;
    }
    return {};
}

bool hasParameter(const QByteArray &header, QByteArrayView name)
{
    for (const auto &param : parametersOf(header)) {
        if (param.first == name)
            return true;
    }
    return false;
}

enum class PartKind { Text, File, Malformed };

/// Reads one part's headers: its field name, and whether it is a text field.
PartKind readPartHeaders(const QByteArray &headers, QString *name)
{
    QByteArray disposition;
    QByteArray contentType;
    for (const QByteArray &line : headers.split('\n')) {
        const QByteArray trimmed = line.endsWith('\r') ? line.chopped(1) : line;
        if (trimmed.isEmpty())
            continue;
        const qsizetype colon = trimmed.indexOf(':');
        if (colon <= 0)
            return PartKind::Malformed;
        const QByteArray key = trimmed.left(colon).trimmed().toLower();
        if (key == "content-disposition")
            disposition = trimmed.mid(colon + 1).trimmed();
        else if (key == "content-type")
            contentType = trimmed.mid(colon + 1).trimmed();
    }
    if (mediaTypeOf(disposition) != "form-data" || !hasParameter(disposition, "name"))
        return PartKind::Malformed;
    *name = QString::fromUtf8(parameter(disposition, "name"));
    // RFC 7578 §4.2: a file part has a filename; a part that is not text is treated alike.
    if (hasParameter(disposition, "filename") || hasParameter(disposition, "filename*"))
        return PartKind::File;
    if (!contentType.isEmpty() && mediaTypeOf(contentType) != "text/plain")
        return PartKind::File;
    return PartKind::Text;
}
} // namespace

bool FormBody::isFormMediaType(const QByteArray &mediaType)
{
    return mediaType == "application/x-www-form-urlencoded" || mediaType == "multipart/form-data";
}

FormBody::Outcome FormBody::parse(const QByteArray &contentType, const QByteArray &body,
                                  QList<Field> *fields)
{
    fields->clear();
    const QByteArray type = mediaTypeOf(contentType);
    if (type == "multipart/form-data")
        return multipart(contentType, body, fields);
    if (type != "application/x-www-form-urlencoded")
        return Outcome::Malformed;
    *fields = urlEncoded(body);
    if (fields->size() > MaxFields) {
        fields->clear();
        return Outcome::TooManyParts;
    }
    return Outcome::Fields;
}

QList<FormBody::Field> FormBody::urlEncoded(const QByteArray &body)
{
    // HTML forms encode spaces as '+' (WHATWG URL, application/x-www-form-urlencoded);
    // QUrlQuery does not, so turn them into %20 first. A literal '+' arrives as %2B.
    QByteArray text = body;
    text.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(text));
    QList<Field> out;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        out.append({name, value});
    return out;
}

QByteArray FormBody::boundaryOf(const QByteArray &contentType)
{
    QByteArray boundary = parameter(contentType, "boundary");
    // RFC 2046 §5.1.1: 1 to 70 characters, not ending in a space.
    if (boundary.isEmpty() || boundary.size() > 70 || boundary.endsWith(' '))
        return {};
    return boundary;
}

FormBody::Outcome FormBody::multipart(const QByteArray &contentType, const QByteArray &body,
                                      QList<Field> *fields)
{
    fields->clear();
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty())
        return Outcome::Malformed;
    const QByteArray delimiter = "--" + boundary;
    const QByteArray nextDelimiter = "\r\n" + delimiter;

    // RFC 2046 §5.1.1: the first delimiter opens the body or follows a CRLF ending the preamble.
    qsizetype pos = 0;
    if (!body.startsWith(delimiter)) {
        pos = body.indexOf(nextDelimiter);
        if (pos < 0)
            return Outcome::Malformed;
        pos += 2;
    }
    for (;;) {
        pos += delimiter.size();
        if (QByteArrayView(body).sliced(pos).startsWith("--"))
            return Outcome::Fields; // the close delimiter; the epilogue is ignored
        while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t'))
            ++pos; // transport padding
        if (!QByteArrayView(body).sliced(pos).startsWith("\r\n"))
            return Outcome::Malformed;
        pos += 2;
        const qsizetype end = body.indexOf(nextDelimiter, pos);
        if (end < 0)
            return Outcome::Malformed;
        const QByteArrayView part = QByteArrayView(body).sliced(pos, end - pos);
        const qsizetype headersEnd = part.indexOf("\r\n\r\n");
        if (headersEnd < 0 || headersEnd > PartHeadersMax)
            return Outcome::Malformed;
        QString name;
        switch (readPartHeaders(part.first(headersEnd).toByteArray(), &name)) {
        case PartKind::Malformed:
            fields->clear();
            return Outcome::Malformed;
        case PartKind::File:
            fields->append({name, QString()});
            return Outcome::FileUpload;
        case PartKind::Text:
            break;
        }
        if (fields->size() == MaxFields) {
            fields->clear();
            return Outcome::TooManyParts;
        }
        fields->append({name, QString::fromUtf8(part.sliced(headersEnd + 4))});
        pos = end + 2;
    }
}

} // namespace rmx::http
