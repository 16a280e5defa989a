// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QPointer>

#include <atomic>
#include <functional>
#include <vector>

namespace rmx::http {

class HttpWorker;

/// Carries answers from any thread back to the listener thread that owns the connection.
/// Answers from other threads queue up here and one wake-up of the listener thread delivers
/// all that arrived meanwhile: a group commit completes many requests at once. The worker
/// detaches itself on destruction, so a late answer is dropped instead of posted to a deleted
/// object.
class ReplyChannel final
{
public:
    explicit ReplyChannel(HttpWorker *worker)
        : m_worker(worker)
    { }

    /// Runs `deliver` on the worker's thread (at once when called from it).
    void post(std::function<void()> deliver);
    void detach();

    std::atomic<int> inFlight {0};

private:
    void drain();

    QMutex m_mutex;
    HttpWorker *m_worker = nullptr;
    std::vector<std::function<void()>> m_pending;
};

} // namespace rmx::http
