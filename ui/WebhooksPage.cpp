// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WebhooksPage.h"

#include "core/util/Clock.h"
#include "core/webhooks/WebhookActions.h"
#include "core/webhooks/WebhookMessages.h"
#include "ui/BackgroundReader.h"
#include "ui/LeadLink.h"
#include "ui/LeadPresentation.h"
#include "ui/Theme.h"
#include "ui/UiWrites.h"
#include "ui/WebhookDialog.h"

#include <QColor>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rmx::ui {

using webhooks::DeliveryRow;
using webhooks::DeliveryState;
using webhooks::Subscription;
using webhooks::WebhookActions;
using webhooks::WebhookMessages;
using webhooks::WebhookStore;

namespace {
constexpr int DeliveryLogLimit = 200;
constexpr qint64 TestTimeoutMs = 30000;

QTableWidgetItem *item(const QString &text, const QString &tip = {})
{
    auto *it = new QTableWidgetItem(text);
    it->setToolTip(tip.isEmpty() ? text : tip);
    return it;
}

void setUpTable(QTableWidget *table, const QStringList &headers, const QString &name)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::Stretch);
    table->horizontalHeader()->setHighlightSections(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab moves on to the buttons
    table->setAccessibleName(name);
}
/// Fits every column but the last to its contents; the last one takes the remaining width.
void fitColumns(QTableWidget *table)
{
    for (int column = 0; column + 1 < table->columnCount(); ++column)
        table->resizeColumnToContents(column);
}
} // namespace

WebhooksPage::WebhooksPage(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
                           QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_writer(std::move(writer))
    , m_refresh(new QTimer(this))
    , m_testTimer(new QTimer(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_listStack(new QStackedWidget(this))
    , m_table(new QTableWidget(this))
    , m_detailTitle(new QLabel(this))
    , m_testResult(new QLabel(this))
    , m_log(new QTableWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_toggle(new QPushButton(tr("&Disable"), this))
    , m_remove(new QPushButton(tr("Re&move…"), this))
    , m_test(new QPushButton(tr("Send &test event"), this))
    , m_redeliver(new QPushButton(tr("&Redeliver"), this))
    , m_redeliverFailed(new QPushButton(tr("Redeliver all &failed"), this))
{
    setObjectName(QStringLiteral("webhooksPage"));
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, this, &WebhooksPage::reload);
    m_testTimer->setInterval(1000);
    connect(m_testTimer, &QTimer::timeout, this, &WebhooksPage::checkTests);

    auto *intro = new QLabel(tr("Webhooks send every new or changed lead to Zapier, n8n, Make or "
                                "your own server as a signed JSON POST, and try again when the "
                                "endpoint is down."),
                             this);
    intro->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add webhook…"), this);
    add->setObjectName(QStringLiteral("addWebhook"));
    m_edit->setObjectName(QStringLiteral("editWebhook"));
    m_toggle->setObjectName(QStringLiteral("toggleWebhook"));
    m_remove->setObjectName(QStringLiteral("removeWebhook"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(m_edit);
    actions->addWidget(m_toggle);
    actions->addWidget(m_remove);
    actions->addStretch();

    // Shown while a subscription is off because of its endpoint, not the owner.
    m_banner->setObjectName(QStringLiteral("disabledBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(
        Theme::boxStyle(QStringLiteral("QFrame#disabledBanner"), Theme::Tone::Danger));
    m_bannerText->setObjectName(QStringLiteral("disabledBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    auto *reenableButton = new QPushButton(tr("Re-ena&ble"), m_banner);
    reenableButton->setObjectName(QStringLiteral("reenableWebhook"));
    reenableButton->setAccessibleName(tr("Re-enable the webhook that was turned off"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 8, 12, 8);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(reenableButton);
    m_banner->hide();
    connect(reenableButton, &QPushButton::clicked, this, [this] { reenable(m_bannerId); });

    m_table->setObjectName(QStringLiteral("webhookTable"));
    setUpTable(m_table, {tr("Endpoint URL"), tr("Events"), tr("Created"), tr("Status")},
               tr("Webhooks"));
    auto *empty = new QLabel(tr("<h3>No webhooks yet</h3><p>Add one to send each new lead to "
                                "Zapier, n8n, Make or your own server the moment it arrives.</p>"
                                "<p>Use <b>Add webhook…</b> above to get started.</p>"),
                             this);
    empty->setObjectName(QStringLiteral("webhooksEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_listStack->addWidget(empty);
    m_listStack->addWidget(m_table);

    // The selected subscription: test event and delivery log.
    auto *detail = new QWidget(this);
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setObjectName(QStringLiteral("deliveriesTitle"));
    m_test->setObjectName(QStringLiteral("sendTestEvent"));
    m_test->setAccessibleName(tr("Send a test event to the selected webhook"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setAccessibleName(tr("Test event result"));
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_detailTitle);
    testRow->addStretch();
    testRow->addWidget(m_testResult);
    testRow->addWidget(m_test);

    m_log->setObjectName(QStringLiteral("deliveryTable"));
    setUpTable(
        m_log,
        {tr("Time"), tr("Event"), tr("Attempts"), tr("Result"), tr("Latency"), tr("Response")},
        tr("Delivery log"));
    m_redeliver->setObjectName(QStringLiteral("redeliver"));
    m_redeliver->setAccessibleName(tr("Redeliver the selected delivery"));
    m_redeliverFailed->setObjectName(QStringLiteral("redeliverFailed"));
    m_redeliverFailed->setAccessibleName(tr("Redeliver all failed deliveries of this webhook"));
    auto *logButtons = new QHBoxLayout;
    auto *logNote = new QLabel(tr("A redelivery keeps the event id, so your endpoint can skip "
                                  "events it already handled."),
                               detail);
    logNote->setEnabled(false);
    logNote->setWordWrap(true);
    logButtons->addWidget(logNote, 1);
    logButtons->addWidget(m_redeliver);
    logButtons->addWidget(m_redeliverFailed);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(testRow);
    detailLayout->addWidget(m_log);
    detailLayout->addLayout(logButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("webhooksSplitter"));
    splitter->addWidget(m_listStack);
    splitter->addWidget(detail);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    setTabOrder(add, m_edit);
    setTabOrder(m_edit, m_toggle);
    setTabOrder(m_toggle, m_remove);
    setTabOrder(m_remove, reenableButton);
    setTabOrder(reenableButton, m_table);
    setTabOrder(m_table, m_test);
    setTabOrder(m_test, m_log);
    setTabOrder(m_log, m_redeliver);
    setTabOrder(m_redeliver, m_redeliverFailed);

    connect(add, &QPushButton::clicked, this, &WebhooksPage::addSubscription);
    connect(m_edit, &QPushButton::clicked, this, &WebhooksPage::editSelected);
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        if (const auto s = selected())
            setSelectedEnabled(!s->enabled);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_test, &QPushButton::clicked, this, &WebhooksPage::sendTestEvent);
    connect(m_redeliver, &QPushButton::clicked, this, &WebhooksPage::redeliverSelected);
    connect(m_redeliverFailed, &QPushButton::clicked, this, &WebhooksPage::redeliverAllFailed);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &WebhooksPage::selectionChanged);
    connect(m_table, &QTableWidget::itemActivated, this, &WebhooksPage::editSelected);
    auto *removeKey
        = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, [this] { removeSelected(); });
    connect(m_log, &QTableWidget::itemSelectionChanged, this, &WebhooksPage::updateActions);
    connect(m_log, &QTableWidget::cellClicked, this, [this](int row, int column) {
        const QTableWidgetItem *event = m_log->item(row, 1);
        if (column != 1 || !event)
            return;
        if (const QString id = LeadLink::idOf(event->data(Qt::UserRole).toString()); !id.isEmpty())
            emit openLeadRequested(id);
    });
    updateActions();
    reload();
}

void WebhooksPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void WebhooksPage::dataChanged()
{
    if (!m_tests.isEmpty())
        checkTests();
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (!m_refresh->isActive())
        m_refresh->start();
}

void WebhooksPage::subscriptionDisabled(const QString &id, const QString &)
{
    // The reason is read back with the subscription once it is stored.
    m_bannerId = id;
    dataChanged();
}

void WebhooksPage::reload()
{
    m_stale = false;
    m_reader->read(
        this, [](QSqlDatabase &db) { return QVariant::fromValue(WebhookStore(db).list()); },
        [this](const QVariant &result) {
            if (result.isValid())
                showSubscriptions(result.value<QList<Subscription>>());
        });
    reloadDeliveries();
}

void WebhooksPage::showSubscriptions(const QList<Subscription> &subscriptions)
{
    const QString keep = selectedId();
    m_subscriptions = subscriptions;
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(int(subscriptions.size()));
        for (int row = 0; row < subscriptions.size(); ++row) {
            const Subscription &s = subscriptions[row];
            auto *url = item(s.url);
            url->setData(Qt::UserRole, s.id);
            m_table->setItem(row, 0, url);
            const QString events = s.events.contains(QStringLiteral("*"))
                ? tr("All events")
                : s.events.join(QStringLiteral(", "));
            m_table->setItem(row, 1, item(events));
            QTableWidgetItem *status = nullptr;
            if (s.enabled && s.consecutiveFailures > 0) {
                status
                    = item(tr("Enabled, %n failure(s) in a row", nullptr, s.consecutiveFailures));
                status->setForeground(Theme::waiting());
            } else if (s.enabled) {
                status = item(tr("Enabled"));
                status->setForeground(Theme::good());
            } else if (s.autoDisabled()) {
                status = item(
                    tr("Turned off: %1")
                        .arg(WebhookMessages::disableReasonShown(s.disableReason, s.failingSince)));
                status->setForeground(Theme::bad());
            } else {
                status = item(tr("Disabled"));
            }
            m_table->setItem(row, 3, status);
            m_table->setItem(row, 2, item(LeadPresentation::received(s.createdAt)));
        }
        fitColumns(m_table);
        if (m_table->columnWidth(0) > 420)
            m_table->setColumnWidth(0, 420);
    }
    m_listStack->setCurrentIndex(subscriptions.isEmpty() ? 0 : 1);
    if (!keep.isEmpty())
        selectSubscription(keep);
    if (selectedId().isEmpty() && !subscriptions.isEmpty())
        m_table->selectRow(0);
    if (selectedId() != keep)
        selectionChanged();
    updateActions();
    updateBanner();
    updateTestResult();
}

void WebhooksPage::selectionChanged()
{
    m_deliveries.clear();
    m_log->setRowCount(0);
    updateActions();
    updateTestResult();
    reloadDeliveries();
}

QString WebhooksPage::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_table->item(rows.first().row(), 0))
        return {};
    return m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

void WebhooksPage::selectSubscription(const QString &id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == id) {
            if (selectedId() != id)
                m_table->selectRow(row);
            return;
        }
    }
}

std::optional<Subscription> WebhooksPage::selected() const
{
    const QString id = selectedId();
    for (const Subscription &s : m_subscriptions) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

void WebhooksPage::reloadDeliveries()
{
    const auto s = selected();
    if (!s) {
        m_detailTitle->setText(tr("Delivery log"));
        return;
    }
    m_detailTitle->setText(tr("Delivery log of %1").arg(s->url));
    const qint64 rowId = s->rowId;
    const QString id = s->id;
    m_reader->read(
        this,
        [rowId](QSqlDatabase &db) {
            return QVariant::fromValue(WebhookStore(db).deliveries(rowId, DeliveryLogLimit));
        },
        [this, id](const QVariant &result) {
            if (result.isValid() && selectedId() == id)
                showDeliveries(result.value<QList<DeliveryRow>>());
        });
}

void WebhooksPage::showDeliveries(const QList<DeliveryRow> &rows)
{
    const auto current = m_log->selectionModel()->selectedRows();
    const qint64 keep = current.isEmpty() || current.first().row() >= m_deliveries.size()
        ? 0
        : m_deliveries.at(current.first().row()).id;
    m_deliveries = rows;
    const QSignalBlocker block(m_log);
    m_log->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const DeliveryRow &d = rows[row];
        const qint64 when = d.lastAttemptAt > 0 ? d.lastAttemptAt : d.createdAt;
        auto *time = item(LeadPresentation::received(when), d.eventId);
        m_log->setItem(row, 0, time);
        auto *event = item(d.event == u"ping" ? tr("ping (test)") : d.event);
        if (!d.leadUrl.isEmpty()) {
            // Reads as a link: clicking it opens the lead of this delivery.
            QFont link = event->font();
            link.setUnderline(true);
            event->setFont(link);
            event->setForeground(m_log->palette().color(QPalette::Link));
            event->setData(Qt::UserRole, d.leadUrl);
            event->setToolTip(tr("%1\nClick to open this lead.").arg(d.leadUrl));
        }
        m_log->setItem(row, 1, event);
        m_log->setItem(row, 2, item(QString::number(d.attempts)));
        const QString answer = !d.lastError.isEmpty()
            ? WebhookMessages::shown(d.lastError)
            : (d.lastStatus > 0 ? tr("HTTP %1").arg(d.lastStatus) : QString());
        QString result;
        QColor colour;
        if (d.state == DeliveryState::Succeeded) {
            result = tr("Delivered, %1").arg(answer);
            colour = Theme::good();
        } else if (d.state == DeliveryState::Failed) {
            result = answer.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(answer);
            colour = Theme::bad();
        } else if (d.attempts == 0) {
            result = tr("Sending…");
            colour = Theme::waiting();
        } else {
            result = tr("Retrying at %1 (%2)")
                         .arg(LeadPresentation::received(d.nextAttemptAt),
                              answer.isEmpty() ? tr("no answer") : answer);
            colour = Theme::waiting();
        }
        auto *resultItem = item(result);
        resultItem->setForeground(colour);
        m_log->setItem(row, 3, resultItem);
        m_log->setItem(row, 4,
                       item(d.lastDurationMs >= 0 ? tr("%1 ms").arg(d.lastDurationMs) : QString()));
        const QString body = QString::fromUtf8(d.lastResponse).simplified();
        m_log->setItem(row, 5, item(body, QString::fromUtf8(d.lastResponse)));
        if (d.id == keep)
            m_log->selectRow(row);
    }
    fitColumns(m_log);
    if (m_log->columnWidth(3) > 360)
        m_log->setColumnWidth(3, 360);
    updateActions();
}

void WebhooksPage::updateActions()
{
    const auto s = selected();
    m_edit->setEnabled(s.has_value());
    m_remove->setEnabled(s.has_value());
    m_toggle->setEnabled(s.has_value());
    m_toggle->setText(s && !s->enabled ? tr("E&nable") : tr("&Disable"));
    m_toggle->setAccessibleName(s && !s->enabled ? tr("Enable the selected webhook")
                                                 : tr("Disable the selected webhook"));
    m_test->setEnabled(s && s->enabled);
    m_test->setToolTip(s && !s->enabled ? tr("Enable the webhook to send a test event.")
                                        : QString());
    const auto rows = m_log->selectionModel()->selectedRows();
    const bool finished = !rows.isEmpty() && rows.first().row() < m_deliveries.size()
        && m_deliveries.at(rows.first().row()).state != DeliveryState::Pending;
    m_redeliver->setEnabled(s && finished);
    bool anyFailed = false;
    for (const DeliveryRow &d : std::as_const(m_deliveries))
        anyFailed = anyFailed || d.state == DeliveryState::Failed;
    m_redeliverFailed->setEnabled(s && anyFailed);
}

void WebhooksPage::updateBanner()
{
    const Subscription *shown = nullptr;
    int count = 0;
    for (const Subscription &s : std::as_const(m_subscriptions)) {
        if (!s.autoDisabled())
            continue;
        ++count;
        if (!shown || s.id == m_bannerId || (s.id == selectedId() && shown->id != m_bannerId))
            shown = &s;
    }
    if (!shown) {
        m_banner->hide();
        m_bannerId.clear();
        return;
    }
    m_bannerId = shown->id;
    QString text
        = tr("<b>Webhook to %1 was turned off automatically.</b> %2 No events are sent "
             "to it until you re-enable it; fix the endpoint first.")
              .arg(shown->url.toHtmlEscaped(),
                   WebhookMessages::disableReasonShown(shown->disableReason, shown->failingSince)
                       .toHtmlEscaped());
    if (count > 1)
        text += QLatin1Char(' ') + tr("(%n webhook(s) turned off in all.)", nullptr, count);
    m_bannerText->setText(text);
    m_banner->show();
}

void WebhooksPage::write(std::function<QVariant(QSqlDatabase &)> job,
                         std::function<void(bool)> done)
{
    submitWrite(m_writer(), this, std::move(job),
                [this, done = std::move(done)](const store::WriteQueue::Outcome &outcome) {
                    if (done)
                        done(outcome.ok);
                    if (!outcome.ok)
                        QMessageBox::warning(this, tr("Webhooks"),
                                             tr("The change could not be saved. Try again."));
                    reload();
                });
}

void WebhooksPage::addSubscription()
{
    auto *dialog = new WebhookDialog(m_writer(), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WebhookDialog::saved, this, [this](const QString &id) {
        // Selected once the list comes back with it.
        m_reader->read(
            this, [](QSqlDatabase &db) { return QVariant::fromValue(WebhookStore(db).list()); },
            [this, id](const QVariant &result) {
                if (!result.isValid())
                    return;
                showSubscriptions(result.value<QList<Subscription>>());
                selectSubscription(id);
            });
    });
    dialog->open();
}

void WebhooksPage::editSelected()
{
    const auto s = selected();
    if (!s)
        return;
    auto *dialog = new WebhookDialog(m_writer(), s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WebhookDialog::saved, this, &WebhooksPage::reload);
    dialog->open();
}

void WebhooksPage::setSelectedEnabled(bool enabled)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    write([id, enabled](QSqlDatabase &db) {
        WebhookActions actions(db);
        return QVariant(enabled ? actions.enable(id, Clock::nowMs())
                                : actions.disable(id, Clock::nowMs()));
    });
}

void WebhooksPage::reenable(const QString &id)
{
    if (id.isEmpty())
        return;
    selectSubscription(id);
    write(
        [id](QSqlDatabase &db) { return QVariant(WebhookActions(db).enable(id, Clock::nowMs())); });
}

void WebhooksPage::removeSelected(std::function<bool(const QString &url)> confirm)
{
    const auto s = selected();
    if (!s)
        return;
    if (!confirm) {
        confirm = [this](const QString &url) {
            return QMessageBox::question(this, tr("Remove webhook"),
                                         tr("Remove the webhook to %1? Events are no longer sent "
                                            "to it, and its delivery log is deleted.")
                                             .arg(url))
                == QMessageBox::Yes;
        };
    }
    if (!confirm(s->url))
        return;
    const QString id = s->id;
    m_tests.remove(id);
    write([id](QSqlDatabase &db) { return QVariant(WebhookActions(db).remove(id)); });
}

void WebhooksPage::sendTestEvent()
{
    const auto s = selected();
    if (!s || !s->enabled)
        return;
    const QString id = s->id;
    m_tests[id] = TestRun {0, Clock::nowMs(), {}, false};
    m_test->setEnabled(false);
    updateTestResult();
    submitWrite(
        m_writer(), this,
        [id](QSqlDatabase &db) {
            const auto deliveryId = WebhookActions(db).sendTest(id, Clock::nowMs());
            return deliveryId ? QVariant(*deliveryId) : QVariant();
        },
        [this, id](const store::WriteQueue::Outcome &outcome) {
            updateActions();
            TestRun &run = m_tests[id];
            if (!outcome.ok || !outcome.value.isValid()) {
                run.result = tr("The test event could not be queued.");
                updateTestResult();
                return;
            }
            run.deliveryId = outcome.value.toLongLong();
            m_testTimer->start();
            reloadDeliveries();
        });
}

void WebhooksPage::checkTests()
{
    bool waiting = false;
    for (auto it = m_tests.begin(); it != m_tests.end(); ++it) {
        TestRun &run = it.value();
        if (!run.result.isEmpty() || run.deliveryId == 0)
            continue;
        if (Clock::nowMs() - run.startedMs > TestTimeoutMs) {
            run.result
                = tr("No answer after %1 seconds; see the delivery log.").arg(TestTimeoutMs / 1000);
            continue;
        }
        waiting = true;
        const QString id = it.key();
        const qint64 deliveryId = run.deliveryId;
        m_reader->read(
            this,
            [deliveryId](QSqlDatabase &db) {
                const auto attempt = WebhookStore(db).firstAttempt(deliveryId);
                return attempt ? QVariant::fromValue(*attempt) : QVariant();
            },
            [this, id, deliveryId](const QVariant &result) {
                const auto it = m_tests.find(id);
                if (!result.isValid() || it == m_tests.end() || it->deliveryId != deliveryId
                    || !it->result.isEmpty())
                    return;
                const auto a = result.value<webhooks::AttemptResult>();
                it->ok = a.succeeded();
                const QString answer = a.error.isEmpty() ? tr("HTTP %1").arg(a.httpStatus)
                                                         : WebhookMessages::shown(a.error);
                it->result = it->ok
                    ? tr("✓ Test event delivered: %1 in %2 ms").arg(answer).arg(a.durationMs)
                    : tr("✗ Test event failed: %1 (after %2 ms)").arg(answer).arg(a.durationMs);
                updateTestResult();
                reloadDeliveries();
            });
    }
    if (!waiting)
        m_testTimer->stop();
    updateTestResult();
}

void WebhooksPage::updateTestResult()
{
    const auto it = m_tests.constFind(selectedId());
    if (it == m_tests.cend()) {
        m_testResult->clear();
        m_testResult->hide();
        return;
    }
    m_testResult->show();
    if (it->result.isEmpty()) {
        m_testResult->setText(tr("Sending a test event…"));
        Theme::setTextTone(m_testResult, Theme::Tone::Warning);
    } else {
        m_testResult->setText(it->result);
        Theme::setTextTone(m_testResult, it->ok ? Theme::Tone::Success : Theme::Tone::Danger);
    }
}

void WebhooksPage::redeliverSelected()
{
    const auto rows = m_log->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_deliveries.size())
        return;
    const qint64 deliveryId = m_deliveries.at(rows.first().row()).id;
    write([deliveryId](QSqlDatabase &db) {
        return QVariant(WebhookActions(db).redeliver(deliveryId, Clock::nowMs()));
    });
}

void WebhooksPage::redeliverAllFailed()
{
    const auto s = selected();
    if (!s)
        return;
    const QString id = s->id;
    write([id](QSqlDatabase &db) {
        return QVariant(WebhookActions(db).redeliverFailed(id, 0, Clock::nowMs()).value_or(0));
    });
}

} // namespace rmx::ui
