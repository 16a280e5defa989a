// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SettingsStore.h"

#include "core/settings/SettingsSchema.h"
#include "core/store/Sql.h"
#include "core/store/TransactionCache.h"
#include "core/util/Clock.h"
#include "core/webhooks/SecretBox.h"

#include <QSqlQuery>

namespace rmx::store {

QString SettingsStore::storedValue(const QString &key)
{
    // An unset key reads as an invalid QVariant: a null QString, unlike an empty value.
    return TransactionCache::remembered(
               m_db, QStringLiteral("setting:") + key,
               [&] {
                   QSqlQuery &q = Sql::prepared(
                       m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
                   q.addBindValue(key);
                   Sql::exec(q, "read setting");
                   const QVariant value = q.next() ? q.value(0) : QVariant();
                   q.finish();
                   return value;
               })
        .toString();
}

namespace {
bool isSecret(const SettingSpec *spec)
{
    return spec && spec->kind == SettingSpec::Kind::Secret;
}

// Bound to the setting's key, so a sealed value cannot be moved to another key.
QString secretContext(const QString &key)
{
    return QStringLiteral("setting:") + key;
}
} // namespace

QString SettingsStore::value(const QString &key)
{
    const SettingSpec *spec = SettingsSchema::find(key);
    if (isSecret(spec))
        return {};
    const QString stored = storedValue(key);
    if (!stored.isNull())
        return stored;
    return spec ? spec->defaultValue : QString();
}

bool SettingsStore::isSet(const QString &key)
{
    return !storedValue(key).isEmpty();
}

std::optional<QString> SettingsStore::secretValue(const QString &key, QString *error)
{
    const QString sealed = storedValue(key);
    if (sealed.isEmpty())
        return QString();
    auto box = webhooks::SecretBox::forDatabase(m_db.databaseName(), error);
    if (!box)
        return std::nullopt;
    std::optional<QString> plain = box->open(sealed, secretContext(key));
    if (!plain && error)
        *error = QStringLiteral("%1 cannot be decrypted with this data folder's key; set it "
                                "again")
                     .arg(key);
    return plain;
}

qint64 SettingsStore::intValue(const QString &key)
{
    return value(key).toLongLong();
}

QString SettingsStore::setValue(const QString &key, const QString &value)
{
    const SettingSpec *spec = SettingsSchema::find(key);
    if (!spec)
        return QStringLiteral("unknown setting '%1'").arg(key);
    // A password is taken as typed; other values without surrounding spaces.
    QString normalized = isSecret(spec) ? value : value.trimmed();
    if (const QString error = spec->validate(normalized); !error.isEmpty())
        return error;
    if (isSecret(spec) && !normalized.isEmpty()) {
        QString error;
        auto box = webhooks::SecretBox::forDatabase(m_db.databaseName(), &error);
        if (!box)
            return error;
        normalized = box->seal(normalized, secretContext(key));
        if (normalized.isEmpty())
            return QStringLiteral("could not be encrypted");
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(key);
    q.addBindValue(Sql::text(normalized)); // "" (back to the default), never NULL
    q.addBindValue(Clock::nowMs());
    Sql::exec(q, "write setting");
    TransactionCache::invalidate(m_db);
    return {};
}

qint64 SettingsStore::revision()
{
    QSqlQuery &q = Sql::prepared(
        m_db, QStringLiteral("SELECT revision FROM settings_revision WHERE id = 1"));
    Sql::exec(q, "read settings revision");
    const qint64 revision = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return revision;
}

} // namespace rmx::store
