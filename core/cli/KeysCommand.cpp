// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/KeysCommand.h"

#include "core/cli/CommandDatabase.h"
#include "core/cli/Terminal.h"
#include "core/store/ApiKeyStore.h"
#include "core/store/StoreError.h"
#include "core/util/Clock.h"

namespace rmx::cli {

namespace { } // namespace

int KeysCommand::run(const QString &dataDir, const QStringList &args, const QString &name)
{
    const QString action = args.value(0);
    if (action != u"create" && action != u"list" && action != u"revoke") {
        Terminal::err(QStringLiteral(
            "Usage: remixcrm keys create --name NAME | keys list | keys revoke PREFIX"));
        return 2;
    }
    auto connection = openCommandDatabase(dataDir);
    if (!connection)
        return 1;
    store::ApiKeyStore keys(connection->db());
    try {
        if (action == u"create") {
            const QString trimmed = name.trimmed();
            if (trimmed.isEmpty() || trimmed.size() > store::ApiKeyStore::NameMaxLength) {
                Terminal::err(QStringLiteral("keys create needs --name NAME (1 to %1 characters), "
                                             "e.g. --name \"Website contact form\"")
                                  .arg(store::ApiKeyStore::NameMaxLength));
                return 2;
            }
            const store::CreatedApiKey created = keys.create(trimmed);
            Terminal::out(
                QStringLiteral(
                    "Created API key \"%1\" (prefix %2).\n"
                    "Copy it now: it is stored only as a hash and will not be shown again.")
                    .arg(created.info.name, created.info.prefix));
            Terminal::out(created.key);
            return 0;
        }
        if (action == u"list") {
            QList<QStringList> rows {{QStringLiteral("PREFIX"), QStringLiteral("NAME"),
                                      QStringLiteral("CREATED"), QStringLiteral("LAST USED"),
                                      QStringLiteral("REVOKED")}};
            const auto all = keys.list();
            for (const auto &k : all) {
                rows.append({k.prefix, k.name, Terminal::timeOrDash(k.createdAt),
                             Terminal::timeOrDash(k.lastUsedAt),
                             Terminal::timeOrDash(k.revokedAt)});
            }
            Terminal::out(all.isEmpty() ? QStringLiteral(
                              "No API keys yet. Create one with: remixcrm keys create --name NAME")
                                        : Terminal::table(rows));
            return 0;
        }
        const QString prefix = args.value(1).trimmed();
        if (prefix.isEmpty()) {
            Terminal::err(QStringLiteral(
                "Usage: remixcrm keys revoke PREFIX (the first 12 characters, e.g. rmx_AbCd1234)"));
            return 2;
        }
        switch (keys.revoke(prefix.left(store::ApiKeyStore::PrefixLength))) {
        case store::ApiKeyStore::RevokeResult::Revoked:
            Terminal::out(QStringLiteral("Revoked %1. Requests using it are refused from now on.")
                              .arg(prefix.left(12)));
            return 0;
        case store::ApiKeyStore::RevokeResult::AlreadyRevoked:
            Terminal::out(QStringLiteral("%1 was already revoked.").arg(prefix.left(12)));
            return 0;
        case store::ApiKeyStore::RevokeResult::NotFound:
            Terminal::err(QStringLiteral("No API key with prefix %1. See remixcrm keys list.")
                              .arg(prefix.left(12)));
            return 1;
        }
    } catch (const store::StoreError &e) {
        Terminal::err(e.message());
    }
    return 1;
}

} // namespace rmx::cli
