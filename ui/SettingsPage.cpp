// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsPage.h"

#include "core/server/BackupManager.h"
#include "core/server/ServerHost.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/SettingsStore.h"
#include "generated/Version.h"
#include "ui/BackgroundReader.h"
#include "ui/SettingLabels.h"
#include "ui/UiWrites.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
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
    // One group per section, in a fixed order; each setting reads as a sentence, with its key
    // (what `remixcrm config` uses) in the tooltip.
    QHash<QString, QFormLayout *> forms;
    auto *inner = new QWidget(this);
    auto *sections = new QVBoxLayout(inner);
    for (const QString &section : SettingLabels::sections()) {
        auto *group = new QGroupBox(section, inner);
        auto *form = new QFormLayout(group);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        forms.insert(section, form);
        sections->addWidget(group);
    }
    for (const SettingSpec &spec : SettingsSchema::all()) {
        const SettingLabels::Label text = SettingLabels::of(spec.key);
        QFormLayout *form = forms.value(text.section);
        const QString tip
            = text.help.isEmpty() ? spec.key : text.help + QStringLiteral("\n(") + spec.key + u')';
        QWidget *edit;
        if (spec.kind == SettingSpec::Kind::Boolean) {
            auto *box = new QCheckBox(text.label, inner);
            edit = box;
            form->addRow(box);
        } else {
            auto *line = new QLineEdit(inner);
            line->setPlaceholderText(spec.defaultValue);
            edit = line;
            auto *label = new QLabel(text.label, inner);
            label->setBuddy(edit);
            label->setWordWrap(true);
            form->addRow(label, edit);
            if (!text.help.isEmpty()) {
                auto *help = new QLabel(text.help, inner);
                help->setWordWrap(true);
                help->setForegroundRole(QPalette::PlaceholderText);
                form->addRow(QString(), help);
            }
        }
        edit->setObjectName(QStringLiteral("setting_") + spec.key);
        edit->setToolTip(tip);
        edit->setAccessibleName(text.label);
        edit->setAccessibleDescription(text.help);
        m_fields.insert(spec.key, edit);
    }
    // Under the backup settings: when the last automatic backup was written, and where.
    if (QFormLayout *backups = forms.value(SettingLabels::of(SettingsSchema::BackupKeep).section)) {
        m_backupStatus = new QLabel(inner);
        m_backupStatus->setObjectName(QStringLiteral("backupStatus"));
        m_backupStatus->setWordWrap(true);
        m_backupStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
        backups->addRow(tr("Last backup"), m_backupStatus);
    }
    for (auto it = forms.cbegin(); it != forms.cend(); ++it) {
        if (it.value()->rowCount() == 0)
            it.value()->parentWidget()->hide();
    }
    auto *aboutButton = new QPushButton(tr("&About RemixCRM"), inner);
    aboutButton->setObjectName(QStringLiteral("aboutRemixCrm"));
    connect(aboutButton, &QPushButton::clicked, this, [this] {
        QMessageBox::about(this, tr("About RemixCRM"),
                           tr("<h3>RemixCRM %1</h3><p>A self-hosted lead inbox for event vendors: "
                              "leads from your website, Zapier, n8n and ad platforms, stored on "
                              "this computer, with signed webhooks to your other tools.</p>")
                               .arg(QStringLiteral(REMIXCRM_VERSION)));
    });
    auto *aboutRow = new QHBoxLayout;
    aboutRow->addStretch();
    aboutRow->addWidget(aboutButton);
    sections->addLayout(aboutRow);
    sections->addStretch();
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

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadBackupStatus();
}

void SettingsPage::reloadBackupStatus()
{
    if (!m_backupStatus)
        return;
    // Lists the backups folder off the GUI thread.
    m_reader->read(
        this,
        [](QSqlDatabase &db) {
            const QString dataDir = QFileInfo(db.databaseName()).absolutePath();
            const QList<QFileInfo> backups = server::BackupManager::automaticBackups(dataDir);
            QVariantMap status;
            status.insert(
                QStringLiteral("folder"),
                QDir::toNativeSeparators(server::BackupManager::automaticDirectory(dataDir)));
            status.insert(QStringLiteral("count"), int(backups.size()));
            if (!backups.isEmpty())
                status.insert(QStringLiteral("newest"), backups.first().lastModified());
            return QVariant(status);
        },
        [this](const QVariant &result) {
            const QVariantMap status = result.toMap();
            const int count = status.value(QStringLiteral("count")).toInt();
            const QString folder = status.value(QStringLiteral("folder")).toString();
            m_backupStatus->setText(
                count == 0 ? tr("No automatic backup yet. They are written to %1.").arg(folder)
                           : tr("%1, in %2 (%n backup(s) kept).", nullptr, count)
                                 .arg(QLocale().toString(
                                          status.value(QStringLiteral("newest")).toDateTime(),
                                          QLocale::ShortFormat),
                                      folder));
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
            errors.append(tr("%1: %2").arg(SettingLabels::of(it.key()).label, error));
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
