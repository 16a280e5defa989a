// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/WebhooksCommand.h"

#include "core/cli/CommandDatabase.h"
#include "core/cli/Terminal.h"
#include "core/server/InstanceLock.h"
#include "core/store/Sql.h"
#include "core/store/StoreError.h"
#include "core/util/Clock.h"
#include "core/webhooks/SubscriptionInput.h"
#include "core/webhooks/WebhookActions.h"
#include "core/webhooks/WebhookMessages.h"
#include "core/webhooks/WebhookStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QThread>

namespace rmx::cli {

using webhooks::Subscription;
using webhooks::WebhookActions;
using webhooks::WebhookStore;

namespace {
const char *const Usage
    = "Usage: remixcrm webhooks add URL --events a,b [--secret S]\n"
      "       remixcrm webhooks list\n"
      "       remixcrm webhooks remove ID\n"
      "       remixcrm webhooks enable ID | disable ID\n"
      "       remixcrm webhooks rotate-secret ID\n"
      "       remixcrm webhooks test ID\n"
      "       remixcrm webhooks deliveries ID\n"
      "       remixcrm webhooks redeliver DELIVERY | redeliver ID --since ISO-8601";

/// Runs `work` in one immediate transaction (another process may be writing too).
template<typename Work> auto inTransaction(QSqlDatabase db, Work work)
{
    store::Sql::execDirect(db, QStringLiteral("BEGIN IMMEDIATE"), "begin");
    try {
        auto result = work();
        store::Sql::execDirect(db, QStringLiteral("COMMIT"), "commit");
        return result;
    } catch (...) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

int add(QSqlDatabase db, const QStringList &args, const WebhooksCommand::Options &options)
{
    QJsonObject body {{QStringLiteral("url"), args.value(1)}};
    QJsonArray events;
    for (const QString &e : options.events.split(u',', Qt::SkipEmptyParts))
        events.append(e.trimmed());
    body.insert(QStringLiteral("events"), events);
    if (!options.secret.isEmpty())
        body.insert(QStringLiteral("secret"), options.secret);
    const auto input = webhooks::SubscriptionInput::fromJson(body);
    if (!input.isValid()) {
        Terminal::err(input.error);
        return 2;
    }
    // Created by the owner on this machine: local targets (n8n on localhost) are allowed.
    const auto created = inTransaction(db, [&] {
        return WebhookActions(db).create(input, webhooks::CreatedBy::Cli, std::nullopt,
                                         Clock::nowMs());
    });
    const Subscription &s = created.subscription;
    Terminal::out(
        QStringLiteral("Created webhook %1 for %2 (%3).").arg(s.id, s.url, s.events.join(u',')));
    if (created.secretGenerated) {
        Terminal::out(QStringLiteral("Signing secret (copy it now: it is not shown again):"));
        Terminal::out(created.secret);
    }
    Terminal::out(s.id);
    return 0;
}

std::optional<Subscription> findOrComplain(QSqlDatabase db, const QString &id)
{
    auto s = WebhookStore(db).find(id.trimmed());
    if (!s)
        Terminal::err(
            QStringLiteral("No webhook with id '%1'. See remixcrm webhooks list.").arg(id));
    return s;
}

int test(const QString &dataDir, QSqlDatabase db, const QString &id)
{
    const auto s = findOrComplain(db, id);
    if (!s)
        return 1;
    const auto queued
        = inTransaction(db, [&] { return WebhookActions(db).sendTest(s->id, Clock::nowMs()); });
    if (!queued)
        return 1; // removed meanwhile
    const qint64 deliveryId = *queued;
    if (!server::InstanceLock::isHeld(dataDir)) {
        Terminal::out(QStringLiteral("Queued a ping (delivery %1). RemixCRM is not running: it "
                                     "is sent when it starts.")
                          .arg(deliveryId));
        return 0;
    }
    Terminal::out(QStringLiteral("Sent a ping to %1 (delivery %2); waiting for the answer…")
                      .arg(s->url)
                      .arg(deliveryId));
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 30000) {
        if (const auto a = WebhookStore(db).firstAttempt(deliveryId)) {
            Terminal::out(
                a->succeeded()
                    ? QStringLiteral("OK: HTTP %1 in %2 ms.").arg(a->httpStatus).arg(a->durationMs)
                    : QStringLiteral("Failed: %1")
                          .arg(a->error.isEmpty() ? QStringLiteral("HTTP %1").arg(a->httpStatus)
                                                  : a->error));
            return a->succeeded() ? 0 : 1;
        }
        QThread::msleep(100);
    }
    Terminal::err(QStringLiteral("No answer yet; see remixcrm webhooks deliveries %1").arg(s->id));
    return 1;
}

int deliveries(QSqlDatabase db, const QString &id)
{
    const auto s = findOrComplain(db, id);
    if (!s)
        return 1;
    const auto rows = WebhookStore(db).deliveries(s->rowId, 50);
    if (rows.isEmpty()) {
        Terminal::out(QStringLiteral("No deliveries yet."));
        return 0;
    }
    QList<QStringList> out {{QStringLiteral("DELIVERY"), QStringLiteral("EVENT ID"),
                             QStringLiteral("EVENT"), QStringLiteral("STATE"),
                             QStringLiteral("ATTEMPTS"), QStringLiteral("LAST ATTEMPT"),
                             QStringLiteral("RESULT"), QStringLiteral("NEXT ATTEMPT")}};
    for (const auto &r : rows) {
        const QString result = !r.lastError.isEmpty()
            ? r.lastError.left(60)
            : (r.lastStatus > 0 ? QStringLiteral("HTTP %1").arg(r.lastStatus)
                                : QStringLiteral("-"));
        out.append(
            {QString::number(r.id), r.eventId, r.event, webhooks::WebhookCodes::toCode(r.state),
             QString::number(r.attempts), Terminal::timeOrDash(r.lastAttemptAt), result,
             r.state == webhooks::DeliveryState::Pending ? Terminal::timeOrDash(r.nextAttemptAt)
                                                         : QStringLiteral("-")});
    }
    Terminal::out(Terminal::table(out));
    return 0;
}

int redeliver(QSqlDatabase db, const QStringList &args, const WebhooksCommand::Options &options)
{
    const QString target = args.value(1).trimmed();
    if (target.startsWith(QStringLiteral("wh_"))) {
        const auto s = findOrComplain(db, target);
        if (!s)
            return 1;
        const qint64 since = Clock::parseIso(options.since);
        if (options.since.isEmpty() || since < 0) {
            Terminal::err(QStringLiteral("redeliver %1 needs --since TIME, e.g. --since "
                                         "2026-03-16T00:00:00Z")
                              .arg(s->id));
            return 2;
        }
        const auto count = inTransaction(
            db, [&] { return WebhookActions(db).redeliverFailed(s->id, since, Clock::nowMs()); });
        Terminal::out(QStringLiteral("Queued %1 failed deliveries again.").arg(count.value_or(0)));
        return 0;
    }
    bool ok = false;
    const qint64 deliveryId = target.toLongLong(&ok);
    if (!ok) {
        Terminal::err(QString::fromLatin1(Usage));
        return 2;
    }
    const bool queued = inTransaction(
        db, [&] { return WebhookActions(db).redeliver(deliveryId, Clock::nowMs()); });
    if (!queued) {
        Terminal::err(QStringLiteral("No finished delivery %1 (pending ones are already queued).")
                          .arg(deliveryId));
        return 1;
    }
    Terminal::out(QStringLiteral("Delivery %1 queued again (new timestamp and signature, same "
                                 "event id).")
                      .arg(deliveryId));
    return 0;
}
} // namespace

int WebhooksCommand::run(const QString &dataDir, const QStringList &args, const Options &options)
{
    static const QStringList actions {
        QStringLiteral("add"),    QStringLiteral("list"),       QStringLiteral("remove"),
        QStringLiteral("test"),   QStringLiteral("deliveries"), QStringLiteral("redeliver"),
        QStringLiteral("enable"), QStringLiteral("disable"),    QStringLiteral("rotate-secret")};
    const QString action = args.value(0);
    if (!actions.contains(action) || (action != u"list" && args.size() < 2)) {
        Terminal::err(QString::fromLatin1(Usage));
        return 2;
    }
    auto connection = openCommandDatabase(dataDir);
    if (!connection)
        return 1;
    QSqlDatabase db = connection->db();
    try {
        if (action == u"add")
            return add(db, args, options);
        if (action == u"test")
            return test(dataDir, db, args.value(1));
        if (action == u"deliveries")
            return deliveries(db, args.value(1));
        if (action == u"redeliver")
            return redeliver(db, args, options);
        if (action == u"enable" || action == u"disable") {
            const QString id = args.value(1).trimmed();
            const bool enable = action == u"enable";
            if (!inTransaction(db, [&] {
                    WebhookActions actions(db);
                    return enable ? actions.enable(id, Clock::nowMs())
                                  : actions.disable(id, Clock::nowMs());
                })) {
                Terminal::err(
                    QStringLiteral("No webhook with id '%1'. See remixcrm webhooks list.").arg(id));
                return 1;
            }
            Terminal::out(
                enable ? QStringLiteral("Enabled %1; new events are sent to it again.").arg(id)
                       : QStringLiteral("Disabled %1.").arg(id));
            return 0;
        }
        if (action == u"rotate-secret") {
            const QString id = args.value(1).trimmed();
            const auto secret = inTransaction(
                db, [&] { return WebhookActions(db).rotateSecret(id, Clock::nowMs()); });
            if (!secret) {
                Terminal::err(
                    QStringLiteral("No webhook with id '%1'. See remixcrm webhooks list.").arg(id));
                return 1;
            }
            Terminal::out(QStringLiteral("New signing secret for %1 (copy it now: it is not shown "
                                         "again; the old one no longer signs):")
                              .arg(id));
            Terminal::out(*secret);
            return 0;
        }
        if (action == u"remove") {
            const QString id = args.value(1).trimmed();
            if (!inTransaction(db, [&] { return WebhookActions(db).remove(id); })) {
                Terminal::err(
                    QStringLiteral("No webhook with id '%1'. See remixcrm webhooks list.").arg(id));
                return 1;
            }
            Terminal::out(QStringLiteral("Removed %1.").arg(id));
            return 0;
        }
        const auto all = WebhookStore(db).list();
        if (all.isEmpty()) {
            Terminal::out(QStringLiteral(
                "No webhooks yet. Add one with: remixcrm webhooks add URL --events lead.created"));
            return 0;
        }
        QList<QStringList> rows {{QStringLiteral("ID"), QStringLiteral("URL"),
                                  QStringLiteral("EVENTS"), QStringLiteral("STATE"),
                                  QStringLiteral("CREATED")}};
        for (const Subscription &s : all) {
            const QString state = s.enabled
                ? (s.consecutiveFailures > 0
                       ? QStringLiteral("enabled (%1 failures in a row)").arg(s.consecutiveFailures)
                       : QStringLiteral("enabled"))
                : QStringLiteral("disabled: %1")
                      .arg(webhooks::WebhookMessages::disableReasonEnglish(s.disableReason,
                                                                           s.failingSince));
            rows.append(
                {s.id, s.url, s.events.join(u','), state, Terminal::timeOrDash(s.createdAt)});
        }
        Terminal::out(Terminal::table(rows));
        return 0;
    } catch (const store::StoreError &e) {
        Terminal::err(e.message());
    }
    return 1;
}

} // namespace rmx::cli
