// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rmx::mail {

/// Builds one header field of a message, folded so that no line exceeds 78 characters.
/// Text that is not plain ASCII becomes RFC 2047 encoded-words (UTF-8, Q encoding), each at
/// most 75 characters and never splitting a character's UTF-8 bytes. Callers must have
/// refused CR and LF in the values already (MessageWriter does).
class HeaderLine final
{
public:
    static constexpr int MaxLine = 78;
    static constexpr int MaxEncodedWord = 75;

    explicit HeaderLine(const QByteArray &name);

    /// An unbreakable ASCII token (an address in angle brackets, a Message-ID, a comma'd word).
    void addToken(const QByteArray &token);
    /// Unstructured text such as a subject: plain words when they can be, else encoded-words.
    void addText(const QString &text);
    /// A display name: atoms, a quoted string, or encoded-words (RFC 2047 section 5(3)).
    void addPhrase(const QString &name);
    /// Appends to the last token with no space (the comma between two mailboxes).
    void appendToLast(char c);

    /// The field with its CRLF line ends, including the last.
    QByteArray toBytes() const;

    enum class Context { Text, Phrase };
    /// The encoded-words for `text`: the first at most `firstMax` characters long, the others at
    /// most MaxEncodedWord.
    static QList<QByteArray> encodedWords(const QString &text, Context context, int firstMax);

private:
    void addEncoded(const QString &text, Context context);
    QByteArray m_out;
    int m_lineLength = 0;
};

} // namespace rmx::mail
