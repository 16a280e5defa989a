// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/webhooks/WebhookStore.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rmx::store {
class WriteQueue;
}

namespace rmx::ui {

/// Adds a webhook subscription (URL, events and a generated secret shown only here, before it
/// is saved) or edits one's URL and events (its secret is never shown again).
class WebhookDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDialog)

public:
    /// Adds a subscription when `existing` is empty, otherwise edits it.
    WebhookDialog(store::WriteQueue *writer, std::optional<webhooks::Subscription> existing,
                  QWidget *parent = nullptr);
    /// The signing secret offered while adding (empty when editing).
    QString secret() const;
    void setUrl(const QString &url);
    void setEvents(const QStringList &events);
    void save();

Q_SIGNALS:
    void saved(const QString &id);

private:
    QStringList chosenEvents() const;
    void showError(const QString &message);

    store::WriteQueue *m_writer;
    QString m_id; // empty: adding
    QLineEdit *m_url;
    QCheckBox *m_all;
    QList<QCheckBox *> m_events;
    QLineEdit *m_secret = nullptr;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace rmx::ui
