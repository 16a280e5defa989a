// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace rmx::server {
class ServerHost;
}

namespace rmx::ui {

class BackgroundReader;

/// Every setting, validated as typed and saved through the writer. A new listen address is
/// applied at once; when the port is busy the old listener keeps running and the error shows.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(BackgroundReader *reader, server::ServerHost *host, QWidget *parent = nullptr);

    void reload();
    /// Validates and saves every changed field.
    void save();
    QLineEdit *field(const QString &key) const;
    QString valueOf(const QString &key) const;

Q_SIGNALS:
    void saved();

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// When and where the last automatic backup was written.
    void reloadBackupStatus();
    BackgroundReader *m_reader;
    server::ServerHost *m_host;
    void setValueOf(const QString &key, const QString &value);

    QHash<QString, QWidget *> m_fields;
    QHash<QString, QString> m_loaded;
    QLabel *m_result;
    QLabel *m_backupStatus = nullptr;
};

} // namespace rmx::ui
