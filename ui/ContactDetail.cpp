// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContactDetail.h"

#include "core/capture/ContactCapture.h"
#include "core/contacts/ContactEditor.h"
#include "core/store/ContactQuery.h"
#include "core/util/Clock.h"
#include "ui/BackgroundReader.h"
#include "ui/ContactPresentation.h"
#include "ui/DiscardChangesPrompt.h"
#include "ui/LeadPresentation.h"
#include "ui/Theme.h"
#include "ui/UiWrites.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace rmx::ui {

using store::ContactRecord;

namespace {
constexpr int LeadIdRole = Qt::UserRole + 1;
}

ContactDetail::ContactDetail(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
                             QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_writer(std::move(writer))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_stage(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_saveState(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_leads(new QListWidget(this))
    , m_noLeads(new QLabel(tr("No leads yet: this contact came in without an event date."), this))
    , m_metadata(new QFormLayout)
    , m_noMetadata(new QLabel(tr("No campaign or page details were sent."), this))
    , m_autosave(new QTimer(this))
{
    setObjectName(QStringLiteral("contactDetail"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("contactTitle"));
    m_subtitle->setObjectName(QStringLiteral("contactSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Names and sources come from strangers' form posts: plain text, never markup.
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));

    m_firstName->setObjectName(QStringLiteral("contactFirstName"));
    m_lastName->setObjectName(QStringLiteral("contactLastName"));
    m_phone->setObjectName(QStringLiteral("contactPhone"));
    m_stage->setObjectName(QStringLiteral("contactStage"));
    m_stage->setAccessibleName(tr("Stage"));
    for (const QString &stage : capture::ContactCapture::stages())
        m_stage->addItem(ContactPresentation::stageName(stage), stage);
    m_error->setObjectName(QStringLiteral("contactError"));
    m_error->setWordWrap(true);
    Theme::setTextTone(m_error, Theme::Tone::Danger);
    m_error->hide();
    m_save->setObjectName(QStringLiteral("saveContact"));
    m_save->setDefault(true);
    m_revert->setObjectName(QStringLiteral("revertContact"));
    m_saveState->setObjectName(QStringLiteral("contactSaveState"));

    auto *form = new QFormLayout;
    form->addRow(tr("&First name"), m_firstName);
    form->addRow(tr("&Last name"), m_lastName);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("S&tage"), m_stage);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveState, 1, Qt::AlignRight);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    m_leads->setObjectName(QStringLiteral("contactLeads"));
    m_leads->setAccessibleName(tr("Leads of this contact"));
    m_leads->setToolTip(tr("Double-click a lead to open it on the Leads page."));
    m_leads->setMaximumHeight(150);
    m_noLeads->setWordWrap(true);
    m_noLeads->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    auto *leadsBox = new QGroupBox(tr("Leads"), this);
    leadsBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *leadsLayout = new QVBoxLayout(leadsBox);
    leadsLayout->addWidget(m_leads);
    leadsLayout->addWidget(m_noLeads);

    auto *metadataBox = new QGroupBox(tr("Where they came from"), this);
    metadataBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    metadataBox->setObjectName(QStringLiteral("contactMetadata"));
    auto *metadataLayout = new QVBoxLayout(metadataBox);
    m_noMetadata->setWordWrap(true);
    m_noMetadata->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    metadataLayout->addLayout(m_metadata);
    metadataLayout->addWidget(m_noMetadata);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(leadsBox);
    layout->addWidget(metadataBox);
    layout->addStretch();

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(800);
    connect(m_autosave, &QTimer::timeout, this, &ContactDetail::save);
    for (QLineEdit *edit : {m_firstName, m_lastName, m_phone})
        connect(edit, &QLineEdit::textChanged, this, &ContactDetail::onEdited);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &ContactDetail::onEdited);
    connect(m_save, &QPushButton::clicked, this, &ContactDetail::save);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &ContactDetail::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { load(m_contact); });
    connect(m_leads, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openLeadRequested(item->data(LeadIdRole).toString());
    });
    clear();
}

void ContactDetail::setAutosaveDelay(int ms)
{
    m_autosave->setInterval(ms);
}

void ContactDetail::setEditable(bool editable)
{
    for (QWidget *w : std::initializer_list<QWidget *> {m_firstName, m_lastName, m_phone, m_stage})
        w->setEnabled(editable);
    updateButtons();
}

void ContactDetail::updateButtons()
{
    const bool changed = hasUnsavedChanges();
    m_save->setEnabled(changed);
    m_revert->setEnabled(changed);
}

void ContactDetail::clear()
{
    const bool wasLoading = std::exchange(m_loading, true);
    ++m_ticket;
    m_showing = false;
    m_wantedId.clear();
    m_autosave->stop();
    m_contact = {};
    m_sent = {};
    for (QLineEdit *edit : {m_firstName, m_lastName, m_phone})
        edit->clear();
    m_leads->clear();
    m_leads->hide();
    m_noLeads->hide();
    while (m_metadata->rowCount() > 0)
        m_metadata->removeRow(0);
    m_noMetadata->hide();
    m_error->hide();
    m_saveState->clear();
    m_subtitle->clear();
    m_loading = wasLoading;
    setEditable(false);
    m_title->setText(tr("Select a contact to see it here."));
}

void ContactDetail::showContact(const QString &contactId)
{
    if (hasUnsavedChanges())
        save();
    clear();
    if (contactId.isEmpty())
        return;
    const quint64 ticket = m_ticket;
    m_wantedId = contactId;
    m_title->setText(tr("Loading…"));
    m_reader->read(
        this,
        [contactId](QSqlDatabase &db) {
            const auto contact = store::ContactStore(db).findById(contactId);
            return contact ? QVariant::fromValue(*contact) : QVariant();
        },
        [this, ticket](const QVariant &contact) {
            if (ticket != m_ticket)
                return; // another contact was asked for meanwhile
            if (contact.isValid())
                load(contact.value<ContactRecord>());
            else
                clear();
        });
}

void ContactDetail::load(const ContactRecord &contact)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_autosave->stop();
    m_contact = contact;
    m_sent = contact;
    m_wantedId = contact.id;
    m_showing = true;
    m_saveState->clear();
    m_title->setText(ContactPresentation::fullName(contact));
    QStringList facts = {contact.email};
    if (!contact.source.isEmpty())
        facts.append(tr("via %1").arg(contact.source));
    facts.append(tr("since %1").arg(LeadPresentation::received(contact.createdAt)));
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));
    m_firstName->setText(contact.firstName);
    m_lastName->setText(contact.lastName);
    m_phone->setText(contact.phone);
    int stageIndex = m_stage->findData(contact.stage);
    if (stageIndex < 0) { // a stage from outside the pipeline stays selectable as it is
        m_stage->addItem(ContactPresentation::stageName(contact.stage), contact.stage);
        stageIndex = m_stage->count() - 1;
    }
    m_stage->setCurrentIndex(stageIndex);
    m_error->hide();

    while (m_metadata->rowCount() > 0)
        m_metadata->removeRow(0);
    // Campaign fields first, in their usual order, then everything else by name.
    QStringList keys = contact.metadata.keys();
    auto rank = [](const QString &key) {
        static const QStringList first
            = {QStringLiteral("utm_source"),   QStringLiteral("utm_medium"),
               QStringLiteral("utm_campaign"), QStringLiteral("utm_term"),
               QStringLiteral("utm_content"),  QStringLiteral("landing_page")};
        const qsizetype at = first.indexOf(key.toLower());
        return at < 0 ? first.size() : at;
    };
    std::stable_sort(keys.begin(), keys.end(),
                     [&](const QString &a, const QString &b) { return rank(a) < rank(b); });
    for (const QString &key : keys) {
        // Metadata comes from strangers' form posts: shown as plain text, never as markup.
        auto *value = new QLabel(this);
        value->setTextFormat(Qt::PlainText);
        value->setText(ContactPresentation::metadataValue(contact.metadata.value(key)));
        value->setObjectName(QStringLiteral("metadata_") + key);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setToolTip(key.toHtmlEscaped());
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        label->setText(ContactPresentation::metadataLabel(key));
        m_metadata->addRow(label, value);
    }
    m_noMetadata->setVisible(keys.isEmpty());
    m_loading = wasLoading;
    setEditable(true);
    loadLeads();
}

void ContactDetail::loadLeads()
{
    const QString id = m_contact.id;
    const quint64 ticket = m_ticket;
    m_reader->read(
        this,
        [id](QSqlDatabase &db) { return QVariant::fromValue(store::ContactQuery(db).leadsOf(id)); },
        [this, ticket](const QVariant &result) {
            if (ticket != m_ticket)
                return;
            m_leads->clear();
            const auto leads = result.value<QList<store::LeadRecord>>();
            for (const store::LeadRecord &lead : leads) {
                QStringList parts;
                parts.append(lead.eventDate.isEmpty()
                                 ? tr("No event date")
                                 : LeadPresentation::eventDate(lead.eventDate));
                if (!lead.eventType.isEmpty())
                    parts.append(lead.eventType);
                parts.append(LeadPresentation::statusName(lead.status));
                auto *item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), m_leads);
                item->setData(LeadIdRole, lead.id);
                item->setForeground(Theme::readable(LeadPresentation::statusColor(lead.status)));
                item->setToolTip(tr("Received %1").arg(LeadPresentation::received(lead.createdAt)));
            }
            m_leads->setVisible(!leads.isEmpty());
            m_noLeads->setVisible(leads.isEmpty());
        });
}

ContactRecord ContactDetail::edited() const
{
    ContactRecord e = m_contact;
    e.firstName = m_firstName->text().trimmed();
    e.lastName = m_lastName->text().trimmed();
    e.phone = m_phone->text().trimmed();
    e.stage = m_stage->currentData().toString();
    return e;
}

bool ContactDetail::sameFields(const ContactRecord &a, const ContactRecord &b)
{
    return a.firstName == b.firstName && a.lastName == b.lastName && a.phone == b.phone
        && a.stage == b.stage;
}

bool ContactDetail::hasUnsavedChanges() const
{
    return m_showing && !sameFields(edited(), m_contact);
}

void ContactDetail::onEdited()
{
    if (m_loading || !m_showing)
        return;
    updateButtons();
    if (hasUnsavedChanges()) {
        m_saveState->setText(tr("Unsaved changes"));
        m_autosave->start();
    } else {
        m_autosave->stop();
        m_error->hide();
    }
}

bool ContactDetail::save()
{
    m_autosave->stop();
    if (!hasUnsavedChanges())
        return true;
    const ContactRecord contact = edited();
    const leads::ValidationError error = contacts::ContactEditor::validate(contact);
    if (!error.isValid()) {
        m_error->setText(LeadPresentation::notSaved(false, error.fields));
        m_error->show();
        m_saveState->setText(tr("Unsaved changes"));
        return false;
    }
    m_error->hide();
    if (sameFields(contact, m_sent))
        return true; // already on its way to the writer
    m_sent = contact;
    m_saveState->setText(tr("Saving…"));
    const quint64 ticket = m_ticket;
    submitWrite(
        m_writer(), this,
        [contact](QSqlDatabase &db) {
            // Only the edited fields come from the window; the rest is as stored now.
            auto current = store::ContactStore(db).findById(contact.id);
            if (!current)
                return QVariant();
            ContactRecord merged = *current;
            merged.firstName = contact.firstName;
            merged.lastName = contact.lastName;
            merged.phone = contact.phone;
            merged.stage = contact.stage;
            const auto saved = contacts::ContactEditor::save(db, merged, Clock::nowMs());
            return saved ? QVariant::fromValue(*saved) : QVariant();
        },
        [this, ticket, id = contact.id](const store::WriteQueue::Outcome &outcome) {
            const bool ok = outcome.ok && outcome.value.isValid();
            if (ok)
                emit saved(id);
            if (ticket != m_ticket)
                return; // another contact is shown now
            if (!ok) {
                m_sent = m_contact;
                m_error->setText(tr("Not saved: the contact could not be written. Try again."));
                m_error->show();
                m_saveState->setText(tr("Unsaved changes"));
                updateButtons();
                return;
            }
            // The saved contact is what edits are compared with; what was typed since stays.
            m_contact = outcome.value.value<ContactRecord>();
            m_title->setText(ContactPresentation::fullName(m_contact));
            updateButtons();
            if (!hasUnsavedChanges())
                m_saveState->setText(tr("Saved"));
            else if (!m_autosave->isActive())
                m_autosave->start(); // typed back to the old text while this save was on its way
        });
    return true;
}

bool ContactDetail::prepareToLeave()
{
    if (!hasUnsavedChanges() || save())
        return true;
    if (!DiscardChangesPrompt::confirm(this, ContactPresentation::fullName(m_contact),
                                       m_error->text()))
        return false;
    load(m_contact);
    return true;
}

void ContactDetail::hideEvent(QHideEvent *event)
{
    // Leaving the page or closing the window saves what was typed.
    if (hasUnsavedChanges())
        save();
    QWidget::hideEvent(event);
}

} // namespace rmx::ui
