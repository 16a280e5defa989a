// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/CommandLine.h"

#include "core/cli/BackupCommand.h"
#include "core/cli/ConfigCommand.h"
#include "core/cli/GenerateLeadsCommand.h"
#include "core/cli/ImportCommand.h"
#include "core/cli/KeysCommand.h"
#include "core/cli/MailCommand.h"
#include "core/cli/MailTemplateCommand.h"
#include "core/cli/Terminal.h"
#include "core/cli/WebhooksCommand.h"
#include "core/server/AppTranslator.h"
#include "core/server/DataDirectory.h"
#include "core/server/HeadlessRunner.h"
#include "core/settings/ListenAddress.h"
#include "core/util/LogFormat.h"
#include "generated/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <cstring>

namespace rmx::cli {

namespace {
const char *const ValueOptions[]
    = {"--data-dir", "--listen", "--public-url", "--name",  "--open",    "--events",
       "--secret",   "--since",  "--to",         "--limit", "--subject", "--body-file"};

bool takesValue(const char *arg)
{
    for (const char *option : ValueOptions) {
        if (std::strcmp(arg, option) == 0)
            return true;
    }
    return false;
}

/// A negative number ("config set lead_rate_limit_per_hour -1") is a value, never one of our
/// options: it is moved behind "--" so it reaches the setting's validator, which explains the
/// allowed range, instead of failing as an unknown option "1".
QStringList negativeNumbersAsValues(const QStringList &arguments)
{
    static const QRegularExpression negative(QStringLiteral("^-[0-9][0-9.]*$"));
    if (arguments.contains(QStringLiteral("--")))
        return arguments;
    QStringList rest;
    QStringList values;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const bool isValue = i > 0 && negative.match(arguments[i]).hasMatch()
            && !takesValue(arguments[i - 1].toLocal8Bit().constData());
        (isValue ? values : rest).append(arguments[i]);
    }
    if (values.isEmpty())
        return arguments;
    return rest + QStringList {QStringLiteral("--")} + values;
}

QString helpText()
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: remixcrm [options] [command]\n"
        "\n"
        "Without a command, RemixCRM opens its window (or runs headless when there is no\n"
        "display) and listens for leads.\n"
        "\n"
        "Options:\n"
        "  --headless             Run the lead listener without a window.\n"
        "  --data-dir DIR         Folder holding the database (default: the user's app\n"
        "                         data folder, or $REMIXCRM_DATA_DIR).\n"
        "  --listen HOST:PORT     Address to listen on (default: the 'listen' setting,\n"
        "                         127.0.0.1:8088).\n"
        "  --public-url URL       Public base URL, e.g. your tunnel's, used in lead_url.\n"
        "  --open LEAD            Open the window on a lead (its id or lead_url).\n"
        "  -h, --help             Show this help.\n"
        "  -v, --version          Show the version.\n"
        "\n"
        "Commands:\n"
        "  keys create --name NAME   Create an API key; it is printed once, on the last line.\n"
        "  keys list                 List API keys (prefix, name, created, last used, revoked).\n"
        "  keys revoke PREFIX        Revoke a key; the running server refuses it at once.\n"
        "  config get KEY            Print a setting.\n"
        "  config set KEY VALUE      Change a setting.\n"
        "  config list               List every setting with its value.\n"
        "  import FILE [--dry-run]   Import leads from a CSV file (columns matched by their\n"
        "                            header); --dry-run only counts new, updated, skipped\n"
        "                            and invalid rows.\n"
        "  backup FILE               Write a consistent copy of the database to FILE, also\n"
        "                            while RemixCRM is running.\n"
        "  restore FILE              Replace the database with the backup FILE (RemixCRM\n"
        "                            must not be running on this data directory).\n"
        "  webhooks add URL --events a,b [--secret S]\n"
        "                            Send events (lead.created, lead.updated, contact.created,\n"
        "                            contact.updated or *) to URL; prints the id and, when no\n"
        "                            secret was given, the generated signing secret.\n"
        "  webhooks list             List webhooks (never their secrets).\n"
        "  webhooks remove ID        Remove a webhook.\n"
        "  webhooks enable ID | disable ID\n"
        "                            Turn a webhook on again (e.g. after it was disabled for\n"
        "                            failing) or off.\n"
        "  webhooks test ID          Send a signed ping event and show the answer.\n"
        "  webhooks deliveries ID    Show the latest deliveries and their results.\n"
        "  webhooks redeliver DELIVERY | redeliver ID --since TIME\n"
        "                            Send one delivery again, or every failed one since TIME.\n");
}

QString mailHelpText()
{
    return QCoreApplication::translate(
        "CommandLine",
        "  mail test --to ADDRESS    Send a test message now with the mail settings and show\n"
        "                            the mail server's answer.\n"
        "  mail log [--limit N]      Show the latest mail sent (auto-replies, alerts): when, to\n"
        "                            whom, the result and the server's last reply.\n");
}

QString mailTemplatesHelpText()
{
    return QCoreApplication::translate(
        "CommandLine",
        "  mail templates            List the mail templates (date_free, date_taken, no_date,\n"
        "                            owner_alert), each (default) or (edited).\n"
        "  mail template show NAME   Print a template's subject and body.\n"
        "  mail template set NAME [--subject S] [--body-file FILE]\n"
        "                            Change a template (FILE is UTF-8 text, - for standard\n"
        "                            input); unknown {{placeholders}} are refused.\n"
        "  mail template reset NAME  Go back to the default text.\n");
}
} // namespace

bool CommandLine::wantsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--headless") == 0 || std::strcmp(arg, "--help") == 0
            || std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "--version") == 0
            || std::strcmp(arg, "-v") == 0)
            return false;
        if (takesValue(arg)) {
            ++i;
            continue;
        }
        if (arg[0] != '-')
            return false; // a command
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // No display to open a window on: serve headless instead of failing.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return false;
#endif
    return true;
}

int CommandLine::run(const QStringList &arguments, const GuiRunner &gui)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption headless(QStringLiteral("headless"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), {}, QStringLiteral("DIR"));
    const QCommandLineOption listen(QStringLiteral("listen"), {}, QStringLiteral("HOST:PORT"));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"), {}, QStringLiteral("URL"));
    const QCommandLineOption name(QStringLiteral("name"), {}, QStringLiteral("NAME"));
    const QCommandLineOption open(QStringLiteral("open"), {}, QStringLiteral("LEAD"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption events(QStringLiteral("events"), {}, QStringLiteral("EVENTS"));
    const QCommandLineOption secret(QStringLiteral("secret"), {}, QStringLiteral("SECRET"));
    const QCommandLineOption since(QStringLiteral("since"), {}, QStringLiteral("TIME"));
    const QCommandLineOption to(QStringLiteral("to"), {}, QStringLiteral("ADDRESS"));
    const QCommandLineOption limit(QStringLiteral("limit"), {}, QStringLiteral("N"));
    const QCommandLineOption subject(QStringLiteral("subject"), {}, QStringLiteral("SUBJECT"));
    const QCommandLineOption bodyFile(QStringLiteral("body-file"), {}, QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList {QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({headless, dataDir, listen, publicUrl, name, open, dryRun, events, secret,
                       since, to, limit, subject, bodyFile, help, version});

    if (!parser.parse(negativeNumbersAsValues(arguments))) {
        Terminal::err(parser.errorText() + QStringLiteral("\nSee remixcrm --help."));
        return 2;
    }
    // Before any text is shown: the `language` setting of the data directory, else the system's.
    AppTranslator::installFor(server::DataDirectory::resolve(parser.value(dataDir)));
    if (parser.isSet(help)) {
        Terminal::out(helpText() + mailHelpText() + mailTemplatesHelpText());
        return 0;
    }
    if (parser.isSet(version)) {
        Terminal::out(QStringLiteral("remixcrm " REMIXCRM_VERSION));
        return 0;
    }

    server::LeadServer::Options options;
    options.dataDir = server::DataDirectory::resolve(parser.value(dataDir));
    options.listenOverride = parser.value(listen);
    options.publicUrlOverride = parser.value(publicUrl);
    options.openLead = parser.value(open);
    if (!options.listenOverride.isEmpty()) {
        const ListenAddress parsed = ListenAddress::parse(options.listenOverride);
        if (!parsed.isValid()) {
            Terminal::err(QStringLiteral("--listen: %1").arg(parsed.error));
            return 2;
        }
    }
    if (!options.publicUrlOverride.isEmpty()) {
        const QUrl url(options.publicUrlOverride, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
            || url.host().isEmpty()) {
            Terminal::err(QStringLiteral("--public-url must be an absolute http(s) URL"));
            return 2;
        }
    }

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        const QString command = positional.first();
        const QStringList rest = positional.mid(1);
        if (command == u"keys")
            return KeysCommand::run(options.dataDir, rest, parser.value(name));
        if (command == u"config")
            return ConfigCommand::run(options.dataDir, rest);
        if (command == u"import")
            return ImportCommand::run(options.dataDir, rest, parser.isSet(dryRun));
        if (command == u"generate-leads") // for benchmarks; deliberately not in --help
            return GenerateLeadsCommand::run(options.dataDir, rest);
        if (command == u"backup" || command == u"restore")
            return BackupCommand::run(options.dataDir, command, rest);
        if (command == u"webhooks")
            return WebhooksCommand::run(
                options.dataDir, rest,
                {parser.value(events), parser.value(secret), parser.value(since)});
        if (command == u"mail" && MailTemplateCommand::handles(rest))
            return MailTemplateCommand::run(
                options.dataDir, rest,
                {parser.isSet(subject) ? parser.value(subject) : QString(),
                 parser.value(bodyFile)});
        if (command == u"mail")
            return MailCommand::run(options.dataDir, rest, {parser.value(to), parser.value(limit)});
        Terminal::err(QStringLiteral("Unknown command '%1'. See remixcrm --help.").arg(command));
        return 2;
    }

    if (parser.isSet(headless) || !gui) {
        LogFormat::install();
        return server::HeadlessRunner::run(options);
    }
    return gui(options);
}

} // namespace rmx::cli
