// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>

class QThread;

namespace rmx::ui {

/// Runs the window's database reads on a thread of its own (with its own connection), so the
/// GUI thread never waits on disk. Answers come back on the GUI thread, and are dropped when
/// the asking widget is gone.
class BackgroundReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundReader)

public:
    using Query = std::function<QVariant(QSqlDatabase &db)>;
    using Done = std::function<void(const QVariant &result)>;

    BackgroundReader(QString databasePath, QObject *parent = nullptr);
    ~BackgroundReader() override;

    /// Runs `query` on the reader thread, then `done` on `context`'s thread. A query that
    /// throws a StoreError answers with an invalid QVariant.
    void read(QObject *context, Query query, Done done);
    QString databasePath() const { return m_path; }

private:
    QString m_path;
    QThread *m_thread;
    QObject *m_worker;
};

} // namespace rmx::ui
