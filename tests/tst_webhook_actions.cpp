// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook use cases shared by the API, the command line and the window, on a real SQLite
// file: secrets made and sealed once, rotated, and the owner's enable and disable.
#include "core/server/DataDirectory.h"
#include "core/store/DbConnection.h"
#include "core/store/SchemaMigrator.h"
#include "core/webhooks/SecretBox.h"
#include "core/webhooks/WebhookActions.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx;
using namespace rmx::webhooks;

class WebhookActionsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::DbConnection> m_conn;

    QString path() const { return server::DataDirectory::databasePath(m_dir.path()); }
    SubscriptionInput input(const QString &secret = {}) const
    {
        SubscriptionInput in;
        in.url = "https://example.com/hook";
        in.events = {"lead.created"};
        in.secret = secret;
        return in;
    }
    QString storedSecret(const Subscription &s) const
    {
        QString error;
        const auto box = SecretBox::forDatabase(path(), &error);
        return box ? box->open(s.secretSealed, s.id).value_or(QString()) : QString();
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(m_conn->db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private slots:
    void init()
    {
        QVERIFY(store::SchemaMigrator::migrate(path()).ok);
        m_conn = std::make_unique<store::DbConnection>(path(), "actions");
        QSqlQuery(m_conn->db()).exec("DELETE FROM webhook_subscriptions");
    }
    void cleanup() { m_conn.reset(); }

    void createMakesASecretWhenNoneIsGiven()
    {
        WebhookActions actions(m_conn->db());
        const auto made = actions.create(input(), CreatedBy::Ui, std::nullopt, 1000);
        QVERIFY(made.secretGenerated);
        QVERIFY(made.secret.startsWith("whsec_"));
        QCOMPARE(storedSecret(made.subscription), made.secret);
        QCOMPARE(scalar("SELECT created_by FROM webhook_subscriptions").toString(), QString("ui"));

        const QString given = "a-secret-of-my-own-choosing";
        const auto chosen = actions.create(input(given), CreatedBy::Cli, std::nullopt, 1000);
        QVERIFY(!chosen.secretGenerated);
        QCOMPARE(chosen.secret, given);
        QCOMPARE(storedSecret(chosen.subscription), given);
    }

    void rotateSecretReplacesIt()
    {
        WebhookActions actions(m_conn->db());
        const auto made = actions.create(input(), CreatedBy::Api, std::nullopt, 1000);
        const auto rotated = actions.rotateSecret(made.subscription.id, 2000);
        QVERIFY(rotated);
        QVERIFY(rotated->startsWith("whsec_"));
        QVERIFY(*rotated != made.secret);
        const auto stored = WebhookStore(m_conn->db()).find(made.subscription.id);
        QVERIFY(stored);
        QCOMPARE(storedSecret(*stored), *rotated);
        QVERIFY(!actions.rotateSecret("wh_unknown", 2000));
    }

    void disableAndEnableByTheOwner()
    {
        WebhookActions actions(m_conn->db());
        const QString id
            = actions.create(input(), CreatedBy::Ui, std::nullopt, 1000).subscription.id;
        QVERIFY(actions.disable(id, 2000));
        auto s = WebhookStore(m_conn->db()).find(id);
        QVERIFY(s && !s->enabled);
        QCOMPARE(s->disableReason, DisableReason::Owner);
        QVERIFY(!s->autoDisabled());
        QCOMPARE(scalar("SELECT disabled_reason FROM webhook_subscriptions").toString(),
                 QString("owner"));
        QVERIFY(actions.enable(id, 3000));
        s = WebhookStore(m_conn->db()).find(id);
        QVERIFY(s && s->enabled);
        QCOMPARE(s->disableReason, DisableReason::None);
        QVERIFY(!actions.enable("wh_unknown", 3000));
        QVERIFY(!actions.sendTest("wh_unknown", 3000));
        QVERIFY(!actions.redeliverFailed("wh_unknown", 0, 3000));
        QVERIFY(actions.sendTest(id, 3000));
        QVERIFY(actions.remove(id));
        QVERIFY(!actions.remove(id));
    }
};

QTEST_GUILESS_MAIN(WebhookActionsTest)
#include "tst_webhook_actions.moc"
