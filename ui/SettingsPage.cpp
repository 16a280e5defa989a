// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsPage.h"

#include "core/server/ServerHost.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/SettingsStore.h"
#include "ui/BackgroundReader.h"
#include "ui/UiWrites.h"

#include <QCheckBox>
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
        QWidget *edit;
        if (spec.kind == SettingSpec::Kind::Boolean) {
            edit = new QCheckBox(this);
        } else {
            auto *line = new QLineEdit(this);
            line->setPlaceholderText(spec.defaultValue);
            edit = line;
        }
        edit->setObjectName(QStringLiteral("setting_") + spec.key);
        edit->setToolTip(spec.description);
        edit->setAccessibleName(spec.key);
        edit->setAccessibleDescription(spec.description);
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

QLineEdit *SettingsPage::field(const QString &key) const
{
    return qobject_cast<QLineEdit *>(m_fields.value(key));
}

QString SettingsPage::valueOf(const QString &key) const
{
    QWidget *w = m_fields.value(key);
    if (auto *box = qobject_cast<QCheckBox *>(w))
        return box->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text().trimmed();
    return {};
}

void SettingsPage::setValueOf(const QString &key, const QString &value)
{
    QWidget *w = m_fields.value(key);
    if (auto *box = qobject_cast<QCheckBox *>(w))
        box->setChecked(SettingsSchema::isTrue(value));
    else if (auto *line = qobject_cast<QLineEdit *>(w))
        line->setText(value);
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
                setValueOf(it.key(), it.value().toString());
            }
        });
}

void SettingsPage::save()
{
    QHash<QString, QString> changes;
    QStringList errors;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString value = valueOf(it.key());
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
            emit saved();
            if (changes.contains(SettingsSchema::Listen))
                m_host->relisten(ListenAddress::parse(changes.value(SettingsSchema::Listen)));
        });
}

} // namespace rmx::ui
