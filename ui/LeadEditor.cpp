// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LeadEditor.h"

#include "core/leads/LeadUpdater.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/LeadStore.h"
#include "core/store/LookupStore.h"
#include "core/store/SettingsStore.h"
#include "core/util/Clock.h"
#include "ui/BackgroundReader.h"
#include "ui/FlowLayout.h"
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
#include <QToolButton>
#include <QVBoxLayout>

namespace rmx::ui {

using store::LeadRecord;

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
    , m_eventDate(new QDateEdit(this))
    , m_eventType(new QComboBox(this))
    , m_source(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_status(new QButtonGroup(this))
    , m_conflict(new QLabel(this))
    , m_error(new QLabel(this))
    , m_history(new QListWidget(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
{
    setObjectName(QStringLiteral("leadEditor"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_firstName->setObjectName(QStringLiteral("leadFirstName"));
    m_lastName->setObjectName(QStringLiteral("leadLastName"));
    m_email->setObjectName(QStringLiteral("leadEmail"));
    m_phone->setObjectName(QStringLiteral("leadPhone"));
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
    m_eventDate->setCalendarPopup(true);
    m_eventDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_notes->setTabChangesFocus(true);
    m_conflict->setObjectName(QStringLiteral("dateConflictWarning"));
    m_conflict->setWordWrap(true);
    m_conflict->setStyleSheet(Theme::boxStyle(QStringLiteral("QLabel"), Theme::Tone::Warning));
    m_conflict->hide();
    m_error->setObjectName(QStringLiteral("leadEditorError"));
    m_error->setWordWrap(true);
    Theme::setTextTone(m_error, Theme::Tone::Danger);
    m_error->hide();
    m_history->setObjectName(QStringLiteral("leadHistory"));
    m_history->setMaximumHeight(140);
    m_save->setObjectName(QStringLiteral("saveLead"));
    m_save->setDefault(true);

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
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_link);
    layout->addWidget(m_conflict);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("History"), this));
    layout->addWidget(m_history);

    connect(m_save, &QPushButton::clicked, this, &LeadEditor::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { load(m_lead); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const auto answer
            = QMessageBox::question(this, tr("Delete lead"),
                                    tr("Delete the lead from %1? You can undo this right after.")
                                        .arg(LeadPresentation::fullName(m_lead)));
        if (answer == QMessageBox::Yes)
            emit deleteRequested(m_lead.id);
    });
    connect(m_eventDate, &QDateEdit::dateChanged, this, &LeadEditor::checkDateConflicts);
    connect(m_status, &QButtonGroup::idClicked, this, &LeadEditor::checkDateConflicts);

    m_reader->read(
        this,
        [](QSqlDatabase &db) {
            QStringList names;
            for (const auto &type : store::LookupStore(db).eventTypes())
                names.append(type.name);
            return QVariant(names);
        },
        [this](const QVariant &names) {
            m_eventType->addItem(QString());
            m_eventType->addItems(names.toStringList());
        });
    setEditable(false);
    m_title->setText(tr("Select a lead to see it here."));
}

void LeadEditor::setEditable(bool editable)
{
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_firstName, m_lastName, m_email, m_phone, m_eventDate,
                                           m_eventType, m_source, m_notes, m_save, m_revert})
        w->setEnabled(editable);
    for (QAbstractButton *b : m_status->buttons())
        b->setEnabled(editable);
}

void LeadEditor::clear()
{
    m_lead = {};
    for (QLineEdit *edit : {m_firstName, m_lastName, m_email, m_phone, m_source})
        edit->clear();
    m_notes->clear();
    m_history->clear();
    m_link->hide();
    m_conflict->hide();
    m_error->hide();
    setEditable(false);
    m_title->setText(tr("Select a lead to see it here."));
}

void LeadEditor::showLead(const QString &leadId)
{
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
        [this](const QVariant &result) {
            if (!result.isValid())
                return;
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
            load(lead);
        });
}

void LeadEditor::load(const LeadRecord &lead)
{
    m_lead = lead;
    m_title->setText(LeadPresentation::fullName(lead));
    m_firstName->setText(lead.firstName);
    m_lastName->setText(lead.lastName);
    m_email->setText(lead.email);
    m_phone->setText(lead.phone);
    m_eventDate->setDate(QDate::fromString(lead.eventDate, Qt::ISODate));
    const int typeIndex = m_eventType->findText(lead.eventType);
    m_eventType->setCurrentIndex(typeIndex < 0 ? 0 : typeIndex);
    m_source->setText(lead.source);
    m_notes->setPlainText(lead.notes);
    const int statusIndex = int(leads::LeadUpdater::pipeline().indexOf(lead.status));
    if (QAbstractButton *button = m_status->button(statusIndex))
        button->setChecked(true);
    m_error->hide();
    setEditable(true);
    checkDateConflicts();
    loadHistory();
}

LeadRecord LeadEditor::edited() const
{
    LeadRecord e = m_lead;
    e.firstName = m_firstName->text();
    e.lastName = m_lastName->text();
    e.email = m_email->text();
    e.phone = m_phone->text();
    e.eventDate = m_eventDate->date().toString(Qt::ISODate);
    e.eventType = m_eventType->currentText();
    e.source = m_source->text();
    e.notes = m_notes->toPlainText();
    e.status = leads::LeadUpdater::pipeline().value(m_status->checkedId(), m_lead.status);
    return e;
}

bool LeadEditor::hasUnsavedChanges() const
{
    return !m_lead.id.isEmpty() && edited().toJson() != m_lead.toJson();
}

void LeadEditor::save()
{
    const LeadRecord lead = edited();
    const leads::ValidationError error = leads::LeadUpdater::validate(lead);
    if (!error.isValid()) {
        // The validator's message is the API's English; the window names the fields itself.
        m_error->setText(
            LeadPresentation::notSaved(error.message.startsWith(u"Missing"), error.fields));
        m_error->show();
        return;
    }
    m_error->hide();
    m_save->setEnabled(false);
    const QString listenUrl = m_publicBaseUrl ? m_publicBaseUrl() : QString();
    submitWrite(
        m_writer(), this,
        [lead, listenUrl](QSqlDatabase &db) {
            // lead_url in the event uses the public URL (the tunnel's) when one is set.
            const QString configured = store::SettingsStore(db).value(SettingsSchema::PublicUrl);
            const QString base = configured.isEmpty() ? listenUrl : configured;
            const auto saved = leads::LeadUpdater::save(db, lead, base, Clock::nowMs());
            return saved ? QVariant::fromValue(*saved) : QVariant();
        },
        [this](const store::WriteQueue::Outcome &outcome) {
            m_save->setEnabled(true);
            if (!outcome.ok || !outcome.value.isValid()) {
                m_error->setText(tr("Not saved: the lead could not be written. Try again."));
                m_error->show();
                return;
            }
            load(outcome.value.value<LeadRecord>());
            emit saved(m_lead.id);
        });
}

void LeadEditor::checkDateConflicts()
{
    const QString date = m_eventDate->date().toString(Qt::ISODate);
    const QString id = m_lead.id;
    if (id.isEmpty())
        return;
    m_reader->read(
        this,
        [date, id](QSqlDatabase &db) {
            return QVariant::fromValue(store::LeadStore(db).bookedOrQuotedOn(date, id));
        },
        [this, date](const QVariant &result) {
            if (date != m_eventDate->date().toString(Qt::ISODate))
                return; // the date changed again meanwhile
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
    m_reader->read(
        this,
        [id](QSqlDatabase &db) { return QVariant::fromValue(store::LeadStore(db).history(id)); },
        [this, id](const QVariant &result) {
            if (id != m_lead.id)
                return;
            m_history->clear();
            for (const auto &entry : result.value<QList<store::LeadStore::HistoryEntry>>()) {
                QString text;
                if (entry.kind == u"created") {
                    const QString via = entry.detail.value(QStringLiteral("via")).toString();
                    const QString detail = entry.detail.value(QStringLiteral("detail")).toString();
                    text = tr("Created via %1").arg(LeadPresentation::createdVia(via, detail));
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
