// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SpamPage.h"

#include "core/capture/ContactCapture.h"
#include "core/store/SpamStore.h"
#include "core/util/Clock.h"
#include "ui/BackgroundReader.h"
#include "ui/ContactPresentation.h"
#include "ui/LeadPresentation.h"
#include "ui/Theme.h"
#include "ui/UiWrites.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rmx::ui {

using store::SpamRecord;

namespace {
constexpr int SpamIdRole = Qt::UserRole + 1;
enum Column { Time, Reason, Email, ClientIp, Excerpt, ColumnCount };

// One line a person can judge at a glance: who, when, and the start of their message.
QString excerpt(const QJsonObject &payload)
{
    QStringList parts;
    const QString name = QString(payload.value(QStringLiteral("first_name")).toString() + u' '
                                 + payload.value(QStringLiteral("last_name")).toString())
                             .simplified();
    if (!name.isEmpty())
        parts.append(name);
    const QString date = payload.value(QStringLiteral("event_date")).toString();
    if (!date.isEmpty())
        parts.append(LeadPresentation::eventDate(date));
    QString notes = payload.value(QStringLiteral("notes")).toString().simplified();
    if (notes.isEmpty())
        notes = payload.value(QStringLiteral("message")).toString().simplified();
    if (!notes.isEmpty())
        parts.append(QStringLiteral("“") + notes + QStringLiteral("”"));
    QString line = parts.join(QStringLiteral(" · "));
    if (line.size() > 140)
        line = line.left(139) + QStringLiteral("…");
    return line;
}
} // namespace

SpamPage::SpamPage(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
                   std::function<QString()> publicBaseUrl, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_writer(std::move(writer))
    , m_publicBaseUrl(std::move(publicBaseUrl))
    , m_table(new QTableWidget(this))
    , m_empty(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore as contact"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("spamPage"));
    auto *intro = new QLabel(tr("Submissions of your hosted form that looked automated: the "
                                "hidden bot field was filled in, the form was sent faster than a "
                                "person can type, or its token was forged or stale. The sender "
                                "saw a normal thank-you page. Restore anything that is a real "
                                "inquiry."),
                             this);
    intro->setWordWrap(true);
    m_restore->setObjectName(QStringLiteral("restoreSpam"));
    m_delete->setObjectName(QStringLiteral("deleteSpam"));
    m_notice->setObjectName(QStringLiteral("spamNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_table->setObjectName(QStringLiteral("spamTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Received"), tr("Why it was caught"), tr("Email"), tr("Client IP"), tr("Message")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Caught submissions"));

    m_empty->setObjectName(QStringLiteral("spamEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("<h3>No spam caught</h3><p>When a bot fills in your hosted form, its "
                        "submission lands here instead of among your contacts, so you can "
                        "check it and restore it if it was a real person.</p>"));
    m_empty->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(400);
    connect(m_refresh, &QTimer::timeout, this, &SpamPage::reload);
    connect(m_restore, &QPushButton::clicked, this, &SpamPage::restoreSelected);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SpamPage::updateButtons);
    updateButtons();
    reload();
}

void SpamPage::dataChanged()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

void SpamPage::reload()
{
    m_reader->read(
        this,
        [](QSqlDatabase &db) {
            return QVariant::fromValue(store::SpamStore(db).recent(Shown, false));
        },
        [this](const QVariant &result) {
            if (!result.isValid())
                return;
            const QString selected = selectedId();
            const auto records = result.value<QList<SpamRecord>>();
            m_table->setRowCount(int(records.size()));
            for (int row = 0; row < records.size(); ++row) {
                const SpamRecord &r = records.at(row);
                auto *time = new QTableWidgetItem(LeadPresentation::received(r.createdAt));
                time->setData(SpamIdRole, r.id);
                m_table->setItem(row, Time, time);
                auto *reason = new QTableWidgetItem(ContactPresentation::spamReason(r.reason));
                reason->setToolTip(r.reason);
                m_table->setItem(row, Reason, reason);
                m_table->setItem(row, Email, new QTableWidgetItem(r.email));
                auto *ip = new QTableWidgetItem(r.clientIp);
                ip->setToolTip(r.userAgent);
                m_table->setItem(row, ClientIp, ip);
                const QString text = excerpt(r.payload);
                auto *message = new QTableWidgetItem(text);
                message->setToolTip(text);
                m_table->setItem(row, Excerpt, message);
                if (r.id == selected)
                    m_table->selectRow(row);
            }
            m_table->resizeColumnToContents(Time);
            m_table->resizeColumnToContents(Reason);
            m_table->setColumnWidth(Email, qMax(200, m_table->columnWidth(Email)));
            m_table->resizeColumnToContents(ClientIp);
            m_empty->setVisible(records.isEmpty());
            m_table->setVisible(!records.isEmpty());
            updateButtons();
        });
}

QString SpamPage::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem *item = m_table->item(rows.first().row(), Time);
    return item ? item->data(SpamIdRole).toString() : QString();
}

void SpamPage::updateButtons()
{
    const bool any = !selectedId().isEmpty();
    m_restore->setEnabled(any);
    m_delete->setEnabled(any);
}

void SpamPage::showNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(error
                                ? Theme::textStyle(Theme::Tone::Danger)
                                : Theme::boxStyle(QStringLiteral("QLabel"), Theme::Tone::Success));
    m_notice->show();
}

void SpamPage::restoreSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString base = m_publicBaseUrl ? m_publicBaseUrl() : QString();
    m_restore->setEnabled(false);
    submitWrite(
        m_writer(), this,
        [id, base](QSqlDatabase &db) {
            return QVariant::fromValue(
                capture::ContactCapture::restoreSpam(db, id, base, Clock::nowMs()));
        },
        [this](const store::WriteQueue::Outcome &outcome) {
            const auto result = outcome.value.value<capture::CaptureResult>();
            const bool ok = outcome.ok
                && (result.kind == capture::CaptureResult::Kind::Created
                    || result.kind == capture::CaptureResult::Kind::Updated);
            if (!ok) {
                // The capture's error text is the API's English; name the fields instead.
                showNotice(result.fields.isEmpty()
                               ? tr("Could not restore the submission. Try again.")
                               : tr("Could not restore the submission: check %1.")
                                     .arg(LeadPresentation::fieldNames(result.fields)),
                           true);
            } else {
                showNotice(result.leadId.isEmpty()
                               ? tr("Restored %1 as a contact.").arg(result.contact.email)
                               : tr("Restored %1 as a contact, with their lead.")
                                     .arg(result.contact.email),
                           false);
                emit restored(result.contact.id);
            }
            reload();
        });
}

void SpamPage::deleteSelected(std::function<bool(const QString &email)> confirm)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString email = m_table->item(m_table->currentRow(), Email)
        ? m_table->item(m_table->currentRow(), Email)->text()
        : QString();
    if (!confirm) {
        confirm = [this](const QString &who) {
            return QMessageBox::question(
                       this, tr("Delete submission"),
                       tr("Delete the submission from %1 for good? It cannot be restored "
                          "afterwards.")
                           .arg(who.isEmpty() ? tr("an unknown sender") : who))
                == QMessageBox::Yes;
        };
    }
    if (!confirm(email))
        return;
    submitWrite(
        m_writer(), this,
        [id](QSqlDatabase &db) { return QVariant(store::SpamStore(db).remove(id)); },
        [this](const store::WriteQueue::Outcome &outcome) {
            if (!outcome.ok)
                showNotice(tr("Could not delete the submission. Try again."), true);
            else
                m_notice->hide();
            reload();
        });
}

} // namespace rmx::ui
