// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QTableWidget;

namespace rmx::store {
class WriteQueue;
}

namespace rmx::ui {

class BackgroundReader;

/// API keys: create (the key is shown once), list by prefix, revoke (enforced on the next
/// request, since the listener checks the database every time).
class ApiKeysPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeysPage)

public:
    ApiKeysPage(BackgroundReader *reader, std::function<store::WriteQueue *()> writer,
                QWidget *parent = nullptr);

    void reload();
    void createKey();
    /// Revokes the selected key after asking; `confirm` answers the question in tests.
    void revokeSelected(std::function<bool(const QString &prefix)> confirm = {});
    QTableWidget *table() const { return m_table; }

private:
    BackgroundReader *m_reader;
    std::function<store::WriteQueue *()> m_writer;
    QTableWidget *m_table;
};

} // namespace rmx::ui
