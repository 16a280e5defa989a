// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/ConfigCommand.h"

#include "core/cli/CommandDatabase.h"
#include "core/cli/Terminal.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/SettingsStore.h"
#include "core/store/StoreError.h"

#include <QTextStream>

#include <cstdio>

namespace rmx::cli {

namespace {
bool isSecret(const QString &key)
{
    const SettingSpec *spec = SettingsSchema::find(key);
    return spec && spec->kind == SettingSpec::Kind::Secret;
}

// A secret is never printed, only whether it is set.
QString shown(store::SettingsStore &settings, const QString &key)
{
    if (isSecret(key))
        return settings.isSet(key) ? QStringLiteral("(set)") : QStringLiteral("(unset)");
    return settings.value(key);
}

// "config set mail_smtp_password -": the password from standard input, not the command line
// (where shell history and other users' `ps` would see it).
QString lineFromStdin()
{
    QTextStream in(stdin);
    QString line = in.readLine();
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}
} // namespace

int ConfigCommand::run(const QString &dataDir, const QStringList &args)
{
    const QString action = args.value(0);
    const bool usageOk = (action == u"get" && args.size() == 2)
        || (action == u"set" && args.size() == 3) || (action == u"list" && args.size() == 1);
    if (!usageOk) {
        Terminal::err(
            QStringLiteral("Usage: remixcrm config get KEY | config set KEY VALUE | config list"));
        return 2;
    }
    if (action != u"list" && !SettingsSchema::find(args.at(1))) {
        QStringList keys;
        for (const SettingSpec &spec : SettingsSchema::all())
            keys.append(spec.key);
        Terminal::err(QStringLiteral("Unknown setting '%1'. Known settings: %2")
                          .arg(args.at(1), keys.join(QStringLiteral(", "))));
        return 2;
    }
    auto connection = openCommandDatabase(dataDir);
    if (!connection)
        return 1;
    store::SettingsStore settings(connection->db());
    try {
        if (action == u"get") {
            Terminal::out(shown(settings, args.at(1)));
            return 0;
        }
        if (action == u"set") {
            const QString value
                = isSecret(args.at(1)) && args.at(2) == u"-" ? lineFromStdin() : args.at(2);
            if (const QString error = settings.setValue(args.at(1), value); !error.isEmpty()) {
                Terminal::err(QStringLiteral("%1 %2").arg(args.at(1), error));
                return 2;
            }
            return 0;
        }
        for (const SettingSpec &spec : SettingsSchema::all())
            Terminal::out(QStringLiteral("%1=%2").arg(spec.key, shown(settings, spec.key)));
        return 0;
    } catch (const store::StoreError &e) {
        Terminal::err(e.message());
    }
    return 1;
}

} // namespace rmx::cli
