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
    /// Tests: holds each read back on the reader thread by the milliseconds `delay` returns
    /// (asked on the calling thread), to widen the races between a request and its answer.
    void setDelayForTests(std::function<int()> delay) { m_delay = std::move(delay); }

private:
    QString m_path;
    std::function<int()> m_delay;
    QThread *m_thread;
    QObject *m_worker;
};

} // namespace rmx::ui
