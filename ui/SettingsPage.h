// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace rmx::server {
class ServerHost;
}

namespace rmx::ui {

class BackgroundReader;

/// Every setting, validated as typed and saved through the writer. A new listen address is
/// applied at once; when the port is busy the old listener keeps running and the error shows.
/// Low-level knobs sit in a collapsed "Advanced" section.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(BackgroundReader *reader, server::ServerHost *host, QWidget *parent = nullptr);
    /// Without a system tray, the tray settings can't apply (closing quits): they are shown
    /// turned off, saying why.
    void setTrayAvailable(bool available);

    void reload();
    /// Validates and saves every changed field.
    void save();
    QLineEdit *field(const QString &key) const;
    QString valueOf(const QString &key) const;
    /// Shows a value saved elsewhere (the Connect page), unless the field has unsaved edits.
    void showSavedValue(const QString &key, const QString &value);
    /// The address the listener really uses (the port the kernel chose, for one).
    void setListenUrl(const QString &url);

Q_SIGNALS:
    void saved();
    /// The public URL was saved here, so other pages show it too.
    void publicUrlSaved(const QString &url);

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// When and where the last automatic backup was written.
    void reloadBackupStatus();
    void setValueOf(const QString &key, const QString &value);
    QComboBox *createLanguageChoice(QWidget *parent);
    /// Whether the chosen language differs from the one the window was built in.
    bool languageChangePending() const;
    QWidget *createAdvancedSection(QWidget *parent, QFormLayout *&form);

    BackgroundReader *m_reader;
    server::ServerHost *m_host;

    QHash<QString, QWidget *> m_fields;
    QHash<QString, QString> m_loaded;
    QLabel *m_result;
    QLabel *m_backupStatus = nullptr;
    QLabel *m_listenInUse = nullptr;
    QLabel *m_restartNote = nullptr;
    /// The language setting when the window was built; null until read.
    std::optional<QString> m_startLanguage;
};

} // namespace rmx::ui
