// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QString>
#include <QWaitCondition>

class QThread;

namespace rmx::store {

/// Copies committed WAL frames back into the database file on its own thread and connection
/// (a passive checkpoint: it never blocks the writer or readers), so the writer thread does
/// not stop between two group commits to checkpoint, and to fsync the database file. The
/// writer keeps SQLite's automatic checkpoint only as a backstop at a much larger WAL size.
class WalCheckpointer final
{
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

public:
    /// WAL size (pages) at which the writer checkpoints by itself (SQLite's default is 1000).
    static constexpr int WriterBackstopPages = 8192;

    explicit WalCheckpointer(QString databasePath);
    ~WalCheckpointer();

    void start();
    void stop();
    /// Called by the writer after each commit.
    void noteCommit();

private:
    void loop();

    QString m_path;
    QThread *m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    int m_commits = 0;
    bool m_stopping = false;
};

} // namespace rmx::store
