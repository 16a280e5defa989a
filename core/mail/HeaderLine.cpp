// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/HeaderLine.h"

namespace rmx::mail {

namespace {
constexpr char Hex[] = "0123456789ABCDEF";
const QByteArray Prefix = QByteArrayLiteral("=?UTF-8?Q?");
const QByteArray Suffix = QByteArrayLiteral("?=");

bool isPrintableAscii(QChar c)
{
    return c.unicode() >= 0x21 && c.unicode() <= 0x7e;
}

// RFC 5322 atext: what a display name may hold without quotes.
bool isAtext(QChar c)
{
    return isPrintableAscii(c)
        && (c.isLetterOrNumber() || QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c));
}

// Q encoding of one byte: which characters may stand for themselves depends on where the
// encoded-word is (RFC 2047 section 5).
QByteArray qByte(uchar b, HeaderLine::Context context)
{
    if (b == ' ')
        return QByteArrayLiteral("_");
    const bool letterOrDigit
        = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
    const bool literal = context == HeaderLine::Context::Phrase
        ? letterOrDigit || b == '!' || b == '*' || b == '+' || b == '-' || b == '/'
        : b > 0x20 && b < 0x7f && b != '=' && b != '?' && b != '_';
    if (literal)
        return QByteArray(1, char(b));
    const char escaped[] = {'=', Hex[b >> 4], Hex[b & 0xf]};
    return QByteArray(escaped, 3);
}

// Words of plain text that can go out as they are: printable ASCII separated by single spaces,
// no "=?" that a reader would take for an encoded-word, each word short enough for a line.
QList<QByteArray> plainWords(const QString &text, bool phrase)
{
    if (text.isEmpty() || text.startsWith(u' ') || text.endsWith(u' ')
        || text.contains(QStringLiteral("  ")) || text.contains(QStringLiteral("=?")))
        return {};
    QList<QByteArray> words;
    for (const QString &word : text.split(u' ')) {
        if (word.size() > HeaderLine::MaxLine - 1)
            return {};
        for (QChar c : word) {
            if (phrase ? !isAtext(c) : !isPrintableAscii(c))
                return {};
        }
        words.append(word.toLatin1());
    }
    return words;
}

bool isPrintableAsciiText(const QString &text)
{
    for (QChar c : text) {
        if (c != u' ' && !isPrintableAscii(c))
            return false;
    }
    return true;
}
} // namespace

HeaderLine::HeaderLine(const QByteArray &name)
    : m_out(name + ':')
    , m_lineLength(int(name.size()) + 1)
{ }

void HeaderLine::addToken(const QByteArray &token)
{
    // Fold before the token when it does not fit (also right after the name: "Subject:" alone
    // on the first line is allowed), so every line holds at most MaxLine characters.
    if (m_lineLength + 1 + token.size() > MaxLine && m_lineLength > 0) {
        m_out += "\r\n";
        m_lineLength = 0;
    }
    m_out += ' ';
    m_out += token;
    m_lineLength += 1 + int(token.size());
}

void HeaderLine::appendToLast(char c)
{
    m_out += c;
    ++m_lineLength;
}

void HeaderLine::addText(const QString &text)
{
    const QList<QByteArray> words = plainWords(text, false);
    if (words.isEmpty() && !text.isEmpty()) {
        addEncoded(text, Context::Text);
        return;
    }
    for (const QByteArray &word : words)
        addToken(word);
}

void HeaderLine::addPhrase(const QString &name)
{
    if (name.isEmpty())
        return;
    if (const QList<QByteArray> atoms = plainWords(name, true); !atoms.isEmpty()) {
        for (const QByteArray &atom : atoms)
            addToken(atom);
        return;
    }
    // Specials such as "Photo, Jane" or a dot: a quoted string, if it fits on a line.
    if (isPrintableAsciiText(name)) {
        QByteArray quoted = "\"";
        for (QChar c : name) {
            if (c == u'"' || c == u'\\')
                quoted += '\\';
            quoted += char(c.unicode());
        }
        quoted += '"';
        if (quoted.size() <= MaxLine - 1) {
            addToken(quoted);
            return;
        }
    }
    // Plain words stay atoms and only runs of words that need it are encoded: readers differ
    // on the space between two adjacent encoded-words (RFC 2047 drops it, Python's email
    // package keeps it), so a name should rarely need two of them in a row.
    const QStringList words = name.simplified().split(u' ');
    QStringList run;
    for (qsizetype i = 0; i <= words.size(); ++i) {
        const bool atom = i < words.size() && !plainWords(words[i], true).isEmpty();
        if (i < words.size() && !atom) {
            run.append(words[i]);
            continue;
        }
        if (!run.isEmpty())
            addEncoded(run.join(u' '), Context::Phrase);
        run.clear();
        if (atom)
            addToken(words[i].toLatin1());
    }
}

void HeaderLine::addEncoded(const QString &text, Context context)
{
    // The first word uses what is left of the current line, unless that is too little.
    const int room = MaxLine - m_lineLength - 1;
    const int firstMax = room >= 16 ? qMin(room, int(MaxEncodedWord)) : MaxEncodedWord;
    for (const QByteArray &word : encodedWords(text, context, firstMax))
        addToken(word);
}

QList<QByteArray> HeaderLine::encodedWords(const QString &text, Context context, int firstMax)
{
    QList<QByteArray> words;
    QByteArray payload;
    int max = firstMax;
    // One code point at a time (a surrogate pair is one), so a word never ends inside one.
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            length = 2;
        QByteArray encoded;
        for (const char b : QStringView(text).sliced(i, length).toUtf8())
            encoded += qByte(uchar(b), context);
        i += length - 1;
        if (!payload.isEmpty()
            && Prefix.size() + payload.size() + encoded.size() + Suffix.size() > max) {
            words.append(Prefix + payload + Suffix);
            payload.clear();
            max = MaxEncodedWord;
        }
        payload += encoded;
    }
    if (!payload.isEmpty())
        words.append(Prefix + payload + Suffix);
    return words;
}

QByteArray HeaderLine::toBytes() const
{
    return m_out + "\r\n";
}

} // namespace rmx::mail
