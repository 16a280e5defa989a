// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace rmx::store {
class WriteQueue;
}

namespace rmx::ui {

/// Asks for a key's name, creates it, and shows the full key exactly once with a Copy button.
class CreateKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateKeyDialog)

public:
    explicit CreateKeyDialog(store::WriteQueue *writer, QWidget *parent = nullptr);
    /// The key shown, while the dialog is open (empty before creation).
    QString shownKey() const;

Q_SIGNALS:
    void created(const QString &prefix);

private:
    void create();

    store::WriteQueue *m_writer;
    QStackedWidget *m_steps;
    QLineEdit *m_name;
    QLabel *m_error;
    QLineEdit *m_key;
    QPushButton *m_createButton;
};

} // namespace rmx::ui
