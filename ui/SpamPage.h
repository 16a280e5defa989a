// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace rmx::store {
class WriteQueue;
}

namespace rmx::ui {

class BackgroundReader;

/// Spam: submissions the hosted form's checks caught (honeypot, fill time, token), for review.
/// Restore turns one into a contact (and lead) as if it had passed; Delete discards it.
class SpamPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpamPage)

public:
    SpamPage(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
             std::function<QString()> publicBaseUrl, QWidget *parent = nullptr);

    static constexpr int Shown = 500;

    QTableWidget *table() const { return m_table; }
    void reload();
    /// Data changed somewhere (a commit): reload soon, coalescing bursts.
    void dataChanged();
    void restoreSelected();
    /// Deletes the selected submission after asking; `confirm` answers the question in tests.
    void deleteSelected(std::function<bool(const QString &email)> confirm = {});

Q_SIGNALS:
    /// A submission became a contact (and a lead when it carried an event date).
    void restored(const QString &contactId);

private:
    QString selectedId() const;
    void updateButtons();
    void showNotice(const QString &text, bool error);

    BackgroundReader *m_reader;
    std::function<store::WriteQueue *()> m_writer;
    std::function<QString()> m_publicBaseUrl;
    QTableWidget *m_table;
    QLabel *m_empty;
    QLabel *m_notice;
    QPushButton *m_restore;
    QPushButton *m_delete;
    QTimer *m_refresh;
};

} // namespace rmx::ui
