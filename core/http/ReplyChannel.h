// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QPointer>

#include <atomic>
#include <functional>

namespace rmx::http {

class HttpWorker;

/// Carries answers from any thread back to the listener thread that owns the connection.
/// The worker detaches itself on destruction, so a late answer is dropped instead of
/// posted to a deleted object.
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
    QMutex m_mutex;
    HttpWorker *m_worker = nullptr;
};

} // namespace rmx::http
