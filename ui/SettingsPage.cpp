// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsPage.h"

#include "core/server/AppTranslator.h"
#include "core/server/BackupManager.h"
#include "core/server/ServerHost.h"
#include "core/settings/SettingsSchema.h"
#include "core/store/SettingsStore.h"
#include "generated/Version.h"
#include "ui/BackgroundReader.h"
#include "ui/SettingLabels.h"
#include "ui/UiWrites.h"

#include <QCheckBox>
#include <QComboBox>
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
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace rmx::ui {

namespace {
QFormLayout *newSettingsForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}
} // namespace

void SettingsPage::setTrayAvailable(bool available)
{
    for (const QString &key : {SettingsSchema::CloseToTray, SettingsSchema::StartMinimised}) {
        QWidget *box = m_fields.value(key);
        if (!box)
            continue;
        box->setEnabled(available);
        if (!available)
            box->setToolTip(tr("This desktop has no system tray, so closing the window quits "
                               "RemixCRM."));
    }
}

SettingsPage::SettingsPage(BackgroundReader *reader, server::ServerHost *host, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_host(host)
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    // One group per section, in a fixed order; each setting reads as a sentence, with its key
    // (what `remixcrm config` uses) in the tooltip. Labels stay on one line: QFormLayout gives a
    // word-wrapped label beside its field only the field's height, which cut its second line
    // off. (WrapLongRows would do the same to the wrapped help texts.)
    QHash<QString, QFormLayout *> forms;
    auto *inner = new QWidget(this);
    auto *sections = new QVBoxLayout(inner);
    for (const QString &section : SettingLabels::sections()) {
        auto *group = new QGroupBox(section, inner);
        forms.insert(section, newSettingsForm(group));
        sections->addWidget(group);
    }
    QFormLayout *advancedForm = nullptr;
    QWidget *advanced = createAdvancedSection(inner, advancedForm);
    for (const SettingSpec &spec : SettingsSchema::all()) {
        const SettingLabels::Label text = SettingLabels::of(spec.key);
        QFormLayout *form
            = SettingLabels::isAdvanced(spec.key) ? advancedForm : forms.value(text.section);
        const QString tip
            = text.help.isEmpty() ? spec.key : text.help + QStringLiteral("\n(") + spec.key + u')';
        QWidget *edit;
        if (spec.kind == SettingSpec::Kind::Boolean) {
            auto *box = new QCheckBox(text.label, inner);
            edit = box;
            form->addRow(box);
        } else {
            if (spec.key == SettingsSchema::Language) {
                edit = createLanguageChoice(inner);
            } else {
                auto *line = new QLineEdit(inner);
                line->setPlaceholderText(spec.defaultValue);
                // A secret reads back empty; what is typed is stored sealed.
                if (spec.kind == SettingSpec::Kind::Secret)
                    line->setEchoMode(QLineEdit::Password);
                edit = line;
            }
            auto *label = new QLabel(text.label, inner);
            label->setBuddy(edit);
            form->addRow(label, edit);
            if (!text.help.isEmpty()) {
                auto *help = new QLabel(text.help, inner);
                help->setWordWrap(true);
                help->setForegroundRole(QPalette::PlaceholderText);
                form->addRow(QString(), help);
            }
        }
        if (spec.key == SettingsSchema::Language) {
            m_restartNote
                = new QLabel(tr("RemixCRM shows the new language after a restart."), inner);
            m_restartNote->setObjectName(QStringLiteral("languageRestartNote"));
            m_restartNote->hide();
            form->addRow(QString(), m_restartNote);
        }
        if (spec.key == SettingsSchema::Listen) {
            // The setting may differ from the address in use (a --listen override, or port 0).
            m_listenInUse = new QLabel(inner);
            m_listenInUse->setObjectName(QStringLiteral("listenInUse"));
            m_listenInUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
            form->addRow(QString(), m_listenInUse);
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
    sections->addWidget(advanced);
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

QComboBox *SettingsPage::createLanguageChoice(QWidget *parent)
{
    // Each language by its own name, so it can be found by someone who doesn't read the
    // current one.
    auto *combo = new QComboBox(parent);
    // Empty, not null: the settings table has no NULL values.
    combo->addItem(tr("System default"), QStringLiteral(""));
    combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    // Written out: QLocale names Spanish "español de España".
    static const QHash<QString, QString> names
        = {{QStringLiteral("de"), QStringLiteral("Deutsch")},
           {QStringLiteral("es"), QStringLiteral("Español")},
           {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const QString &code : AppTranslator::shippedLanguages())
        combo->addItem(names.value(code, code), code);
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this] { m_restartNote->setVisible(languageChangePending()); });
    return combo;
}

QWidget *SettingsPage::createAdvancedSection(QWidget *parent, QFormLayout *&form)
{
    auto *section = new QWidget(parent);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *toggle = new QToolButton(section);
    toggle->setObjectName(QStringLiteral("advancedToggle"));
    toggle->setText(tr("&Advanced: threads, connections, sizes and timeouts"));
    toggle->setCheckable(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setAutoRaise(true);
    auto *body = new QGroupBox(section);
    body->setObjectName(QStringLiteral("advancedSettings"));
    form = newSettingsForm(body);
    auto *note
        = new QLabel(tr("For troubleshooting: the defaults suit almost every business."), body);
    note->setWordWrap(true);
    form->addRow(note);
    body->hide();
    layout->addWidget(toggle);
    layout->addWidget(body);
    connect(toggle, &QToolButton::toggled, this, [toggle, body](bool open) {
        toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        body->setVisible(open);
    });
    return section;
}

bool SettingsPage::languageChangePending() const
{
    return m_startLanguage && valueOf(SettingsSchema::Language) != *m_startLanguage;
}

void SettingsPage::showSavedValue(const QString &key, const QString &value)
{
    if (!m_fields.contains(key))
        return;
    if (valueOf(key) == m_loaded.value(key))
        setValueOf(key, value);
    m_loaded.insert(key, value);
}

void SettingsPage::setListenUrl(const QString &url)
{
    if (m_listenInUse)
        m_listenInUse->setText(tr("In use now: %1").arg(QUrl(url).authority()));
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
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData().toString();
    return {};
}

void SettingsPage::setValueOf(const QString &key, const QString &value)
{
    QWidget *w = m_fields.value(key);
    if (auto *box = qobject_cast<QCheckBox *>(w))
        box->setChecked(SettingsSchema::isTrue(value));
    else if (auto *line = qobject_cast<QLineEdit *>(w))
        line->setText(value);
    else if (auto *combo = qobject_cast<QComboBox *>(w))
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
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
            if (!m_startLanguage)
                m_startLanguage = values.value(SettingsSchema::Language).toString();
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
            m_result->setText(changes.contains(SettingsSchema::Language) && languageChangePending()
                                  ? tr("Settings saved. Restart RemixCRM to see it in the new "
                                       "language.")
                                  : tr("Settings saved."));
            emit saved();
            if (changes.contains(SettingsSchema::PublicUrl))
                emit publicUrlSaved(changes.value(SettingsSchema::PublicUrl));
            if (changes.contains(SettingsSchema::Listen))
                m_host->relisten(ListenAddress::parse(changes.value(SettingsSchema::Listen)));
        });
}

} // namespace rmx::ui
