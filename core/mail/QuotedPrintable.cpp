// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/QuotedPrintable.h"

#include <QList>

namespace rmx::mail::QuotedPrintable {

namespace {
constexpr int MaxLine = 76;
constexpr char Hex[] = "0123456789ABCDEF";

QByteArray escaped(uchar b)
{
    const char escaped[] = {'=', Hex[b >> 4], Hex[b & 0xf]};
    return QByteArray(escaped, 3);
}

bool startsMangled(const QByteArray &line, qsizetype i)
{
    return line[i] == '.' || line.mid(i, 5) == "From ";
}

void encodeLine(const QByteArray &line, QByteArray &out)
{
    QByteArray physical;
    for (qsizetype i = 0; i < line.size();) {
        const uchar b = uchar(line[i]);
        // One character at a time: a UTF-8 sequence is never split by a soft line break.
        qsizetype length = 1;
        if (b >= 0xc0) {
            while (i + length < line.size() && (uchar(line[i + length]) & 0xc0) == 0x80
                   && length < 4)
                ++length;
        }
        const bool last = i + length == line.size();
        auto tokenFor = [&](bool lineStart) {
            QByteArray token;
            if (length > 1 || (lineStart && startsMangled(line, i)))
                for (qsizetype k = 0; k < length; ++k)
                    token += escaped(uchar(line[i + k])); // also a leading dot or "From "
            // Trailing white space would be stripped in transit, so it is escaped too.
            else if ((b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !last))
                token = QByteArray(1, char(b));
            else
                token = escaped(b);
            return token;
        };
        QByteArray token = tokenFor(physical.isEmpty());
        // A soft break "=" must still fit after anything that is not the line's last token.
        const int limit = last ? MaxLine : MaxLine - 1;
        if (physical.size() + token.size() > limit) {
            out += physical + "=\r\n";
            physical.clear();
            token = tokenFor(true);
        }
        physical += token;
        i += length;
    }
    out += physical + "\r\n";
}
} // namespace

QByteArray encode(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    if (normalized.endsWith(u'\n'))
        normalized.chop(1);
    QByteArray out;
    const QList<QByteArray> lines = normalized.toUtf8().split('\n');
    for (const QByteArray &line : lines)
        encodeLine(line, out);
    return out;
}

} // namespace rmx::mail::QuotedPrintable
