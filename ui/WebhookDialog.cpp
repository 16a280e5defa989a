// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WebhookDialog.h"

#include "core/util/Clock.h"
#include "core/webhooks/SubscriptionInput.h"
#include "core/webhooks/WebhookActions.h"
#include "ui/CopyButton.h"
#include "ui/Theme.h"
#include "ui/UiWrites.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rmx::ui {

using webhooks::WebhookStore;

WebhookDialog::WebhookDialog(store::WriteQueue *writer,
                             std::optional<webhooks::Subscription> existing, QWidget *parent)
    : QDialog(parent)
    , m_writer(writer)
    , m_id(existing ? existing->id : QString())
    , m_url(new QLineEdit(this))
    , m_all(new QCheckBox(tr("All e&vents, including ones added later"), this))
    , m_error(new QLabel(this))
    , m_save(new QPushButton(existing ? tr("&Save") : tr("&Add webhook"), this))
{
    setObjectName(QStringLiteral("webhookDialog"));
    setWindowTitle(existing ? tr("Edit webhook") : tr("Add webhook"));
    setMinimumWidth(560);

    auto *intro = new QLabel(tr("RemixCRM sends a signed JSON POST to this URL for each event "
                                "you choose, and tries again later when your endpoint is down."),
                             this);
    intro->setWordWrap(true);

    m_url->setObjectName(QStringLiteral("webhookUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://hooks.zapier.com/hooks/catch/…"));
    m_url->setAccessibleName(tr("Endpoint URL"));
    m_url->setClearButtonEnabled(true);

    auto *eventsBox = new QGroupBox(tr("Events to send"), this);
    auto *eventsLayout = new QVBoxLayout(eventsBox);
    const QStringList labels {tr("A new lead arrives (lead.created)"),
                              tr("A lead is edited or changes status (lead.updated)"),
                              tr("A new contact is added (contact.created)"),
                              tr("A contact is edited (contact.updated)")};
    const QStringList &known = WebhookStore::knownEvents();
    for (int i = 0; i < known.size(); ++i) {
        auto *box = new QCheckBox(labels.value(i, known.at(i)), eventsBox);
        box->setObjectName(QStringLiteral("event_") + known.at(i));
        box->setAccessibleName(known.at(i));
        box->setProperty("event", known.at(i));
        eventsLayout->addWidget(box);
        m_events.append(box);
    }
    m_all->setObjectName(QStringLiteral("event_all"));
    eventsLayout->addWidget(m_all);
    connect(m_all, &QCheckBox::toggled, this, [this](bool all) {
        for (QCheckBox *box : std::as_const(m_events))
            box->setEnabled(!all);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Endpoint &URL:"), m_url);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(eventsBox);

    if (existing) {
        m_url->setText(existing->url);
        setEvents(existing->events);
        auto *note = new QLabel(tr("The signing secret stays the same. It was shown only when "
                                   "the webhook was added."),
                                this);
        note->setWordWrap(true);
        note->setEnabled(false);
        layout->addWidget(note);
    } else {
        m_events.first()->setChecked(true);
        auto *secretBox = new QGroupBox(tr("Signing secret"), this);
        auto *secretLayout = new QVBoxLayout(secretBox);
        auto *secretNote = new QLabel(
            tr("Your endpoint checks the <code>X-Rex-Signature</code> header with this "
               "secret. <b>Copy it now: it is not shown again once the webhook is added.</b>"),
            secretBox);
        secretNote->setWordWrap(true);
        m_secret = new QLineEdit(webhooks::WebhookActions::newSecret(), secretBox);
        m_secret->setObjectName(QStringLiteral("webhookSecret"));
        m_secret->setReadOnly(true);
        m_secret->setEchoMode(QLineEdit::Password);
        m_secret->setAccessibleName(tr("Signing secret"));
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        m_secret->setFont(mono);
        auto *reveal = new QPushButton(tr("&Reveal"), secretBox);
        reveal->setObjectName(QStringLiteral("revealSecret"));
        reveal->setCheckable(true);
        reveal->setAccessibleName(tr("Reveal the signing secret"));
        auto *copy = new CopyButton([this] { return m_secret->text(); }, secretBox);
        copy->setObjectName(QStringLiteral("copySecret"));
        copy->setAccessibleName(tr("Copy the signing secret"));
        auto *row = new QHBoxLayout;
        row->addWidget(m_secret, 1);
        row->addWidget(reveal);
        row->addWidget(copy);
        secretLayout->addWidget(secretNote);
        secretLayout->addLayout(row);
        layout->addWidget(secretBox);
        connect(reveal, &QPushButton::toggled, this, [this, reveal](bool shown) {
            m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
            reveal->setText(shown ? tr("&Hide") : tr("&Reveal"));
        });
    }

    m_error->setObjectName(QStringLiteral("webhookError"));
    m_error->setWordWrap(true);
    Theme::setTextTone(m_error, Theme::Tone::Danger);
    m_error->hide();
    layout->addWidget(m_error);

    m_save->setObjectName(QStringLiteral("saveWebhook"));
    m_save->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &WebhookDialog::save);
}

QString WebhookDialog::secret() const
{
    return m_secret ? m_secret->text() : QString();
}

void WebhookDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void WebhookDialog::setEvents(const QStringList &events)
{
    m_all->setChecked(events.contains(QStringLiteral("*")));
    for (QCheckBox *box : std::as_const(m_events))
        box->setChecked(events.contains(box->property("event").toString()));
}

QStringList WebhookDialog::chosenEvents() const
{
    if (m_all->isChecked())
        return {QStringLiteral("*")};
    QStringList events;
    for (QCheckBox *box : m_events) {
        if (box->isChecked())
            events.append(box->property("event").toString());
    }
    return events;
}

void WebhookDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void WebhookDialog::save()
{
    const auto input = webhooks::SubscriptionInput::fromJson(
        {{QStringLiteral("url"), m_url->text()},
         {QStringLiteral("events"), QJsonArray::fromStringList(chosenEvents())}});
    if (!input.isValid()) {
        QStringList problems;
        if (input.fields.contains(QStringLiteral("url"))) {
            problems.append(tr("Enter the full address of your endpoint, starting with https:// "
                               "or http://."));
            m_url->setFocus();
        }
        if (input.fields.contains(QStringLiteral("events")))
            problems.append(tr("Choose at least one event to send."));
        showError(problems.join(u' '));
        return;
    }
    m_error->hide();
    m_save->setEnabled(false);
    const QString id = m_id;
    const QString secret = this->secret();
    submitWrite(
        m_writer, this,
        [id, secret, input](QSqlDatabase &db) {
            const qint64 now = Clock::nowMs();
            webhooks::WebhookActions actions(db);
            if (!id.isEmpty())
                return QVariant(actions.update(id, input.url, input.events, now) ? id : QString());
            webhooks::SubscriptionInput withSecret = input;
            withSecret.secret = secret;
            // Added by the owner on this machine: local targets (n8n on localhost) are allowed.
            return QVariant(actions.create(withSecret, webhooks::CreatedBy::Ui, std::nullopt, now)
                                .subscription.id);
        },
        [this](const store::WriteQueue::Outcome &outcome) {
            m_save->setEnabled(true);
            const QString savedId = outcome.value.toString();
            if (!outcome.ok || savedId.isEmpty()) {
                showError(m_id.isEmpty() ? tr("The webhook could not be added. Try again.")
                                         : tr("The webhook could not be saved; it may have been "
                                              "removed meanwhile."));
                return;
            }
            if (m_secret)
                m_secret->clear(); // the secret leaves memory with the dialog
            emit saved(savedId);
            accept();
        });
}

} // namespace rmx::ui
