// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LeadEditor.h"

#include "core/leads/LeadUpdater.h"
#include "core/mail/MailHistoryText.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/LeadStore.h"
#include "core/store/LookupStore.h"
#include "core/store/SettingsStore.h"
#include "core/util/Clock.h"
#include "ui/BackgroundReader.h"
#include "ui/DiscardChangesPrompt.h"
#include "ui/EventDateEdit.h"
#include "ui/FlowLayout.h"
#include "ui/LeadDetailsView.h"
#include "ui/LeadLink.h"
#include "ui/LeadPresentation.h"
#include "ui/Theme.h"
#include "ui/UiWrites.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rmx::ui {

namespace {
/// The editor's heading: the name, or the address of an inquiry that left none.
QString titleOf(const store::LeadRecord &lead)
{
    const QString name = LeadPresentation::fullName(lead);
    return name.isEmpty() ? lead.email : name;
}
} // namespace

using store::LeadRecord;

namespace {
constexpr int DefaultAutosaveMs = 800;
}

LeadEditor::LeadEditor(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
                       std::function<QString()> publicBaseUrl, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_writer(std::move(writer))
    , m_publicBaseUrl(std::move(publicBaseUrl))
    , m_title(new QLabel(this))
    , m_link(new QLabel(this))
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_eventDate(new EventDateEdit(this))
    , m_eventType(new QComboBox(this))
    , m_source(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_details(new LeadDetailsView(this))
    , m_status(new QButtonGroup(this))
    , m_conflict(new QLabel(this))
    , m_error(new QLabel(this))
    , m_saveState(new QLabel(this))
    , m_history(new QListWidget(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
    , m_autosave(new QTimer(this))
{
    setObjectName(QStringLiteral("leadEditor"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // Names come from strangers' form posts: plain text, never markup (also in the warning).
    m_title->setTextFormat(Qt::PlainText);
    m_conflict->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("leadTitle"));

    m_firstName->setObjectName(QStringLiteral("leadFirstName"));
    m_lastName->setObjectName(QStringLiteral("leadLastName"));
    m_email->setObjectName(QStringLiteral("leadEmail"));
    m_phone->setObjectName(QStringLiteral("leadPhone"));
    m_eventType->setObjectName(QStringLiteral("leadEventType"));
    m_source->setObjectName(QStringLiteral("leadSource"));
    m_notes->setObjectName(QStringLiteral("leadNotes"));
    m_link->setObjectName(QStringLiteral("leadUrl"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // A long tunnel URL must not widen the editor; the label is clipped instead.
    m_link->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_link->setToolTip(tr("The lead_url the Lead API and webhooks give out for this lead. "
                          "Clicking it selects the lead."));
    m_link->hide();
    connect(m_link, &QLabel::linkActivated, this, [this](const QString &url) {
        if (const QString id = LeadLink::idOf(url); !id.isEmpty())
            emit openLeadRequested(id);
    });
    m_notes->setTabChangesFocus(true);
    m_conflict->setObjectName(QStringLiteral("dateConflictWarning"));
    m_conflict->setWordWrap(true);
    m_conflict->setStyleSheet(Theme::boxStyle(QStringLiteral("QLabel"), Theme::Tone::Warning));
    m_conflict->hide();
    m_error->setObjectName(QStringLiteral("leadEditorError"));
    m_error->setWordWrap(true);
    Theme::setTextTone(m_error, Theme::Tone::Danger);
    m_error->hide();
    m_saveState->setObjectName(QStringLiteral("leadSaveState"));
    m_history->setObjectName(QStringLiteral("leadHistory"));
    m_history->setMaximumHeight(140);
    m_save->setObjectName(QStringLiteral("saveLead"));
    m_save->setToolTip(tr("Changes save themselves as you type; this saves them now (Ctrl+S)."));
    m_save->setDefault(true);
    m_revert->setObjectName(QStringLiteral("revertLead"));

    // The buttons wrap onto a second row rather than widen the editor (long German names).
    auto *statusRow = new FlowLayout;
    statusRow->setSpacing(0);
    int id = 0;
    for (const QString &status : leads::LeadUpdater::pipeline()) {
        auto *button = new QToolButton(this);
        button->setText(LeadPresentation::statusName(status));
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("status_") + status);
        button->setAccessibleName(tr("Status: %1").arg(LeadPresentation::statusName(status)));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_status->addButton(button, id++);
        statusRow->addWidget(button);
    }
    m_status->setExclusive(true);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&First name"), m_firstName);
    form->addRow(tr("&Last name"), m_lastName);
    form->addRow(tr("&Email"), m_email);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("Event &date"), m_eventDate);
    form->addRow(tr("Event &type"), m_eventType);
    form->addRow(tr("S&ource"), m_source);
    form->addRow(tr("Status"), statusRow);
    form->addRow(tr("&Notes"), m_notes);

    auto *buttons = new QHBoxLayout;
    m_delete->setObjectName(QStringLiteral("deleteLead"));
    buttons->addWidget(m_delete);
    buttons->addWidget(m_saveState, 1, Qt::AlignRight);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_link);
    layout->addWidget(m_conflict);
    layout->addLayout(form);
    layout->addWidget(m_details);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("History"), this));
    layout->addWidget(m_history);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(DefaultAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &LeadEditor::saveNow);
    for (QLineEdit *edit : {m_firstName, m_lastName, m_email, m_phone, m_source})
        connect(edit, &QLineEdit::textChanged, this, &LeadEditor::onEdited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &LeadEditor::onEdited);
    connect(m_eventType, &QComboBox::currentIndexChanged, this, &LeadEditor::onEdited);
    connect(m_eventDate, &EventDateEdit::changed, this, [this] {
        onEdited();
        checkDateConflicts();
    });
    connect(m_save, &QPushButton::clicked, this, &LeadEditor::saveNow);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &LeadEditor::saveNow);
    connect(m_revert, &QPushButton::clicked, this, [this] { load(m_lead); });
    connect(m_delete, &QPushButton::clicked, this, &LeadEditor::requestDelete);
    connect(m_status, &QButtonGroup::idClicked, this, [this](int index) {
        const QString status = leads::LeadUpdater::pipeline().value(index);
        if (m_state == State::Showing && !status.isEmpty() && status != m_lead.status)
            writeStatus(m_lead.id, status, true);
    });

    m_reader->read(
        this,
        [](QSqlDatabase &db) {
            QStringList names;
            for (const auto &type : store::LookupStore(db).eventTypes())
                names.append(type.name);
            return QVariant(names);
        },
        [this](const QVariant &names) {
            const bool wasLoading = std::exchange(m_loading, true);
            const QString current = m_eventType->currentText();
            m_eventType->clear();
            m_eventType->addItem(QString());
            m_eventType->addItems(names.toStringList());
            if (!current.isEmpty() && m_eventType->findText(current) < 0)
                m_eventType->addItem(current);
            m_eventType->setCurrentIndex(qMax(0, m_eventType->findText(current)));
            m_loading = wasLoading;
        });
    clear();
}

void LeadEditor::setAutosaveDelay(int ms)
{
    m_autosave->setInterval(ms);
}

void LeadEditor::setEditable(bool editable)
{
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_firstName, m_lastName, m_email, m_phone, m_eventDate,
                                           m_eventType, m_source, m_notes})
        w->setEnabled(editable);
    for (QAbstractButton *b : m_status->buttons())
        b->setEnabled(editable);
    updateButtons();
}

void LeadEditor::updateButtons()
{
    const bool showing = m_state == State::Showing;
    const bool changed = showing && hasUnsavedChanges();
    m_save->setEnabled(changed);
    m_revert->setEnabled(changed);
    m_delete->setEnabled(showing);
}

void LeadEditor::setSaveState(const QString &text)
{
    m_saveState->setText(text);
}

void LeadEditor::resetFields()
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_autosave->stop();
    m_lead = {};
    m_sent = {};
    for (QLineEdit *edit : {m_firstName, m_lastName, m_email, m_phone, m_source})
        edit->clear();
    m_notes->clear();
    m_eventDate->setIsoDate({});
    m_eventType->setCurrentIndex(0);
    m_details->setDetails({});
    m_status->setExclusive(false);
    for (QAbstractButton *b : m_status->buttons())
        b->setChecked(false);
    m_status->setExclusive(true);
    m_history->clear();
    m_link->hide();
    m_conflict->hide();
    m_error->hide();
    setSaveState({});
    m_loading = wasLoading;
}

void LeadEditor::clear()
{
    ++m_ticket;
    m_state = State::Empty;
    m_wantedId.clear();
    resetFields();
    setEditable(false);
    m_title->setText(tr("Select a lead to see it here."));
}

void LeadEditor::showLoading()
{
    if (m_state == State::Showing && hasUnsavedChanges())
        saveNow();
    ++m_ticket;
    m_state = State::Loading;
    m_wantedId.clear();
    resetFields();
    setEditable(false);
    m_title->setText(tr("Loading…"));
}

void LeadEditor::showLead(const QString &leadId)
{
    if (leadId.isEmpty()) {
        clear();
        return;
    }
    // Valid edits of the lead shown so far are never dropped on the way to another.
    if (m_state == State::Showing && hasUnsavedChanges())
        saveNow();
    const quint64 ticket = ++m_ticket;
    m_state = State::Loading;
    m_wantedId = leadId;
    resetFields();
    setEditable(false);
    m_title->setText(tr("Loading…"));
    m_reader->read(
        this,
        [leadId](QSqlDatabase &db) {
            const auto lead = store::LeadStore(db).findById(leadId);
            if (!lead)
                return QVariant();
            return QVariant(
                QVariantList {QVariant::fromValue(*lead),
                              store::SettingsStore(db).value(SettingsSchema::PublicUrl)});
        },
        [this, ticket](const QVariant &result) {
            if (ticket != m_ticket)
                return; // another lead was asked for meanwhile
            if (!result.isValid()) {
                clear(); // gone (deleted elsewhere)
                return;
            }
            const QVariantList values = result.toList();
            const auto lead = values.value(0).value<LeadRecord>();
            // The lead_url as the Lead API and webhooks give it out.
            QString base = values.value(1).toString();
            if (base.isEmpty() && m_publicBaseUrl)
                base = m_publicBaseUrl();
            m_link->setText(
                base.isEmpty()
                    ? QString()
                    : tr("Link: %1").arg(LeadLink::anchor(LeadRecord::urlFor(base, lead.id))));
            m_link->setVisible(!base.isEmpty());
            m_state = State::Showing;
            load(lead);
            emit shown(lead.id);
        });
}

void LeadEditor::load(const LeadRecord &lead)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_autosave->stop();
    m_lead = lead;
    m_sent = lead;
    m_title->setText(titleOf(lead));
    m_firstName->setText(lead.firstName);
    m_lastName->setText(lead.lastName);
    m_email->setText(lead.email);
    m_phone->setText(lead.phone);
    m_eventDate->setIsoDate(lead.eventDate);
    m_details->setDetails(lead.details);
    // An event type outside the list (sent by a form) stays as it is rather than being blanked.
    if (!lead.eventType.isEmpty() && m_eventType->findText(lead.eventType) < 0)
        m_eventType->addItem(lead.eventType);
    m_eventType->setCurrentIndex(qMax(0, m_eventType->findText(lead.eventType)));
    m_source->setText(lead.source);
    m_notes->setPlainText(lead.notes);
    const int statusIndex = int(leads::LeadUpdater::pipeline().indexOf(lead.status));
    if (QAbstractButton *button = m_status->button(statusIndex))
        button->setChecked(true);
    m_error->hide();
    setSaveState({});
    m_loading = wasLoading;
    setEditable(true);
    checkDateConflicts();
    loadHistory();
}

LeadRecord LeadEditor::edited() const
{
    LeadRecord e = m_lead;
    e.firstName = m_firstName->text().trimmed();
    e.lastName = m_lastName->text().trimmed();
    e.email = m_email->text().trimmed();
    e.phone = m_phone->text();
    e.eventDate = m_eventDate->isoDate();
    e.eventType = m_eventType->currentText();
    e.source = m_source->text().trimmed();
    e.notes = m_notes->toPlainText();
    return e;
}

bool LeadEditor::sameText(const LeadRecord &a, const LeadRecord &b) const
{
    return a.firstName == b.firstName && a.lastName == b.lastName && a.email == b.email
        && a.phone == b.phone && a.eventDate == b.eventDate && a.eventType == b.eventType
        && a.source == b.source && a.notes == b.notes;
}

bool LeadEditor::hasUnsavedChanges() const
{
    return m_state == State::Showing && !sameText(edited(), m_lead);
}

void LeadEditor::onEdited()
{
    if (m_loading || m_state != State::Showing)
        return;
    updateButtons();
    if (hasUnsavedChanges()) {
        setSaveState(tr("Unsaved changes"));
        m_autosave->start();
    } else {
        m_autosave->stop();
        m_error->hide();
        setSaveState(sameText(m_lead, m_sent) ? QString() : m_saveState->text());
    }
}

bool LeadEditor::saveNow()
{
    m_autosave->stop();
    if (!hasUnsavedChanges())
        return true;
    const LeadRecord lead = edited();
    const leads::ValidationError error = leads::LeadUpdater::validate(lead);
    if (!error.isValid()) {
        // The validator's message is the API's English; the window names the fields itself.
        m_error->setText(
            LeadPresentation::notSaved(error.message.startsWith(u"Missing"), error.fields));
        m_error->show();
        setSaveState(tr("Unsaved changes"));
        return false;
    }
    m_error->hide();
    if (sameText(lead, m_sent))
        return true; // already on its way to the writer
    m_sent = lead;
    setSaveState(tr("Saving…"));
    const quint64 ticket = m_ticket;
    // While the window is being torn down its URL callback may no longer be asked.
    if (!m_hiding && m_publicBaseUrl)
        m_listenUrl = m_publicBaseUrl();
    const QString listenUrl = m_listenUrl;
    submitWrite(
        m_writer(), this,
        [lead, listenUrl](QSqlDatabase &db) {
            // Only the text fields come from the editor: a status written meanwhile stays.
            auto current = store::LeadStore(db).findById(lead.id);
            if (!current)
                return QVariant();
            LeadRecord merged = lead;
            merged.status = current->status;
            // lead_url in the event uses the public URL (the tunnel's) when one is set.
            const QString configured = store::SettingsStore(db).value(SettingsSchema::PublicUrl);
            const QString base = configured.isEmpty() ? listenUrl : configured;
            const auto saved = leads::LeadUpdater::save(db, merged, base, Clock::nowMs());
            return saved ? QVariant::fromValue(*saved) : QVariant();
        },
        [this, ticket, id = lead.id](const store::WriteQueue::Outcome &outcome) {
            const bool ok = outcome.ok && outcome.value.isValid();
            if (ok)
                emit saved(id);
            if (ticket != m_ticket)
                return; // the editor shows another lead now
            if (!ok) {
                m_sent = m_lead;
                m_error->setText(tr("Not saved: the lead could not be written. Try again."));
                m_error->show();
                setSaveState(tr("Unsaved changes"));
                updateButtons();
                return;
            }
            // The saved lead becomes what edits are compared with; what was typed since stays.
            m_lead = outcome.value.value<LeadRecord>();
            m_title->setText(titleOf(m_lead));
            updateButtons();
            if (!hasUnsavedChanges())
                setSaveState(tr("Saved"));
            else if (!m_autosave->isActive())
                m_autosave->start(); // typed back to the old text while this save was on its way
            loadHistory();
        });
    return true;
}

bool LeadEditor::prepareToLeave()
{
    if (!hasUnsavedChanges() || saveNow())
        return true;
    if (!DiscardChangesPrompt::confirm(this, LeadPresentation::fullName(m_lead), m_error->text()))
        return false;
    load(m_lead);
    return true;
}

void LeadEditor::requestDelete()
{
    if (m_state != State::Showing)
        return;
    const QString id = m_lead.id;
    const auto answer
        = QMessageBox::question(this, tr("Delete lead"),
                                tr("Delete the lead from %1? You can undo this right after.")
                                    .arg(LeadPresentation::fullName(m_lead)));
    if (answer == QMessageBox::Yes && id == m_lead.id && m_state == State::Showing)
        emit deleteRequested(id);
}

void LeadEditor::writeStatus(const QString &leadId, const QString &status, bool undoable)
{
    const QString listenUrl = m_publicBaseUrl ? m_publicBaseUrl() : QString();
    submitWrite(
        m_writer(), this,
        [leadId, status, listenUrl](QSqlDatabase &db) {
            // Only the status changes: text being typed is saved on its own.
            auto current = store::LeadStore(db).findById(leadId);
            if (!current)
                return QVariant();
            const QString from = current->status;
            current->status = status;
            const QString configured = store::SettingsStore(db).value(SettingsSchema::PublicUrl);
            const QString base = configured.isEmpty() ? listenUrl : configured;
            const auto saved = leads::LeadUpdater::save(db, *current, base, Clock::nowMs());
            return saved ? QVariant(QVariantList {QVariant::fromValue(*saved), from}) : QVariant();
        },
        [this, leadId, undoable](const store::WriteQueue::Outcome &outcome) {
            const bool ok = outcome.ok && outcome.value.isValid();
            const bool showing = m_state == State::Showing && m_lead.id == leadId;
            if (!ok) {
                if (showing) {
                    if (QAbstractButton *button = m_status->button(
                            int(leads::LeadUpdater::pipeline().indexOf(m_lead.status))))
                        button->setChecked(true);
                    m_error->setText(tr("Not saved: the lead could not be written. Try again."));
                    m_error->show();
                }
                return;
            }
            const QVariantList values = outcome.value.toList();
            const auto written = values.value(0).value<LeadRecord>();
            const QString from = values.value(1).toString();
            if (showing) {
                m_lead.status = written.status;
                m_lead.updatedAt = written.updatedAt;
                if (QAbstractButton *button
                    = m_status->button(int(leads::LeadUpdater::pipeline().indexOf(written.status))))
                    button->setChecked(true);
                checkDateConflicts();
                loadHistory();
            }
            emit saved(leadId);
            if (undoable && from != written.status)
                emit statusChanged(leadId, LeadPresentation::fullName(written), from,
                                   written.status);
        });
}

void LeadEditor::hideEvent(QHideEvent *event)
{
    // Leaving the page or closing the window saves what was typed.
    if (hasUnsavedChanges()) {
        const QScopedValueRollback<bool> hiding(m_hiding, true);
        saveNow();
    }
    QWidget::hideEvent(event);
}

void LeadEditor::checkDateConflicts()
{
    const QString date = m_eventDate->isoDate();
    const QString id = m_lead.id;
    if (id.isEmpty() || date.isEmpty()) {
        m_conflict->hide();
        return;
    }
    const quint64 ticket = m_ticket;
    m_reader->read(
        this,
        [date, id](QSqlDatabase &db) {
            return QVariant::fromValue(store::LeadStore(db).bookedOrQuotedOn(date, id));
        },
        [this, date, ticket](const QVariant &result) {
            if (ticket != m_ticket || date != m_eventDate->isoDate())
                return; // another lead, or the date changed again meanwhile
            const auto others = result.value<QList<LeadRecord>>();
            if (others.isEmpty()) {
                m_conflict->hide();
                return;
            }
            QStringList names;
            for (const LeadRecord &other : others)
                names.append(tr("%1 (%2)").arg(LeadPresentation::fullName(other),
                                               LeadPresentation::statusName(other.status)));
            m_conflict->setText(
                tr("Date conflict: %1 is also taken by %2.")
                    .arg(LeadPresentation::eventDate(date), names.join(QStringLiteral(", "))));
            m_conflict->show();
        });
}

void LeadEditor::loadHistory()
{
    const QString id = m_lead.id;
    const quint64 ticket = m_ticket;
    m_reader->read(
        this,
        [id](QSqlDatabase &db) { return QVariant::fromValue(store::LeadStore(db).history(id)); },
        [this, ticket](const QVariant &result) {
            if (ticket != m_ticket)
                return;
            m_history->clear();
            for (const auto &entry : result.value<QList<store::LeadStore::HistoryEntry>>()) {
                QString text;
                if (entry.kind == u"created") {
                    const QString via = entry.detail.value(QStringLiteral("via")).toString();
                    const QString detail = entry.detail.value(QStringLiteral("detail")).toString();
                    text = tr("Created via %1").arg(LeadPresentation::createdVia(via, detail));
                } else if (entry.kind == u"mail") {
                    text = mail::MailHistoryText::of(entry.detail);
                } else if (entry.kind == u"status") {
                    text = tr("Status: %1 → %2")
                               .arg(LeadPresentation::statusName(
                                        entry.detail.value(QStringLiteral("from")).toString()),
                                    LeadPresentation::statusName(
                                        entry.detail.value(QStringLiteral("to")).toString()));
                } else {
                    QStringList fields;
                    for (const auto &f : entry.detail.value(QStringLiteral("fields")).toArray())
                        fields.append(f.toString());
                    text = tr("Edited: %1").arg(LeadPresentation::fieldNames(fields));
                }
                m_history->addItem(LeadPresentation::received(entry.at) + QStringLiteral(" · ")
                                   + text);
            }
        });
}

} // namespace rmx::ui
