// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsPage.h"

#include "core/server/ServerHost.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/SettingsStore.h"
#include "ui/BackgroundReader.h"
#include "ui/UiWrites.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rmx::ui {

SettingsPage::SettingsPage(BackgroundReader *reader, server::ServerHost *host, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_host(host)
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *form = new QFormLayout;
    for (const SettingSpec &spec : SettingsSchema::all()) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("setting_") + spec.key);
        edit->setToolTip(spec.description);
        edit->setAccessibleName(spec.key);
        edit->setAccessibleDescription(spec.description);
        edit->setPlaceholderText(spec.defaultValue);
        m_fields.insert(spec.key, edit);
        auto *label = new QLabel(spec.key, this);
        label->setBuddy(edit);
        label->setToolTip(spec.description);
        form->addRow(label, edit);
    }
    auto *inner = new QWidget(this);
    inner->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *saveButton = new QPushButton(tr("&Save settings"), this);
    saveButton->setObjectName(QStringLiteral("saveSettings"));
    m_result->setObjectName(QStringLiteral("settingsResult"));
    m_result->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_result, 1);
    buttons->addWidget(saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addLayout(buttons);
    connect(saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_host, &server::ServerHost::relistened, this, [this](bool ok, const QString &result) {
        m_result->setText(
            ok ? tr("Settings saved. Now listening on %1.").arg(result)
               : tr("Could not move the listener: %1. It keeps running on the old address.")
                     .arg(result));
    });
    reload();
}

void SettingsPage::reload()
{
    m_reader->read(
        this,
        [](QSqlDatabase &db) {
            QVariantMap values;
            store::SettingsStore settings(db);
            for (const SettingSpec &spec : SettingsSchema::all())
                values.insert(spec.key, settings.value(spec.key));
            return QVariant(values);
        },
        [this](const QVariant &result) {
            const QVariantMap values = result.toMap();
            for (auto it = values.begin(); it != values.end(); ++it) {
                m_loaded.insert(it.key(), it.value().toString());
                if (QLineEdit *edit = m_fields.value(it.key()))
                    edit->setText(it.value().toString());
            }
        });
}

void SettingsPage::save()
{
    QHash<QString, QString> changes;
    QStringList errors;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString value = it.value()->text().trimmed();
        if (value == m_loaded.value(it.key()))
            continue;
        const SettingSpec *spec = SettingsSchema::find(it.key());
        if (const QString error = spec->validate(value); !error.isEmpty()) {
            errors.append(QStringLiteral("%1 %2").arg(it.key(), error));
            continue;
        }
        changes.insert(it.key(), value);
    }
    if (!errors.isEmpty()) {
        m_result->setText(tr("Not saved: %1").arg(errors.join(QStringLiteral("; "))));
        return;
    }
    if (changes.isEmpty()) {
        m_result->setText(tr("Nothing changed."));
        return;
    }
    submitWrite(
        m_host->writer(), this,
        [changes](QSqlDatabase &db) {
            store::SettingsStore settings(db);
            for (auto it = changes.cbegin(); it != changes.cend(); ++it)
                settings.setValue(it.key(), it.value());
            return QVariant();
        },
        [this, changes](const store::WriteQueue::Outcome &outcome) {
            if (!outcome.ok) {
                m_result->setText(tr("Not saved: the settings could not be written."));
                return;
            }
            for (auto it = changes.cbegin(); it != changes.cend(); ++it)
                m_loaded.insert(it.key(), it.value());
            m_result->setText(tr("Settings saved."));
            if (changes.contains(SettingsSchema::Listen))
                m_host->relisten(ListenAddress::parse(changes.value(SettingsSchema::Listen)));
        });
}

} // namespace rmx::ui
