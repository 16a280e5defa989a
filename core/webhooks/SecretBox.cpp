// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhooks/SecretBox.h"

#include "core/util/SecureRandom.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>

#include <fcntl.h>
#include <unistd.h>

#include <memory>

namespace rmx::webhooks {

namespace {
constexpr int KeySize = 32;
constexpr int NonceSize = 12;
constexpr int TagSize = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

QByteArray readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QByteArray::fromBase64(file.readAll().trimmed());
}
} // namespace

QString SecretBox::keyPath(const QString &dataDir)
{
    return dataDir + QStringLiteral("/webhook-secrets.key");
}

std::optional<SecretBox> SecretBox::forDatabase(const QString &databasePath, QString *error)
{
    const QString path = keyPath(QFileInfo(databasePath).absolutePath());
    QByteArray key = readKey(path);
    if (key.isEmpty() && !QFile::exists(path)) {
        // O_EXCL: when the server and a command race to create it, one wins and both use it.
        const QByteArray native = QFile::encodeName(path);
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            const QByteArray text = SecureRandom::bytes(KeySize).toBase64() + '\n';
            const bool written = ::write(fd, text.constData(), size_t(text.size())) == text.size()
                && ::fsync(fd) == 0;
            ::close(fd);
            if (!written) {
                QFile::remove(path);
                if (error)
                    *error = QStringLiteral("cannot write the webhook secret key file");
                return std::nullopt;
            }
        }
        key = readKey(path);
    }
    if (key.size() != KeySize) {
        if (error)
            *error = QStringLiteral("the webhook secret key file (webhook-secrets.key in the data "
                                    "folder) is missing or damaged");
        return std::nullopt;
    }
    return SecretBox(key);
}

QString SecretBox::seal(const QString &secret, const QString &context) const
{
    const QByteArray plain = secret.toUtf8();
    const QByteArray aad = context.toUtf8();
    const QByteArray nonce = SecureRandom::bytes(NonceSize);
    QByteArray out(plain.size() + 16, Qt::Uninitialized);
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    int total = 0;
    QByteArray tag(TagSize, Qt::Uninitialized);
    if (!ctx
        || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                              reinterpret_cast<const unsigned char *>(m_key.constData()),
                              reinterpret_cast<const unsigned char *>(nonce.constData()))
            != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len,
                             reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size()))
            != 1
        || EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                             reinterpret_cast<const unsigned char *>(plain.constData()),
                             int(plain.size()))
            != 1)
        return {};
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + total, &len)
            != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, tag.data()) != 1)
        return {};
    total += len;
    out.truncate(total);
    return QStringLiteral("v1:") + QString::fromLatin1(QByteArray(nonce + out + tag).toBase64());
}

std::optional<QString> SecretBox::open(const QString &sealed, const QString &context) const
{
    if (!sealed.startsWith(QStringLiteral("v1:")))
        return std::nullopt;
    const QByteArray raw = QByteArray::fromBase64(sealed.mid(3).toLatin1());
    if (raw.size() < NonceSize + TagSize)
        return std::nullopt;
    const QByteArray nonce = raw.first(NonceSize);
    const QByteArray tag = raw.last(TagSize);
    const QByteArray cipher = raw.mid(NonceSize, raw.size() - NonceSize - TagSize);
    const QByteArray aad = context.toUtf8();
    QByteArray out(cipher.size() + 16, Qt::Uninitialized);
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    if (!ctx
        || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                              reinterpret_cast<const unsigned char *>(m_key.constData()),
                              reinterpret_cast<const unsigned char *>(nonce.constData()))
            != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len,
                             reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size()))
            != 1
        || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                             reinterpret_cast<const unsigned char *>(cipher.constData()),
                             int(cipher.size()))
            != 1)
        return std::nullopt;
    int total = len;
    QByteArray tagCopy = tag;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tagCopy.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + total,
                               &len)
            != 1)
        return std::nullopt;
    total += len;
    out.truncate(total);
    return QString::fromUtf8(out);
}

} // namespace rmx::webhooks
