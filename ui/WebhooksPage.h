// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/webhooks/WebhookStore.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace rmx::store {
class WriteQueue;
}

namespace rmx::ui {

class BackgroundReader;

/// Webhooks: the subscriptions (add, edit, enable or disable, remove, send a test event), the
/// delivery log of the selected one with redelivery, and a banner when one was turned off
/// automatically. Reads run on the reader thread, writes on the server's writer thread.
class WebhooksPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhooksPage)

public:
    WebhooksPage(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
                 QWidget *parent = nullptr);

    void reload();
    /// New data was committed somewhere: refresh soon (many commits make one refresh).
    void dataChanged();
    /// The dispatcher turned a subscription off.
    void subscriptionDisabled(const QString &id, const QString &reason);

    void addSubscription();
    void editSelected();
    void setSelectedEnabled(bool enabled);
    void reenable(const QString &id);
    /// Removes the selected subscription after asking; `confirm` answers in tests.
    void removeSelected(std::function<bool(const QString &url)> confirm = {});
    void sendTestEvent();
    void redeliverSelected();
    void redeliverAllFailed();

    QString selectedId() const;
    void selectSubscription(const QString &id);
    QTableWidget *subscriptionTable() const { return m_table; }
    QTableWidget *deliveryTable() const { return m_log; }

Q_SIGNALS:
    /// The lead of a delivery (its lead_url) was clicked in the delivery log.
    void openLeadRequested(const QString &leadId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct TestRun
    {
        qint64 deliveryId = 0;
        qint64 startedMs = 0;
        QString result; // empty: waiting for the answer
        bool ok = false;
    };

    std::optional<webhooks::Subscription> selected() const;
    void selectionChanged();
    void showSubscriptions(const QList<webhooks::Subscription> &subscriptions);
    void reloadDeliveries();
    void showDeliveries(const QList<webhooks::DeliveryRow> &rows);
    void updateActions();
    void updateBanner();
    void updateTestResult();
    void checkTests();
    void write(std::function<QVariant(QSqlDatabase &)> job, std::function<void(bool)> done = {});

    BackgroundReader *m_reader;
    std::function<store::WriteQueue *()> m_writer;
    QList<webhooks::Subscription> m_subscriptions;
    QList<webhooks::DeliveryRow> m_deliveries;
    QHash<QString, TestRun> m_tests; // by subscription id
    QString m_bannerId;
    bool m_stale = false;
    QTimer *m_refresh;
    QTimer *m_testTimer;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QStackedWidget *m_listStack;
    QTableWidget *m_table;
    QLabel *m_detailTitle;
    QLabel *m_testResult;
    QTableWidget *m_log;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QPushButton *m_remove;
    QPushButton *m_test;
    QPushButton *m_redeliver;
    QPushButton *m_redeliverFailed;
};

} // namespace rmx::ui
