// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/WriteQueue.h"

#include <QCoreApplication>
#include <QPointer>

namespace rmx::ui {

/// Submits a write from the window to the server's writer thread and delivers the outcome back
/// on the GUI thread (dropped when `context` is gone). The GUI thread never waits for the commit.
inline void submitWrite(store::WriteQueue *writer, QObject *context, store::WriteQueue::Job job,
                        std::function<void(const store::WriteQueue::Outcome &)> done)
{
    if (!writer) {
        done({false, {}, QStringLiteral("the lead server is not running")});
        return;
    }
    QPointer<QObject> guard(context);
    // Posted to the application object, which outlives every window, and checked there.
    writer->submit(std::move(job),
                   [guard, done = std::move(done)](const store::WriteQueue::Outcome &o) {
                       QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, done, o] {
                           if (guard)
                               done(o);
                       });
                   });
}

} // namespace rmx::ui
